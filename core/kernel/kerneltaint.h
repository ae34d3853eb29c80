// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kaleido {

/**
 * /proc/sys/kernel/tainted: why the kernel's state is no longer what its developers would trust, one decimal
 * bitmask.
 *
 * @code
 * 12288
 * @endcode
 * is bits 12 and 13: an out-of-tree (O) and an unsigned (E) module were loaded. Taints stay until reboot,
 * even after the module that caused one is unloaded. The letters are those of
 * Documentation/admin-guide/tainted-kernels.rst, which the kernel also prints after "Tainted:" in oops
 * reports and, per module, in /proc/modules ("(OE)") and /sys/module/<m>/taint.
 */
struct TaintFlag
{
    int bit = 0;     ///< bit number in the mask
    char letter = 0; ///< the kernel's letter, 0 for a bit newer than this table ("bit N")
    /// What it means, one short sentence (translated).
    QString meaning() const;
    /// "P", or "bit 21" for a bit without a known letter.
    QString name() const;
};

struct KernelTaint
{
    quint64 value = 0;
    QList<TaintFlag> flags; ///< every set bit, lowest first; unknown bits are kept as "bit N"

    bool tainted() const { return value != 0; }
    /// The set letters in bit order, e.g. "POE" (unknown bits are left out).
    QString letters() const;
};

/// Every flag the kernel documents, bit 0 (P) to bit 19 (J).
const QList<TaintFlag>& knownTaintFlags();

/// The flag for @p letter ('P', 'O', …), or nullopt when the letter is not one the kernel documents.
std::optional<TaintFlag> taintFlagForLetter(char letter);

/// Decodes a mask into its flags.
KernelTaint decodeTaint(quint64 value);

/**
 * Per-module taint letters as /sys/module/<m>/taint ("OE") or /proc/modules ("(OE)", also "(OE+)" while
 * loading) show them. Unknown letters are skipped; parentheses, '+' and '-' are ignored.
 */
QList<TaintFlag> parseTaintLetters(QByteArrayView letters);

/// Parses /proc/sys/kernel/tainted: one unsigned decimal number.
Result<KernelTaint> parseTainted(QByteArrayView data,
                                 const QString& path = QStringLiteral("/proc/sys/kernel/tainted"));
Result<KernelTaint> readTainted(const KernelFs& fs);

} // namespace kaleido
