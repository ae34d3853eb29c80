// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "memorymaps.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * /proc/<pid>/smaps_rollup (4.14+): the smaps fields already summed by the kernel over all areas.
 *
 * @code
 * 5571a223f000-7fffec4b8000 ---p 00000000 00:00 0                          [rollup]
 * Rss:                3256 kB
 * Pss:                 819 kB
 * Pss_Dirty:           396 kB
 * Pss_Anon:            396 kB
 * …
 * Locked:                0 kB
 * @endcode
 * One maps-format header spanning the lowest to the highest address, named "[rollup]", then "Key: value kB"
 * lines. It has the Pss_Anon/Pss_File/Pss_Shmem split that smaps lacks, and no Size, KernelPageSize or
 * VmFlags. Much cheaper to read than smaps for one number per process. Keys are kept in file order and looked
 * up by name.
 */
struct SmapsRollup
{
    struct Field
    {
        qsizetype nameOffset = 0; ///< where the name starts in SmapsRollup::text
        qsizetype nameLength = 0;
        quint64 value = 0;  ///< as written in the file
        bool inKiB = false; ///< the line carried "kB"
    };

    QByteArray text;
    /// The header: start of the lowest area, end of the highest; empty (0-0) for a process without memory.
    MemoryMap range;
    bool hasHeader = false;
    QList<Field> fields;
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    /// The header's name column: "[rollup]".
    QByteArrayView label() const { return QByteArrayView(text).sliced(range.pathOffset, range.pathLength); }
    QByteArrayView name(const Field& field) const
    {
        return QByteArrayView(text).sliced(field.nameOffset, field.nameLength);
    }
    /// The field in bytes for "kB" fields, the bare number otherwise.
    std::optional<quint64> value(QByteArrayView name) const;
};

/**
 * Parses the bytes of /proc/<pid>/smaps_rollup. A kernel thread's file is empty: that parses to no fields.
 * Fails (Malformed) only when there is text and neither the header nor any field can be read.
 */
Result<SmapsRollup> parseSmapsRollup(QByteArrayView data,
                                     const QString& path = QStringLiteral("/proc/self/smaps_rollup"));

/// Reads and parses /proc/<pid>/smaps_rollup below @p fs's root. Absent before 4.14; Vanished when the
/// process exited.
Result<SmapsRollup> readSmapsRollup(const KernelFs& fs, int pid);

} // namespace kaleido
