// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * /proc/<pid>/io: the process's I/O counters (CONFIG_TASK_IO_ACCOUNTING), summed over its threads.
 *
 * @code
 * rchar: 2287237
 * wchar: 276389
 * syscr: 22653
 * syscw: 454
 * read_bytes: 28672
 * write_bytes: 1961984
 * cancelled_write_bytes: 0
 * @endcode
 * rchar/wchar count bytes passed to read()/write()-like calls (cache hits included), syscr/syscw the calls;
 * read_bytes/write_bytes what really went to or would go to storage; cancelled_write_bytes dirty page cache
 * that was truncated before writeback. Reading another user's process needs ptrace rights (root), so
 * PermissionDenied is normal there. Fields are kept in file order and looked up by name; unknown ones are
 * kept.
 */
struct ProcessIo
{
    struct Field
    {
        QByteArray name;
        quint64 value = 0;
    };

    QList<Field> fields;
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    std::optional<quint64> value(QByteArrayView name) const;
    std::optional<quint64> rchar() const { return value("rchar"); }
    std::optional<quint64> wchar() const { return value("wchar"); }
    std::optional<quint64> syscr() const { return value("syscr"); }
    std::optional<quint64> syscw() const { return value("syscw"); }
    std::optional<quint64> readBytes() const { return value("read_bytes"); }
    std::optional<quint64> writeBytes() const { return value("write_bytes"); }
    std::optional<quint64> cancelledWriteBytes() const { return value("cancelled_write_bytes"); }
};

/// Parses the bytes of /proc/<pid>/io. Fails (Malformed) only when no line holds a field.
Result<ProcessIo> parseProcessIo(QByteArrayView data, const QString& path = QStringLiteral("/proc/self/io"));

/// Reads and parses /proc/<pid>/io below @p fs's root. PermissionDenied for other users' processes unless
/// root.
Result<ProcessIo> readProcessIo(const KernelFs& fs, int pid);

} // namespace kaleido
