// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcolumns.h"
#include "processfeed.h"
#include "processfiltermodel.h"
#include "processmodel.h"
#include "processscript.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;
using test::ProcessScript;
using test::ScriptTask;

namespace {

QList<ScriptTask> baseSystem()
{
    return {
        {1, 0, "systemd", 5, 'S', 0},
        {2, 0, "kthreadd", 6, 'S', 0, 0, 0, {}, 0, true},
        {3, 2, "kworker/0:0", 7, 'I', 0, 0, 0, {}, 0, true},
        {100, 1, "bash", 50, 'S', 1000, 100, 100},
        {200, 100, "vim", 60, 'S', 1000, 100, 200},
    };
}

QList<qint32> childPids(const ProcessModel& model, const QModelIndex& parent)
{
    QList<qint32> pids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        pids.append(model.index(row, 0, parent).data(ProcessModel::PidRole).toInt());
    std::sort(pids.begin(), pids.end());
    return pids;
}

qint32 parentPid(const ProcessModel& model, qint32 pid)
{
    return model.indexOfPid(pid).parent().data(ProcessModel::PidRole).toInt();
}

QString cell(const ProcessModel& model, qint32 pid, int column)
{
    const QModelIndex index = model.indexOfPid(pid);
    return model.index(index.row(), column, index.parent()).data().toString();
}

} // namespace

class TestProcessModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeFlatAndSessionLayouts()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessScript script;
        model.apply(script.next(baseSystem()));
        QCOMPARE(model.processCount(), 5);
        QCOMPARE(childPids(model, {}), (QList<qint32>{1, 2}));
        QCOMPARE(parentPid(model, 200), 100);
        QCOMPARE(parentPid(model, 100), 1);
        QCOMPARE(parentPid(model, 3), 2); // kernel threads under kthreadd

        model.setLayout(ProcessModel::Layout::Flat);
        QCOMPARE(childPids(model, {}), (QList<qint32>{1, 2, 3, 100, 200}));

        model.setLayout(ProcessModel::Layout::Sessions);
        // Sessions 0 (kernel threads… here: 1, 2, 3 lead their own) and 100; group 200 inside session 100.
        const QModelIndex vim = model.indexOfPid(200);
        QVERIFY(vim.isValid());
        const QModelIndex group = vim.parent();
        QCOMPARE(group.data(ProcessModel::KindRole).toInt(), int(ProcessNode::Kind::ProcessGroup));
        QVERIFY(group.data().toString().contains(u"200"));
        QCOMPARE(group.parent().data(ProcessModel::KindRole).toInt(), int(ProcessNode::Kind::Session));
        QVERIFY(group.parent().data().toString().contains(u"bash"));
        QCOMPARE(model.indexOfPid(100).parent().parent(), group.parent());

        // Columns explain themselves and show units.
        for (int column = 0; column < ProcessColumns::Count; ++column)
            QVERIFY2(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                     qPrintable(QString::number(column)));
        QVERIFY(model.headerData(ProcessColumns::Pss, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"visible"));
        QCOMPARE(cell(model, 200, ProcessColumns::State), u"S sleeping");
        QCOMPARE(cell(model, 200, ProcessColumns::CommandLine), u"/usr/bin/vim");
        QCOMPARE(cell(model, 3, ProcessColumns::CommandLine), u"[kworker/0:0]");
        QVERIFY(cell(model, 200, ProcessColumns::Cpu).endsWith(u" %"));
    }

    void forkStormInsertsWithoutReset()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessScript script;
        model.apply(script.next(baseSystem()));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

        // 60 children of bash, each with a child of its own; the grandchildren got lower PIDs than their
        // parents (the PID counter wrapped), so parents must go in before children whatever the order.
        // The 60 are neighbours under bash: one insertion, their children inside them.
        QList<ScriptTask> tasks = baseSystem();
        for (int i = 0; i < 60; ++i) {
            tasks.append({1000 + i, 100, "worker", quint64(100 + i)});
            tasks.append({500 + i, 1000 + i, "helper", quint64(200 + i)});
        }
        model.apply(script.next(tasks));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.constFirst().at(2).toInt() - inserts.constFirst().at(1).toInt() + 1, 60);
        QCOMPARE(model.processCount(), 125);
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(parentPid(model, 1000 + i), 100);
            QCOMPARE(parentPid(model, 500 + i), 1000 + i);
            QVERIFY(model.indexOfPid(500 + i).data(ProcessModel::FreshRole).toBool());
        }
        QVERIFY(!model.indexOfPid(200).data(ProcessModel::FreshRole).toBool());
        QVERIFY(model.indexOfPid(1000).data(Qt::BackgroundRole).isValid());

        // Highlighted for one refresh only.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.apply(script.next(tasks));
        QVERIFY(!model.indexOfPid(500).data(ProcessModel::FreshRole).toBool());
        QVERIFY(!model.indexOfPid(1000).data(Qt::BackgroundRole).isValid());
        // Merged: the 60 workers are contiguous rows under bash (one signal); each helper is alone under
        // its worker (one each): 61 signals for 120 rows.
        QCOMPARE(changes.count(), 61);
        QCOMPARE(resets.count(), 0);

        // All of them exit at once: shown once more, then gone in one removal (their children inside them).
        model.apply(script.next(baseSystem()));
        QCOMPARE(model.processCount(), 5);
        QCOMPARE(model.rowCount(model.indexOfPid(100)), 61); // vim and the 60 exited workers
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        model.apply(script.next(baseSystem()));
        QCOMPARE(removals.count(), 1);
        QCOMPARE(model.rowCount(model.indexOfPid(100)), 1);
        QCOMPARE(resets.count(), 0);
    }

    void exitedProcessesStayOneRefreshThenGo()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessScript script;
        model.apply(script.next(baseSystem()));
        QList<ScriptTask> tasks = baseSystem();
        tasks.removeLast(); // vim exits
        model.apply(script.next(tasks));
        QCOMPARE(model.processCount(), 4);
        QVERIFY(!model.indexOfPid(200).isValid()); // no longer a live process…
        const QModelIndex bash = model.indexOfPid(100);
        QCOMPARE(model.rowCount(bash), 1); // …but its row is still shown, marked
        QVERIFY(model.index(0, 0, bash).data(ProcessModel::DyingRole).toBool());
        QCOMPARE(model.index(0, 0, bash).data(ProcessModel::PidRole).toInt(), 200);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        model.apply(script.next(tasks));
        QCOMPARE(removals.count(), 1);
        QCOMPARE(model.rowCount(model.indexOfPid(100)), 0);
    }

    void reusedPidIsANewProcess()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessScript script;
        model.apply(script.next(baseSystem()));
        const QPersistentModelIndex oldVim = model.indexOfPid(200);
        QList<ScriptTask> tasks = baseSystem();
        tasks.last() = {200, 100, "less", 999};
        model.apply(script.next(tasks));
        QVERIFY(oldVim.isValid());
        QVERIFY(oldVim.data(ProcessModel::DyingRole).toBool());
        QCOMPARE(oldVim.data().toString(), u"vim");
        const QModelIndex less = model.indexOfPid(200);
        QVERIFY(less != QModelIndex(oldVim));
        QCOMPARE(less.data().toString(), u"less");
        QVERIFY(less.data(ProcessModel::FreshRole).toBool());
        QCOMPARE(less.data(ProcessModel::StartTimeRole).toULongLong(), 999u);
        model.apply(script.next(tasks));
        QVERIFY(!oldVim.isValid());
        QCOMPARE(model.rowCount(model.indexOfPid(100)), 1);
    }

    void orphansMoveToInitOrASubreaper()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessScript script;
        QList<ScriptTask> tasks = baseSystem();
        tasks.append({300, 200, "make", 70});
        tasks.append({301, 300, "cc", 71});
        tasks.append({400, 1, "systemd-user", 40}); // a subreaper
        tasks.append({401, 400, "sh", 41});
        tasks.append({402, 401, "daemon", 42});
        model.apply(script.next(tasks));
        const QPersistentModelIndex cc = model.indexOfPid(301);
        const QPersistentModelIndex daemon = model.indexOfPid(402);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);

        // make exits: cc is re-parented to init; sh exits: daemon goes to the subreaper.
        tasks.removeIf([](const ScriptTask& t) { return t.pid == 300 || t.pid == 401; });
        for (ScriptTask& t : tasks) {
            if (t.pid == 301)
                t.ppid = 1;
            if (t.pid == 402)
                t.ppid = 400;
        }
        model.apply(script.next(tasks));
        QCOMPARE(moves.count(), 2);
        QCOMPARE(parentPid(model, 301), 1);
        QCOMPARE(parentPid(model, 402), 400);
        // The same rows moved (a selection on them survives).
        QCOMPARE(QModelIndex(cc), model.indexOfPid(301));
        QCOMPARE(QModelIndex(daemon), model.indexOfPid(402));
        model.apply(script.next(tasks));
        QCOMPARE(model.processCount(), 8);
    }

    void zombiesAndThreads()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessScript script;
        QList<ScriptTask> tasks = baseSystem();
        tasks.append({500, 100, "server", 80, 'S', 1000, 100, 500, {501, 502, 503}});
        model.apply(script.next(tasks));
        const QModelIndex server = model.indexOfPid(500);
        QCOMPARE(model.rowCount(server), 4); // the main thread and three more
        QCOMPARE(model.threadCount(), 4);
        QCOMPARE(model.index(0, 0, server).data(ProcessModel::KindRole).toInt(), int(ProcessNode::Kind::Thread));
        QCOMPARE(cell(model, 500, ProcessColumns::Threads), u"4");

        tasks.last().threads = {501, 503, 504}; // 502 ended, 504 started
        model.apply(script.next(tasks));
        QList<qint32> tids;
        for (int row = 0; row < model.rowCount(server); ++row)
            tids.append(model.index(row, 0, server).data(ProcessModel::TidRole).toInt());
        std::sort(tids.begin(), tids.end());
        QCOMPARE(tids, (QList<qint32>{500, 501, 503, 504}));

        tasks.last().threads = {}; // back to one thread: no thread rows
        tasks.last().state = 'Z';
        tasks.last().comm = "server";
        model.apply(script.next(tasks));
        QCOMPARE(model.rowCount(server), 0);
        QCOMPARE(cell(model, 500, ProcessColumns::State), u"Z zombie");
        QCOMPARE(cell(model, 500, ProcessColumns::CommandLine), u"[server]");
    }

    void lazyValuesFillTheirColumns()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessScript script;
        model.apply(script.next(baseSystem()));
        auto frame = std::const_pointer_cast<ProcessFrame>(script.next(baseSystem()));
        LazyValues values;
        values.pid = 200;
        values.startTime = 60;
        values.read = LazyGroup::Memory | LazyGroup::Oom;
        values.pss = 3 * 1024 * 1024;
        values.swap = 0;
        values.oomScore = 668;
        values.oomScoreAdj = 0;
        frame->lazy.append(values);
        values.pid = 100;
        values.startTime = 1; // not bash's start time: a stale read for a reused PID is ignored
        frame->lazy.append(values);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.apply(frame);
        QCOMPARE(cell(model, 200, ProcessColumns::Pss), u"3.00 MiB");
        QCOMPARE(cell(model, 200, ProcessColumns::OomScore), u"668");
        QCOMPARE(cell(model, 100, ProcessColumns::Pss), QString());
        QCOMPARE(changes.count(), 1);
    }

    void filterFindsAndKeepsAncestors()
    {
        ProcessModel model;
        ProcessFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessScript script;
        model.apply(script.next(baseSystem()));
        filter.setFindText(QStringLiteral("VIM"));
        QCOMPARE(filter.rowCount(), 1); // systemd, kept as vim's ancestor
        const QModelIndex systemd = filter.index(0, 0);
        QCOMPARE(systemd.data(ProcessModel::PidRole).toInt(), 1);
        QCOMPARE(filter.index(0, 0, filter.index(0, 0, systemd)).data(ProcessModel::PidRole).toInt(), 200);
        filter.setFindText(QStringLiteral("3"));
        QCOMPARE(filter.rowCount(), 1); // kthreadd → kworker (PID 3)
        filter.setFindText(QString());
        filter.setHideKernelThreads(true);
        QCOMPARE(filter.rowCount(), 1);
        filter.setHideKernelThreads(false);
        filter.setOnlyUser(0u);
        model.setLayout(ProcessModel::Layout::Flat);
        QCOMPARE(filter.rowCount(), 3);

        // Sorted by raw value: CPU time, not its text.
        filter.setOnlyUser(std::nullopt);
        QList<ScriptTask> tasks = baseSystem();
        tasks[3].utime = 900; // bash used 9 s
        tasks[4].utime = 100; // vim 1 s
        model.apply(script.next(tasks));
        tasks[3].utime = 1800; // bash +9 s (900 %), vim +0.5 s
        tasks[4].utime = 150;
        model.apply(script.next(tasks));
        filter.sort(ProcessColumns::Cpu, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(ProcessModel::PidRole).toInt(), 100);
        QCOMPARE(filter.index(1, 0).data(ProcessModel::PidRole).toInt(), 200);
        QCOMPARE(filter.index(0, ProcessColumns::Cpu).data().toString(), u"900.0 %");
    }

    void feedSamplesTheLiveSystemOffTheGuiThread()
    {
        ProcessFeed feed;
        feed.setLazyGroups(LazyGroup::Memory | LazyGroup::Oom | LazyGroup::Namespaces);
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&feed, &ProcessFeed::frameReady, &model, [&](const ProcessFramePtr& frame) {
            QVERIFY(QThread::currentThread() == qApp->thread());
            model.apply(frame);
            feed.acknowledge();
        });
        QSignalSpy frames(&feed, &ProcessFeed::frameReady);
        QVERIFY(feed.requestSample());
        QVERIFY(!feed.requestSample()); // one at a time: the next waits for acknowledge()
        QCOMPARE(feed.skippedRequests(), 1u);
        QVERIFY(frames.wait(5000));
        const QModelIndex self = model.indexOfPid(qint32(::getpid()));
        QVERIFY(self.isValid());
        QVERIFY(model.threadCount() >= 2); // this test has its feed thread

        const pid_t child = ::fork();
        if (child == 0) {
            ::pause();
            ::_exit(0);
        }
        const quint64 selfStart = self.data(ProcessModel::StartTimeRole).toULongLong();
        QVERIFY(feed.requestSample({{qint32(::getpid()), selfStart}}));
        QVERIFY(frames.wait(5000));
        QVERIFY(model.indexOfPid(child).isValid());
        QVERIFY(model.indexOfPid(child).data(ProcessModel::FreshRole).toBool());
        QCOMPARE(parentPid(model, child), qint32(::getpid()));
        QVERIFY(!cell(model, qint32(::getpid()), ProcessColumns::Pss).isEmpty());
        QVERIFY(!cell(model, qint32(::getpid()), ProcessColumns::PidNamespace).isEmpty());
        QVERIFY(!cell(model, qint32(::getpid()), ProcessColumns::StartTime).isEmpty());
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QVERIFY(feed.requestSample());
        QVERIFY(frames.wait(5000));
        QVERIFY(!model.indexOfPid(child).isValid());
    }
};

QTEST_GUILESS_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
