// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcolumns.h"

#include "processnode.h"
#include "taskstate.h"
#include "units.h"
#include "usernames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace kaleido::ProcessColumns {

namespace {

struct ColumnInfo
{
    const char* title;
    const char* explanation;
    LazyGroup lazy;
    bool visible;
    bool numeric;
};

// clang-format off
constexpr ColumnInfo columns[Count] = {
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Name"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The command name the kernel keeps for the task (comm, at most 15 bytes; threads may name themselves)."),
     LazyGroup::None, true, false},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "PID"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Process ID: the thread group ID (TGID) that all threads of the process share."),
     LazyGroup::None, true, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "TID"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Thread ID: each thread's own ID. The main thread's TID equals the PID."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "PPID"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Parent process ID. When a parent exits, its children are adopted by init (PID 1) or by the nearest subreaper."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "User"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The effective user the process runs as (the owner of /proc/PID)."),
     LazyGroup::None, true, false},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "State"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The scheduler state: R running or runnable, S sleeping (interruptible), D waiting uninterruptibly (usually for I/O), T stopped, t stopped by a debugger, Z zombie (exited, not yet reaped by its parent), I idle kernel thread."),
     LazyGroup::None, true, false},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Threads"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "How many threads the process has (its thread group)."),
     LazyGroup::None, true, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "CPU"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "CPU time used since the last refresh, in percent of one CPU: a process with two busy threads can show 200 %."),
     LazyGroup::None, true, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "User Time"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "CPU time spent running the program's own code since it started (minutes:seconds)."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "System Time"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "CPU time the kernel spent working for the process (system calls, page faults) since it started."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Nice"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The nice value, −20 (most CPU) to 19 (least). Only normal and batch scheduling use it."),
     LazyGroup::None, true, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Priority"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The kernel's priority as top shows it: 20 + nice for normal tasks, negative for real-time ones (−100 is the highest)."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Policy"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The scheduling policy: normal (CFS/EEVDF), batch, idle, or the real-time FIFO, round-robin and deadline policies."),
     LazyGroup::None, false, false},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Resident"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Resident set size (RSS): memory of the process that is in RAM now, shared pages counted in full."),
     LazyGroup::None, true, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Virtual"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Virtual size (VSZ): all address space the process has mapped, whether or not it is in RAM or was ever touched."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Proportional"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Proportional set size (PSS): resident memory with each shared page divided among the processes sharing it. Costly: read from smaps_rollup for the visible rows only."),
     LazyGroup::Memory, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Swap"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Memory of the process that is swapped out. Costly: read from smaps_rollup for the visible rows only."),
     LazyGroup::Memory, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Minor Faults"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Minor page faults per second: pages the kernel mapped without reading the disk (first touch of memory, pages already in the page cache)."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Major Faults"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Major page faults per second: pages that had to be read from disk or swap first."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "OOM Score"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "How likely the out-of-memory killer is to choose this process (the highest goes first). Read for the visible rows only."),
     LazyGroup::Oom, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "OOM Adjust"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "oom_score_adj, −1000 (never chosen) to 1000 (chosen first), added to the OOM score. Read for the visible rows only."),
     LazyGroup::Oom, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Started"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "When the process started (local time)."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "TTY"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The controlling terminal, if the process has one."),
     LazyGroup::None, false, false},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Session"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Session ID: the PID of the session leader (usually the login shell or terminal)."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Process Group"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Process group ID: the job a shell started; signals from the terminal go to the whole group."),
     LazyGroup::None, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Control Group"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The cgroup (v2 path) that accounts and limits the process's resources. Read for the visible rows only."),
     LazyGroup::Cgroup, false, false},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Command Line"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The program's arguments. Kernel threads and zombies have none and are shown in brackets, as ps does."),
     LazyGroup::None, true, false},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "PID Namespace"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The inode number of the PID namespace: processes showing the same number see the same PIDs. Read for the visible rows only."),
     LazyGroup::Namespaces, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Mount Namespace"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The inode number of the mount namespace: the same number means the same view of mounted file systems. Read for the visible rows only."),
     LazyGroup::Namespaces, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Network Namespace"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The inode number of the network namespace (interfaces, routes, sockets). Read for the visible rows only."),
     LazyGroup::Namespaces, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "User Namespace"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The inode number of the user namespace (which user and group IDs and capabilities apply). Read for the visible rows only."),
     LazyGroup::Namespaces, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "UTS Namespace"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The inode number of the UTS namespace (host and domain name). Read for the visible rows only."),
     LazyGroup::Namespaces, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "IPC Namespace"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The inode number of the IPC namespace (System V IPC, POSIX message queues). Read for the visible rows only."),
     LazyGroup::Namespaces, false, true},
    {QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "Cgroup Namespace"),
     QT_TRANSLATE_NOOP("kaleido::ProcessColumns", "The inode number of the cgroup namespace (which part of the cgroup tree the process sees as its root). Read for the visible rows only."),
     LazyGroup::Namespaces, false, true},
};
// clang-format on

