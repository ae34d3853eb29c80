// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// libkmod plumbing shared by the two places that call libkmod (moduledatabase.cpp, the privileged module
// operations): ownership of its reference-counted objects, the running release, and a quiet log.
#include <QString>

#include <cstdarg>
#include <libkmod.h>
#include <memory>
#include <sys/utsname.h>

namespace kaleido::kmod {

struct ContextDeleter
{
    void operator()(kmod_ctx* ctx) const { kmod_unref(ctx); }
};
struct ModuleDeleter
{
    void operator()(kmod_module* module) const { kmod_module_unref(module); }
};
struct ModuleListDeleter
{
    void operator()(kmod_list* list) const { kmod_module_unref_list(list); }
};
struct InfoListDeleter
{
    void operator()(kmod_list* list) const { kmod_module_info_free_list(list); }
};
using ContextPtr = std::unique_ptr<kmod_ctx, ContextDeleter>;
using ModulePtr = std::unique_ptr<kmod_module, ModuleDeleter>;
using ModuleListPtr = std::unique_ptr<kmod_list, ModuleListDeleter>;
using InfoListPtr = std::unique_ptr<kmod_list, InfoListDeleter>;

/// uname -r: the release whose /lib/modules libkmod uses by default.
inline QString runningRelease()
{
    struct utsname u = {};
    if (::uname(&u) != 0)
        return {};
    return QString::fromUtf8(u.release);
}

/// A libkmod log function that prints nothing: Kaleido reports errors as values, not on stderr.
inline void silentLog(void*, int, const char*, int, const char*, const char*, va_list)
{}

} // namespace kaleido::kmod
