// SPDX-License-Identifier: GPL-2.0-or-later
#include "vmstat.h"

#include "textscan.h"

#include <QCoreApplication>

namespace kaleido {

std::optional<quint64> VmStat::value(QByteArrayView name) const
{
    for (const Counter& c : counters) {
        if (this->name(c) == name)
            return c.value;
    }
    return std::nullopt;
}

std::optional<quint64> VmStat::sumWithPrefix(QByteArrayView prefix) const
{
    std::optional<quint64> sum;
    for (const Counter& c : counters) {
        if (!name(c).startsWith(prefix))
            continue;
        const quint64 soFar = sum.value_or(0);
        sum = c.value > std::numeric_limits<quint64>::max() - soFar ? std::numeric_limits<quint64>::max()
                                                                    : soFar + c.value;
    }
    return sum;
}

VmStatDelta vmstatDelta(const VmStat& older, const VmStat& newer, QByteArrayView name)
{
    VmStatDelta result;
    const auto before = older.value(name);
    const auto after = newer.value(name);
    if (!before || !after)
        return result;
    if (*after < *before) {
        result.state = VmStatDelta::State::WentBackwards;
        return result;
    }
    result.state = VmStatDelta::State::Moved;
    result.delta = *after - *before;
    return result;
}

Result<VmStat> parseVmstat(QByteArrayView data, const QString& path)
{
    VmStat stat;
    stat.text = data.toByteArray();
    stat.counters.reserve(200);
    data = stat.text; // parse the copy, so name offsets refer to it

    auto malformed = [&](int lineNo, const QString& what) {
        stat.skippedLines.append(Error::malformed(path, lineNo, what));
    };

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            return;
        qsizetype space = 0;
        while (space < trimmed.size() && trimmed[space] != ' ' && trimmed[space] != '\t')
            ++space;
        if (space == trimmed.size()) {
            malformed(lineNo, QCoreApplication::translate("kaleido::VmStat", "expected “name value”"));
            return;
        }
        const QByteArrayView name = trimmed.first(space);
        const QByteArrayView rest = trimmed.sliced(space).trimmed();
        const auto number = parseUnsigned(rest);
        if (!number || number->length != rest.size()) {
            malformed(lineNo, QCoreApplication::translate("kaleido::VmStat", "expected a number after “%1”")
                                  .arg(QString::fromLatin1(name)));
            return;
        }
        VmStat::Counter counter;
        counter.nameOffset = name.data() - data.data();
        counter.nameLength = name.size();
        counter.value = number->value;
        stat.counters.append(counter);
    });

    if (stat.counters.isEmpty()) {
        if (!stat.skippedLines.isEmpty())
            return stat.skippedLines.constFirst();
        return Error::malformed(path, 0, QCoreApplication::translate("kaleido::VmStat", "the file is empty"));
    }
    return stat;
}

Result<VmStat> readVmstat(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/vmstat"), parseVmstat);
}

} // namespace kaleido
