// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to kaleido::privileged: the one way the operations write a kernel file, and how they show
// untrusted text in a message. Not part of the contract other people code against.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace kaleido::privileged::detail {

/**
 * Writes @p bytes to @p hostPath in a single write(): open(O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW), so a
 * symbolic link as the last component is refused with ELOOP. O_TRUNC is what a shell's "echo 1 > file" does:
 * /proc/sys and sysfs ignore it, and a regular file in a test root is replaced instead of overwritten in
 * part. Returns 0, or the errno of the step that failed (EIO when the kernel took only part of the bytes).
 */
int writeKernelFile(const QString& hostPath, QByteArrayView bytes);

/**
 * Untrusted text as it may appear inside a message: at most @p max characters (then "…"), with control and
 * other unprintable characters (NUL, newline, escape, bidi overrides…) shown as U+FFFD.
 */
QString shownText(QStringView text, qsizetype max = 40);

/// The strict decimal grammar of every numeric argument: ASCII digits, a leading '-' only when
/// @p allowNegative, no '+', no spaces, no leading zeros ("0" itself is fine, "-0" is not), no overflow.
bool parseStrictInteger(QStringView text, bool allowNegative, qint64* value);

} // namespace kaleido::privileged::detail
