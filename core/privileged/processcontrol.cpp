// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcontrol.h"

#include "kernelwrite.h"
#include "oomscoreadj.h"
#include "pidfs.h"
#include "processtasks.h"
#include "procstat.h"
#include "signalnames.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace kaleido::privileged {

namespace {

OperationResult rejected(const QString& cause)
{
    return OperationResult::make(OperationResult::Outcome::Rejected, cause);
}

QString exitedCause(qint32 pid)
{
    return QCoreApplication::translate(
               "kaleido::privileged::ProcessControl",
               "Process %1 has exited, or its PID now names another process; nothing was done.")
        .arg(pid);
}

/// "process 4242 (sleep)"
QString describe(qint32 pid, const QByteArray& comm)
{
    if (comm.isEmpty())
        return QCoreApplication::translate("kaleido::privileged::ProcessControl", "process %1").arg(pid);
    return QCoreApplication::translate("kaleido::privileged::ProcessControl", "process %1 (%2)")
        .arg(QString::number(pid), detail::shownText(QString::fromUtf8(comm), 64));
}

/// The checks every operation makes before it acts: the target's start time still matches, the system is
/// live.
struct Resolved
{
    std::optional<OperationResult> failure;
    QString who; ///< "process 4242 (sleep)"
};

Resolved resolveForAction(const KernelFs& fs, const ProcessTarget& target)
{
    const auto valid = validateProcessTarget(target.pid, target.startTime);
    if (!valid)
        return {rejected(valid.reason()), {}};
    if (!fs.isLive()) {
        return {rejected(
                    QCoreApplication::translate(
                        "kaleido::privileged::ProcessControl",
                        "Kaleido is showing a system captured in %1, not the running one: processes can only "
                        "be changed on the live system.")
                        .arg(fs.root())),
                {}};
    }
    const auto stat = readProcStat(fs, target.pid);
    if (!stat) {
        const ErrorKind kind = stat.error().kind;
        if (kind == ErrorKind::Vanished || kind == ErrorKind::Absent)
            return {OperationResult::failure(ESRCH, exitedCause(target.pid)), {}};
        return {OperationResult::failure(kind == ErrorKind::PermissionDenied ? EACCES : EIO,
                                         stat.error().message()),
                {}};
    }
    if (stat->startTime != target.startTime)
        return {OperationResult::failure(ESRCH, exitedCause(target.pid)), {}};
    return {std::nullopt, describe(target.pid, stat->comm)};
}

/// The thread IDs of @p pid, the leader (TID = PID) first; just the PID when task/ cannot be listed.
QList<int> threadsOf(const KernelFs& fs, qint32 pid)
{
    const auto tasks = readProcessTasks(fs, pid);
    QList<int> tids{pid};
    if (tasks) {
        for (const int tid : tasks->tids) {
            if (tid != pid)
                tids.append(tid);
        }
    }
    return tids;
}

/**
 * Calls @p apply(tid) for every thread of @p pid, and again for threads that appeared meanwhile (a new thread
 * copies its creator's settings, which may have been taken before the change). Threads that exit in between
 * (ESRCH) are skipped; the leader's ESRCH and any other error stop and are returned.
 */
template<typename Apply>
int forEveryThread(const KernelFs& fs, qint32 pid, Apply apply)
{
    QSet<int> done;
    for (int pass = 0; pass < 3; ++pass) {
        bool any = false;
        for (const int tid : threadsOf(fs, pid)) {
            if (done.contains(tid))
                continue;
            done.insert(tid);
            any = true;
            if (apply(tid) != 0) {
                const int err = errno;
                if (err != ESRCH || tid == pid)
                    return err;
            }
        }
        if (!any)
            break;
    }
    return 0;
}

struct CpuSetDeleter
{
    void operator()(cpu_set_t* set) const { CPU_FREE(set); }
};
using CpuSet = std::unique_ptr<cpu_set_t, CpuSetDeleter>;

/// The affinity of thread @p tid as a sorted list, or nullopt with the error in @p err.
std::optional<QList<int>> affinityOf(pid_t tid, int possibleCpus, int* err)
{
    const int bits = std::max(possibleCpus, int(CPU_SETSIZE));
    const CpuSet set(CPU_ALLOC(bits));
    if (!set) {
        *err = ENOMEM;
        return std::nullopt;
    }
    const size_t size = CPU_ALLOC_SIZE(bits);
    CPU_ZERO_S(size, set.get());
    if (::sched_getaffinity(tid, size, set.get()) != 0) {
        *err = errno;
        return std::nullopt;
    }
    QList<int> cpus;
    for (int cpu = 0; cpu < bits; ++cpu) {
        if (CPU_ISSET_S(cpu, size, set.get()))
            cpus.append(cpu);
    }
    return cpus;
}

long pidfdOpen(pid_t pid)
{
#ifdef SYS_pidfd_open
    return ::syscall(SYS_pidfd_open, pid, 0);
#else
    Q_UNUSED(pid);
    errno = ENOSYS;
    return -1;
#endif
}

long pidfdSendSignal(int pidfd, int signal)
{
#ifdef SYS_pidfd_send_signal
    return ::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0);
#else
    Q_UNUSED(pidfd);
    Q_UNUSED(signal);
    errno = ENOSYS;
    return -1;
#endif
}

