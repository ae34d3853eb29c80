// SPDX-License-Identifier: GPL-2.0-or-later
#include "fakeproc.h"
#include "processdiff.h"
#include "processsampler.h"
#include "processtree.h"

#include <QScopeGuard>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;
using kaleido::test::FakeProc;
using kaleido::test::FakeTask;

Q_DECLARE_METATYPE(kaleido::TaskChanges)

namespace {

/// Samples a fake tree and pins the clock, so rates are exact.
ProcessSnapshot sampleAt(const FakeProc& proc, qint64 monotonicNs)
{
    ProcessSampler sampler{KernelFs(proc.root())};
    ProcessSnapshot snapshot;
    if (sampler.sample(snapshot))
        return {};
    snapshot.monotonicNs = monotonicNs;
    snapshot.clockTicksPerSecond = 100;
    return snapshot;
}

QList<qint32> pidsAt(const QList<TaskSample>& tasks, const QList<qsizetype>& indices)
{
    QList<qint32> out;
    for (const qsizetype i : indices)
        out.append(tasks.at(i).pid);
    return out;
}

QList<QPair<qint32, qint32>> idsAt(const QList<TaskSample>& tasks, const QList<qsizetype>& indices)
{
    QList<QPair<qint32, qint32>> out;
    for (const qsizetype i : indices)
        out.append({tasks.at(i).pid, tasks.at(i).tid});
    return out;
}

} // namespace

class TestProcessDiff : public QObject
{
    Q_OBJECT

