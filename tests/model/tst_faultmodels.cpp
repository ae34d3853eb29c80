// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Faults & OOM's process tables over hand-made snapshot sequences: exact per-process fault rates,
// processes that come, vanish, reuse a PID or whose counter goes backwards; the OOM ranking with exempt
// processes and ties; both sorted by value through a proxy.
#include "faultingfiltermodel.h"
#include "faultsfeedworker.h"
#include "oomscoremodel.h"
#include "processfaultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cstring>
#include <unistd.h>

using namespace kaleido;
using RateState = ProcessFaultsModel::RateState;

namespace {

constexpr qint64 kSecond = 1'000'000'000;

struct Task
{
    qint32 pid;
    const char* comm;
    quint64 minFlt;
    quint64 majFlt = 0;
    quint64 rssPages = 100;
    quint64 startTime = 1000;
    quint32 uid = 1000;
    bool kernelThread = false;
};

ProcessSnapshot snapshotAt(qint64 monotonicNs, QList<Task> tasks)
{
    std::sort(tasks.begin(), tasks.end(), [](const Task& a, const Task& b) { return a.pid < b.pid; });
    ProcessSnapshot snapshot;
    snapshot.monotonicNs = monotonicNs;
    snapshot.pageSize = 4096;
    for (const Task& t : tasks) {
        TaskSample task;
        task.pid = task.tid = t.pid;
        task.ppid = 1;
        task.minFlt = t.minFlt;
        task.majFlt = t.majFlt;
        task.rssPages = t.rssPages;
        task.startTime = t.startTime;
        task.uid = t.uid;
        task.kernelThread = t.kernelThread;
        task.flags = t.kernelThread ? TaskSample::PF_KTHREAD : 0;
        task.state = 'S';
        task.numThreads = 1;
        task.setComm(t.comm, qsizetype(std::strlen(t.comm)));
        snapshot.processes.append(task);
    }
    return snapshot;
}

QList<qint32> pidsInOrder(const QAbstractItemModel& model, int pidRole)
{
    QList<qint32> pids;
    for (int row = 0; row < model.rowCount(); ++row)
        pids.append(model.index(row, 0).data(pidRole).toInt());
    return pids;
}

OomEntry oomEntry(qint32 pid, const char* name, std::optional<qint64> score, std::optional<qint32> adj,
                  quint64 rssMiB, quint64 swapMiB = 0, quint64 startTime = 1000)
{
    OomEntry e;
    e.pid = pid;
    e.name = QString::fromLatin1(name);
    e.score = score;
    e.adjustment = adj;
    e.rssBytes = rssMiB << 20;
    e.swapBytes = swapMiB << 20;
    e.startTime = startTime;
    e.uid = 1000;
    return e;
}

} // namespace

class TestFaultModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactRatesThroughASequence()
    {
        ProcessFaultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FaultingFilterModel proxy; // sorts on SortRole
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ProcessFaultsModel::MinorColumn, Qt::DescendingOrder);

        // 1 s: the first snapshot. Kernel threads are left out; nobody has a rate yet.
        model.apply(snapshotAt(1 * kSecond, {{1, "systemd", 100, 0, 2000, 5, 0},
                                             {2, "kthreadd", 0, 0, 0, 6, 0, true},
                                             {100, "bash", 1000, 10, 900},
                                             {200, "faulter", 5000, 0, 25'000},
                                             {300, "idle", 50, 2, 300}}));
        QCOMPARE(pidsInOrder(model, ProcessFaultsModel::PidRole), (QList<qint32>{1, 100, 200, 300}));
        QCOMPARE(model.rowOfPid(2), -1);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.minorState(row), RateState::Waiting);
            QVERIFY(!model.minorRate(row));
            QCOMPARE(model.index(row, ProcessFaultsModel::MinorColumn).data().toString(),
                     QStringLiteral("new"));
        }
        QCOMPARE(model.intervalSeconds(), 0.0);

        // 3 s (2 s later): exact rates; a new process 400 waits for its second snapshot.
        model.apply(snapshotAt(3 * kSecond, {{1, "systemd", 100, 0, 2000, 5, 0},
                                             {2, "kthreadd", 0, 0, 0, 6, 0, true},
                                             {100, "bash", 1100, 14, 900},
                                             {200, "faulter", 25'000, 0, 30'000},
                                             {300, "idle", 50, 2, 300},
                                             {400, "make", 10, 0, 50, 2000}}));
        QCOMPARE(model.intervalSeconds(), 2.0);
        QCOMPARE(pidsInOrder(model, ProcessFaultsModel::PidRole), (QList<qint32>{1, 100, 200, 300, 400}));
        QCOMPARE(model.minorRate(model.rowOfPid(1)), 0.0);
        QCOMPARE(model.minorRate(model.rowOfPid(100)), 50.0);
        QCOMPARE(model.majorRate(model.rowOfPid(100)), 2.0);
        QCOMPARE(model.minorRate(model.rowOfPid(200)), 10'000.0);
        QCOMPARE(model.majorRate(model.rowOfPid(200)), 0.0);
        QCOMPARE(model.minorState(model.rowOfPid(400)), RateState::Waiting);
        QCOMPARE(model.rssBytes(model.rowOfPid(200)), quint64(30'000) * 4096);
        const QModelIndex faulterMinor = model.index(model.rowOfPid(200), ProcessFaultsModel::MinorColumn);
        QCOMPARE(faulterMinor.data().toString(), QStringLiteral("10,000 faults/s"));
        QCOMPARE(faulterMinor.data(ProcessFaultsModel::SortRole).toDouble(), 10'000.0);
        QCOMPARE(model.index(model.rowOfPid(100), ProcessFaultsModel::MajorColumn).data().toString(),
                 QStringLiteral("2.0 faults/s"));
        // Sorted by value, highest first; no rate ("new") sorts below 0.
        QCOMPARE(pidsInOrder(proxy, ProcessFaultsModel::PidRole).mid(0, 2), (QList<qint32>{200, 100}));
        QCOMPARE(pidsInOrder(proxy, ProcessFaultsModel::PidRole).constLast(), 400);
        // Only those that faulted: bash (minor and major) and the faulter; not systemd, idle (0/s) nor make
        // (new).
        proxy.setOnlyFaulting(true);
        QCOMPARE(pidsInOrder(proxy, ProcessFaultsModel::PidRole), (QList<qint32>{200, 100}));
        proxy.setOnlyFaulting(false);
        QCOMPARE(proxy.rowCount(), 5);

        // 3.5 s: the faulter has exited (its row goes), idle's count went backwards (no rate, not negative),
        // bash took 100 faults in half a second.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.apply(snapshotAt(3 * kSecond + kSecond / 2, {{1, "systemd", 100, 0, 2000, 5, 0},
                                                           {100, "bash", 1200, 14, 900},
                                                           {300, "idle", 40, 2, 300},
                                                           {400, "make", 30, 1, 50, 2000}}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOfPid(200), -1);
        QCOMPARE(pidsInOrder(model, ProcessFaultsModel::PidRole), (QList<qint32>{1, 100, 300, 400}));
        QCOMPARE(model.minorRate(model.rowOfPid(100)), 200.0);
        QCOMPARE(model.minorState(model.rowOfPid(300)), RateState::WentBackwards);
        QVERIFY(!model.minorRate(model.rowOfPid(300)));
        QCOMPARE(model.index(model.rowOfPid(300), ProcessFaultsModel::MinorColumn)
                     .data(ProcessFaultsModel::SortRole)
                     .toDouble(),
                 -1.0);
        QCOMPARE(model.index(model.rowOfPid(300), ProcessFaultsModel::MinorColumn).data().toString(),
                 QStringLiteral("reset"));
        QCOMPARE(model.majorRate(model.rowOfPid(300)), 0.0); // the other counter is fine
        QCOMPARE(model.minorRate(model.rowOfPid(400)), 40.0);
        QCOMPARE(model.majorRate(model.rowOfPid(400)), 2.0);

        // 4.5 s: idle counts from its new value; PID 400 now names another process (another start time),
        // which starts over; 150 is new and lands in PID order.
        model.apply(snapshotAt(4 * kSecond + kSecond / 2, {{1, "systemd", 100, 0, 2000, 5, 0},
                                                           {100, "bash", 1200, 14, 900},
                                                           {150, "cc1plus", 9, 0, 10, 3000},
                                                           {300, "idle", 45, 2, 300},
                                                           {400, "ld", 7, 0, 60, 3001}}));
        QCOMPARE(pidsInOrder(model, ProcessFaultsModel::PidRole), (QList<qint32>{1, 100, 150, 300, 400}));
        QCOMPARE(model.minorRate(model.rowOfPid(300)), 5.0);
        QCOMPARE(model.minorState(model.rowOfPid(400)), RateState::Waiting);
        QCOMPARE(model.index(model.rowOfPid(400), ProcessFaultsModel::NameColumn).data().toString(),
                 QStringLiteral("ld"));
        QCOMPARE(model.index(model.rowOfPid(400), 0).data(ProcessFaultsModel::StartTimeRole).toULongLong(),
                 quint64(3001));
        QCOMPARE(model.minorState(model.rowOfPid(150)), RateState::Waiting);

        // A snapshot at the same instant gives no rate (nothing to divide by) and becomes the baseline.
        model.apply(snapshotAt(4 * kSecond + kSecond / 2, {{1, "systemd", 100}, {100, "bash", 1300, 14}}));
        QCOMPARE(model.minorState(model.rowOfPid(100)), RateState::Waiting);
        model.apply(snapshotAt(5 * kSecond + kSecond / 2, {{1, "systemd", 100}, {100, "bash", 1400, 14}}));
        QCOMPARE(model.minorRate(model.rowOfPid(100)), 100.0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void everyHeaderExplainsItself()
    {
        ProcessFaultsModel faults;
        OomScoreModel oom;
        for (const QAbstractItemModel* model : {static_cast<const QAbstractItemModel*>(&faults),
                                                static_cast<const QAbstractItemModel*>(&oom)}) {
            for (int c = 0; c < model->columnCount(); ++c) {
                QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
                QVERIFY2(!model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                         qPrintable(model->headerData(c, Qt::Horizontal).toString()));
            }
        }
    }

    void oomRanking()
    {
        OomScoreModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(OomScoreModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(OomScoreModel::RankColumn, Qt::AscendingOrder);

        model.apply({
            oomEntry(1, "systemd", 0, 0, 12),                     // init: never
            oomEntry(500, "browser", 900, 300, 2048, 100),        // the biggest and raised: first
            oomEntry(300, "sshd", 0, -1000, 8),                   // exempt by its adjustment
            oomEntry(400, "editor", 700, 0, 512, 0, 2000),        // tie on 700 with 410 …
            oomEntry(410, "compiler", 700, 0, 600, 0, 1500),      // … but more memory: before it
            oomEntry(420, "shell", 700, 0, 600, 0, 1600),         // same memory as 410, younger: before 410
            oomEntry(600, "gone", std::nullopt, std::nullopt, 1), // its files could not be read
        });
        QCOMPARE(pidsInOrder(model, OomScoreModel::PidRole),
                 (QList<qint32>{1, 300, 400, 410, 420, 500, 600}));
        QCOMPARE(model.rank(model.rowOfPid(500)), 1);
        QCOMPARE(model.rank(model.rowOfPid(420)), 2);
        QCOMPARE(model.rank(model.rowOfPid(410)), 3);
        QCOMPARE(model.rank(model.rowOfPid(400)), 4);
        QVERIFY(!model.rank(model.rowOfPid(1)));
        QVERIFY(!model.rank(model.rowOfPid(300)));
        QVERIFY(!model.rank(model.rowOfPid(600)));
        QCOMPARE(model.firstVictim(), 500);
        QCOMPARE(model.index(model.rowOfPid(300), OomScoreModel::RankColumn).data().toString(),
                 QStringLiteral("never"));
        QVERIFY(model.index(model.rowOfPid(300), OomScoreModel::RankColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"−1000"));
        QCOMPARE(model.index(model.rowOfPid(600), OomScoreModel::ScoreColumn).data().toString(),
                 QStringLiteral("unreadable"));
        QCOMPARE(model.index(model.rowOfPid(500), OomScoreModel::SwapColumn).data().toString(),
                 QStringLiteral("100 MiB"));
        // By rank: the ranked ones in order, then those never chosen.
        QCOMPARE(pidsInOrder(proxy, OomScoreModel::PidRole).mid(0, 4), (QList<qint32>{500, 420, 410, 400}));
        // By score, highest first.
        proxy.sort(OomScoreModel::ScoreColumn, Qt::DescendingOrder);
        QCOMPARE(pidsInOrder(proxy, OomScoreModel::PidRole).constFirst(), 500);
        QCOMPARE(pidsInOrder(proxy, OomScoreModel::PidRole).constLast(), 600);
        // By adjustment, lowest first.
        proxy.sort(OomScoreModel::AdjustmentColumn, Qt::AscendingOrder);
        QCOMPARE(pidsInOrder(proxy, OomScoreModel::PidRole).mid(0, 2), (QList<qint32>{600, 300}));

        // Next read: the browser has gone, PID 400 was reused, sshd's adjustment was raised to 0, and a
        // new process came. Rows of processes that are still there stay.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.apply({
            oomEntry(1, "systemd", 0, 0, 12),
            oomEntry(300, "sshd", 666, 0, 8),
            oomEntry(400, "reused", 800, 0, 700, 0, 9000),
            oomEntry(410, "compiler", 700, 0, 600, 0, 1500),
            oomEntry(420, "shell", 700, 0, 600, 0, 1600),
            oomEntry(450, "new", 100, -500, 1),
            oomEntry(600, "gone", std::nullopt, std::nullopt, 1),
        });
        QCOMPARE(pidsInOrder(model, OomScoreModel::PidRole),
                 (QList<qint32>{1, 300, 400, 410, 420, 450, 600}));
        QCOMPARE(removed.size(), 2); // the old process 400 and the browser, apart
        QCOMPARE(model.entry(model.rowOfPid(400)).name, QStringLiteral("reused"));
        QCOMPARE(model.firstVictim(), 400);
        QCOMPARE(model.rank(model.rowOfPid(420)), 2);
        QCOMPARE(model.rank(model.rowOfPid(410)), 3);
        QCOMPARE(model.rank(model.rowOfPid(300)), 4);
        QCOMPARE(model.rank(model.rowOfPid(450)), 5);
        QVERIFY(!inserted.isEmpty());
    }

    void readsTheOomFilesOfItsOwnProcess()
    {
        // The worker's reader on the live system: this test process is a user-space process with oom files.
        ProcessSnapshot snapshot;
        snapshot.pageSize = 4096;
        TaskSample self;
        self.pid = self.tid = qint32(::getpid());
        self.rssPages = 10;
        self.state = 'R';
        self.setComm("tst_faultmodels", 15);
        TaskSample kthread;
        kthread.pid = kthread.tid = 2;
        kthread.kernelThread = true;
        snapshot.processes = {kthread, self};
        const QList<OomEntry> entries = FaultsFeedWorker::readOom(KernelFs(), snapshot);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].pid, self.pid);
        QVERIFY(entries[0].score.has_value());
        QVERIFY(entries[0].adjustment.has_value());
        QVERIFY(entries[0].swapBytes.has_value());
        QCOMPARE(entries[0].rssBytes, quint64(40'960));
    }
};

QTEST_GUILESS_MAIN(TestFaultModels)
#include "tst_faultmodels.moc"
