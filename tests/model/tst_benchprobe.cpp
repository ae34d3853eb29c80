// SPDX-License-Identifier: GPL-2.0-or-later
// The benchmark hooks: silent unless enabled, the right statistics when enabled, and only outermost
// GUI-thread event dispatches counted as "guiEvent".
#include "benchprobe.h"
#include "stallmonitor.h"

#include <QEvent>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using namespace kaleido;

class TestBenchProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        bench::setEnabled(false);
        bench::reset();
    }

    void disabledRecordsNothing()
    {
        bench::record("modelUpdate", 5'000'000);
        {
            bench::ScopedTimer timer("modelUpdate");
            QEvent event(QEvent::User);
            bench::EventScope scope(this, &event);
        }
        QVERIFY(bench::report().isEmpty());
    }

    void statisticsInMilliseconds()
    {
        bench::setEnabled(true);
        for (int i = 100; i >= 1; --i) // out of order on purpose
            bench::record("modelUpdate", qint64(i) * 1'000'000);
        bench::record("other", 250'000);
        const QJsonObject report = bench::report();
        const QJsonObject model = report.value(QStringLiteral("modelUpdate")).toObject();
        QCOMPARE(model.value(QStringLiteral("count")).toInteger(), 100);
        QCOMPARE(model.value(QStringLiteral("medianMs")).toDouble(), 50.0); // nearest rank
        QCOMPARE(model.value(QStringLiteral("p95Ms")).toDouble(), 95.0);
        QCOMPARE(model.value(QStringLiteral("maxMs")).toDouble(), 100.0);
        QCOMPARE(model.value(QStringLiteral("totalMs")).toDouble(), 5050.0);
        QCOMPARE(report.value(QStringLiteral("other")).toObject().value(QStringLiteral("maxMs")).toDouble(),
                 0.25);
    }

    void scopedTimerRecordsItsScope()
    {
        bench::setEnabled(true);
        {
            bench::ScopedTimer timer("sleep");
            QThread::msleep(20);
        }
        const double ms = bench::report()
                              .value(QStringLiteral("sleep"))
                              .toObject()
                              .value(QStringLiteral("maxMs"))
                              .toDouble();
        QVERIFY2(ms >= 19.0, qPrintable(QString::number(ms)));
    }

    void onlyOutermostDispatchOnTheGuiThreadCounts()
    {
        bench::setEnabled(true);
        {
            QEvent outer(QEvent::Timer);
            bench::EventScope outerScope(this, &outer);
            QThread::msleep(20);
            QEvent inner(QEvent::Paint);
            bench::EventScope innerScope(this, &inner); // nested: part of the outer one
        }
        QThread* other = QThread::create([this] {
            QEvent event(QEvent::User);
            bench::EventScope scope(this, &event); // not the GUI thread: ignored
        });
        other->start();
        QVERIFY(other->wait(5000));
        delete other;

        const QJsonObject report = bench::report();
        const QJsonObject events = report.value(QStringLiteral("guiEvent")).toObject();
        QCOMPARE(events.value(QStringLiteral("count")).toInteger(), 1);
        QVERIFY(events.value(QStringLiteral("maxMs")).toDouble() >= 19.0);
        const QJsonObject longest = report.value(QStringLiteral("guiEventLongest")).toObject();
        QCOMPARE(longest.value(QStringLiteral("event")).toString(), QStringLiteral("Timer"));
        QCOMPARE(longest.value(QStringLiteral("receiver")).toString(), QStringLiteral("TestBenchProbe"));
    }
};

QTEST_GUILESS_MAIN(TestBenchProbe)
#include "tst_benchprobe.moc"
