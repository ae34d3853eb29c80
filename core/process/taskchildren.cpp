// SPDX-License-Identifier: GPL-2.0-or-later
#include "taskchildren.h"

#include "pidfs.h"
#include "processtasks.h"
#include "procscan.h"

#include <QCoreApplication>

#include <algorithm>

namespace kaleido {

Result<TaskChildren> parseTaskChildren(QByteArrayView data, const QString& path)
{
    TaskChildren result;
    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        procscan::forEachToken(line, [&](QByteArrayView token) {
            const auto pid = procscan::unsignedToken(token);
            if (!pid || *pid == 0 || *pid > quint64(std::numeric_limits<int>::max())) {
                result.skippedLines.append(procscan::malformed(
                    path, lineNo,
                    QCoreApplication::translate("kaleido::TaskChildren", "“%1” is not a process ID")
                        .arg(procscan::quoted(token))));
                return;
            }
            result.pids.append(int(*pid));
        });
    });
    return result;
}

Result<TaskChildren> readTaskChildren(const KernelFs& fs, int pid, int tid)
{
    const QString leaf = QStringLiteral("task/") + QString::number(tid) + QStringLiteral("/children");
    auto bytes = PidFs::readFile(fs, pid, leaf);
    if (!bytes) {
        Error e = bytes.error();
        // The process is there but this thread exited: that thread vanished too.
        if (e.kind == ErrorKind::Absent && !PidFs::isDirectory(fs, PidFs::path(pid, leaf.chopped(9))))
            e.kind = ErrorKind::Vanished;
        return e;
    }
    return parseTaskChildren(*bytes, PidFs::path(pid, leaf));
}

Result<TaskChildren> readProcessChildren(const KernelFs& fs, int pid)
{
    const auto tasks = readProcessTasks(fs, pid);
    if (!tasks)
        return tasks.error();
    TaskChildren all;
    for (int tid : tasks->tids) {
        auto children = readTaskChildren(fs, pid, tid);
        if (!children) {
            if (children.error().kind == ErrorKind::Vanished && PidFs::isDirectory(fs, PidFs::path(pid)))
                continue; // one thread exited meanwhile; its children now belong to another thread or were
                          // reaped
            return children.error();
        }
        all.pids += children->pids;
        all.skippedLines += children->skippedLines;
    }
    std::sort(all.pids.begin(), all.pids.end());
    all.pids.erase(std::unique(all.pids.begin(), all.pids.end()), all.pids.end());
    return all;
}

} // namespace kaleido
