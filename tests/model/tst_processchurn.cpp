// SPDX-License-Identifier: GPL-2.0-or-later
// The process model against a fork storm on the live system: kaleido-bench-spawn forks 400 short-lived
// processes a second (some orphaned and re-parented, some left as zombies for a moment) while the model
// refreshes every 250 ms in the tree layout behind a filter. Run under ASan + LSan by run-asan-test (CTest
// process_churn_asan): no crash, no leak, and after every refresh no stale row — every live row is a process
// of that frame with the same start time, and every process of the frame has exactly one live row.
#include "processfeed.h"
#include "processfiltermodel.h"
#include "processmodel.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace kaleido;

class TestProcessChurn : public QObject
{
    Q_OBJECT

    // Walks every row; returns the live process rows by PID, and counts the dying ones (their PIDs in
    // @p dyingPids when given).
    static void collect(const ProcessModel& model, const QModelIndex& parent, QHash<qint32, quint64>& live,
                        int& dying, int& duplicates, QSet<qint32>* dyingPids = nullptr)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const ProcessNode* node = model.node(index);
            if (node->kind == ProcessNode::Kind::Process) {
                if (node->dying && dyingPids)
                    dyingPids->insert(node->task.pid);
                if (node->dying)
                    ++dying;
                else if (live.contains(node->task.pid))
                    ++duplicates;
                else
                    live.insert(node->task.pid, node->task.startTime);
            }
            collect(model, index, live, dying, duplicates, dyingPids);
        }
    }

private Q_SLOTS:
    void forkStormWhileRefreshingEvery250ms()
    {
        const int seconds = qEnvironmentVariableIsSet("KALEIDO_CHURN_SECONDS")
                                ? qEnvironmentVariableIntValue("KALEIDO_CHURN_SECONDS")
                                : 60;
        QProcess spawner;
        spawner.setProcessChannelMode(QProcess::MergedChannels);
        spawner.start(QStringLiteral(KALEIDO_BENCH_SPAWN),
                      {QStringLiteral("--churn"), QStringLiteral("400"), QStringLiteral("--seconds"),
                       QString::number(seconds)});
        QVERIFY2(spawner.waitForStarted(), qPrintable(spawner.errorString()));

        ProcessFeed feed;
        feed.setThreadsEnabled(true);
        feed.setLazyGroups(LazyGroup::Memory | LazyGroup::Oom);
        ProcessModel model;
        model.setLayout(ProcessModel::Layout::Tree);
        ProcessFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(0);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // (No tester on the filter: it would walk the whole tree on each of the proxy's layout changes, and
        // that is Qt's code; tst_processmodel tests the filter under a tester.)

        int frames = 0;
        int failures = 0;
        int maxDying = 0;
        QString firstFailure;
        connect(&feed, &ProcessFeed::frameReady, this, [&](const ProcessFramePtr& frame) {
            model.apply(frame);
            feed.acknowledge();
            ++frames;
            QHash<qint32, quint64> live;
            int dying = 0;
            int duplicates = 0;
            collect(model, {}, live, dying, duplicates);
            maxDying = std::max(maxDying, dying);
            const auto& processes = frame->snapshot.processes;
            bool ok = duplicates == 0 && live.size() == processes.size();
            for (const TaskSample& task : processes)
                ok = ok && live.value(task.pid, ~0ull) == task.startTime;
            if (!ok && failures++ == 0)
                firstFailure = QStringLiteral("frame %1: %2 live rows for %3 processes, %4 duplicated")
                                   .arg(frames)
                                   .arg(live.size())
                                   .arg(processes.size())
                                   .arg(duplicates);
        });
        QTimer refresh;
        connect(&refresh, &QTimer::timeout, &feed, [&] {
            // Lazy columns for the first rows, as a view would ask for its visible ones.
            QList<LazyTarget> targets;
            for (int row = 0; row < std::min(40, filter.rowCount()); ++row)
                targets.append({filter.index(row, 0).data(ProcessModel::PidRole).toInt(),
                                filter.index(row, 0).data(ProcessModel::StartTimeRole).toULongLong()});
            feed.requestSample(targets);
        });
        refresh.start(250);
        QSignalSpy finished(&spawner, &QProcess::finished); // waits with the event loop running
        QVERIFY(finished.wait((seconds + 30) * 1000));
        // Let the last orphans end and the last exits leave the table.
        QTest::qWait(1500);
        refresh.stop();
        const QByteArray output = spawner.readAll();
        qInfo().noquote() << output.trimmed();
        qInfo() << frames << "refreshes applied," << feed.skippedRequests()
                << "ticks skipped while one was busy," << maxDying << "exited rows at most on one refresh";

        QVERIFY2(failures == 0, qPrintable(firstFailure + QStringLiteral(" (%1 bad frames)").arg(failures)));
        QCOMPARE(spawner.exitCode(), 0);
        const QRegularExpressionMatch rate =
            QRegularExpression(QStringLiteral("([0-9.]+) per second")).match(QString::fromUtf8(output));
        QVERIFY2(rate.hasMatch(), output.constData());
        QVERIFY2(rate.captured(1).toDouble() >= 300, qPrintable(rate.captured(0)));
        QVERIFY2(frames >= seconds * 2, qPrintable(QString::number(frames))); // at least every 500 ms
        QVERIFY(maxDying > 0); // exits were seen, and shown once…
        // …and gone on the next refresh. Other processes on the machine (tests run in parallel) may exit at
        // any time, so the check is on the rows shown as exited now, not on the count being zero.
        const auto refreshOnce = [&] {
            const int before = frames;
            feed.requestSample({});
            QTRY_VERIFY_WITH_TIMEOUT(frames > before, 10'000);
        };
        refreshOnce();
        refreshOnce(); // the first may only have collected a sample that was already under way
        QHash<qint32, quint64> live;
        int dying = 0;
        int duplicates = 0;
        QSet<qint32> exited;
        collect(model, {}, live, dying, duplicates, &exited);
        QVERIFY(!live.contains(qint32(spawner.processId())));
        refreshOnce();
        QHash<qint32, quint64> liveAfter;
        QSet<qint32> exitedAfter;
        collect(model, {}, liveAfter, dying, duplicates, &exitedAfter);
        QVERIFY2(!exitedAfter.intersects(exited), "an exited row was shown on two refreshes");
        QCOMPARE(duplicates, 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessChurn)
#include "tst_processchurn.moc"
