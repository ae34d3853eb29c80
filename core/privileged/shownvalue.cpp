// SPDX-License-Identifier: GPL-2.0-or-later
#include "shownvalue.h"

namespace kaleido::privileged {

QString shownValue(const QString& value)
{
    constexpr qsizetype maxShown = 60;
    QString shown;
    qsizetype count = 0;
    for (QChar c : value) {
        if (count++ == maxShown) {
            shown.append(QChar(0x2026));
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'\\')
            shown.append(QStringLiteral("\\\\"));
        else if (u < 0x100 && (u < 0x20 || (u >= 0x7f && u < 0xa0)))
            shown.append(QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0')));
        else if (!c.isPrint() || c.isSurrogate())
            shown.append(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')));
        else
            shown.append(c);
    }
    return shown;
}

} // namespace kaleido::privileged
