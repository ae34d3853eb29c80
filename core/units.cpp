// SPDX-License-Identifier: GPL-2.0-or-later
#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace kaleido::Units {

namespace {
const std::array<const char*, 7> kSymbols = {
    QT_TRANSLATE_NOOP("kaleido::Units", "B"),   QT_TRANSLATE_NOOP("kaleido::Units", "KiB"),
    QT_TRANSLATE_NOOP("kaleido::Units", "MiB"), QT_TRANSLATE_NOOP("kaleido::Units", "GiB"),
    QT_TRANSLATE_NOOP("kaleido::Units", "TiB"), QT_TRANSLATE_NOOP("kaleido::Units", "PiB"),
    QT_TRANSLATE_NOOP("kaleido::Units", "EiB"),
};

QString symbol(size_t index)
{
    return QCoreApplication::translate("kaleido::Units", kSymbols[index]);
}
} // namespace

Scale byteScaleFor(double maxBytes)
{
    size_t index = 0;
    double divisor = 1;
    while (index + 1 < kSymbols.size() && maxBytes >= divisor * 1024) {
        divisor *= 1024;
        ++index;
    }
    return {divisor, symbol(index)};
}

QString formatBytes(double bytes)
{
    const bool negative = bytes < 0;
    const double magnitude = negative ? -bytes : bytes;
    const Scale scale = byteScaleFor(magnitude);
    const double value = magnitude / scale.divisor;
    const int decimals = scale.divisor == 1 ? 0 : (value < 10 ? 2 : (value < 100 ? 1 : 0));
    const QString number = QLocale().toString(negative ? -value : value, 'f', decimals);
    //: a number followed by its unit, e.g. "12.3 GiB"
    return QCoreApplication::translate("kaleido::Units", "%1 %2").arg(number, scale.symbol);
}

QString formatBytes(quint64 bytes)
{
    return formatBytes(double(bytes));
}

QString formatRate(double perSecond, const QString& unitLabel)
{
    const double magnitude = perSecond < 0 ? -perSecond : perSecond;
    const QString number = QLocale().toString(perSecond, 'f', magnitude < 100 ? 1 : 0);
    if (unitLabel.isEmpty())
        //: a rate without a named unit, e.g. "12.3 /s"
        return QCoreApplication::translate("kaleido::Units", "%1 /s").arg(number);
    return QCoreApplication::translate("kaleido::Units", "%1 %2").arg(number, unitLabel);
}

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    //: uptime of several days: "%1 d" is days, %2 is hh:mm:ss
    return QCoreApplication::translate("kaleido::Units", "%1 d %2").arg(days).arg(clock);
}

} // namespace kaleido::Units
