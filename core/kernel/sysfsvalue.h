// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

namespace kaleido {

/**
 * Single-value files of /proc/sys and /sys: one value and a newline.
 *
 * @code
 * 1            (/proc/sys/kernel/kptr_restrict)
 * -1           (/sys/module/<m>/refcnt while the module is going away)
 * Y            (/sys/module/module/parameters/sig_enforce, a bool module parameter)
 * live         (/sys/module/<m>/initstate)
 * @endcode
 */
namespace SysfsValue {

/// A signed decimal integer, surrounding white space ignored. Malformed otherwise (or beyond 64 bits).
Result<qint64> parseInteger(QByteArrayView data, const QString& path);

/// An unsigned decimal integer, surrounding white space ignored.
Result<quint64> parseUnsigned(QByteArrayView data, const QString& path);

/// A bool as the kernel prints module parameters and some knobs: "Y"/"N" (also "1"/"0").
Result<bool> parseBool(QByteArrayView data, const QString& path);

/// A line of text without its trailing newline (e.g. a module's version). Never fails.
QString parseText(QByteArrayView data);

} // namespace SysfsValue
} // namespace kaleido
