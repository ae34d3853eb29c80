// SPDX-License-Identifier: GPL-2.0-or-later
#include "processsched.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

// "bash (6600, #threads: 1)". The name may itself contain " (", so the last one opens the pid part.
bool parseHeader(QByteArrayView line, ProcessSched& sched)
{
    if (!line.endsWith(')'))
        return false;
    const qsizetype open = line.lastIndexOf(" (");
    if (open < 0)
        return false;
    const QByteArrayView inside = line.sliced(open + 2, line.size() - open - 3);
    const qsizetype comma = inside.indexOf(',');
    if (comma < 0)
        return false;
    const auto pid = procscan::unsignedToken(inside.first(comma).trimmed());
    QByteArrayView rest = inside.sliced(comma + 1).trimmed();
    if (!pid || *pid > quint64(std::numeric_limits<int>::max()) || !rest.startsWith("#threads:"))
        return false;
    const auto threads = procscan::unsignedToken(rest.sliced(9).trimmed());
    if (!threads || *threads > quint64(std::numeric_limits<int>::max()))
        return false;
    sched.hasHeader = true;
    sched.comm = line.first(open).toByteArray();
    sched.pid = int(*pid);
    sched.threads = int(*threads);
    return true;
}

bool isRule(QByteArrayView line)
{
    for (char c : line) {
        if (c != '-')
            return false;
    }
    return true;
}

} // namespace

const ProcessSched::Field* ProcessSched::field(QByteArrayView name) const
{
    for (const Field& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

std::optional<double> ProcessSched::number(QByteArrayView name) const
{
    const Field* f = field(name);
    return f ? f->number : std::nullopt;
}

Result<ProcessSched> parseProcessSched(QByteArrayView data, const QString& path)
{
    ProcessSched result;
    int lineNo = 0;
    bool first = true;
    forEachLine(data, [&](QByteArrayView rawLine) {
        ++lineNo;
        const QByteArrayView line = rawLine.trimmed();
        if (line.isEmpty())
            return;
        const bool wasFirst = std::exchange(first, false);
        if (wasFirst && parseHeader(line, result))
            return;
        if (isRule(line))
            return;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0) {
            result.otherLines.append(line.toByteArray());
            return;
        }
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.isEmpty() || value.isEmpty()) {
            result.skippedLines.append(procscan::malformed(
                path, lineNo,
                QCoreApplication::translate("kaleido::ProcessSched", "expected “key : value”")));
            return;
        }
        ProcessSched::Field f;
        f.name = name.toByteArray();
        f.text = value.toByteArray();
        f.integer = procscan::signedToken(value);
        if (f.integer) {
            f.number = double(*f.integer);
        } else {
            bool ok = false;
            const double d = value.toDouble(&ok);
            if (ok)
                f.number = d;
        }
        result.fields.append(std::move(f));
    });
    if (!result.hasHeader && result.fields.isEmpty()) {
        if (!result.skippedLines.isEmpty())
            return result.skippedLines.constFirst();
        return procscan::malformed(
            path, 0,
            data.trimmed().isEmpty()
                ? QCoreApplication::translate("kaleido::ProcessSched", "the file is empty")
                : QCoreApplication::translate("kaleido::ProcessSched", "no field could be read"));
    }
    return result;
}

Result<ProcessSched> readProcessSched(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"sched");
    if (!bytes)
        return bytes.error();
    return parseProcessSched(*bytes, PidFs::path(pid, u"sched"));
}

} // namespace kaleido