OperationResult systemFailure(int err, const QString& cause)
{
    return OperationResult::failure(err,
                                    cause.isEmpty() ? QString::fromLocal8Bit(std::strerror(err)) : cause);
}

} // namespace

Checked<ProcessTarget> validateProcessTarget(qint32 pid, quint64 startTime)
{
    if (pid <= 0 || pid > pidMaxLimit)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                                     "%1 is not a process ID: process IDs run from 1 to %2.")
                             .arg(pid)
                             .arg(pidMaxLimit)};
    if (startTime == 0) {
        return Rejection{
            QCoreApplication::translate(
                "kaleido::privileged::ProcessControl",
                "The start time of process %1 is missing, so Kaleido cannot make sure the PID still "
                "names the same process.")
                .arg(pid)};
    }
    return ProcessTarget{pid, startTime};
}

Checked<int> validateSignal(int signal)
{
    if (signal < 1 || signal > SIGRTMAX)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                                     "%1 is not a signal: signals run from 1 to %2.")
                             .arg(signal)
                             .arg(SIGRTMAX)};
    return signal;
}

Checked<int> validateNice(int nice)
{
    if (nice < -20 || nice > 19) {
        return Rejection{
            QCoreApplication::translate(
                "kaleido::privileged::ProcessControl",
                "A nice value runs from −20 (highest priority) to 19 (lowest priority), so %1 is not one.")
                .arg(nice)};
    }
    return nice;
}

Checked<int> validateOomScoreAdj(int value)
{
    if (value < OomScoreAdj::minimum || value > OomScoreAdj::maximum) {
        return Rejection{
            QCoreApplication::translate(
                "kaleido::privileged::ProcessControl",
                "An OOM score adjustment runs from −1000 (never chosen) to 1000 (chosen first), so %1 "
                "is not one.")
                .arg(value)};
    }
    return value;
}

Checked<QList<int>> validateAffinity(const QList<int>& cpus, int possibleCpus)
{
    if (possibleCpus <= 0 || possibleCpus > maximumCpus)
        return Rejection{QCoreApplication::translate(
            "kaleido::privileged::ProcessControl",
            "The number of CPUs of this system is not known, so no CPU can be chosen.")};
    if (cpus.isEmpty())
        return Rejection{QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                                     "Choose at least one CPU for the process to run on.")};
    if (cpus.size() > maximumCpus)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                                     "The list of CPUs is too long.")};
    QList<int> sorted = cpus;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted.front() < 0 || sorted.back() >= possibleCpus) {
        const int bad = sorted.front() < 0 ? sorted.front() : sorted.back();
        return Rejection{QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                                     "This system has CPUs 0 to %1; there is no CPU %2.")
                             .arg(possibleCpus - 1)
                             .arg(bad)};
    }
    return sorted;
}

int possibleCpuCount(const KernelFs& fs)
{
    // "0-7", "0", or a list such as "0-3,8-11": the count is the highest number plus one.
    const auto text = fs.readFile(QStringLiteral("/sys/devices/system/cpu/possible"));
    if (!text) {
        if (!fs.isLive())
            return 0;
        const long configured = ::sysconf(_SC_NPROCESSORS_CONF);
        return configured > 0 && configured <= maximumCpus ? int(configured) : 0;
    }
    const QByteArray trimmed = text->trimmed();
    qsizetype start = trimmed.size();
    while (start > 0 && trimmed.at(start - 1) >= '0' && trimmed.at(start - 1) <= '9')
        --start;
    qint64 highest = 0;
    if (start == trimmed.size() ||
        !detail::parseStrictInteger(QString::fromLatin1(trimmed.sliced(start)), false, &highest) ||
        highest >= maximumCpus) {
        return 0;
    }
    return int(highest) + 1;
}

QString formatCpuList(const QList<int>& cpus)
{
    QList<int> sorted = cpus;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QString text;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(sorted[i]);
        if (j > i)
            text += QLatin1Char('-') + QString::number(sorted[j]);
        i = j + 1;
    }
    return text;
}

