// SPDX-License-Identifier: GPL-2.0-or-later
#include "kmsgrecord.h"

#include "textscan.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<quint64> wholeNumber(QByteArrayView text)
{
    const auto number = parseUnsigned(text);
    if (!number || number->length != text.size())
        return std::nullopt;
    return number->value;
}

} // namespace

QString KmsgRecord::property(const QString& key) const
{
    for (const Property& p : properties) {
        if (p.key == key)
            return p.value;
    }
    return {};
}

QString KmsgRecord::priorityName(int priority)
{
    static const char* const names[] = {"emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"};
    if (priority >= 0 && priority < 8)
        return QString::fromLatin1(names[priority]);
    return QString::number(priority);
}

QString KmsgRecord::facilityName(int facility)
{
    static const char* const names[] = {"kern",   "user",   "mail",   "daemon", "auth",     "syslog",
                                        "lpr",    "news",   "uucp",   "cron",   "authpriv", "ftp",
                                        "res0",   "res1",   "res2",   "res3",   "local0",   "local1",
                                        "local2", "local3", "local4", "local5", "local6",   "local7"};
    if (facility >= 0 && facility < int(std::size(names)))
        return QString::fromLatin1(names[facility]);
    return QCoreApplication::translate("kaleido::KmsgRecord", "facility %1").arg(facility);
}

QByteArray decodeKmsgEscapes(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 3 < text.size() && text[i + 1] == 'x') {
            const int high = hexDigit(text[i + 2]);
            const int low = hexDigit(text[i + 3]);
            if (high >= 0 && low >= 0) {
                out += char(high * 16 + low);
                i += 3;
                continue;
            }
        }
        out += c;
    }
    return out;
}

Result<KmsgRecord> parseKmsgRecord(QByteArrayView data, const QString& path)
{
    auto malformed = [&](const char* what) {
        return Error::malformed(path, 1, QCoreApplication::translate("kaleido::KmsgRecord", what));
    };

    qsizetype lineEnd = data.indexOf('\n');
    if (lineEnd < 0)
        lineEnd = data.size();
    const QByteArrayView first = data.first(lineEnd);
    const qsizetype semicolon = first.indexOf(';');
    if (semicolon < 0)
        return malformed(
            QT_TRANSLATE_NOOP("kaleido::KmsgRecord", "expected “level,sequence,timestamp,flags;message”"));

    KmsgRecord record;
    const QByteArrayView header = first.first(semicolon);
    int field = 0;
    bool bad = false;
    qsizetype start = 0;
    while (start <= header.size() && !bad) {
        qsizetype comma = header.indexOf(',', start);
        if (comma < 0)
            comma = header.size();
        const QByteArrayView value = header.sliced(start, comma - start);
        switch (field) {
        case 0:
            if (const auto level = wholeNumber(value); level && *level <= 0x7fffffff) {
                record.priority = int(*level & 7);
                record.facility = int(*level >> 3);
            } else {
                bad = true;
            }
            break;
        case 1:
            if (const auto sequence = wholeNumber(value))
                record.sequence = *sequence;
            else
                bad = true;
            break;
        case 2:
            if (const auto timestamp = wholeNumber(value))
                record.timestampUs = *timestamp;
            else
                bad = true;
            break;
        case 3:
            if (value.size() == 1)
                record.flag = value[0];
            else
                bad = true;
            break;
        default:
            record.extraHeaderFields.append(QString::fromUtf8(value));
            break;
        }
        ++field;
        start = comma + 1;
    }
    if (bad || field < 3)
        return malformed(
            QT_TRANSLATE_NOOP("kaleido::KmsgRecord", "expected “level,sequence,timestamp,flags;message”"));

    record.message = QString::fromUtf8(decodeKmsgEscapes(first.sliced(semicolon + 1)));

    // " KEY=value" lines; their values are escaped like the message.
    if (lineEnd < data.size()) {
        forEachLine(data.sliced(lineEnd + 1), [&](QByteArrayView line) {
            if (line.startsWith(' '))
                line = line.sliced(1);
            if (line.isEmpty())
                return;
            const qsizetype equals = line.indexOf('=');
            KmsgRecord::Property property;
            property.key = QString::fromUtf8(equals < 0 ? line : line.first(equals));
            if (equals >= 0)
                property.value = QString::fromUtf8(decodeKmsgEscapes(line.sliced(equals + 1)));
            record.properties.append(std::move(property));
        });
    }
    return record;
}

Result<KmsgLog> parseKmsgText(QByteArrayView data, const QString& path)
{
    KmsgLog log;
    qsizetype recordStart = -1;
    int recordLine = 0;
    int lineNo = 0;

    auto finish = [&](qsizetype end) {
        if (recordStart < 0)
            return;
        auto record = parseKmsgRecord(data.sliced(recordStart, end - recordStart), path);
        if (record) {
            log.records.append(std::move(record).value());
        } else {
            Error e = record.error();
            e.line = recordLine;
            log.skippedLines.append(e);
        }
        recordStart = -1;
    };

    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        ++lineNo;
        const QByteArrayView line = data.sliced(pos, end - pos);
        if (line.startsWith(' ')) {
            if (recordStart < 0) {
                log.skippedLines.append(Error::malformed(
                    path, lineNo,
                    QCoreApplication::translate("kaleido::KmsgRecord",
                                                "a “KEY=value” line without a record before it")));
            }
        } else if (!line.trimmed().isEmpty()) {
            finish(pos);
            recordStart = pos;
            recordLine = lineNo;
        }
        pos = end + 1;
    }
    finish(std::min(pos, data.size()));

    if (log.records.isEmpty() && !log.skippedLines.isEmpty())
        return log.skippedLines.constFirst();
    return log;
}

} // namespace kaleido
