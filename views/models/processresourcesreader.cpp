// SPDX-License-Identifier: GPL-2.0-or-later
#include "processresourcesreader.h"

#include "processcgroups.h"
#include "processdetailsreader.h"
#include "processenviron.h"
#include "processfds.h"
#include "processlimits.h"
#include "processnamespaces.h"
#include "procstat.h"
#include "taskchildren.h"
#include "units.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace kaleido {

namespace {

using Row = ProcessDetails::Row;

struct Explained
{
    const char* kernelName;
    const char* label;
    const char* meaning;
};

// The rows of /proc/PID/limits, as the kernel names them, in words.
const Explained limitInfos[] = {
    {"Max cpu time", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "CPU time"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "CPU time the process may use before it gets SIGXCPU (RLIMIT_CPU).")},
    {"Max file size", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "File size"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "The largest file the process may write (RLIMIT_FSIZE).")},
    {"Max data size", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Data size"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "The most heap and data memory (RLIMIT_DATA).")},
    {"Max stack size", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Stack size"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "The largest main-thread stack (RLIMIT_STACK).")},
    {"Max core file size", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Core dump size"),
     QT_TRANSLATE_NOOP(
         "kaleido::ProcessResourcesReader",
         "The largest core dump written when the process crashes; 0 means none (RLIMIT_CORE).")},
    {"Max resident set", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Resident set"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Not enforced by Linux any more (RLIMIT_RSS).")},
    {"Max processes", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Processes"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "How many processes and threads the process's user may have (RLIMIT_NPROC).")},
    {"Max open files", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Open files"),
     QT_TRANSLATE_NOOP(
         "kaleido::ProcessResourcesReader",
         "One more than the highest file descriptor number the process may open (RLIMIT_NOFILE).")},
    {"Max locked memory", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Locked memory"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "Memory the process may lock in RAM (RLIMIT_MEMLOCK).")},
    {"Max address space", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Address space"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "The largest virtual size (RLIMIT_AS).")},
    {"Max file locks", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "File locks"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Not enforced by Linux any more (RLIMIT_LOCKS).")},
    {"Max pending signals", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Pending signals"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "How many signals may be queued for the process's user (RLIMIT_SIGPENDING).")},
    {"Max msgqueue size", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Message queues"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "Bytes the user may allocate for POSIX message queues (RLIMIT_MSGQUEUE).")},
    {"Max nice priority", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Nice ceiling"),
     QT_TRANSLATE_NOOP(
         "kaleido::ProcessResourcesReader",
         "How far the process may raise its priority: 20 − this value is the lowest nice it may "
         "set (RLIMIT_NICE).")},
    {"Max realtime priority", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Real-time priority"),
     QT_TRANSLATE_NOOP(
         "kaleido::ProcessResourcesReader",
         "The highest real-time priority the process may set without privileges (RLIMIT_RTPRIO).")},
    {"Max realtime timeout", QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Real-time CPU time"),
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "CPU time a real-time process may use without sleeping (RLIMIT_RTTIME).")},
};

// What each namespace type isolates.
const Explained namespaceInfos[] = {
    {"cgroup", nullptr,
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "Control groups: which part of the cgroup tree the process sees as its root.")},
    {"ipc", nullptr,
     QT_TRANSLATE_NOOP(
         "kaleido::ProcessResourcesReader",
         "Inter-process communication: System V shared memory, semaphores and message queues.")},
    {"mnt", nullptr,
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Mounts: the file systems the process sees.")},
    {"net", nullptr,
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "Network: interfaces, addresses, routes, firewall rules and ports.")},
    {"pid", nullptr,
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Process IDs: which processes it sees.")},
    {"pid_for_children", nullptr,
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "The PID namespace its future children will be in.")},
    {"time", nullptr,
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "Time: offsets of the monotonic and boot-time clocks.")},
    {"time_for_children", nullptr,
     QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader",
                       "The time namespace its future children will be in.")},
    {"user", nullptr,
     QT_TRANSLATE_NOOP(
         "kaleido::ProcessResourcesReader",
         "Users: user and group IDs and capabilities; root inside may be an ordinary user outside.")},
    {"uts", nullptr, QT_TRANSLATE_NOOP("kaleido::ProcessResourcesReader", "Host name and domain name.")},
};

const Explained* find(const auto& table, QByteArrayView kernelName)
{
    for (const Explained& info : table) {
        if (kernelName == QByteArrayView(info.kernelName))
            return &info;
    }
    return nullptr;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("kaleido::ProcessResourcesReader", text);
}

QString processName(const KernelFs& fs, qint32 pid, ProcStat* stat = nullptr)
{
    auto result = readProcStat(fs, pid);
    if (result) {
        if (stat)
            *stat = *result;
        return QString::fromUtf8(result->comm);
    }
    if (result.error().kind == ErrorKind::Vanished || result.error().kind == ErrorKind::Absent)
        return QCoreApplication::translate("kaleido::ProcessResourcesReader", "(exited)");
    return QCoreApplication::translate("kaleido::ProcessResourcesReader", "(not readable)");
}

} // namespace

ProcessResourcesReader::ProcessResourcesReader(KernelFs fs, QObject* parent)
    : QObject(parent)
    , m_fs(std::move(fs))
{}

void ProcessResourcesReader::addLimits(ProcessDetails& details) const
{
    const auto limits = readProcessLimits(m_fs, details.pid);
    if (!limits) {
        ProcessDetailsReader::setUnavailable(details, ProcessDetails::LimitsSection, limits.error());
        return;
    }
    auto& part = details.sections[ProcessDetails::LimitsSection];
    const auto valueText = [&](const ProcessLimits::Value& value, QByteArrayView units) {
        if (value.unlimited)
            return tr("unlimited");
        if (units == "bytes")
            return Units::formatBytes(value.value);
        if (units == "seconds")
            return tr("%1 s").arg(QLocale().toString(value.value));
        if (units == "us")
            return tr("%1 µs").arg(QLocale().toString(value.value));
        return QLocale().toString(value.value);
    };
    int limited = 0;
    for (const ProcessLimits::Limit& limit : limits->limits) {
        const Explained* info = find(limitInfos, limit.name);
        const QString soft = valueText(limit.soft, limit.units);
        const QString hard = valueText(limit.hard, limit.units);
        const QString value = limit.soft == limit.hard ? tr("%1 (soft and hard)").arg(soft)
                                                       : tr("%1, hard limit %2").arg(soft, hard);
        QString tip = info ? translated(info->meaning) : QString::fromUtf8(limit.name);
        tip +=
            QLatin1Char(' ') + tr("The soft limit applies; the process may raise it up to the hard limit.");
        part.rows << Row{QString::fromUtf8(limit.name),
                         info ? translated(info->label) : QString::fromUtf8(limit.name), value, tip, 0};
        if (!limit.soft.unlimited)
            ++limited;
    }
    part.summary = tr("%n limited", nullptr, limited);
}

void ProcessResourcesReader::addFiles(ProcessDetails& details) const
{
    const auto fds = readProcessFds(m_fs, details.pid, m_maxFds);
    if (!fds) {
        ProcessDetailsReader::setUnavailable(
            details, ProcessDetails::FilesSection, fds.error(),
            tr("This is another user's process: listing its open files needs root."));
        return;
    }
    auto& part = details.sections[ProcessDetails::FilesSection];
    // One word and one explanation per kind, not per descriptor: there may be a thousand of them.
    const QString kinds[] = {tr("file"),       tr("socket"), tr("pipe"),
                             tr("anon inode"), tr("other"),  tr("deleted file")};
    const QString tips[] = {
        tr("A file, directory or device."),
        tr("A network or local socket; the number is its inode, which /proc/net lists."),
        tr("One end of a pipe; the process at the other end has the same inode number."),
        tr("A kernel object without a file: an eventfd, epoll, timerfd, signalfd, inotify or similar."),
        tr("Another kind of kernel object, such as an open namespace."),
        tr("A file that was deleted while open: its space is freed when it is closed."),
    };
    part.rows.reserve(fds->fds.size() + 1);
    for (const ProcessFds::Fd& fd : fds->fds) {
        const int kind = fd.deleted ? 5 : int(fd.kind);
        part.rows << Row{QStringLiteral("fd:%1").arg(fd.fd),
                         QStringLiteral("%1 · %2").arg(fd.fd).arg(kinds[kind]), QString::fromUtf8(fd.target),
                         tips[kind], 0};
    }
    if (fds->notRead > 0)
        part.rows << Row{
            QStringLiteral("notread"), tr("More"), tr("not listed: %n more", nullptr, int(fds->notRead)),
            tr("Only the first %n descriptors are read on each refresh, so that a process with very "
               "many cannot slow Kaleido down.",
               nullptr, m_maxFds),
            0};
    if (fds->fds.isEmpty() && fds->notRead == 0)
        part.rows << Row{QStringLiteral("none"), tr("None"), tr("no open file descriptors"),
                         tr("Kernel threads and exiting processes have no open files."), 0};
    part.summary = tr("%n open", nullptr, int(fds->fds.size() + fds->notRead));
}

void ProcessResourcesReader::addEnvironment(ProcessDetails& details, bool kernelThread) const
{
    auto& part = details.sections[ProcessDetails::EnvironmentSection];
    if (kernelThread) {
        part.summary = tr("none");
        part.rows << Row{QStringLiteral("none"), tr("None"), tr("a kernel thread has no environment"),
                         tr("Kernel threads are not started from a program, so they have no environment."),
                         0};
        return;
    }
    const auto environ = readProcessEnviron(m_fs, details.pid);
    if (!environ) {
        ProcessDetailsReader::setUnavailable(details, ProcessDetails::EnvironmentSection, environ.error(),
                                             tr("Only the process's owner and root may read its environment; "
                                                "this is another user's process."));
        return;
    }
    QHash<QByteArray, int> seen;
    const QString tip = tr("An environment variable, as the process was started with it; later changes the "
                           "program makes itself do not show here.");
    for (const ProcessEnviron::Variable& variable : environ->variables) {
        const int n = ++seen[variable.name];
        QString key = QStringLiteral("env:") + QString::fromUtf8(variable.name);
        if (n > 1)
            key += QStringLiteral("#%1").arg(n);
        part.rows << Row{key, QString::fromUtf8(variable.name),
                         variable.hasValue ? QString::fromUtf8(variable.value) : tr("(no “=” in this entry)"),
                         tip, 0};
    }
    if (environ->variables.isEmpty())
        part.rows << Row{QStringLiteral("none"), tr("None"), tr("the environment is empty"),
                         tr("The process was started without environment variables, or has released its "
                            "memory."),
                         0};
    part.summary = QString::number(environ->variables.size());
}

void ProcessResourcesReader::addNamespaces(ProcessDetails& details) const
{
    const auto namespaces = readProcessNamespaces(m_fs, details.pid);
    if (!namespaces) {
        ProcessDetailsReader::setUnavailable(
            details, ProcessDetails::NamespacesSection, namespaces.error(),
            tr("This is another user's process: reading its namespaces needs root."));
        return;
    }
    auto& part = details.sections[ProcessDetails::NamespacesSection];
    // PID 1's namespaces are the system's own: a process whose namespace differs is (partly) in a container.
    std::optional<ProcessNamespaces> init;
    if (details.pid != 1) {
        if (auto initNamespaces = readProcessNamespaces(m_fs, 1))
            init = std::move(initNamespaces).value();
    }
    int differ = 0;
    for (const ProcessNamespaces::Namespace& ns : namespaces->namespaces) {
        QString value = QString::number(ns.inode);
        if (init) {
            const auto* other = init->find(ns.name);
            if (other && other->inode == ns.inode) {
                value = tr("%1, the same as PID 1").arg(ns.inode);
            } else if (other) {
                value = tr("%1, different from PID 1 (%2)").arg(ns.inode).arg(other->inode);
                ++differ;
            }
        }
        const Explained* info = find(namespaceInfos, ns.name);
        QString tip = info ? translated(info->meaning) : QString();
        tip += QLatin1Char(' ') +
               tr("Processes with the same number share the namespace; the number is the inode of "
                  "/proc/PID/ns/%1.")
                   .arg(QString::fromUtf8(ns.name));
        part.rows << Row{QString::fromUtf8(ns.name), QString::fromUtf8(ns.name), value, tip.trimmed(), 0};
    }
    if (init)
        part.summary =
            differ == 0 ? tr("the same as PID 1") : tr("different from PID 1: %n", nullptr, differ);
    else
        part.summary = QString::number(namespaces->namespaces.size());
}

void ProcessResourcesReader::addCgroups(ProcessDetails& details) const
{
    const auto cgroups = readProcessCgroups(m_fs, details.pid);
    if (!cgroups) {
        ProcessDetailsReader::setUnavailable(details, ProcessDetails::CgroupsSection, cgroups.error());
        return;
    }
    auto& part = details.sections[ProcessDetails::CgroupsSection];
    for (const ProcessCgroups::Membership& membership : cgroups->memberships) {
        QStringList controllers;
        for (const QByteArray& controller : membership.controllers)
            controllers << QString::fromUtf8(controller);
        const QString field =
            membership.isUnified() ? tr("unified (v2)") : controllers.join(QStringLiteral(", "));
        part.rows << Row{
            QStringLiteral("cg:%1").arg(membership.hierarchyId), field, QString::fromUtf8(membership.path),
            membership.isUnified()
                ? tr("The process's group in the unified cgroup v2 hierarchy, below /sys/fs/cgroup. "
                     "Its limits and accounting apply to the process.")
                : tr("The process's group in a cgroup v1 hierarchy with these controllers."),
            0};
    }
    if (cgroups->memberships.isEmpty())
        part.rows << Row{QStringLiteral("none"), tr("None"), tr("the process is in no control group"),
                         tr("The kernel lists no hierarchy for this process."), 0};
    if (const auto unified = cgroups->unifiedPath())
        part.summary = QString::fromUtf8(*unified);
}

void ProcessResourcesReader::addFamily(ProcessDetails& details, qint32 ppid) const
{
    auto& ancestors = details.sections[ProcessDetails::AncestorsSection];
    const QString ancestorTip = tr("Double-click to show this process's details.");
    QList<Row> chain;
    qint32 current = ppid;
    // A loop guard: the chain is at most a few dozen long, but a changing tree must not keep us here.
    for (int steps = 0; current > 0 && steps < 256; ++steps) {
        ProcStat stat;
        const QString name = processName(m_fs, current, &stat);
        const bool readable = stat.pid == current;
        chain.prepend(Row{QStringLiteral("pid:%1").arg(current), tr("PID %1").arg(current), name, ancestorTip,
                          current});
        if (!readable)
            break;
        current = stat.ppid;
    }
    ancestors.rows = chain;
    if (chain.isEmpty())
        ancestors.rows << Row{QStringLiteral("none"), tr("None"),
                              details.pid == 1 ? tr("PID 1 is the first process; it has no parent")
                                               : tr("started by the kernel itself"),
                              tr("PID 1 and the kernel thread daemon (PID 2) are started by the kernel."), 0};
    ancestors.summary = QString::number(chain.size());

    auto& children = details.sections[ProcessDetails::ChildrenSection];
    const auto pids = readProcessChildren(m_fs, details.pid);
    if (!pids) {
        ProcessDetailsReader::setUnavailable(details, ProcessDetails::ChildrenSection, pids.error());
        return;
    }
    const qsizetype named = std::min<qsizetype>(pids->pids.size(), m_maxChildren);
    for (qsizetype i = 0; i < named; ++i) {
        const int child = pids->pids.at(i);
        children.rows << Row{QStringLiteral("pid:%1").arg(child), tr("PID %1").arg(child),
                             processName(m_fs, child), ancestorTip, child};
    }
    if (pids->pids.size() > named)
        children.rows << Row{
            QStringLiteral("more"), tr("More"),
            tr("not listed: %n more", nullptr, int(pids->pids.size() - named)),
            tr("Only the first %n children are named on each refresh.", nullptr, m_maxChildren), 0};
    if (pids->pids.isEmpty())
        children.rows << Row{QStringLiteral("none"), tr("None"), tr("no child processes"),
                             tr("The process has not started any process that still runs."), 0};
    children.summary = QString::number(pids->pids.size());
}

} // namespace kaleido
