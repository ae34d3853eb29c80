// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

/**
 * One small kernel attribute file — a sysctl (/proc/sys/vm/swappiness) or a sysfs attribute
 * (/sys/kernel/mm/ksm/run) — holding one value as text:
 * @code
 * 60
 * @endcode
 */
struct KernelAttribute
{
    QString name;           ///< file name, e.g. "swappiness"
    QString path;           ///< kernel path, e.g. "/proc/sys/vm/swappiness"
    QByteArray text;        ///< the content without surrounding white space
    bool writeOnly = false; ///< no read bit: an action, not a value (drop_caches); not read
    bool notRead = false;   ///< reading it acts (stat_refresh flushes per-CPU counters), so it was not read
    std::optional<Error> error; ///< why there is no text (PermissionDenied, Vanished, …)

    bool hasValue() const { return !writeOnly && !notRead && !error; }
};

/// Parses an attribute's text as one unsigned decimal number ("50\n" → 50). Malformed otherwise.
Result<quint64> parseAttributeNumber(QByteArrayView text, const QString& path);
/// The same for values that may be negative ("-1").
Result<qint64> parseAttributeSignedNumber(QByteArrayView text, const QString& path);

/**
 * The regular files of one kernel directory, each read as a KernelAttribute, in name order.
 *
 * Which files exist differs between kernels (KSM's general_profit is 6.4+, /proc/sys/vm/defrag_mode 6.15+),
 * so every file present is kept and a file that is not there is reported as Absent when asked for.
 */
struct KernelAttributes
{
    QString directory; ///< e.g. "/sys/kernel/mm/ksm"
    QList<KernelAttribute> items;

    const KernelAttribute* find(QStringView name) const;
    bool has(QStringView name) const { return find(name) != nullptr; }

    /// The text of @p name; Absent when there is no such file, PermissionDenied for write-only or unreadable
    /// ones, IoError for one that was deliberately not read.
    Result<QByteArray> text(const QString& name) const;
    /// The value of @p name as an unsigned number; Malformed when it is not one.
    Result<quint64> number(const QString& name) const;
    Result<qint64> signedNumber(const QString& name) const;
};

/**
 * Reads every regular file directly in @p directory (not recursing). Files named in @p notRead are listed but
 * not read, for those whose read is an action. Absent when the directory does not exist.
 */
Result<KernelAttributes> readKernelAttributes(const KernelFs& fs, const QString& directory,
                                              const QStringList& notRead = {});

/**
 * Reads only the files @p names of @p directory, without listing it (for directories with many entries or
 * with files that should not be read, such as /sys/kernel/slab/<cache>/validate). A missing file is left out.
 * Absent when the directory does not exist.
 */
Result<KernelAttributes> readKernelAttributeFiles(const KernelFs& fs, const QString& directory,
                                                  const QStringList& names);

} // namespace kaleido
