// SPDX-License-Identifier: GPL-2.0-or-later
#include "smaps.h"
#include "smapsrollup.h"
#include "testutils.h"

#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestSmapsRollup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; values read by hand from proc/<pid>/smaps_rollup.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint64>("start");
        QTest::addColumn<quint64>("end");
        QTest::addColumn<int>("fieldCount");
        QTest::addColumn<quint64>("rssKiB");
        QTest::addColumn<quint64>("pssKiB");
        QTest::addColumn<quint64>("pssFileKiB");
        QTest::addColumn<quint64>("smapsPssKiB");
        QTest::addColumn<bool>("hasKsm");
        // The rollup sums exact PSS before rounding, the per-area lines round each: 819 here, 816 summed.
        QTest::newRow("6.18 host bash")
            << QStringLiteral("linux-6.18-host") << 6600 << quint64(0x5571a223f000) << quint64(0x7fffec4b8000)
            << 22 << quint64(3256) << quint64(819) << quint64(423) << quint64(816) << true;
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133 << quint64(0x55bdea2a4000) << quint64(0x7ffeb25f9000)
            << 21 << quint64(3140) << quint64(2575) << quint64(2183) << quint64(2579) << false;
        QTest::newRow("6.1 debian init")
            << QStringLiteral("linux-6.1-debian") << 1 << quint64(0x400000) << quint64(0x7ffd6f9a1000) << 21
            << quint64(1600) << quint64(1593) << quint64(1) << quint64(1593) << false;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(quint64, start);
        QFETCH(quint64, end);
        QFETCH(int, fieldCount);
        QFETCH(quint64, rssKiB);
        QFETCH(quint64, pssKiB);
        QFETCH(quint64, pssFileKiB);
        QFETCH(quint64, smapsPssKiB);
        QFETCH(bool, hasKsm);

        const KernelFs fs(test::fixtureRoot(kernel));
        const auto rollup = readSmapsRollup(fs, pid);
        QVERIFY2(rollup.ok(), qPrintable(rollup.error().message()));
        QVERIFY(rollup->skippedLines.isEmpty());
        QVERIFY(rollup->hasHeader);
        QCOMPARE(rollup->label(), QByteArrayView("[rollup]"));
        QCOMPARE(rollup->range.start, start);
        QCOMPARE(rollup->range.end, end);
        QCOMPARE(rollup->range.permissionString(), QByteArray("---p"));
        QCOMPARE(rollup->fields.size(), fieldCount);
        QCOMPARE(rollup->name(rollup->fields.constFirst()), QByteArrayView("Rss"));
        QCOMPARE(rollup->name(rollup->fields.constLast()), QByteArrayView("Locked"));
        QCOMPARE(rollup->value("Rss"), rssKiB * 1024);
        QCOMPARE(rollup->value("Pss"), pssKiB * 1024);
        QCOMPARE(rollup->value("Pss_File"), pssFileKiB * 1024);
        QCOMPARE(rollup->value("KSM").has_value(), hasKsm);
        QVERIFY(!rollup->value("Size")); // smaps has Size, the rollup does not

        // Against the per-area file of the same capture: Rss adds up exactly, Pss only up to rounding.
        const auto smaps = readSmaps(fs, pid);
        QVERIFY(smaps.ok());
        const SmapsTotals totals = smapsTotals(*smaps);
        QCOMPARE(totals.value(*smaps, "Rss"), rollup->value("Rss"));
        QCOMPARE(totals.value(*smaps, "Pss"), smapsPssKiB * 1024);
        QCOMPARE(smaps->entries.constFirst().map.start, rollup->range.start);
        // The range covers the VMAs; [vsyscall] is listed in smaps but is a gate page, not a VMA.
        const auto& last = smaps->entries.constLast();
        const auto& lastVma =
            smaps->pathname(last) == "[vsyscall]" ? smaps->entries.at(smaps->entries.size() - 2) : last;
        QCOMPARE(lastVma.map.end, rollup->range.end);
    }

    void kernelThreadIsEmpty()
    {
        const auto rollup = parseSmapsRollup("");
        QVERIFY(rollup.ok());
        QVERIFY(!rollup->hasHeader);
        QVERIFY(rollup->fields.isEmpty());
    }

    void unknownAndMissingFields()
    {
        const auto rollup =
            parseSmapsRollup("1000-2000 ---p 00000000 00:00 0    [rollup]\nRss:  8 kB\nNewThing:  3 kB\n"
                             "NewCount: 7\n");
        QVERIFY(rollup.ok());
        QCOMPARE(rollup->value("NewThing"), quint64(3 * 1024));
        QCOMPARE(rollup->value("NewCount"), quint64(7));
        QVERIFY(!rollup->value("Pss"));
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("skippedLine");
        const QByteArray head("1000-2000 ---p 00000000 00:00 0    [rollup]\n");
        QTest::newRow("no number") << QByteArray(head + "Rss: 8 kB\nPss: many\n") << 1 << 3;
        QTest::newRow("second header") << QByteArray(head + "Rss: 8 kB\n" + head) << 1 << 3;
        QTest::newRow("bad header") << QByteArray("1000-2000 --p 0 00:00 0 [rollup]\nRss: 8 kB\n") << 1 << 1;
        QTest::newRow("truncated") << QByteArray(head + "Rss: 8 kB\nPss:") << 1 << 3;
        QTest::newRow("overflow") << QByteArray(head + "Rss: 8 kB\nPss: 18446744073709551615 kB\n") << 1 << 3;
    }
    void badLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, fields);
        QFETCH(int, skippedLine);
        const auto rollup = parseSmapsRollup(input);
        QVERIFY(rollup.ok());
        QCOMPARE(rollup->fields.size(), fields);
        QCOMPARE(rollup->skippedLines.size(), 1);
        QCOMPARE(rollup->skippedLines.constFirst().line, skippedLine);
    }

    void garbageIsAnError()
    {
        const auto rollup = parseSmapsRollup("not a rollup\n!!!\n");
        QVERIFY(!rollup.ok());
        QCOMPARE(rollup.error().kind, ErrorKind::Malformed);
        QCOMPARE(rollup.error().path, QStringLiteral("/proc/self/smaps_rollup"));
    }

    void vanishedProcess()
    {
        // The host capture has no PID 1 at all (left out on purpose): that reads as a process that went away.
        const auto rollup =
            readSmapsRollup(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 1);
        QVERIFY(!rollup.ok());
        QCOMPARE(rollup.error().kind, ErrorKind::Vanished);
        QCOMPARE(rollup.error().path, QStringLiteral("/proc/1/smaps_rollup"));
    }

    void liveKernel()
    {
        const auto rollup = readSmapsRollup(KernelFs(), int(getpid()));
        QVERIFY2(rollup.ok(), qPrintable(rollup.error().message()));
        QVERIFY(rollup->skippedLines.isEmpty());
        QVERIFY(rollup->hasHeader);
        QVERIFY(*rollup->value("Rss") > 0);
        QVERIFY(*rollup->value("Pss") <= *rollup->value("Rss"));
        // The three parts are rounded down to KiB one by one, the whole once: they may fall short by < 3 KiB.
        const quint64 parts =
            *rollup->value("Pss_Anon") + *rollup->value("Pss_File") + *rollup->value("Pss_Shmem");
        QVERIFY(parts <= *rollup->value("Pss"));
        QVERIFY(parts + 3 * 1024 > *rollup->value("Pss"));
    }
};

QTEST_GUILESS_MAIN(TestSmapsRollup)
#include "tst_smapsrollup.moc"
