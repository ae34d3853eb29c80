// SPDX-License-Identifier: GPL-2.0-or-later
#include "labrunner.h"

#include "cgrouplimit.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <array>
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace kaleido {

namespace {

/// Whether /proc/@p pid/cgroup puts the process in cgroup v2 group @p group ("0::/kaleido-lab-…").
bool processInGroup(qint32 pid, const QString& group)
{
    QFile file(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("0::"))
            return QString::fromUtf8(line.mid(3)).trimmed() == group;
    }
    return false;
}

} // namespace

LabRunner::LabRunner(QObject* parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LabRunner::readLines);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readLines();
        const bool crashed = status == QProcess::CrashExit;
        m_exitSignal = crashed ? code : 0; // QProcess gives the signal's number as the code of a crash
        if (!m_stopping && m_cgroup && processesInGroup(m_pgid).isEmpty())
            releaseGroup(500); // the last member is gone: read memory.events, then remove the empty group
        emit finished(describeEnd(code, crashed));
    });
}

QString LabRunner::describeEnd(int code, bool crashed)
{
    if (m_stopping)
        return tr("Stopped.");
    if (!crashed && code == CgroupMoveFailedExitCode && m_limitRoute == LimitRoute::Cgroup)
        return tr("The workload was not run: it could not enter its memory-limited cgroup.");
    if (crashed) {
        const qint64 kills = m_eventsRead ? CgroupLimit::eventCount(m_finalEvents, "oom_kill") : -1;
        if (code == SIGKILL && kills > 0)
            return tr("The kernel's OOM killer ended the workload with SIGKILL inside its cgroup "
                      "(memory.events: "
                      "oom_kill %1).")
                .arg(kills);
        return tr("The workload was ended by signal %1 (SIGKILL, 9, is what the OOM killer sends).")
            .arg(code);
    }
    return tr("The workload ended with exit code %1.").arg(code);
}

void LabRunner::releaseGroup(int waitMs)
{
    if (!m_cgroup)
        return;
    if (!m_eventsRead) {
        m_finalEvents = m_cgroup->memoryEvents();
        m_eventsRead = true;
    }
    if (m_cgroup->remove(waitMs))
        m_cgroup.reset();
}

LabRunner::~LabRunner()
{
    stop(200);
}

QString LabRunner::workloadPath(const QString& name)
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("KALEIDO_LABS_DIR");
    if (!fromEnvironment.isEmpty())
        dirs << fromEnvironment;
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath()
             << QCoreApplication::applicationDirPath() + QStringLiteral("/../" KALEIDO_LABS_INSTALL_SUBDIR);
    dirs << QStringLiteral(KALEIDO_LABS_BUILD_DIR);
    for (const QString& dir : std::as_const(dirs)) {
        const QFileInfo info(QDir(dir).filePath(name));
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

LabRunner::LimitSupport LabRunner::memoryLimitSupport()
{
    if (!QFileInfo::exists(QStringLiteral("/run/systemd/system"))) {
        // No systemd manager owns the cgroup tree: Kaleido may make its own group in it.
        const CgroupLimit::Placement place = CgroupLimit().placement();
        return {place.available, place.reason, place.available ? LimitRoute::Cgroup : LimitRoute::None};
    }
    // systemd manages the cgroups: only it may make groups in its tree, so ask it for a scope.
    if (!QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers")))
        return {false, tr("cgroup v2 is not mounted at /sys/fs/cgroup, so no memory limit can be set."),
                LimitRoute::None};
    if (QStandardPaths::findExecutable(QStringLiteral("systemd-run")).isEmpty())
        return {false,
                tr("systemd manages the cgroups here, but systemd-run is not installed, so no memory limit "
                   "can be set."),
                LimitRoute::None};
    const uid_t uid = getuid();
    QString controllers;
    if (uid == 0) {
        controllers = QStringLiteral("/sys/fs/cgroup/cgroup.subtree_control");
    } else {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/systemd/private")))
            return {
                false,
                tr("systemd manages the cgroups here, but no systemd user manager is running for you, so no "
                   "memory limit can be set."),
                LimitRoute::None};
        controllers =
            QStringLiteral("/sys/fs/cgroup/user.slice/user-%1.slice/user@%1.service/cgroup.controllers")
                .arg(uid);
    }
    if (!CgroupLimit::listsController(controllers, QLatin1String("memory")))
        return {false,
                tr("The memory controller is not delegated to you (%1), so no memory limit can be set.")
                    .arg(controllers),
                LimitRoute::None};
    return {true, {}, LimitRoute::SystemdScope};
}

QList<qint32> LabRunner::processesInGroup(qint32 pgid)
{
    QList<qint32> pids;
    if (pgid <= 0)
        return pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint32 pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')'); // comm may hold spaces and parentheses
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' '); // state ppid pgrp …
        if (fields.size() > 2 && fields.at(2).toInt() == pgid)
            pids.append(pid);
    }
    return pids;
}