    FakeProc m_proc;
    ProcessSnapshot m_older;
    ProcessSnapshot m_newer;
    ProcessDiff m_diff;

private Q_SLOTS:
    // Two fake /proc trees 2 s apart (100 ticks per second):
    //   1  init      unchanged
    //   10 parent    +150 utime, +50 stime, +400 minor, +6 major faults
    //   11 orphan    its parent 10 … stays, but 11 was re-parented to 1 (a subreaper adopted it)
    //   12 sleeper   S → D, nice 0 → 5, rss 10 → 20 pages
    //   20 leaving   exits
    //   30 reused    exits, and a new process gets PID 30 (another start time)
    //   40 threaded  thread 41 exits, 42 runs 20 ticks, 43 starts
    //   50 new       appears
    void initTestCase()
    {
        m_proc.addProcess(
            FakeTask{.pid = 1, .comm = "init", .ppid = 0, .utime = 100, .stime = 50, .startTime = 1});
        m_proc.addProcess(FakeTask{.pid = 10,
                                   .comm = "parent",
                                   .minFlt = 5000,
                                   .majFlt = 10,
                                   .utime = 1000,
                                   .stime = 200,
                                   .startTime = 500});
        m_proc.addProcess(FakeTask{.pid = 11, .comm = "orphan", .ppid = 10, .startTime = 600});
        m_proc.addProcess(FakeTask{.pid = 12, .comm = "sleeper", .startTime = 650});
        m_proc.addProcess(FakeTask{.pid = 20, .comm = "leaving", .startTime = 700});
        m_proc.addProcess(FakeTask{.pid = 30, .comm = "old", .startTime = 800});
        const FakeTask threaded{
            .pid = 40, .comm = "threaded", .utime = 300, .numThreads = 3, .startTime = 900};
        m_proc.addProcess(threaded,
                          {FakeTask{.pid = 40, .tid = 40, .utime = 100, .numThreads = 3, .startTime = 900},
                           FakeTask{.pid = 40, .tid = 41, .utime = 100, .numThreads = 3, .startTime = 901},
                           FakeTask{.pid = 40, .tid = 42, .utime = 100, .numThreads = 3, .startTime = 902}});
        m_older = sampleAt(m_proc, 1'000'000'000);

        m_proc.addProcess(FakeTask{.pid = 10,
                                   .comm = "parent",
                                   .minFlt = 5400,
                                   .majFlt = 16,
                                   .utime = 1150,
                                   .stime = 250,
                                   .startTime = 500});
        m_proc.addProcess(FakeTask{.pid = 11, .comm = "orphan", .ppid = 1, .startTime = 600});
        m_proc.addProcess(
            FakeTask{.pid = 12, .comm = "sleeper", .state = 'D', .nice = 5, .startTime = 650, .rss = 20});
        m_proc.removeProcess(20);
        m_proc.removeProcess(30);
        m_proc.addProcess(FakeTask{.pid = 30, .comm = "new", .startTime = 1234});
        m_proc.removeProcess(40);
        m_proc.addProcess(
            FakeTask{.pid = 40, .comm = "threaded", .utime = 320, .numThreads = 2, .startTime = 900},
            {FakeTask{.pid = 40, .tid = 40, .utime = 100, .numThreads = 2, .startTime = 900},
             FakeTask{.pid = 40, .tid = 42, .utime = 120, .numThreads = 2, .startTime = 902},
             FakeTask{.pid = 40, .tid = 43, .numThreads = 2, .startTime = 950}});
        m_proc.addProcess(FakeTask{.pid = 50, .comm = "new", .ppid = 40, .startTime = 1300});
        m_newer = sampleAt(m_proc, 3'000'000'000);

        ProcessDiff::compute(m_older, m_newer, m_diff);
    }

    void addedRemovedChanged()
    {
        QCOMPARE(m_diff.elapsedSeconds, 2.0);
        const TaskDiff& d = m_diff.processes;
        QCOMPARE(d.deltas.size(), m_newer.processes.size());
        QCOMPARE(pidsAt(m_older.processes, d.removed), (QList<qint32>{20, 30}));
        // PID 30 was reused: removed and added, never "changed".
        QCOMPARE(pidsAt(m_newer.processes, d.added), (QList<qint32>{30, 50}));
        QCOMPARE(pidsAt(m_newer.processes, d.changed), (QList<qint32>{10, 11, 12, 40}));
        QCOMPARE(d.deltas.at(m_newer.indexOf(30)).previous, -1);
        QCOMPARE(d.deltas.at(m_newer.indexOf(50)).previous, -1);
        QCOMPARE(d.deltas.at(m_newer.indexOf(1)).previous, m_older.indexOf(1));
        QCOMPARE(d.deltas.at(m_newer.indexOf(40)).previous, m_older.indexOf(40));
    }

    void changeFlags_data()
    {
        QTest::addColumn<int>("pid");
        QTest::addColumn<TaskChanges>("changes");
        QTest::newRow("init") << 1 << TaskChanges();
        QTest::newRow("parent") << 10
                                << (TaskChanges(TaskChange::Utime) | TaskChange::Stime | TaskChange::MinFlt |
                                    TaskChange::MajFlt);
        QTest::newRow("re-parented") << 11 << TaskChanges(TaskChange::Ppid);
        QTest::newRow("sleeper") << 12
                                 << (TaskChanges(TaskChange::State) | TaskChange::Nice | TaskChange::Rss);
        QTest::newRow("threaded") << 40 << (TaskChanges(TaskChange::Utime) | TaskChange::NumThreads);
        QTest::newRow("reused") << 30 << TaskChanges();
        QTest::newRow("new") << 50 << TaskChanges();
    }
    void changeFlags()
    {
        QFETCH(int, pid);
        QFETCH(TaskChanges, changes);
        QCOMPARE(m_diff.processes.deltas.at(m_newer.indexOf(pid)).changes, changes);
    }

    void rates_data()
    {
        QTest::addColumn<int>("pid");
        QTest::addColumn<double>("cpuPercent");
        QTest::addColumn<double>("minorPerSecond");
        QTest::addColumn<double>("majorPerSecond");
        // 200 ticks in 2 s at 100 ticks/s = one CPU, 100 %; 400 minor and 6 major faults in 2 s.
        QTest::newRow("parent") << 10 << 100.0 << 200.0 << 3.0;
        QTest::newRow("threaded") << 40 << 10.0 << 0.0 << 0.0;
        QTest::newRow("idle") << 1 << 0.0 << 0.0 << 0.0;
        QTest::newRow("new has no rate yet") << 50 << 0.0 << 0.0 << 0.0;
    }
    void rates()
    {
        QFETCH(int, pid);
        QFETCH(double, cpuPercent);
        QFETCH(double, minorPerSecond);
        QFETCH(double, majorPerSecond);
        const TaskDelta& delta = m_diff.processes.deltas.at(m_newer.indexOf(pid));
        QCOMPARE(delta.cpuPercent, cpuPercent);
        QCOMPARE(delta.minorFaultsPerSecond, minorPerSecond);
        QCOMPARE(delta.majorFaultsPerSecond, majorPerSecond);
    }

    void threads()
    {
        const TaskDiff& d = m_diff.threads;
        QCOMPARE(d.deltas.size(), m_newer.threads.size());
        using Ids = QList<QPair<qint32, qint32>>;
        QCOMPARE(idsAt(m_older.threads, d.removed), (Ids{{20, 20}, {30, 30}, {40, 41}}));
        QCOMPARE(idsAt(m_newer.threads, d.added), (Ids{{30, 30}, {40, 43}, {50, 50}}));
        // Thread 42 ran 20 ticks in 2 s: 10 % of a CPU; the leader did not run.
        const auto threads40 = m_newer.threadsOf(*m_newer.process(40));
        const qsizetype first = m_newer.process(40)->firstThread;
        QCOMPARE(threads40.size(), size_t(3));
        QCOMPARE(d.deltas.at(first).cpuPercent, 0.0);
        QCOMPARE(d.deltas.at(first).changes, TaskChanges(TaskChange::NumThreads));
        QCOMPARE(d.deltas.at(first + 1).cpuPercent, 10.0);
        QCOMPARE(d.deltas.at(first + 1).changes, TaskChanges(TaskChange::Utime) | TaskChange::NumThreads);
        QCOMPARE(d.deltas.at(first + 2).previous, -1);
    }

    void noTimeMeansNoRate()
    {
        ProcessSnapshot same = m_newer;
        same.monotonicNs = m_older.monotonicNs; // taken "at the same time"
        const ProcessDiff diff = ProcessDiff::compute(m_older, same);
        QCOMPARE(diff.elapsedSeconds, 0.0);
        const TaskDelta& parent = diff.processes.deltas.at(same.indexOf(10));
        QCOMPARE(parent.cpuPercent, 0.0);
        QCOMPARE(parent.minorFaultsPerSecond, 0.0);
        QVERIFY(parent.changes.testFlag(TaskChange::Utime)); // the change is still reported
    }

    void countersGoingBackwardsGiveNoRate()
    {
        // Reversed in time the counters shrink; that must not turn into a huge unsigned rate.
        ProcessSnapshot older = m_newer;
        ProcessSnapshot newer = m_older;
        older.monotonicNs = 0;
        newer.monotonicNs = 1'000'000'000;
        const ProcessDiff diff = ProcessDiff::compute(older, newer);
        const TaskDelta& parent = diff.processes.deltas.at(newer.indexOf(10));
        QCOMPARE(parent.cpuPercent, 0.0);
        QCOMPARE(parent.minorFaultsPerSecond, 0.0);
        QVERIFY(parent.changes.testFlag(TaskChange::MinFlt));
    }

    void withoutThreadsThereIsNoThreadDiff()
    {
        ProcessSnapshot noThreads = m_newer;
        noThreads.threads.clear();
        noThreads.hasThreads = false;
        ProcessDiff diff = m_diff; // reused storage is cleared, not appended to
        ProcessDiff::compute(m_older, noThreads, diff);
        QVERIFY(diff.threads.deltas.isEmpty());
        QVERIFY(diff.threads.added.isEmpty());
        QCOMPARE(diff.processes.added.size(), 2);
        QCOMPARE(diff.processes.removed.size(), 2);
    }

    void identicalSnapshotsChangeNothing()
    {
        const ProcessDiff diff = ProcessDiff::compute(m_newer, m_newer);
        QVERIFY(diff.processes.added.isEmpty());
        QVERIFY(diff.processes.removed.isEmpty());
        QVERIFY(diff.processes.changed.isEmpty());
        QVERIFY(diff.threads.changed.isEmpty());
        for (qsizetype i = 0; i < diff.processes.deltas.size(); ++i)
            QCOMPARE(diff.processes.deltas.at(i).previous, i);
    }

    void tree()
    {
        // In the newer tree: 1 → {10, 11, 12, 30, 40 → {50}}, and 10 now has no children.
        const ProcessTree tree(m_newer);
        QCOMPARE(pidsAt(m_newer.processes, tree.roots()), QList<qint32>{1});
        QCOMPARE(pidsAt(m_newer.processes, tree.children(m_newer.indexOf(1))),
                 (QList<qint32>{10, 11, 12, 30, 40}));
        QCOMPARE(pidsAt(m_newer.processes, tree.children(m_newer.indexOf(40))), QList<qint32>{50});
        QVERIFY(tree.children(m_newer.indexOf(10)).isEmpty());
        QList<qint32> order;
        QList<int> depths;
        for (const ProcessTree::Row& row : tree.rows()) {
            order.append(m_newer.processes.at(row.index).pid);
            depths.append(row.depth);
        }
        QCOMPARE(order, (QList<qint32>{1, 10, 11, 12, 30, 40, 50}));
        QCOMPARE(depths, (QList<int>{0, 1, 1, 1, 1, 1, 2}));
        QVERIFY(tree.rows().at(5).lastSibling); // 40 is 1's last child
        QVERIFY(!tree.rows().at(1).lastSibling);
    }

    void treeSurvivesParentCycles()
    {
        // Only a hand-made tree can do this; nothing may be lost or repeated.
        FakeProc proc;
        proc.addProcess(FakeTask{.pid = 5, .ppid = 6});
        proc.addProcess(FakeTask{.pid = 6, .ppid = 5});
        proc.addProcess(FakeTask{.pid = 7, .ppid = 7});
        proc.addProcess(FakeTask{.pid = 8, .ppid = 99}); // parent not in the snapshot
        const ProcessSnapshot snapshot = sampleAt(proc, 0);
        const ProcessTree tree(snapshot);
        QCOMPARE(tree.rows().size(), 4);
        QCOMPARE(pidsAt(snapshot.processes, tree.roots()), (QList<qint32>{7, 8, 5}));
    }

    void liveBusyChildUsesCpu()
    {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            volatile quint64 spin = 0;
            for (;;)
                spin = spin + 1;
        }
        // Killed and reaped however the test ends.
        const auto reap = qScopeGuard([child] {
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
        });
        ProcessSampler sampler(KernelFs(), ProcessSampler::Threads::Skip);
        ProcessSnapshot first;
        QVERIFY(!sampler.sample(first));
        // Wait (at most ~20 s on a loaded machine) until the child has been charged some CPU time.
        ProcessSnapshot later;
        bool ran = false;
        for (int i = 0; i < 200 && !ran; ++i) {
            ::usleep(100000);
            QVERIFY(!sampler.sample(later));
            const TaskSample* before = first.process(child);
            const TaskSample* now = later.process(child);
            ran = before && now && now->cpuTicks() > before->cpuTicks();
        }
        QVERIFY(ran);
        const ProcessDiff diff = ProcessDiff::compute(first, later);
        const TaskDelta& delta = diff.processes.deltas.at(later.indexOf(child));
        QVERIFY(delta.changes.testFlag(TaskChange::Utime) || delta.changes.testFlag(TaskChange::Stime));
        QVERIFY(delta.cpuPercent > 0);
        // One thread cannot use more than one CPU; the slack covers the tick granularity of the counters.
        const double tickPercent = 100.0 / double(later.clockTicksPerSecond) / diff.elapsedSeconds;
        QVERIFY2(delta.cpuPercent <= 100.0 + 2 * tickPercent, qPrintable(QString::number(delta.cpuPercent)));
    }
};

QTEST_GUILESS_MAIN(TestProcessDiff)
#include "tst_processdiff.moc"
