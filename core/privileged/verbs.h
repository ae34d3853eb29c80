// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <span>

namespace kaleido::privileged {

/// Everything the privileged helper can do. Each verb is one D-Bus method and one polkit action.
enum class Verb
{
    LoadModule,           ///< by name, resolved by libkmod for the running kernel
    LoadModuleFile,       ///< a .ko file the user chose (auth_admin every time)
    UnloadModule,         ///< never forced
    WriteModuleParameter, ///< an existing, writable /sys/module/<m>/parameters/<p>
    WriteTunable,         ///< one key of the compiled-in table in tunables.h
    SignalProcess,
    ReniceProcess,
    SetOomScoreAdj,
    SetAffinity,
    OpenStream, ///< a root-only source (slabinfo, /dev/kmsg, …) streamed to the caller
};

/// polkit's implicit authorizations (the <defaults> of an action).
enum class Implicit
{
    No,
    Yes,
    AuthSelf,
    AuthSelfKeep,
    AuthAdmin,
    AuthAdminKeep,
};

/// polkit's spelling: "no", "auth_admin_keep", …
const char* implicitName(Implicit value);

/**
 * One row of the verb table. This table is the single source for the helper's dispatch, the client's calls
 * and the generated polkit .policy file (helper/kaleido-policygen); a test checks all of them against it.
 */
struct VerbInfo
{
    Verb verb;
    const char* method;       ///< D-Bus method on ids::interface, e.g. "LoadModule"
    const char* inSignature;  ///< D-Bus signature of its arguments, e.g. "sa{ss}"
    const char* outSignature; ///< D-Bus signature of its reply
    const char* actionSuffix; ///< polkit action id after ids::actionPrefix, e.g. "load-module"
    const char* description;  ///< QT_TRANSLATE_NOOP("kaleido::privileged::Verb", …): what the action is
    const char* message; ///< QT_TRANSLATE_NOOP("kaleido::privileged::Verb", …): the polkit dialog's text
    Implicit allowAny;
    Implicit allowInactive;
    Implicit allowActive;

    /// The full polkit action id, e.g. "org.kaleido.kaleido.load-module".
    QString actionId() const;
};

/// Every verb, in the order of the Verb enum.
std::span<const VerbInfo> verbTable();
const VerbInfo& verbInfo(Verb verb);
std::optional<Verb> verbForMethod(const QString& method);

/// The translation context of the table's strings.
inline constexpr char verbTranslationContext[] = "kaleido::privileged::Verb";

} // namespace kaleido::privileged