bool LabRunner::start(const QString& program, const QStringList& arguments, const Options& options)
{
    stop();
    m_error.clear();
    m_limitNote.clear();
    m_limitApplied = false;
    m_limitRoute = LimitRoute::None;
    m_cgroup.reset();
    m_groupDirectory.clear();
    m_finalEvents.clear();
    m_eventsRead = false;
    m_exitSignal = 0;
    m_output.clear();
    m_pending.clear();
    m_stopping = false;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        m_error = tr("The workload program %1 was not found; build Kaleido with its labs.").arg(program);
        return false;
    }

    QString command = program;
    QStringList args = arguments;
    const qint64 mib = options.memoryMaxBytes / (1024 * 1024);
    if (options.memoryHungry && options.memoryMaxBytes > 0) {
        const LimitSupport support = memoryLimitSupport();
        if (support.route == LimitRoute::SystemdScope) {
            QStringList scope;
            if (getuid() != 0)
                scope << QStringLiteral("--user");
            scope << QStringLiteral("--scope") << QStringLiteral("--quiet")
                  << QStringLiteral("--property=MemoryMax=%1").arg(options.memoryMaxBytes)
                  << QStringLiteral("--property=MemorySwapMax=0") << QStringLiteral("--") << program;
            args = scope + arguments;
            command = QStandardPaths::findExecutable(QStringLiteral("systemd-run"));
            m_limitApplied = true;
            m_limitRoute = LimitRoute::SystemdScope;
            m_limitNote = tr("Runs in a systemd scope limited to %1 MiB (memory.max).").arg(mib);
        } else if (support.route == LimitRoute::Cgroup) {
            auto group = std::make_unique<CgroupLimit>();
            const Result<QString> made = group->create(options.memoryMaxBytes);
            if (made) {
                m_cgroup = std::move(group);
                m_groupDirectory = m_cgroup->directory();
                m_limitApplied = true;
                m_limitRoute = LimitRoute::Cgroup;
                m_limitNote =
                    tr("Runs in cgroup %1 limited to %2 MiB (memory.max).").arg(made.value()).arg(mib);
            } else {
                const QString why = tr("The memory-limited cgroup could not be made (%1: %2).")
                                        .arg(made.error().path, made.error().detail);
                if (options.requireLimit) {
                    m_error = why + QLatin1Char(' ') + tr("The workload was not started.");
                    return false;
                }
                m_limitNote =
                    why + QLatin1Char(' ') +
                    tr("The workload still makes itself the OOM killer's first choice (oom_score_adj "
                       "1000).");
            }
        } else {
            m_limitNote =
                support.reason + QLatin1Char(' ') +
                tr("The workload still makes itself the OOM killer's first choice (oom_score_adj 1000).");
        }
    }
    if (options.requireLimit && !m_limitApplied) {
        m_error = m_limitNote;
        return false;
    }

    // The child writes its own pid into the group's cgroup.procs: a path formatted here, copied into the
    // child.
    std::array<char, PATH_MAX> procs{};
    const QByteArray procsPath = m_cgroup ? m_cgroup->procsPath() : QByteArray();
    const bool enterGroup = !procsPath.isEmpty() && procsPath.size() < qsizetype(procs.size());
    if (enterGroup)
        std::copy(procsPath.cbegin(), procsPath.cend(), procs.begin());
    const bool required = options.requireLimit;
    const bool hungry = options.memoryHungry;
    m_process->setChildProcessModifier([hungry, enterGroup, required, procs] {
        // In the child, between fork and exec: only async-signal-safe calls.
        ::setpgid(0, 0);
        // Should Kaleido die without Stop (a crash, kill -9), the workload goes too, even if it is stopped.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (enterGroup) {
            char digits[24];
            int n = sizeof digits;
            pid_t pid = ::getpid();
            do {
                digits[--n] = char('0' + pid % 10);
                pid /= 10;
            } while (pid > 0);
            bool entered = false;
            const int fd = ::open(procs.data(), O_WRONLY | O_CLOEXEC);
            if (fd >= 0) {
                entered = ::write(fd, digits + n, size_t(int(sizeof digits) - n)) == int(sizeof digits) - n;
                ::close(fd);
            }
            if (!entered && required)
                ::_exit(CgroupMoveFailedExitCode); // never run the OOM lab without its limit
        }
        if (hungry) {
            const int fd = ::open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
            if (fd >= 0) {
                const ssize_t ignored = ::write(fd, "1000", 4);
                (void)ignored;
                ::close(fd);
            }
        }
    });
    m_process->start(command, args);
    if (!m_process->waitForStarted(5000)) {
        m_error = tr("The workload could not be started: %1").arg(m_process->errorString());
        m_limitApplied = false;
        m_cgroup.reset();
        return false;
    }
    m_pgid = qint32(m_process->processId());
    if (m_cgroup && !processInGroup(m_pgid, m_cgroup->group())) {
        // exec happened only after the move, so a child outside its group failed to enter it.
        if (required) {
            m_process->waitForFinished(1000); // it exits by itself: its end says why ("could not enter …")
            stop(200);
            m_error = tr("The workload could not enter its memory-limited cgroup %1, so it was not run.")
                          .arg(m_groupDirectory);
            m_limitApplied = false;
            return false;
        }
        m_limitApplied = false;
        m_limitNote = tr("The workload could not enter its memory-limited cgroup %1, so it runs without a "
                         "limit.")
                          .arg(m_groupDirectory);
    }
    emit started(m_pgid);
    return true;
}