ProcessControl::ProcessControl(KernelFs fs)
    : m_fs(std::move(fs))
{}

Checked<ProcessTarget> ProcessControl::resolve(const ProcessTarget& target) const
{
    const auto valid = validateProcessTarget(target.pid, target.startTime);
    if (!valid)
        return valid;
    const auto stat = readProcStat(m_fs, target.pid);
    if (!stat) {
        const ErrorKind kind = stat.error().kind;
        if (kind == ErrorKind::Vanished || kind == ErrorKind::Absent)
            return Rejection{exitedCause(target.pid)};
        return Rejection{stat.error().message()};
    }
    if (stat->startTime != target.startTime)
        return Rejection{exitedCause(target.pid)};
    return target;
}

OperationResult ProcessControl::sendSignal(const ProcessTarget& target, int signal) const
{
    const auto valid = validateSignal(signal);
    if (!valid)
        return rejected(valid.reason());
    const auto resolved = resolveForAction(m_fs, target);
    if (resolved.failure)
        return *resolved.failure;
    // A pidfd pins the process: with the start time checked again after it is open, the signal reaches the
    // process the client meant or none, even if the PID was reused in between. Without pidfd_open (before
    // Linux 5.3, or a PID that names a thread rather than a process) this falls back to kill() after the one
    // check above.
    const long pidfd = pidfdOpen(target.pid);
    if (pidfd < 0 && errno == ESRCH)
        return OperationResult::failure(ESRCH, exitedCause(target.pid));
    if (pidfd >= 0) {
        const auto again = resolveForAction(m_fs, target);
        if (again.failure) {
            ::close(int(pidfd));
            return *again.failure;
        }
    }
    long sent = pidfd >= 0 ? pidfdSendSignal(int(pidfd), signal) : -1;
    if (pidfd < 0 || (sent < 0 && errno == ENOSYS))
        sent = ::kill(target.pid, signal);
    const int err = sent < 0 ? errno : 0;
    if (pidfd >= 0)
        ::close(int(pidfd));

    const QString name = signalName(signal);
    switch (err) {
    case 0:
        return OperationResult::success(
            QCoreApplication::translate("kaleido::privileged::ProcessControl", "Sent %1 to %2.")
                .arg(name, resolved.who));
    case ESRCH:
        return OperationResult::failure(err, exitedCause(target.pid));
    case EPERM:
        return OperationResult::failure(
            err, QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                             "Only root or the owner of %1 may send it signals.")
                     .arg(resolved.who));
    default:
        return systemFailure(err, QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                                              "Sending %1 to %2 failed: %3.")
                                      .arg(name, resolved.who, QString::fromLocal8Bit(std::strerror(err))));
    }
}

OperationResult ProcessControl::renice(const ProcessTarget& target, int nice) const
{
    const auto valid = validateNice(nice);
    if (!valid)
        return rejected(valid.reason());
    const auto resolved = resolveForAction(m_fs, target);
    if (resolved.failure)
        return *resolved.failure;

    // getpriority() returns −1 for nice −1 too: only errno tells an error apart.
    errno = 0;
    const int before = ::getpriority(PRIO_PROCESS, id_t(target.pid));
    if (before == -1 && errno != 0)
        return OperationResult::failure(ESRCH, exitedCause(target.pid));

    // Linux keeps a nice value per thread, and setpriority(PRIO_PROCESS, pid) sets only the thread whose TID
    // is pid. The user asked about the process, so every thread gets the value.
    const int err = forEveryThread(m_fs, target.pid,
                                   [nice](int tid) { return ::setpriority(PRIO_PROCESS, id_t(tid), nice); });
    switch (err) {
    case 0:
        break;
    case ESRCH:
        return OperationResult::failure(err, exitedCause(target.pid));
    case EACCES:
        return OperationResult::failure(
            err, QCoreApplication::translate(
                     "kaleido::privileged::ProcessControl",
                     "Only root may raise the priority of %1 (give it a lower nice value).")
                     .arg(resolved.who));
    case EPERM:
        return OperationResult::failure(
            err, QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                             "Only root or the owner of %1 may change its priority.")
                     .arg(resolved.who));
    default:
        return systemFailure(err, {});
    }

    errno = 0;
    const int after = ::getpriority(PRIO_PROCESS, id_t(target.pid));
    OperationResult result =
        OperationResult::success(QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                                             "The nice value of %1 is now %2 (it was %3).")
                                     .arg(resolved.who, QString::number(after), QString::number(before)));
    result.oldValue = QString::number(before);
    result.newValue = QString::number(after);
    return result;
}

