// SPDX-License-Identifier: GPL-2.0-or-later
#include "refreshclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace kaleido;

class TestRefreshClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startTicksAtOnceThenPeriodically()
    {
        RefreshClock clock;
        clock.setIntervalMs(100);
        QSignalSpy ticks(&clock, &RefreshClock::tick);
        clock.start();
        QCOMPARE(ticks.count(), 1); // views fill without waiting one period
        QVERIFY(ticks.wait(5000));
        QVERIFY(ticks.count() >= 2);
    }

    void pauseStopsTicksAndResumeTicksAtOnce()
    {
        RefreshClock clock;
        clock.setIntervalMs(100);
        QSignalSpy ticks(&clock, &RefreshClock::tick);
        QSignalSpy paused(&clock, &RefreshClock::pausedChanged);
        clock.start();
        clock.setPaused(true);
        QCOMPARE(paused.count(), 1);
        ticks.clear();
        QVERIFY(!ticks.wait(400));
        QCOMPARE(ticks.count(), 0);
        QCOMPARE(clock.stateText(), QStringLiteral("Refresh paused"));
        clock.setPaused(false);
        QCOMPARE(ticks.count(), 1);
        QCOMPARE(clock.stateText(), QStringLiteral("Refreshing every 0.1 s"));
    }

    void pausedBeforeStartStaysQuiet()
    {
        RefreshClock clock;
        clock.setPaused(true);
        QSignalSpy ticks(&clock, &RefreshClock::tick);
        clock.start();
        QCOMPARE(ticks.count(), 0);
    }

    void intervalIsBoundedAndAnnounced()
    {
        RefreshClock clock;
        QSignalSpy changed(&clock, &RefreshClock::intervalChanged);
        clock.setIntervalMs(500);
        QCOMPARE(clock.intervalMs(), 500);
        clock.setIntervalMs(500);
        QCOMPARE(changed.count(), 1); // no signal without a change
        clock.setIntervalMs(1);
        QCOMPARE(clock.intervalMs(), 100);
        QCOMPARE(RefreshClock::intervalText(500), QStringLiteral("0.5 s"));
        QCOMPARE(RefreshClock::intervalText(2000), QStringLiteral("2 s"));
    }
};

QTEST_GUILESS_MAIN(TestRefreshClock)
#include "tst_refreshclock.moc"
