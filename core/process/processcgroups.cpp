// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcgroups.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

std::optional<QByteArray> ProcessCgroups::unifiedPath() const
{
    for (const Membership& m : memberships) {
        if (m.isUnified())
            return m.path;
    }
    return std::nullopt;
}

std::optional<QByteArray> ProcessCgroups::controllerPath(QByteArrayView controller) const
{
    for (const Membership& m : memberships) {
        if (m.controllers.contains(controller))
            return m.path;
    }
    return std::nullopt;
}

Result<ProcessCgroups> parseProcessCgroups(QByteArrayView data, const QString& path)
{
    ProcessCgroups result;
    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.isEmpty())
            return;
        auto bad = [&](const QString& what) {
            result.skippedLines.append(procscan::malformed(path, lineNo, what));
        };
        const qsizetype first = line.indexOf(':');
        const qsizetype second = first < 0 ? -1 : line.indexOf(':', first + 1);
        if (second < 0)
            return bad(
                QCoreApplication::translate("kaleido::ProcessCgroups", "expected “id:controllers:path”"));
        const auto id = procscan::unsignedToken(line.first(first));
        if (!id || *id > quint64(std::numeric_limits<int>::max()))
            return bad(QCoreApplication::translate("kaleido::ProcessCgroups",
                                                   "expected a hierarchy number, not “%1”")
                           .arg(procscan::quoted(line.first(first))));
        const QByteArrayView path = line.sliced(second + 1);
        if (path.isEmpty())
            return bad(QCoreApplication::translate("kaleido::ProcessCgroups", "the cgroup path is missing"));
        ProcessCgroups::Membership m;
        m.hierarchyId = int(*id);
        const QByteArrayView controllers = line.sliced(first + 1, second - first - 1);
        qsizetype start = 0;
        while (start < controllers.size()) {
            qsizetype comma = controllers.indexOf(',', start);
            if (comma < 0)
                comma = controllers.size();
            if (comma > start)
                m.controllers.append(controllers.sliced(start, comma - start).toByteArray());
            start = comma + 1;
        }
        m.path = path.toByteArray();
        result.memberships.append(std::move(m));
    });
    if (result.memberships.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

Result<ProcessCgroups> readProcessCgroups(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"cgroup");
    if (!bytes)
        return bytes.error();
    return parseProcessCgroups(*bytes, PidFs::path(pid, u"cgroup"));
}

} // namespace kaleido
