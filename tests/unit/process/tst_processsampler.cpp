// SPDX-License-Identifier: GPL-2.0-or-later
#include "fakeproc.h"
#include "processdiff.h"
#include "processsampler.h"
#include "testutils.h"

#include <QScopeGuard>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;
using kaleido::test::FakeProc;
using kaleido::test::FakeTask;

namespace {

QList<qint32> pidsOf(const QList<TaskSample>& tasks)
{
    QList<qint32> out;
    for (const TaskSample& t : tasks)
        out.append(t.pid);
    return out;
}

QList<qint32> tidsOf(std::span<const TaskSample> tasks)
{
    QList<qint32> out;
    for (const TaskSample& t : tasks)
        out.append(t.tid);
    return out;
}

/// Samples until @p done says yes (at most ~10 s), for live tests that wait for the kernel.
template<typename Done>
bool sampleUntil(ProcessSampler& sampler, ProcessSnapshot& snapshot, Done done)
{
    for (int i = 0; i < 1000; ++i) {
        if (!sampler.sample(snapshot) && done(snapshot))
            return true;
        ::usleep(10000);
    }
    return false;
}

} // namespace

class TestProcessSampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The captured trees hold the tasks listed in their PIDS and PROCESS-TABLE files.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QList<qint32>>("pids");
        QTest::addColumn<QList<qint32>>("kernelThreads");
        QTest::addColumn<qint32>("threaded");
        QTest::addColumn<QList<qint32>>("tids");
        QTest::addColumn<qint32>("zombie");
        QTest::addColumn<qint32>("oddComm");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host")
                              << QList<qint32>{2, 10, 18, 6600, 16164, 16165, 16169, 16172}
                              << QList<qint32>{2, 10, 18} << 16164 << QList<qint32>{16164, 16173, 16174}
                              << 16172 << 16169;
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian")
                             << QList<qint32>{1, 2, 10, 16, 133, 547, 548, 552, 559}
                             << QList<qint32>{2, 10, 16} << 547 << QList<qint32>{547, 560, 561} << 559 << 552;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(QList<qint32>, pids);
        QFETCH(QList<qint32>, kernelThreads);
        QFETCH(qint32, threaded);
        QFETCH(QList<qint32>, tids);
        QFETCH(qint32, zombie);
        QFETCH(qint32, oddComm);

        ProcessSampler sampler{KernelFs(test::fixtureRoot(kernel))};
        const auto snapshot = sampler.sample();
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message()));
        QVERIFY(snapshot->problems.isEmpty());
        QCOMPARE(snapshot->vanished, 0);
        QCOMPARE(snapshot->unreadable, 0);
        QCOMPARE(pidsOf(snapshot->processes), pids);
        QVERIFY(snapshot->hasThreads);
        // Every process has its threads right behind each other; single-threaded ones their leader.
        qsizetype threadRows = 0;
        for (const TaskSample& p : snapshot->processes) {
            QCOMPARE(p.tid, p.pid);
            QCOMPARE(p.kernelThread, kernelThreads.contains(p.pid));
            const auto threads = snapshot->threadsOf(p);
            QCOMPARE(tidsOf(threads), p.pid == threaded ? tids : QList<qint32>{p.pid});
            for (const TaskSample& t : threads) {
                QCOMPARE(t.pid, p.pid);
                QCOMPARE(t.ppid, p.ppid);
                QCOMPARE(t.uid, p.uid);
            }
            threadRows += threads.size();
        }
        QCOMPARE(snapshot->threads.size(), threadRows);

        // In a captured tree the user comes from status's Uid line (owners are not kept by a copy).
        QCOMPARE(snapshot->process(oddComm)->uid, 65534u);
        QCOMPARE(snapshot->process(2)->uid, 0u);
        QCOMPARE(snapshot->process(oddComm)->comm(), QByteArrayView("s) R 1 (x\ny"));
        QCOMPARE(snapshot->process(zombie)->state, 'Z');
        QCOMPARE(snapshot->process(zombie)->ppid, threaded);
        QCOMPARE(snapshot->process(2)->comm(), QByteArrayView("kthreadd"));
        QCOMPARE(snapshot->process(2)->ppid, 0);
        QCOMPARE(snapshot->process(threaded)->numThreads, 3);
        QVERIFY(!snapshot->process(31337));
        QCOMPARE(snapshot->indexOf(31337), -1);
    }

    void capturedThreadValues()
    {
        // tests/fixtures/linux-6.1-debian/proc/547/task/560/stat, read by hand.
        ProcessSampler sampler{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        const auto snapshot = sampler.sample();
        QVERIFY(snapshot.ok());
        const auto threads = snapshot->threadsOf(*snapshot->process(547));
        const TaskSample& t = threads[1];
        QCOMPARE(t.tid, 560);
        QCOMPARE(t.minFlt, quint64(18));
        QCOMPARE(t.startTime, quint64(5442));
        QCOMPARE(t.flags, 4194368u);
        QCOMPARE(t.comm(), QByteArrayView("python3"));
        // tests/fixtures/linux-6.1-debian/proc/133/stat: rss 785 pages, vsize 4161536, 31 + 208 ticks.
        const TaskSample* bash = snapshot->process(133);
        QCOMPARE(bash->rssPages, quint64(785));
        QCOMPARE(bash->vsize, quint64(4161536));
        QCOMPARE(bash->cpuTicks(), quint64(239));
        QCOMPARE(bash->ppid, 1);
        QCOMPARE(bash->state, 'S');
        // migration/0: SCHED_FIFO, priority −100.
        const TaskSample* migration = snapshot->process(16);
        QCOMPARE(migration->policy, 1u);
        QCOMPARE(migration->priority, -100);
    }

    void rssComesFromStatm()
    {
        // tests/fixtures/linux-6.18-host/proc/6600: statm says 814 resident pages (= VmRSS 3256 kB), stat's
        // rss field 763 — the per-CPU approximation. Threads share the exact figure. Processes captured
        // without statm (16164) keep stat's value; kernel threads have none.
        ProcessSampler sampler{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        const auto snapshot = sampler.sample();
        QVERIFY(snapshot.ok());
        const TaskSample* bash = snapshot->process(6600);
        QCOMPARE(bash->rssPages, quint64(814));
        QCOMPARE(snapshot->threadsOf(*bash)[0].rssPages, quint64(814));
        QCOMPARE(snapshot->process(16164)->rssPages, quint64(2305));
        QCOMPARE(snapshot->process(18)->rssPages, quint64(0));
    }

    void withoutThreads()
    {
        ProcessSampler sampler{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))),
                               ProcessSampler::Threads::Skip};
        const auto snapshot = sampler.sample();
        QVERIFY(snapshot.ok());
        QVERIFY(!snapshot->hasThreads);
        QVERIFY(snapshot->threads.isEmpty());
        QCOMPARE(snapshot->processes.size(), 9);
        QVERIFY(snapshot->threadsOf(snapshot->processes.constFirst()).empty());
    }

    void listingIsFilteredAndSorted()
    {
        FakeProc proc;
        for (const int pid : {300, 7, 42, 1000, 5})
            proc.addProcess(FakeTask{.pid = pid});
        // Not processes: other /proc entries, odd names, and a plain file with a numeric name.
        for (const char* dir : {"self", "sys", "123abc", "0", "007", "-5", "+8", "99999999999"})
            QDir().mkpath(proc.path(QLatin1String(dir)));
        proc.write(QStringLiteral("77"), "not a directory");
        ProcessSampler sampler{KernelFs(proc.root())};
        const auto snapshot = sampler.sample();
        QVERIFY(snapshot.ok());
        QCOMPARE(pidsOf(snapshot->processes), (QList<qint32>{5, 7, 42, 300, 1000}));
        QCOMPARE(snapshot->vanished, 0);
        QVERIFY(snapshot->problems.isEmpty());
        QCOMPARE(snapshot->process(42)->uid, 1000u); // from the tree's status
    }

    void exitedMidReadIsLeftOutSilently()
    {
        FakeProc proc;
        proc.addProcess(FakeTask{.pid = 1, .ppid = 0});
        proc.addProcess(FakeTask{.pid = 2, .ppid = 0});
        // Listed but gone before its stat was opened: the directory is there, the file is not.
        QDir().mkpath(proc.path(QStringLiteral("50")));
        // A multi-threaded process one of whose threads exited after the task/ listing.
        FakeTask leader{.pid = 60, .numThreads = 3};
        proc.addProcess(leader, {FakeTask{.pid = 60, .tid = 60, .numThreads = 3},
                                 FakeTask{.pid = 60, .tid = 62, .numThreads = 3}});
        QDir().mkpath(proc.path(QStringLiteral("60/task/61")));
        // A process whose task/ vanished after its stat was read: left out entirely.
        proc.addProcess(FakeTask{.pid = 70, .numThreads = 2});
        QDir(proc.path(QStringLiteral("70/task"))).removeRecursively();
        ProcessSampler sampler{KernelFs(proc.root())};
        const auto snapshot = sampler.sample();
        QVERIFY(snapshot.ok());
        QCOMPARE(pidsOf(snapshot->processes), (QList<qint32>{1, 2, 60}));
        QCOMPARE(tidsOf(snapshot->threadsOf(*snapshot->process(60))), (QList<qint32>{60, 62}));
        QCOMPARE(snapshot->vanished, 3); // pid 50, thread 61, pid 70
        QVERIFY(snapshot->problems.isEmpty());
    }

    void malformedFilesAreReportedAndSkipped()
    {
        FakeProc proc;
        proc.addProcess(FakeTask{.pid = 1});
        proc.addProcess(FakeTask{.pid = 2});
        proc.write(QStringLiteral("2/stat"), "2 (short) S 1 2 3\n");
        proc.addProcess(FakeTask{.pid = 3});
        proc.write(QStringLiteral("3/stat"), FakeTask{.pid = 4}.statLine()); // another task's line
        proc.addProcess(FakeTask{.pid = 5});
        proc.write(QStringLiteral("5/stat"), "garbage\n");
        proc.addProcess(FakeTask{.pid = 6});
        proc.write(QStringLiteral("6/stat"), FakeTask{.pid = 6, .ppid = 1}.statLine().replace(
                                                 " 1 0 0 0 -1 ", " 99999999999 0 0 0 -1 "));
        ProcessSampler sampler{KernelFs(proc.root())};
        ProcessSnapshot snapshot;
        QVERIFY(!sampler.sample(snapshot));
        QCOMPARE(pidsOf(snapshot.processes), QList<qint32>{1});
        QCOMPARE(snapshot.problems.size(), 4);
        QCOMPARE(snapshot.problems.at(0).kind, ErrorKind::Malformed);
        QCOMPARE(snapshot.problems.at(0).path, QStringLiteral("/proc/2/stat"));
        QCOMPARE(snapshot.problems.at(1).path, QStringLiteral("/proc/3/stat"));
        QCOMPARE(snapshot.problems.at(3).path, QStringLiteral("/proc/6/stat"));
        QVERIFY(!snapshot.problems.at(0).message().isEmpty());
    }

    void longCommIsKeptUpToTheKernelLimit()
    {
        FakeProc proc;
        proc.addProcess(FakeTask{.pid = 9, .comm = QByteArray(63, 'k')});
        proc.addProcess(FakeTask{.pid = 10, .comm = QByteArray(200, 'x')}); // only a hand-made tree does this
        ProcessSampler sampler{KernelFs(proc.root())};
        const auto snapshot = sampler.sample();
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->process(9)->comm(), QByteArrayView(QByteArray(63, 'k')));
        QCOMPARE(snapshot->process(10)->comm().size(), 63);
        QCOMPARE(snapshot->process(10)->vsize, quint64(1 << 20)); // the fields after it are still right
    }

    void oversizedStatFileIsReadWhole()
    {
        FakeProc proc;
        QByteArray line = FakeTask{.pid = 4}.statLine();
        line.chop(1);
        for (int i = 0; i < 2000; ++i)
            line += " 1234567";
        proc.addProcess(FakeTask{.pid = 4});
        proc.write(QStringLiteral("4/stat"), line + '\n');
        proc.write(QStringLiteral("4/task/4/stat"), line + '\n');
        ProcessSampler sampler{KernelFs(proc.root())};
        const auto snapshot = sampler.sample();
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->processes.size(), 1);
        QVERIFY(snapshot->problems.isEmpty());
    }

    void storageIsReusedBetweenTicks()
    {
        // The hot path must not allocate per tick: the same snapshot refilled keeps its arrays.
        ProcessSampler sampler{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        ProcessSnapshot snapshot;
        QVERIFY(!sampler.sample(snapshot));
        const TaskSample* processes = snapshot.processes.constData();
        const TaskSample* threads = snapshot.threads.constData();
        const qsizetype count = snapshot.processes.size();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!sampler.sample(snapshot));
            QCOMPARE(snapshot.processes.size(), count);
            QCOMPARE(snapshot.processes.constData(), processes);
            QCOMPARE(snapshot.threads.constData(), threads);
        }
    }

    void missingProcIsAnError()
    {
        QTemporaryDir empty;
        ProcessSampler sampler{KernelFs(empty.path())};
        const auto snapshot = sampler.sample();
        QVERIFY(!snapshot.ok());
        QCOMPARE(snapshot.error().kind, ErrorKind::Absent);
        QCOMPARE(snapshot.error().path, QStringLiteral("/proc"));
    }

    void liveKernel()
    {
        ProcessSampler sampler;
        const auto snapshot = sampler.sample();
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message()));
        QVERIFY(snapshot->problems.isEmpty());
        QVERIFY(snapshot->processes.size() >= 2);
        QCOMPARE(snapshot->clockTicksPerSecond, ::sysconf(_SC_CLK_TCK));
        QVERIFY(std::is_sorted(snapshot->processes.cbegin(), snapshot->processes.cend(),
                               [](const TaskSample& a, const TaskSample& b) { return a.pid < b.pid; }));
        for (const TaskSample& p : snapshot->processes) {
            for (const TaskSample& t : snapshot->threadsOf(p)) {
                QCOMPARE(t.pid, p.pid);
                QCOMPARE(t.kernelThread, p.kernelThread);
            }
            if (p.kernelThread) // kernel threads have no user memory
                QCOMPARE(p.vsize, quint64(0));
        }
        const TaskSample* self = snapshot->process(qint32(::getpid()));
        QVERIFY(self);
        QCOMPARE(self->comm(), QByteArrayView("tst_processsamp")); // comm keeps 15 bytes
        QCOMPARE(self->ppid, qint32(::getppid()));
        QCOMPARE(self->uid, quint32(::geteuid()));
        QCOMPARE(self->state, 'R');
        QVERIFY(!self->kernelThread);
        QCOMPARE(qsizetype(self->threadCount),
                 QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
        // kthreadd, where this PID namespace shows it.
        if (const TaskSample* kthreadd = snapshot->process(2); kthreadd && kthreadd->comm() == "kthreadd")
            QVERIFY(kthreadd->kernelThread);
    }

    void liveChildAppearsAndGoes()
    {
        ProcessSampler sampler;
        ProcessSnapshot before;
        QVERIFY(!sampler.sample(before));
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::pause();
            ::_exit(0);
        }
        auto reap = qScopeGuard([child] {
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
        });
        ProcessSnapshot during;
        const bool seen = sampleUntil(sampler, during, [&](const ProcessSnapshot& s) {
            const TaskSample* c = s.process(child);
            return c && c->state == 'S'; // asleep in pause()
        });
        reap.dismiss();
        ::kill(child, SIGKILL);
        QCOMPARE(::waitpid(child, nullptr, 0), child);
        QVERIFY(seen);
        const TaskSample* c = during.process(child);
        QCOMPARE(c->ppid, qint32(::getpid()));
        QCOMPARE(c->comm(), QByteArrayView("tst_processsamp")); // fork keeps the name
        QCOMPARE(c->threadCount, 1);

        ProcessDiff diff = ProcessDiff::compute(before, during);
        QVERIFY(diff.processes.added.contains(during.indexOf(child)));

        ProcessSnapshot after;
        QVERIFY(!sampler.sample(after));
        QVERIFY(!after.process(child));
        diff = ProcessDiff::compute(during, after);
        QVERIFY(diff.processes.removed.contains(during.indexOf(child)));
    }

    void liveDescriptorsAreKeptAndStayFresh()
    {
        ProcessSampler sampler;
        QVERIFY(sampler.descriptorCapacity() > 0);
        ProcessSnapshot snapshot;
        QVERIFY(!sampler.sample(snapshot));
        const qsizetype kept = sampler.openDescriptors();
        // At least this process's stat and statm stay open (kernel threads have no statm).
        QVERIFY2(kept >= 2 && kept <= sampler.descriptorCapacity(), qPrintable(QString::number(kept)));

        const pid_t child = ::fork();
        if (child == 0) {
            for (;;)
                ::pause();
        }
        auto reap = qScopeGuard([child] {
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
        });
        // Until the child reaches pause() it may still be running ('R').
        QTRY_VERIFY(
            (sampler.sample(snapshot), snapshot.process(child) && snapshot.process(child)->state == 'S'));
        // Compared for the child itself: other processes of the machine may exit meanwhile.
        QVERIFY(sampler.keepsDescriptorOf(child));
        QVERIFY(sampler.keepsDescriptorOf(qint32(::getpid())));
        // The next samples re-read the kept descriptors: a change shows at once.
        ::kill(child, SIGSTOP);
        QTRY_VERIFY(
            (sampler.sample(snapshot), snapshot.process(child) && snapshot.process(child)->state == 'T'));
        ::kill(child, SIGCONT);
        QTRY_VERIFY(
            (sampler.sample(snapshot), snapshot.process(child) && snapshot.process(child)->state == 'S'));
        const qsizetype withChild = sampler.openDescriptors();
        // Once it has exited and been reaped its descriptors fail, and are closed.
        reap.dismiss();
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QVERIFY(!sampler.sample(snapshot));
        QVERIFY(!snapshot.process(child));
        QVERIFY2(!sampler.keepsDescriptorOf(child), qPrintable(QString::number(withChild)));

        // The budget is the process's: every sampler's descriptors count against it.
        ProcessSampler second;
        QVERIFY(!second.sample(snapshot));
        QCOMPARE(ProcessSampler::heldDescriptors(), sampler.openDescriptors() + second.openDescriptors());
        QVERIFY(ProcessSampler::heldDescriptors() <= sampler.descriptorCapacity());

        // A captured tree is never read through kept descriptors (its files may be replaced).
        ProcessSampler captured(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))));
        QCOMPARE(captured.descriptorCapacity(), 0);
        QVERIFY(captured.sample().ok());
        QCOMPARE(captured.openDescriptors(), 0);
    }

    void incrementalSamplingReusesOnlyWhatCannotHaveChanged()
    {
        ProcessSampler sampler;
        sampler.setFullReadEvery(1000); // only the rules below force a read
        ProcessSnapshot snapshot;
        QVERIFY(!sampler.sample(snapshot));
        QCOMPARE(sampler.reusedLastSample(), 0); // the first sample reads everything

        int pipeFds[2];
        QVERIFY(::pipe(pipeFds) == 0);
        const pid_t child = ::fork();
        if (child == 0) {
            // A grandchild that outlives this child, so it gets re-parented to the test (a subreaper).
            if (::fork() == 0) {
                char byte;
                ::read(pipeFds[0], &byte, 1); // until the test writes
                ::_exit(0);
            }
            for (;;)
                ::pause();
        }
        QVERIFY(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
        auto cleanup = qScopeGuard([&] {
            ::kill(child, SIGKILL);
            ::write(pipeFds[1], "x", 1);
            while (::waitpid(-1, nullptr, 0) > 0) {
            }
            ::prctl(PR_SET_CHILD_SUBREAPER, 0);
        });
        QTRY_VERIFY(
            (sampler.sample(snapshot), snapshot.process(child) && snapshot.process(child)->numThreads == 1));
        QTest::qWait(50); // let both settle in their sleep
        QVERIFY(!sampler.sample(snapshot));
        QVERIFY(!sampler.sample(snapshot));
        QVERIFY2(sampler.reusedLastSample() > 0, "sleeping processes are taken from their last row");
        const qint32 grandchild = [&] {
            for (const TaskSample& task : snapshot.processes)
                if (task.ppid == child)
                    return task.pid;
            return 0;
        }();
        QVERIFY(grandchild > 0);

        // A stopped process ran to stop: its new state shows on the next sample.
        ::kill(child, SIGSTOP);
        QTRY_VERIFY((sampler.sample(snapshot), snapshot.process(child)->state == 'T'));
        ::kill(child, SIGCONT);
        QTRY_VERIFY((sampler.sample(snapshot), snapshot.process(child)->state != 'T'));

        // Its parent exits: the grandchild is re-parented without running, and still shows its new parent.
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QVERIFY(!sampler.sample(snapshot));
        QVERIFY(snapshot.process(grandchild));
        QCOMPARE(snapshot.process(grandchild)->ppid, qint32(::getpid()));

        // Processes always read are never reused.
        QList<qint32> all;
        for (const TaskSample& task : snapshot.processes)
            all.append(task.pid);
        sampler.setAlwaysRead(all);
        QVERIFY(!sampler.sample(snapshot));
        QCOMPARE(sampler.reusedLastSample(), 0);
    }

    void liveZombieIsSeenUntilReaped()
    {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0)
            ::_exit(3);
        ProcessSampler sampler;
        ProcessSnapshot snapshot;
        const bool zombie = sampleUntil(sampler, snapshot, [&](const ProcessSnapshot& s) {
            const TaskSample* c = s.process(child);
            return c && c->state == 'Z';
        });
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(zombie);
        QCOMPARE(snapshot.process(child)->rssPages, quint64(0)); // its memory is already gone
        QVERIFY(!sampler.sample(snapshot));
        QVERIFY(!snapshot.process(child));
    }
};

QTEST_GUILESS_MAIN(TestProcessSampler)
#include "tst_processsampler.moc"
