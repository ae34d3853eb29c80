// SPDX-License-Identifier: GPL-2.0-or-later
#include "meminfo.h"

#include "textscan.h"

#include <QCoreApplication>

namespace kaleido {

std::optional<quint64> MemInfo::value(QByteArrayView name) const
{
    for (const Field& f : fields) {
        if (this->name(f) == name)
            return f.inKiB ? f.value * 1024 : f.value;
    }
    return std::nullopt;
}

std::optional<quint64> MemInfo::swapUsed() const
{
    const auto total = value("SwapTotal");
    const auto free = value("SwapFree");
    if (!total || !free)
        return std::nullopt;
    return *total >= *free ? *total - *free : 0;
}

Result<MemInfo> parseMeminfo(QByteArrayView data, const QString& path)
{
    MemInfo info;
    info.text = data.toByteArray();
    info.fields.reserve(64);
    data = info.text; // parse the copy, so name offsets refer to it

    auto malformed = [&](int lineNo, const QString& what) {
        info.skippedLines.append(Error::malformed(path, lineNo, what));
    };

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            return;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            malformed(lineNo, QCoreApplication::translate("kaleido::MemInfo", "expected “Name: value”"));
            return;
        }
        MemInfo::Field field;
        const QByteArrayView name = line.first(colon).trimmed();
        field.nameOffset = name.data() - data.data();
        field.nameLength = name.size();
        QByteArrayView rest = line.sliced(colon + 1).trimmed();

        const auto number = parseUnsigned(rest);
        if (!number) {
            malformed(lineNo, QCoreApplication::translate("kaleido::MemInfo", "expected a number after “%1:”")
                                  .arg(QString::fromLatin1(name)));
            return;
        }
        field.value = number->value;
        const QByteArrayView unit = rest.sliced(number->length).trimmed();
        if (unit == "kB") {
            if (field.value > std::numeric_limits<quint64>::max() / 1024) {
                malformed(lineNo, QCoreApplication::translate("kaleido::MemInfo", "value out of range"));
                return;
            }
            field.inKiB = true;
        } else if (!unit.isEmpty()) {
            malformed(lineNo, QCoreApplication::translate("kaleido::MemInfo", "unknown unit “%1”")
                                  .arg(QString::fromLatin1(unit.toByteArray())));
            return;
        }
        info.fields.append(std::move(field));
    });

    if (info.fields.isEmpty()) {
        Error e;
        e.kind = ErrorKind::Malformed;
        e.path = path;
        e.detail = data.isEmpty() ? QCoreApplication::translate("kaleido::MemInfo", "the file is empty")
                                  : QCoreApplication::translate("kaleido::MemInfo", "no field could be read");
        if (!info.skippedLines.isEmpty())
            e = info.skippedLines.constFirst();
        return e;
    }
    return info;
}

Result<MemInfo> readMeminfo(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/meminfo"), parseMeminfo);
}

} // namespace kaleido
