// SPDX-License-Identifier: GPL-2.0-or-later
// Validators with hostile values, and the operations for real, on child processes this test forks (and, for
// the every-thread rule, on the test itself): nothing here touches a process the test did not start.
#include "processcontrol.h"
#include "procstat.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kaleido;
using namespace kaleido::privileged;

Q_DECLARE_METATYPE(QList<int>)

namespace {

/// A forked child that sleeps until it is killed; reaped on destruction.
class Child
{
public:
    /// @p name: the child's comm (prctl PR_SET_NAME), at most 15 bytes; empty keeps the test's.
    explicit Child(const char* name = "")
    {
        // Signals stay blocked from before fork() until the child has dropped QtTest's crash handlers: a
        // SIGTERM sent at once must kill it as it would any process, not run the handler in the copy.
        sigset_t all;
        sigset_t previous;
        sigfillset(&all);
        int ready[2] = {-1, -1};
        if (::pipe2(ready, O_CLOEXEC) != 0)
            return;
        ::sigprocmask(SIG_SETMASK, &all, &previous);
        m_pid = ::fork();
        if (m_pid == 0) {
            for (int signal = 1; signal < NSIG; ++signal)
                ::signal(signal, SIG_DFL);
            if (*name)
                ::prctl(PR_SET_NAME, name);
            sigset_t none;
            sigemptyset(&none);
            ::sigprocmask(SIG_SETMASK, &none, nullptr);
            const char byte = 1;
            (void)!::write(ready[1], &byte, 1);
            for (;;)
                ::pause();
        }
        ::sigprocmask(SIG_SETMASK, &previous, nullptr);
        ::close(ready[1]);
        char byte = 0;
        if (m_pid > 0 && ::read(ready[0], &byte, 1) != 1)
            m_pid = -1; // the child died before it was ready
        ::close(ready[0]);
        if (m_pid > 0) {
            const auto stat = readProcStat(KernelFs(), m_pid);
            m_startTime = stat ? stat->startTime : 0;
        }
    }
    ~Child()
    {
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    ProcessTarget target() const { return {m_pid, m_startTime}; }
    pid_t pid() const { return m_pid; }
    bool alive() const { return !m_reaped && ::kill(m_pid, 0) == 0; }

    /// Waits for the child's end; its wait status.
    int reap()
    {
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_reaped = true;
        return status;
    }

private:
    pid_t m_pid = -1;
    quint64 m_startTime = 0;
    bool m_reaped = false;
};

QList<int> affinityOfThread(pid_t tid)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    QList<int> cpus;
    if (::sched_getaffinity(tid, sizeof set, &set) != 0)
        return cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &set))
            cpus.append(cpu);
    }
    return cpus;
}

QByteArray readProcFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

} // namespace

class TestProcessControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateTarget_data()
    {
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint64>("startTime");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("init") << 1 << quint64(1) << true;
        QTest::newRow("PID_MAX_LIMIT") << 4194304 << quint64(99) << true;
        QTest::newRow("above PID_MAX_LIMIT") << 4194305 << quint64(99) << false;
        QTest::newRow("zero") << 0 << quint64(99) << false;
        QTest::newRow("negative: a process group for kill()") << -1 << quint64(99) << false;
        QTest::newRow("INT_MIN") << INT_MIN << quint64(99) << false;
        QTest::newRow("INT_MAX") << INT_MAX << quint64(99) << false;
        QTest::newRow("no start time") << 1234 << quint64(0) << false;
        QTest::newRow("largest start time") << 1234 << std::numeric_limits<quint64>::max() << true;
    }

    void validateTarget()
    {
        QFETCH(int, pid);
        QFETCH(quint64, startTime);
        QFETCH(bool, accepted);
        const auto checked = validateProcessTarget(pid, startTime);
        QCOMPARE(checked.ok(), accepted);
        if (accepted) {
            QCOMPARE(checked->pid, pid);
            QCOMPARE(checked->startTime, startTime);
        } else {
            QVERIFY(!checked.reason().isEmpty());
        }
    }

    void validateNumbers()
    {
        QVERIFY(!validateSignal(0).ok()); // "does it exist?" is no operation for the helper
        QVERIFY(!validateSignal(-9).ok());
        QCOMPARE(validateSignal(1).value(), 1);
        QCOMPARE(validateSignal(SIGTERM).value(), SIGTERM);
        QCOMPARE(validateSignal(SIGRTMAX).value(), SIGRTMAX);
        QVERIFY(!validateSignal(SIGRTMAX + 1).ok());
        QVERIFY(!validateSignal(INT_MAX).ok());
        QVERIFY(!validateSignal(INT_MIN).ok());

        QVERIFY(!validateNice(-21).ok());
        QCOMPARE(validateNice(-20).value(), -20);
        QCOMPARE(validateNice(0).value(), 0);
        QCOMPARE(validateNice(19).value(), 19);
        QVERIFY(!validateNice(20).ok());
        QVERIFY(!validateNice(INT_MIN).ok());

        QVERIFY(!validateOomScoreAdj(-1001).ok());
        QCOMPARE(validateOomScoreAdj(-1000).value(), -1000);
        QCOMPARE(validateOomScoreAdj(1000).value(), 1000);
        QVERIFY(!validateOomScoreAdj(1001).ok());
        QVERIFY(!validateOomScoreAdj(INT_MAX).ok());
        QCOMPARE(
            validateOomScoreAdj(1001).reason(),
            u"An OOM score adjustment runs from −1000 (never chosen) to 1000 (chosen first), so 1001 is not "
            u"one.");
    }

    void validateAffinity_data()
    {
        QTest::addColumn<QList<int>>("cpus");
        QTest::addColumn<int>("possible");
        QTest::addColumn<QList<int>>("expected"); // empty: rejected
        QTest::newRow("one") << QList<int>{0} << 4 << QList<int>{0};
        QTest::newRow("sorted and deduplicated") << QList<int>{3, 1, 1, 0, 3} << 4 << QList<int>{0, 1, 3};
        QTest::newRow("last CPU") << QList<int>{3} << 4 << QList<int>{3};
        QTest::newRow("none") << QList<int>{} << 4 << QList<int>{};
        QTest::newRow("beyond the last") << QList<int>{0, 4} << 4 << QList<int>{};
        QTest::newRow("negative") << QList<int>{-1, 0} << 4 << QList<int>{};
        QTest::newRow("INT_MAX") << QList<int>{INT_MAX} << 4 << QList<int>{};
        QTest::newRow("unknown CPU count") << QList<int>{0} << 0 << QList<int>{};
        QTest::newRow("negative CPU count") << QList<int>{0} << -5 << QList<int>{};
        QTest::newRow("unbelievable CPU count") << QList<int>{0} << INT_MAX << QList<int>{};
    }

    void validateAffinity()
    {
        QFETCH(QList<int>, cpus);
        QFETCH(int, possible);
        QFETCH(QList<int>, expected);
        const auto checked = kaleido::privileged::validateAffinity(cpus, possible);
        QCOMPARE(checked.ok(), !expected.isEmpty());
        if (checked)
            QCOMPARE(checked.value(), expected);
        else
            QVERIFY(!checked.reason().isEmpty());
    }

    void cpuLists()
    {
        QCOMPARE(formatCpuList({0, 1, 2, 3, 6}), u"0-3,6");
        QCOMPARE(formatCpuList({5}), u"5");
        QCOMPARE(formatCpuList({3, 1}), u"1,3");
        QCOMPARE(formatCpuList({7, 6, 6, 0}), u"0,6-7");
        QCOMPARE(formatCpuList({}), u"");

        QTemporaryDir dir;
        const KernelFs fs(dir.path());
        QCOMPARE(possibleCpuCount(fs),
                 0); // captured tree without the file: unknown, not this machine's count
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sys/devices/system/cpu"))));
        const auto possible = [&](const QByteArray& text) {
            QFile f(dir.filePath(QStringLiteral("sys/devices/system/cpu/possible")));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return -1;
            f.write(text);
            f.close();
            return possibleCpuCount(fs);
        };
        QCOMPARE(possible("0-7\n"), 8);
        QCOMPARE(possible("0\n"), 1);
        QCOMPARE(possible("0-3,8-11\n"), 12);
        QCOMPARE(possible("0-99999\n"), 0);
        QCOMPARE(possible("garbage\n"), 0);
        QCOMPARE(possible(""), 0);
        QVERIFY(possibleCpuCount() >= 1);
    }

    void signalReachesTheProcess()
    {
        Child child;
        QVERIFY(child.target().startTime > 0);
        const OperationResult result = ProcessControl().sendSignal(child.target(), SIGTERM);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QVERIFY2(result.cause.startsWith(QStringLiteral("Sent SIGTERM to process %1").arg(child.pid())),
                 qPrintable(result.cause));
        const int status = child.reap();
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGTERM);
    }

    void reniceReadsBack()
    {
        Child child("evil%2\n%1");
        errno = 0;
        const int own = ::getpriority(PRIO_PROCESS, 0);
        QCOMPARE(errno, 0);
        const int wanted = std::min(own + 5, 19);
        const OperationResult result = ProcessControl().renice(child.target(), wanted);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.oldValue, QString::number(own));
        QCOMPARE(result.newValue, QString::number(wanted));
        // The comm is the process's own choice: shown without its control characters, never as a placeholder.
        const QString expected = QStringLiteral("The nice value of process ") + QString::number(child.pid()) +
                                 QStringLiteral(" (evil%2\uFFFD%1) is now ") + QString::number(wanted) +
                                 QStringLiteral(" (it was ") + QString::number(own) + QStringLiteral(").");
        QCOMPARE(result.cause, expected);
        errno = 0;
        QCOMPARE(::getpriority(PRIO_PROCESS, id_t(child.pid())), wanted);
        QCOMPARE(errno, 0);
        const auto stat = readProcStat(KernelFs(), child.pid());
        QVERIFY(stat.ok());
        QCOMPARE(stat->nice, wanted);
    }

    void oomScoreAdjReadsBack()
    {
        Child child;
        const QString file = QStringLiteral("/proc/%1/oom_score_adj").arg(child.pid());
        const QByteArray before = readProcFile(file);
        const OperationResult result = ProcessControl().setOomScoreAdj(child.target(), 500);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.oldValue.toLatin1(), before);
        QCOMPARE(result.newValue, u"500");
        QCOMPARE(readProcFile(file), QByteArray("500"));
    }

    void affinityReadsBack()
    {
        const QList<int> allowed = affinityOfThread(0);
        QVERIFY(!allowed.isEmpty());
        const int cpu = allowed.first(); // CPU 0 unless a cpuset keeps this test off it
        Child child;
        const OperationResult result = ProcessControl().setAffinity(child.target(), {cpu});
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.oldValue, formatCpuList(allowed));
        QCOMPARE(result.newValue, QString::number(cpu));
        QCOMPARE(affinityOfThread(child.pid()), QList<int>{cpu});
    }

    void wrongStartTimeIsRefused()
    {
        Child child;
        ProcessTarget stale = child.target();
        stale.startTime += 1;
        const ProcessControl control;
        QVERIFY(control.resolve(child.target()).ok());
        const auto resolved = control.resolve(stale);
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.reason().contains(u"has exited, or its PID now names another process"),
                 qPrintable(resolved.reason()));

        const OperationResult signal = control.sendSignal(stale, SIGKILL);
        QCOMPARE(signal.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(signal.errnoName, u"ESRCH");
        QCOMPARE(signal.errnoValue, ESRCH);
        QCOMPARE(signal.cause, QStringLiteral("Process %1 has exited, or its PID now names another process; "
                                              "nothing was done.")
                                   .arg(child.pid()));
        QCOMPARE(control.renice(stale, 10).errnoName, u"ESRCH");
        QCOMPARE(control.setOomScoreAdj(stale, 700).errnoName, u"ESRCH");
        QCOMPARE(control.setAffinity(stale, {0}).errnoName, u"ESRCH");
        QVERIFY(child.alive());
        QVERIFY(readProcFile(QStringLiteral("/proc/%1/oom_score_adj").arg(child.pid())) != "700");
    }

    void exitedProcessIsReported()
    {
        Child child;
        const ProcessTarget target = child.target();
        ::kill(child.pid(), SIGKILL);
        child.reap();
        const OperationResult result = ProcessControl().sendSignal(target, SIGTERM);
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.errnoName, u"ESRCH");
        QVERIFY(!ProcessControl().resolve(target).ok());
    }

    void capturedRootIsRefused()
    {
        Child child;
        QTemporaryDir dir;
        const ProcessControl control{KernelFs(dir.path())};
        const OperationResult signal = control.sendSignal(child.target(), SIGKILL);
        QCOMPARE(signal.outcome, OperationResult::Outcome::Rejected);
        QVERIFY2(signal.cause.contains(u"only be changed on the live system"), qPrintable(signal.cause));
        QCOMPARE(control.renice(child.target(), 10).outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(control.setOomScoreAdj(child.target(), 700).outcome, OperationResult::Outcome::Rejected);
        QVERIFY(child.alive());
        errno = 0;
        QCOMPARE(::getpriority(PRIO_PROCESS, id_t(child.pid())), ::getpriority(PRIO_PROCESS, 0));
    }

    void invalidArgumentsAreRejectedBeforeAnything()
    {
        Child child;
        const ProcessControl control;
        const OperationResult zero = control.sendSignal(child.target(), 0);
        QCOMPARE(zero.outcome, OperationResult::Outcome::Rejected);
        QVERIFY(zero.errnoName.isEmpty());
        QCOMPARE(control.sendSignal({-1, 1}, SIGKILL).outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(control.sendSignal({child.pid(), 0}, SIGKILL).outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(control.renice(child.target(), 20).outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(control.setOomScoreAdj(child.target(), -1001).outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(control.setAffinity(child.target(), {}).outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(control.setAffinity(child.target(), {possibleCpuCount()}).outcome,
                 OperationResult::Outcome::Rejected);
        QVERIFY(child.alive());
    }

    // Last: it changes this test process. Nice and affinity are per thread; both operations must reach a
    // thread other than the leader.
    void everyThreadIsChanged()
    {
        std::atomic<pid_t> tid{0};
        std::atomic<bool> stop{false};
        std::thread worker([&] {
            tid = ::gettid();
            while (!stop)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
        while (tid == 0)
            std::this_thread::yield();
        const auto self = readProcStat(KernelFs(), ::getpid());
        QVERIFY(self.ok());
        const ProcessTarget target{::getpid(), self->startTime};
        const ProcessControl control;

        const QList<int> allowed = affinityOfThread(0);
        const OperationResult pinned = control.setAffinity(target, {allowed.last()});
        QVERIFY2(pinned.ok(), qPrintable(pinned.cause));
        QCOMPARE(affinityOfThread(tid), QList<int>{allowed.last()});
        const OperationResult restored = control.setAffinity(target, allowed);
        QVERIFY2(restored.ok(), qPrintable(restored.cause));
        QCOMPARE(affinityOfThread(tid), allowed);

        const int own = ::getpriority(PRIO_PROCESS, 0);
        const int wanted = std::min(own + 1, 19);
        const OperationResult niced = control.renice(target, wanted);
        QVERIFY2(niced.ok(), qPrintable(niced.cause));
        QCOMPARE(::getpriority(PRIO_PROCESS, id_t(tid.load())), wanted);
        if (::geteuid() == 0)
            QVERIFY(control.renice(target, own).ok());

        stop = true;
        worker.join();
    }
};

QTEST_GUILESS_MAIN(TestProcessControl)
#include "tst_processcontrol.moc"
