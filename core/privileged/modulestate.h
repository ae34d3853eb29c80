// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The kernel's own view of modules around a privileged operation: the name it uses, whether a module is
// loaded
// (/proc/modules) and the taint (/proc/sys/kernel/tainted), all below the operation's root.
#include "kernelfs.h"
#include "procmodules.h"

#include <QString>

#include <optional>

namespace kaleido::privileged {

/// The kernel and /proc/modules know "snd_hda_intel"; modprobe accepts "snd-hda-intel" for it.
QString kernelName(QString name);

/// @p name as /proc/modules lists it now, or nullopt (not loaded, or /proc/modules unreadable).
std::optional<LoadedModule> loadedModule(const KernelFs& fs, const QString& name);

/// The taint as letters ("" when untainted or unreadable).
QString taintLetters(const KernelFs& fs);

} // namespace kaleido::privileged
