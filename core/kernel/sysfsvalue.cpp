// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysfsvalue.h"

#include "textscan.h"

#include <QCoreApplication>

#include <limits>

namespace kaleido::SysfsValue {

namespace {

Error malformed(const QString& path, const char* what)
{
    return Error::malformed(path, 1, QCoreApplication::translate("kaleido::SysfsValue", what));
}

} // namespace

Result<qint64> parseInteger(QByteArrayView data, const QString& path)
{
    QByteArrayView text = data.trimmed();
    const bool negative = text.startsWith('-');
    if (negative)
        text = text.sliced(1);
    const auto number = kaleido::parseUnsigned(text);
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (!number || number->length != text.size() || number->value > limit)
        return malformed(path, QT_TRANSLATE_NOOP("kaleido::SysfsValue", "expected a whole number"));
    if (negative)
        return number->value == limit ? std::numeric_limits<qint64>::min() : -qint64(number->value);
    return qint64(number->value);
}

Result<quint64> parseUnsigned(QByteArrayView data, const QString& path)
{
    const QByteArrayView text = data.trimmed();
    const auto number = kaleido::parseUnsigned(text);
    if (!number || number->length != text.size())
        return malformed(path, QT_TRANSLATE_NOOP("kaleido::SysfsValue", "expected an unsigned whole number"));
    return number->value;
}

Result<bool> parseBool(QByteArrayView data, const QString& path)
{
    const QByteArrayView text = data.trimmed();
    if (text == "Y" || text == "y" || text == "1")
        return true;
    if (text == "N" || text == "n" || text == "0")
        return false;
    return malformed(path, QT_TRANSLATE_NOOP("kaleido::SysfsValue", "expected Y or N"));
}

QString parseText(QByteArrayView data)
{
    if (data.endsWith('\n'))
        data.chop(1);
    return QString::fromUtf8(data);
}

} // namespace kaleido::SysfsValue
