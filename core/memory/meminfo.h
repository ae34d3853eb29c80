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
 * /proc/meminfo, as the running kernel wrote it.
 *
 * The format is one field per line, "Name:" then a decimal number and an optional unit:
 * @code
 * MemTotal:       24542000 kB
 * Active(anon):     123456 kB
 * HugePages_Total:       0
 * @endcode
 * Fields come and go between kernel versions and configurations (e.g. Zswap, SecPageTables, FileHugePages), so
 * they are kept in file order and looked up by name; nothing assumes a count or an order.
 */
struct MemInfo
{
    struct Field
    {
        qsizetype nameOffset = 0; ///< where the name starts in MemInfo::text
        qsizetype nameLength = 0;
        quint64 value = 0;  ///< as written in the file
        bool inKiB = false; ///< the line carried the "kB" unit (the kernel's kB means KiB)
    };

    /// The file's bytes; field names point into them, so parsing allocates once, not once per field.
    QByteArray text;
    QList<Field> fields;
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    QByteArrayView name(const Field& field) const { return QByteArrayView(text).sliced(field.nameOffset, field.nameLength); }

    /// The field's value in bytes for "kB" fields, or the bare count for unit-less ones (HugePages_*).
    std::optional<quint64> value(QByteArrayView name) const;
    bool has(QByteArrayView name) const { return value(name).has_value(); }

    /// SwapTotal − SwapFree, the swap space in use, in bytes.
    std::optional<quint64> swapUsed() const;
};

/// Parses the bytes of /proc/meminfo. Fails (Malformed) only when no line at all holds a field.
Result<MemInfo> parseMeminfo(QByteArrayView data, const QString& path = QStringLiteral("/proc/meminfo"));

/// Reads and parses /proc/meminfo below @p fs's root.
Result<MemInfo> readMeminfo(const KernelFs& fs);

} // namespace kaleido
