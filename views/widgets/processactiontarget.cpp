// SPDX-License-Identifier: GPL-2.0-or-later
#include "processactiontarget.h"

#include "procstat.h"
#include "procstatus.h"

#include <QCoreApplication>

namespace kaleido {

std::optional<ProcessActionTarget> readProcessActionTarget(const KernelFs& fs, qint32 pid)
{
    const auto stat = readProcStat(fs, pid);
    if (!stat)
        return std::nullopt;
    ProcessActionTarget target;
    target.pid = pid;
    target.startTime = stat->startTime;
    target.name = QString::fromUtf8(stat->comm);
    target.kernelThread = stat->isKernelThread();
    if (const auto status = readProcStatus(fs, pid); status && status->uid)
        target.uid = (*status->uid)[0];
    return target;
}

QString describeTarget(const ProcessActionTarget& target)
{
    if (target.name.isEmpty())
        return QCoreApplication::translate("kaleido::ProcessActions", "process %1").arg(target.pid);
    return QCoreApplication::translate("kaleido::ProcessActions", "process %1 (%2)")
        .arg(QString::number(target.pid), target.name);
}

} // namespace kaleido
