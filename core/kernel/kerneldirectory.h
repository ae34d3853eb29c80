// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QList>
#include <QString>

namespace kaleido {

/**
 * One entry of a /proc or /sys directory, with the permission bits the kernel gave it.
 *
 * In sysfs the mode carries meaning: /sys/module/<m>/parameters/<p> has the mode the module's author passed
 * to module_param() (0644 tunable by root, 0444 read-only, 0200 write-only), and /sys/module/<m>/holders/
 * holds one symlink per module that uses <m>.
 */
struct KernelDirEntry
{
    enum class Type
    {
        File,
        Directory,
        Symlink,
        Other
    };

    QString name;
    Type type = Type::Other;
    quint32 mode = 0; ///< permission bits (07777) of the entry itself (lstat: a symlink's own mode)
};

/**
 * Lists a directory below @p fs's root (without "." and ".."), in the order the kernel returns the entries
 * (the order ls -U and libkmod see). ENOENT → Absent, EACCES → PermissionDenied; an entry that vanishes
 * between readdir and lstat is left out.
 */
Result<QList<KernelDirEntry>> listKernelDirectory(const KernelFs& fs, const QString& kernelPath);

} // namespace kaleido
