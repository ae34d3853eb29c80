// SPDX-License-Identifier: GPL-2.0-or-later
#include "processsnapshot.h"

#include <algorithm>
#include <cstring>

namespace kaleido {

void TaskSample::setComm(const char* data, qsizetype length)
{
    // Longer names only come from hand-made trees; the kernel's buffer is 64 bytes with the NUL.
    commLength = quint8(std::min(length, maxCommLength));
    std::memcpy(commBytes, data, commLength);
}

qsizetype ProcessSnapshot::indexOf(qint32 pid) const
{
    const auto it = std::lower_bound(processes.cbegin(), processes.cend(), pid,
                                     [](const TaskSample& t, qint32 p) { return t.pid < p; });
    if (it == processes.cend() || it->pid != pid)
        return -1;
    return it - processes.cbegin();
}

const TaskSample* ProcessSnapshot::process(qint32 pid) const
{
    const qsizetype i = indexOf(pid);
    return i < 0 ? nullptr : &processes.at(i);
}

std::span<const TaskSample> ProcessSnapshot::threadsOf(const TaskSample& process) const
{
    if (process.firstThread < 0 || process.threadCount <= 0 ||
        process.firstThread + process.threadCount > threads.size())
        return {};
    return std::span<const TaskSample>(threads.constData() + process.firstThread,
                                       size_t(process.threadCount));
}

void ProcessSnapshot::clear()
{
    processes.clear(); // QList::clear() keeps the capacity of an unshared list
    threads.clear();
    hasThreads = false;
    vanished = 0;
    unreadable = 0;
    problems.clear();
}

} // namespace kaleido
