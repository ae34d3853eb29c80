// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kaleido {

/**
 * The two-letter codes of the "VmFlags:" line in /proc/<pid>/smaps, and what they mean.
 *
 * @code
 * VmFlags: rd wr mr mw me ac sd
 * @endcode
 * The set changes between kernels (dw went away in 5.15, ss/sl/lf/dp/gu came later) and depends on the
 * architecture, so a code this table does not know is kept as it is, never dropped or treated as an error.
 */
namespace VmFlags {

/// The meaning of @p code in a few words ("rd" → "readable"), or an empty string for a code not in the table.
QString describe(QByteArrayView code);

/// Whether the table knows @p code.
bool isKnown(QByteArrayView code);

/// The codes of a VmFlags value ("rd wr mr"), in order, as views into @p text.
QList<QByteArrayView> split(QByteArrayView text);

/// Every code the table knows, in the kernel's order (for legends and documentation).
QList<QByteArrayView> knownCodes();

} // namespace VmFlags
} // namespace kaleido