QString translate(const char* text)
{
    return QCoreApplication::translate("kaleido::ProcessColumns", text);
}

// "1:23.45" (minutes:seconds.hundredths) or "2:03:04" past an hour, like top's TIME+.
QString cpuTime(quint64 ticks, qint64 ticksPerSecond)
{
    const quint64 hundredths = ticksPerSecond > 0 ? ticks * 100 / quint64(ticksPerSecond) : 0;
    const quint64 seconds = hundredths / 100;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2.%3")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QString rate(double perSecond)
{
    return translate("%1 /s").arg(QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0));
}

template<typename T>
QVariant optionalNumber(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant bytesOrEmpty(const std::optional<quint64>& bytes)
{
    return bytes ? QVariant(Units::formatBytes(*bytes)) : QVariant();
}

} // namespace

QString title(int column)
{
    return column >= 0 && column < Count ? translate(columns[column].title) : QString();
}

QString explanation(int column)
{
    return column >= 0 && column < Count ? translate(columns[column].explanation) : QString();
}

LazyGroup lazyGroup(int column)
{
    return column >= 0 && column < Count ? columns[column].lazy : LazyGroup::None;
}

bool visibleByDefault(int column)
{
    return column >= 0 && column < Count && columns[column].visible;
}

bool isNumeric(int column)
{
    return column >= 0 && column < Count && columns[column].numeric;
}

QString ttyName(qint32 ttyNr)
{
    if (ttyNr == 0)
        return {};
    const quint32 major = (quint32(ttyNr) >> 8) & 0xfff;
    const quint32 minor = (quint32(ttyNr) & 0xff) | ((quint32(ttyNr) >> 12) & 0xfff00);
    if (major >= 136 && major <= 143)
        return QStringLiteral("pts/%1").arg((major - 136) * 256 + minor);
    if (major == 4)
        return minor < 64 ? QStringLiteral("tty%1").arg(minor) : QStringLiteral("ttyS%1").arg(minor - 64);
    if (major == 5 && minor == 0)
        return QStringLiteral("tty");
    if (major == 5 && minor == 1)
        return QStringLiteral("console");
    return QStringLiteral("%1:%2").arg(major).arg(minor);
}