OperationResult ProcessControl::setOomScoreAdj(const ProcessTarget& target, int value) const
{
    const auto valid = validateOomScoreAdj(value);
    if (!valid)
        return rejected(valid.reason());
    const auto resolved = resolveForAction(m_fs, target);
    if (resolved.failure)
        return *resolved.failure;

    const auto before = readOomScoreAdj(m_fs, target.pid);
    if (!before && before.error().kind == ErrorKind::Vanished)
        return OperationResult::failure(ESRCH, exitedCause(target.pid));

    const QString path = PidFs::path(target.pid, u"oom_score_adj");
    const int err = detail::writeKernelFile(m_fs.hostPath(path), QByteArray::number(value));
    switch (err) {
    case 0:
        break;
    case ESRCH:
    case ENOENT:
        return OperationResult::failure(ESRCH, exitedCause(target.pid));
    case EACCES:
    case EPERM:
        return OperationResult::failure(
            err, QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                             "Only root may lower the OOM score adjustment of a process or "
                                             "change it for another user's process, such as %1.")
                     .arg(resolved.who));
    default:
        return systemFailure(
            err, QCoreApplication::translate("kaleido::privileged::ProcessControl", "Writing %1 failed: %2.")
                     .arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }

    const auto after = readOomScoreAdj(m_fs, target.pid);
    const QString old = before
                            ? QString::number(before->adjustment)
                            : QCoreApplication::translate("kaleido::privileged::ProcessControl", "unknown");
    OperationResult result;
    if (after) {
        result = OperationResult::success(
            QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                        "The OOM score adjustment of %1 is now %2 (it was %3).")
                .arg(resolved.who, QString::number(after->adjustment), old));
        result.newValue = QString::number(after->adjustment);
    } else {
        result = OperationResult::success(
            QCoreApplication::translate(
                "kaleido::privileged::ProcessControl",
                "The OOM score adjustment of %1 was set to %2, but reading it back failed: %3")
                .arg(resolved.who, QString::number(value), after.error().message()));
        result.newValue = QString::number(value);
    }
    if (before)
        result.oldValue = QString::number(before->adjustment);
    return result;
}

OperationResult ProcessControl::setAffinity(const ProcessTarget& target, const QList<int>& cpus) const
{
    const int possible = possibleCpuCount(m_fs);
    const auto valid = validateAffinity(cpus, possible);
    if (!valid)
        return rejected(valid.reason());
    const auto resolved = resolveForAction(m_fs, target);
    if (resolved.failure)
        return *resolved.failure;

    int readErr = 0;
    const auto before = affinityOf(target.pid, possible, &readErr);
    if (!before && readErr == ESRCH)
        return OperationResult::failure(ESRCH, exitedCause(target.pid));

    const CpuSet set(CPU_ALLOC(possible));
    if (!set)
        return systemFailure(ENOMEM, {});
    const size_t size = CPU_ALLOC_SIZE(possible);
    CPU_ZERO_S(size, set.get());
    for (const int cpu : *valid)
        CPU_SET_S(cpu, size, set.get());

    // Affinity, too, belongs to each thread (taskset -p changes one thread, taskset -a -p all of them). The
    // user chose CPUs for the process, so every thread is moved, as taskset -a -p does.
    const int err = forEveryThread(
        m_fs, target.pid, [&set, size](int tid) { return ::sched_setaffinity(pid_t(tid), size, set.get()); });
    const QString list = formatCpuList(*valid);
    switch (err) {
    case 0:
        break;
    case ESRCH:
        return OperationResult::failure(err, exitedCause(target.pid));
    case EINVAL:
        return OperationResult::failure(
            err, QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                             "%1 cannot run on CPUs %2: they are offline or not allowed "
                                             "for it (by its cpuset).")
                     .arg(resolved.who, list));
    case EPERM:
        return OperationResult::failure(
            err, QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                             "Only root or the owner of %1 may choose its CPUs.")
                     .arg(resolved.who));
    default:
        return systemFailure(err, {});
    }

    const auto after = affinityOf(target.pid, possible, &readErr);
    const QString old = before ? formatCpuList(*before) : QString();
    const QString now = after ? formatCpuList(*after) : list;
    OperationResult result = OperationResult::success(
        QCoreApplication::translate("kaleido::privileged::ProcessControl",
                                    "%1 now runs on CPU %2 (it ran on %3).")
            .arg(resolved.who, now,
                 old.isEmpty() ? QCoreApplication::translate("kaleido::privileged::ProcessControl", "unknown")
                               : old));
    result.oldValue = old;
    result.newValue = now;
    return result;
}

} // namespace kaleido::privileged