bool LabRunner::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

qint32 LabRunner::pid() const
{
    return isRunning() ? qint32(m_process->processId()) : 0;
}

bool LabRunner::send(const QString& command)
{
    if (!isRunning())
        return false;
    return m_process->write(command.toUtf8() + '\n') > 0;
}

bool LabRunner::sendSignal(int signal)
{
    return isRunning() && ::kill(pid(), signal) == 0;
}

void LabRunner::stop(int graceMs)
{
    if (m_pgid <= 0)
        return;
    m_stopping = true;
    const qint32 pgid = m_pgid;
    // The whole group: the workload, its children, an orphan it left behind, zombies' parents.
    ::kill(-pgid, SIGTERM);
    ::kill(-pgid, SIGCONT); // a stopped member would not see SIGTERM before it runs again
    if (isRunning() && !m_process->waitForFinished(graceMs))
        ::kill(-pgid, SIGKILL);
    else if (!processesInGroup(pgid).isEmpty())
        ::kill(-pgid, SIGKILL);
    if (isRunning())
        m_process->waitForFinished(2000);
    // Orphans were re-parented elsewhere and are reaped there; give the kernel a moment to clear them.
    QElapsedTimer timer;
    timer.start();
    while (!processesInGroup(pgid).isEmpty() && timer.elapsed() < 2000) {
        ::kill(-pgid, SIGKILL);
        QThread::msleep(20);
    }
    m_pgid = 0;
    releaseGroup(2000);
}

void LabRunner::readLines()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(newline));
        m_pending.remove(0, newline + 1);
        m_output.append(line);
        emit lineReceived(line);
    }
}

} // namespace kaleido