QVariant display(const ProcessNode& node, int column, const UserNames& users, const ProcessFrame* frame)
{
    const TaskSample& task = node.task;
    const qint64 hz = frame ? frame->snapshot.clockTicksPerSecond : 100;
    const qint64 pageSize = frame ? frame->snapshot.pageSize : 4096;
    const bool memoryRead = node.lazyRead.testFlag(LazyGroup::Memory);
    switch (column) {
    case Name:
        return QString::fromUtf8(task.comm());
    case Pid:
        return task.pid;
    case Tid:
        return task.tid;
    case Ppid:
        return task.ppid;
    case User:
        return users.userName(task.uid);
    case State:
        return QStringLiteral("%1 %2").arg(QChar(QLatin1Char(task.state)), taskStateWord(task.state));
    case Threads:
        return task.numThreads;
    case Cpu:
        return translate("%1 %").arg(QLocale().toString(node.cpuPercent, 'f', 1));
    case UserTime:
        return cpuTime(task.utime, hz);
    case SystemTime:
        return cpuTime(task.stime, hz);
    case Nice:
        return task.nice;
    case Priority:
        return task.priority;
    case Policy:
        return schedulingPolicyName(task.policy);
    case Rss:
        return task.kernelThread ? QVariant() : QVariant(Units::formatBytes(task.rssPages * quint64(pageSize)));
    case Vsize:
        return task.kernelThread ? QVariant() : QVariant(Units::formatBytes(task.vsize));
    case Pss:
        return memoryRead ? bytesOrEmpty(node.pss) : QVariant();
    case Swap:
        return memoryRead ? bytesOrEmpty(node.swap) : QVariant();
    case MinorFaults:
        return rate(node.minorFaultsPerSecond);
    case MajorFaults:
        return rate(node.majorFaultsPerSecond);
    case OomScore:
        return optionalNumber(node.oomScore);
    case OomScoreAdj:
        return optionalNumber(node.oomScoreAdj);
    case StartTime: {
        if (!frame || frame->bootTimeMs == 0 || hz <= 0)
            return {};
        const QDateTime started =
            QDateTime::fromMSecsSinceEpoch(frame->bootTimeMs + qint64(task.startTime) * 1000 / hz);
        const QLocale locale;
        return started.date() == QDate::currentDate() ? locale.toString(started.time(), QLocale::ShortFormat)
                                                      : locale.toString(started, QLocale::ShortFormat);
    }
    case Tty:
        return ttyName(task.ttyNr);
    case Session:
        return task.session;
    case ProcessGroup:
        return task.pgrp;
    case Cgroup:
        return node.cgroup;
    case CommandLine:
        return node.commandLine.isEmpty() ? QStringLiteral("[%1]").arg(QString::fromUtf8(task.comm()))
                                          : node.commandLine;
    default:
        if (column >= PidNamespace && column <= CgroupNamespace) {
            const quint64 inode = node.namespaces[size_t(column - PidNamespace)];
            return inode ? QVariant(inode) : QVariant();
        }
        return {};
    }
}

QVariant sortValue(const ProcessNode& node, int column, const UserNames& users)
{
    const TaskSample& task = node.task;
    switch (column) {
    case Name:
        return QString::fromUtf8(task.comm());
    case User:
        return users.userName(task.uid);
    case State:
        return QChar(QLatin1Char(task.state));
    case Cpu:
        return node.cpuPercent;
    case UserTime:
        return task.utime;
    case SystemTime:
        return task.stime;
    case Rss:
        return task.rssPages;
    case Vsize:
        return task.vsize;
    case Pss:
        return qint64(node.pss.value_or(0)) - (node.pss ? 0 : 1); // unknown sorts below 0
    case Swap:
        return qint64(node.swap.value_or(0)) - (node.swap ? 0 : 1);
    case MinorFaults:
        return node.minorFaultsPerSecond;
    case MajorFaults:
        return node.majorFaultsPerSecond;
    case OomScore:
        return node.oomScore.value_or(-1);
    case OomScoreAdj:
        return node.oomScoreAdj.value_or(-1001);
    case StartTime:
        return task.startTime;
    case Tty:
        return task.ttyNr;
    case CommandLine:
        return node.commandLine.isEmpty() ? QString::fromUtf8(task.comm()) : node.commandLine;
    default:
        if (column >= PidNamespace && column <= CgroupNamespace)
            return node.namespaces[size_t(column - PidNamespace)];
        return display(node, column, users, nullptr);
    }
}

} // namespace kaleido::ProcessColumns
