// SPDX-License-Identifier: GPL-2.0-or-later
#include "processlimits.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

std::optional<ProcessLimits::Value> parseValue(QByteArrayView text)
{
    ProcessLimits::Value v;
    if (text == "unlimited") {
        v.unlimited = true;
        return v;
    }
    const auto n = procscan::unsignedToken(text);
    if (!n)
        return std::nullopt;
    v.value = *n;
    return v;
}

struct Columns
{
    qsizetype soft = -1;
    qsizetype hard = -1;
    qsizetype units = -1;
};

// Cuts the row at the header's columns. The cut is trusted only where it falls on blanks (a wider value would
// run over into the next column) and each piece is one value.
std::optional<ProcessLimits::Limit> cutAtColumns(QByteArrayView line, const Columns& c)
{
    if (c.soft < 0 || line.size() <= c.hard)
        return std::nullopt;
    auto onBoundary = [&](qsizetype column) { return column >= line.size() || line[column - 1] == ' '; };
    if (!onBoundary(c.soft) || !onBoundary(c.hard) || !onBoundary(c.units))
        return std::nullopt;
    const QByteArrayView name = line.first(c.soft).trimmed();
    const auto soft = parseValue(line.sliced(c.soft, c.hard - c.soft).trimmed());
    const auto hard = parseValue(line.sliced(c.hard, std::min(line.size(), c.units) - c.hard).trimmed());
    if (name.isEmpty() || !soft || !hard)
        return std::nullopt;
    ProcessLimits::Limit limit{name.toByteArray(), *soft, *hard, {}};
    if (line.size() > c.units)
        limit.units = line.sliced(c.units).trimmed().toByteArray();
    return limit;
}

// Fallback: the name is the words before the first two consecutive values; the unit is what follows them.
std::optional<ProcessLimits::Limit> readWords(QByteArrayView line)
{
    QList<QByteArrayView> words;
    procscan::forEachToken(line, [&](QByteArrayView w) { words.append(w); });
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        const auto soft = parseValue(words.at(i));
        const auto hard = parseValue(words.at(i + 1));
        if (!soft || !hard)
            continue;
        const QByteArrayView first = words.constFirst();
        const QByteArrayView last = words.at(i - 1);
        ProcessLimits::Limit limit{
            line.sliced(first.data() - line.data(), last.data() + last.size() - first.data()).toByteArray(),
            *soft,
            *hard,
            {}};
        if (i + 2 < words.size()) {
            const QByteArrayView unitStart = words.at(i + 2);
            limit.units = line.sliced(unitStart.data() - line.data()).trimmed().toByteArray();
        }
        return limit;
    }
    return std::nullopt;
}

} // namespace

const ProcessLimits::Limit* ProcessLimits::find(QByteArrayView name) const
{
    for (const Limit& l : limits) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

Result<ProcessLimits> parseProcessLimits(QByteArrayView data, const QString& path)
{
    ProcessLimits result;
    Columns columns;
    bool headerSeen = false;
    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            return;
        if (!headerSeen && line.startsWith("Limit") && line.contains("Soft Limit")) {
            headerSeen = true;
            columns.soft = line.indexOf("Soft Limit");
            columns.hard = line.indexOf("Hard Limit");
            columns.units = line.indexOf("Units");
            if (columns.hard <= columns.soft || columns.units <= columns.hard)
                columns = Columns(); // titles out of order: read every row by words
            return;
        }
        auto limit = cutAtColumns(line, columns);
        if (!limit)
            limit = readWords(line);
        if (!limit) {
            result.skippedLines.append(procscan::malformed(
                path, lineNo,
                QCoreApplication::translate("kaleido::ProcessLimits",
                                            "expected a limit name, a soft and a hard limit")));
            return;
        }
        result.limits.append(std::move(*limit));
    });
    if (result.limits.isEmpty()) {
        if (!result.skippedLines.isEmpty())
            return result.skippedLines.constFirst();
        return procscan::malformed(
            path, 0, QCoreApplication::translate("kaleido::ProcessLimits", "no limit could be read"));
    }
    return result;
}

Result<ProcessLimits> readProcessLimits(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"limits");
    if (!bytes)
        return bytes.error();
    return parseProcessLimits(*bytes, PidFs::path(pid, u"limits"));
}

} // namespace kaleido
