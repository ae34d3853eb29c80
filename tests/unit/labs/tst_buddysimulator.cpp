// SPDX-License-Identifier: GPL-2.0-or-later
#include "buddysimulator.h"
#include "labcatalog.h"

#include <QTest>

using namespace kaleido;

class TestBuddySimulator : public QObject
{
    Q_OBJECT
private slots:
    void handbookExerciseOne()
    {
        BuddySimulator sim(16384, 64);
        for (const qint64 request : {8000, 3000, 2000, 500, 500})
            QVERIFY(sim.allocate(request) > 0);
        QCOMPARE(sim.internalFragmentation(), qint64(1360)); // 192 + 1096 + 48 + 12 + 12
        // The layout the handbook prints level by level: 8192 | 4096 | 2048 | 512 512 | free 1024.
        QList<QPair<qint64, qint64>> layout;
        for (const auto& block : sim.blocks())
            layout.append({block.size, block.requested});
        const QList<QPair<qint64, qint64>> expected = {{8192, 8000}, {4096, 3000}, {2048, 2000},
                                                       {512, 500},   {512, 500},   {1024, 0}};
        QCOMPARE(layout, expected);
        QCOMPARE(sim.freeBytes(), qint64(1024));
    }

    void handbookExerciseTwo()
    {
        BuddySimulator sim(16384, 64);
        const QList<qint64> requests = {500, 1000, 2000, 4000, 8000, 500, 500};
        int failedAt = 0;
        for (int i = 0; i < requests.size(); ++i) {
            if (sim.allocate(requests.at(i)) == 0) {
                failedAt = i + 1;
                break;
            }
        }
        QCOMPARE(failedAt, 7);
        QCOMPARE(sim.usedBytes(), qint64(16384)); // 512 + 1024 + 2048 + 4096 + 8192 + 512
        QCOMPARE(sim.events().last().kind, BuddySimulator::EventKind::Fail);
    }

    void freeingMergesBuddies()
    {
        BuddySimulator sim(16384, 64);
        const int a = sim.allocate(500);
        const int b = sim.allocate(500);
        QCOMPARE(sim.blocks().size(), 6); // 512 512 1024 2048 4096 8192
        QVERIFY(sim.free(a));
        QCOMPARE(sim.blocks().size(), 6); // a's buddy b is in use: nothing merges
        QVERIFY(sim.free(b));
        QCOMPARE(sim.blocks().size(), 1); // all the way up to the whole arena
        QCOMPARE(sim.largestFreeBlock(), qint64(16384));
        QVERIFY(!sim.free(b));
        QVERIFY(!sim.free(0));
    }

    void minimumBlockAndBadRequests()
    {
        BuddySimulator sim(16384, 64);
        QCOMPARE(sim.blockSizeFor(1), qint64(64));
        QCOMPARE(sim.blockSizeFor(65), qint64(128));
        QCOMPARE(sim.blockSizeFor(16384), qint64(16384));
        QCOMPARE(sim.blockSizeFor(16385), qint64(0));
        QCOMPARE(sim.allocate(0), 0);
        QCOMPARE(sim.allocate(20000), 0);
        QCOMPARE(sim.blocks().size(), 1);
    }

    void catalogueNamesTheExercises()
    {
        const LabInfo lab = LabCatalog::lab(QStringLiteral("buddy"));
        QVERIFY(lab.simulator());
        QCOMPARE(lab.steps.size(), 3);
        QCOMPARE(lab.steps.at(0).command, QStringLiteral("exercise1"));
        QVERIFY(LabCatalog::lab(QStringLiteral("nonsense")).id.isEmpty());
        for (const LabInfo& each : LabCatalog::labs()) {
            QVERIFY(!each.title.isEmpty());
            QVERIFY(!each.goal.isEmpty());
            QVERIFY(!each.watch.isEmpty());
            QVERIFY(!each.explanation.isEmpty());
            QVERIFY(!each.steps.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestBuddySimulator)
#include "tst_buddysimulator.moc"
