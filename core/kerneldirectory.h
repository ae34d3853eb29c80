// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kaleido {

/**
 * One entry of a kernel directory such as /proc/sys/vm, /sys/kernel/slab or /sys/module/<m>/parameters.
 *
 * In sysfs the mode carries meaning: /sys/module/<m>/parameters/<p> has the mode the module's author passed to
 * module_param() (0644 tunable by root, 0444 read-only, 0200 write-only), and /sys/module/<m>/holders/ holds one
 * symlink per module that uses <m>.
 * sysfs and procfs encode meaning in the entry itself: a 0200 file is an action, not a value (drop_caches); a
 * symlink in /sys/kernel/slab names a cache merged into another. So entries keep their type, mode and link
 * target.
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
    Type type = Type::File;
    uint mode = 0644;   ///< permission bits (07777)
    QString linkTarget; ///< for symlinks: the target as stored (e.g. ":A-0000064")

    /// No read bit at all: the kernel accepts writes only (drop_caches, compact_memory).
    bool isWriteOnly() const { return type == Type::File && (mode & 0444) == 0; }
};

/**
 * Parses a "<dir>.modes" file written by tests/fixtures/capture.sh, one "<name> <octal mode>" per line:
 * @code
 * compact_memory 200
 * dirty_ratio 644
 * @endcode
 * A copied tree cannot keep sysfs/procfs modes, so the capture records them beside the directory. Lines that
 * do not parse are left out (this is a fixture aid, not kernel output).
 */
QList<KernelDirEntry> parseModeList(QByteArrayView data);

enum class DirectoryOrder {
    ByName, ///< sorted by name (byte order): stable for displays and tests
    Kernel, ///< as readdir returns them: the order ls -U, lsmod and libkmod show (e.g. module holders)
};

/**
 * Lists @p kernelPath below @p fs's root (without "." and ".."). ENOENT → Absent, EACCES → PermissionDenied;
 * an entry that vanishes between readdir and lstat is left out. Entries carry the entry's own mode (lstat) and,
 * for symlinks, the target. In a captured tree a sibling "<dir>.modes" file supplies the modes of its files,
 * including write-only ones that could not be copied (those are appended).
 */
Result<QList<KernelDirEntry>> listKernelDirectory(const KernelFs& fs, const QString& kernelPath,
                                                  DirectoryOrder order = DirectoryOrder::ByName);

} // namespace kaleido
