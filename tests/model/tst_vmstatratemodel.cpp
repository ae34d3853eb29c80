// SPDX-License-Identifier: GPL-2.0-or-later
// The fault-rate chart's model over the captured kernels' /proc/vmstat: exact rates between a captured file
// and the same file with its counters moved by hand, a reset (the 6.18 capture followed by the 6.1 one, whose
// counters are far smaller), a counter the kernel lacks, and the constant-memory history.
#include "chartroles.h"
#include "serieslegendmodel.h"
#include "testutils.h"
#include "vmstat.h"
#include "vmstatratemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace kaleido;
using State = VmstatRateModel::State;

namespace {

constexpr qint64 kSecond = 1'000'000'000;
constexpr qint64 kWall = 1'700'000'000'000; // ms since the epoch of the first sample

/// The series index of a vmstat counter in vmstatRateSeries().
int seriesOf(const char* counter)
{
    const auto& all = vmstatRateSeries();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (qstrcmp(all[i].counter, counter) == 0)
            return int(i);
    }
    return -1;
}

/// @p text with each named counter moved by its amount.
QByteArray moved(const QByteArray& text, const QList<std::pair<QByteArray, qint64>>& moves)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray& line : lines) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArray name = line.first(space);
        for (const auto& [counter, by] : moves) {
            if (name == counter)
                line = name + ' ' + QByteArray::number(line.sliced(space + 1).toLongLong() + by);
        }
    }
    return lines.join('\n');
}

QByteArray without(const QByteArray& text, const QByteArray& counter)
{
    QList<QByteArray> lines = text.split('\n');
    const QByteArray prefix = counter + ' ';
    lines.removeIf([&](const QByteArray& line) { return line.startsWith(prefix); });
    return lines.join('\n');
}

VmStat parse(const QByteArray& text)
{
    auto stat = parseVmstat(text);
    if (!stat)
        qFatal("fixture does not parse");
    return *stat;
}

QVariant raw(const VmstatRateModel& model, int row, const char* counter)
{
    return model.index(row, VmstatRateModel::FirstSeriesColumn + seriesOf(counter))
        .data(ChartRoles::RawValueRole);
}

} // namespace

class TestVmstatRateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deltaOfTwoSamples()
    {
        const VmStat a = parse("pgfault 100\npgmajfault 7\noom_kill 2\n");
        const VmStat b = parse("pgfault 160\npgmajfault 5\n");
        QCOMPARE(vmstatDelta(a, b, "pgfault").state, VmStatDelta::State::Moved);
        QCOMPARE(vmstatDelta(a, b, "pgfault").delta, quint64(60));
        QCOMPARE(vmstatDelta(a, b, "pgmajfault").state, VmStatDelta::State::WentBackwards);
        QCOMPARE(vmstatDelta(a, b, "pgmajfault").delta, quint64(0));
        QCOMPARE(vmstatDelta(a, b, "oom_kill").state, VmStatDelta::State::NotReported);
        QCOMPARE(vmstatDelta(a, a, "pgfault").delta, quint64(0));
        QVERIFY(vmstatDelta(a, a, "pgfault").moved());
    }

    void exactRatesOverCapturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        for (const QString& kernel : test::capturedKernels())
            QTest::newRow(qPrintable(kernel)) << kernel;
    }
    void exactRatesOverCapturedKernels()
    {
        QFETCH(QString, kernel);
        const QByteArray first = test::readFixture(kernel, QStringLiteral("/proc/vmstat"));
        QVERIFY(!first.isEmpty());
        // Two and a half seconds later: 25 000 faults of which 500 major, 40 pages in and 10 out of swap,
        // 10 MiB read and 2.5 MiB written, one OOM kill.
        const QByteArray second = moved(first, {{"pgfault", 25'000},
                                                {"pgmajfault", 500},
                                                {"pswpin", 40},
                                                {"pswpout", 10},
                                                {"pgpgin", 10'240},
                                                {"pgpgout", 2'560},
                                                {"oom_kill", 1}});

        VmstatRateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy sampled(&model, &VmstatRateModel::sampled);
        model.addSample(kWall, 10 * kSecond, parse(first));
        QCOMPARE(sampled.size(), 1);
        QCOMPARE(model.rowCount(), 0); // a baseline only
        QCOMPARE(model.sampleCount(), quint64(1));
        for (int s = 0; s < int(vmstatRateSeries().size()); ++s) {
            QCOMPARE(model.latestState(s), State::Waiting);
            QVERIFY(!model.latestRate(s));
        }
        QCOMPARE(model.oomKills(), quint64(0));
        QCOMPARE(model.oomKillsSinceFirstSample(), quint64(0));

        model.addSample(kWall + 2500, 10 * kSecond + 5 * kSecond / 2, parse(second));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.latestIntervalSeconds(), 2.5);
        QCOMPARE(model.index(0, VmstatRateModel::TimeColumn).data(ChartRoles::RawValueRole).toLongLong(),
                 kWall + 2500);
        QCOMPARE(raw(model, 0, "pgfault").toDouble(), 10'000.0);
        QCOMPARE(raw(model, 0, "pgmajfault").toDouble(), 200.0);
        QCOMPARE(raw(model, 0, "pswpin").toDouble(), 16.0);
        QCOMPARE(raw(model, 0, "pswpout").toDouble(), 4.0);
        QCOMPARE(raw(model, 0, "pgpgin").toDouble(), 4096.0); // KiB/s
        QCOMPARE(raw(model, 0, "pgpgout").toDouble(), 1024.0);
        QCOMPARE(model.latestRate(seriesOf("pgfault")), 10'000.0);
        QCOMPARE(model.latestState(seriesOf("pgmajfault")), State::Rate);
        QCOMPARE(model.rateAt(0, seriesOf("pgmajfault")), 200.0);
        QCOMPARE(model.oomKills(), quint64(1));
        QCOMPARE(model.oomKillsSinceFirstSample(), quint64(1));

        // The chart adapter's contract: a rate unit, a unit label, a key and an explanation per series.
        const int pgfault = VmstatRateModel::FirstSeriesColumn + seriesOf("pgfault");
        QCOMPARE(model.headerData(pgfault, Qt::Horizontal, ChartRoles::UnitRole).value<ValueUnit>(),
                 ValueUnit::PerSecond);
        QCOMPARE(model.headerData(pgfault, Qt::Horizontal, ChartRoles::UnitLabelRole).toString(),
                 QStringLiteral("faults/s"));
        QCOMPARE(model.headerData(pgfault, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(),
                 QStringLiteral("pgfault"));
        QVERIFY(model.headerData(pgfault, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"pgfault"));
        QCOMPARE(model.index(0, pgfault).data().toString(), QStringLiteral("10,000 faults/s"));
        QCOMPARE(model.index(0, VmstatRateModel::FirstSeriesColumn + seriesOf("pswpout")).data().toString(),
                 QStringLiteral("4.0 pages/s"));
        QCOMPARE(formatChartValue(model, pgfault, 12.34), QStringLiteral("12.3 faults/s"));

        // The legend shows the same values with their units.
        SeriesLegendModel legend;
        legend.setSourceModel(&model);
        QCOMPARE(legend.index(seriesOf("pgmajfault"), SeriesLegendModel::NowColumn).data().toString(),
                 QStringLiteral("200 faults/s"));
        QCOMPARE(legend.index(seriesOf("pgpgin"), SeriesLegendModel::NowColumn).data().toString(),
                 QStringLiteral("4,096 KiB/s"));
    }

    void aResetGivesNoRateThenRatesResume()
    {
        // The 6.18 capture, then the 6.1 one: every growing counter is smaller (pgfault 37 646 584 → 4 222).
        const QByteArray host =
            test::readFixture(QStringLiteral("linux-6.18-host"), QStringLiteral("/proc/vmstat"));
        const QByteArray guest =
            test::readFixture(QStringLiteral("linux-6.1-debian"), QStringLiteral("/proc/vmstat"));
        VmstatRateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(kWall, kSecond, parse(host));
        model.addSample(kWall + 1000, 2 * kSecond, parse(guest));
        QCOMPARE(model.rowCount(), 1);
        for (const char* counter : {"pgfault", "pgmajfault", "pgpgin", "pgpgout"}) {
            QCOMPARE(model.stateAt(0, seriesOf(counter)), State::WentBackwards);
            QCOMPARE(model.latestState(seriesOf(counter)), State::WentBackwards);
            QVERIFY(!raw(model, 0, counter).isValid()); // a gap in the chart, not a negative rate
            QVERIFY(!model.latestRate(seriesOf(counter)));
        }
        QVERIFY(model.index(0, VmstatRateModel::FirstSeriesColumn + seriesOf("pgfault"))
                    .data()
                    .toString()
                    .contains(u"backwards"));
        // Swap was never used on either: 0 → 0 is a rate of 0, not a reset.
        QCOMPARE(model.stateAt(0, seriesOf("pswpin")), State::Rate);
        QCOMPARE(raw(model, 0, "pswpin").toDouble(), 0.0);

        // From the new baseline on, rates are exact again: 4 222 → 4 722 faults in half a second.
        model.addSample(kWall + 1500, 2 * kSecond + kSecond / 2,
                        parse(moved(guest, {{"pgfault", 500}, {"pgmajfault", 3}})));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(raw(model, 1, "pgfault").toDouble(), 1000.0);
        QCOMPARE(raw(model, 1, "pgmajfault").toDouble(), 6.0);
        QCOMPARE(model.latestState(seriesOf("pgfault")), State::Rate);

        // Four OOM kills; then oom_kill itself resets (to 1): kills are counted again from there.
        model.addSample(kWall + 2000, 3 * kSecond, parse(moved(guest, {{"pgfault", 600}, {"oom_kill", 4}})));
        QCOMPARE(model.oomKills(), quint64(4));
        QCOMPARE(model.oomKillsSinceFirstSample(), quint64(4));
        model.addSample(kWall + 3000, 4 * kSecond, parse(moved(guest, {{"pgfault", 700}, {"oom_kill", 1}})));
        QCOMPARE(model.oomKillsSinceFirstSample(), quint64(0));
        model.addSample(kWall + 4000, 5 * kSecond, parse(moved(guest, {{"pgfault", 800}, {"oom_kill", 3}})));
        QCOMPARE(model.oomKills(), quint64(3));
        QCOMPARE(model.oomKillsSinceFirstSample(), quint64(2));
        QCOMPARE(raw(model, 4, "pgfault").toDouble(), 100.0);
    }

    void aCounterTheKernelLacks()
    {
        const QByteArray guest =
            test::readFixture(QStringLiteral("linux-6.1-debian"), QStringLiteral("/proc/vmstat"));
        const QByteArray old = without(without(guest, "pgmajfault"), "oom_kill");
        VmstatRateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(kWall, kSecond, parse(old));
        QCOMPARE(model.latestState(seriesOf("pgmajfault")), State::NotReported);
        QCOMPARE(model.latestState(seriesOf("pgfault")), State::Waiting);
        QVERIFY(!model.oomKills());
        QVERIFY(!model.oomKillsSinceFirstSample());
        model.addSample(kWall + 1000, 2 * kSecond, parse(moved(old, {{"pgfault", 42}})));
        QCOMPARE(model.stateAt(0, seriesOf("pgmajfault")), State::NotReported);
        QVERIFY(!raw(model, 0, "pgmajfault").isValid());
        QCOMPARE(
            model.index(0, VmstatRateModel::FirstSeriesColumn + seriesOf("pgmajfault")).data().toString(),
            VmstatRateModel::stateText(State::NotReported));
        QCOMPARE(raw(model, 0, "pgfault").toDouble(), 42.0);

        // The counter appearing later (a different file) is also "not reported" for that interval: it has no
        // earlier value to compare with.
        model.addSample(kWall + 2000, 3 * kSecond, parse(moved(guest, {{"pgfault", 84}})));
        QCOMPARE(model.stateAt(1, seriesOf("pgmajfault")), State::NotReported);
        QCOMPARE(raw(model, 1, "pgfault").toDouble(), 42.0);
        QCOMPARE(model.oomKills(), quint64(0));
    }

    void noTimeNoRateAndTheWallClockGoingBack()
    {
        const VmStat a = parse("pgfault 1000\npgmajfault 1\n");
        VmstatRateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(kWall, 5 * kSecond, a);
        model.addSample(kWall + 1000, 5 * kSecond, parse("pgfault 2000\npgmajfault 1\n")); // same instant
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.sampleCount(), quint64(1));
        model.addSample(kWall + 1000, 6 * kSecond, parse("pgfault 1100\npgmajfault 1\n"));
        QCOMPARE(raw(model, 0, "pgfault").toDouble(), 100.0);
        // The wall clock is set back an hour: the rows start over, but the rate still comes from the
        // monotonic clock.
        model.addSample(kWall - 3'600'000, 8 * kSecond, parse("pgfault 1300\npgmajfault 1\n"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.timeAt(0), kWall - 3'600'000);
        QCOMPARE(raw(model, 0, "pgfault").toDouble(), 100.0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.sampleCount(), quint64(0));
        QCOMPARE(model.latestState(0), State::Waiting);
    }

    void historyIsBoundedInTimeAndInRows()
    {
        VmstatRateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.maximumRows(), VmstatRateModel::defaultMaximumRows);
        model.setHistorySeconds(10);
        // 10 Hz for 20 s: only the last 10 s stay.
        for (int i = 0; i <= 200; ++i)
            model.addSample(kWall + i * 100, qint64(i + 1) * kSecond / 10,
                            parse("pgfault " + QByteArray::number(1000 + i * 10) + "\npgmajfault 0\n"));
        QCOMPARE(model.rowCount(), 101); // 10 s at 10 Hz, both ends included
        QCOMPARE(model.timeAt(0), kWall + 200 * 100 - 10'000);
        QCOMPARE(raw(model, 100, "pgfault").toDouble(), 100.0);
        // A cap on rows holds whatever the sampling rate.
        model.setMaximumRows(50);
        QCOMPARE(model.rowCount(), 50);
        model.addSample(kWall + 201 * 100, 202 * kSecond / 10, parse("pgfault 20000\npgmajfault 0\n"));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.timeAt(49), kWall + 201 * 100);
    }
};

QTEST_GUILESS_MAIN(TestVmstatRateModel)
#include "tst_vmstatratemodel.moc"
