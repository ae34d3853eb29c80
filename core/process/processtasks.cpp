// SPDX-License-Identifier: GPL-2.0-or-later
#include "processtasks.h"

#include "pidfs.h"
#include "procscan.h"

#include <algorithm>

namespace kaleido {

ProcessTasks processTasksFromNames(const QList<QByteArray>& names)
{
    ProcessTasks result;
    for (const QByteArray& name : names) {
        const auto tid = procscan::unsignedToken(name);
        if (tid && *tid > 0 && *tid <= quint64(std::numeric_limits<int>::max()))
            result.tids.append(int(*tid));
    }
    std::sort(result.tids.begin(), result.tids.end());
    return result;
}

Result<ProcessTasks> readProcessTasks(const KernelFs& fs, int pid)
{
    const auto names = PidFs::listDirectory(fs, PidFs::path(pid, u"task"));
    if (!names)
        return PidFs::classify(fs, pid, names.error());
    return processTasksFromNames(*names);
}

} // namespace kaleido
