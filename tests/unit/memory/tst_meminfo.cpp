// SPDX-License-Identifier: GPL-2.0-or-later
#include "meminfo.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestMeminfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured from real kernels by tests/fixtures/capture.sh; expected values read by hand from the files.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("fieldCount");
        QTest::addColumn<quint64>("memTotalKiB");
        QTest::addColumn<quint64>("memAvailableKiB");
        QTest::addColumn<quint64>("committedKiB");
        QTest::addColumn<quint64>("hugePagesTotal");
        QTest::addColumn<QByteArray>("lastField");
        QTest::addColumn<quint64>("lastFieldKiB");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 54 << quint64(24684084)
                                   << quint64(23209724) << quint64(905184) << quint64(0)
                                   << QByteArray("DirectMap1G") << quint64(25165824);
        // 5-level paging in the guest: VmallocTotal is 13743895347199 kB, which must not overflow.
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 54 << quint64(981476)
                                    << quint64(869624) << quint64(3656) << quint64(0)
                                    << QByteArray("DirectMap1G") << quint64(0);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, fieldCount);
        QFETCH(quint64, memTotalKiB);
        QFETCH(quint64, memAvailableKiB);
        QFETCH(quint64, committedKiB);
        QFETCH(quint64, hugePagesTotal);
        QFETCH(QByteArray, lastField);
        QFETCH(quint64, lastFieldKiB);

        const auto info = readMeminfo(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->fields.size(), fieldCount);
        QCOMPARE(info->name(info->fields.constFirst()), QByteArrayView("MemTotal"));
        QCOMPARE(info->value("MemTotal"), memTotalKiB * 1024);
        QCOMPARE(info->value("MemAvailable"), memAvailableKiB * 1024);
        QCOMPARE(info->value("Committed_AS"), committedKiB * 1024);
        QCOMPARE(info->value("HugePages_Total"), hugePagesTotal); // a count, no unit
        QCOMPARE(info->name(info->fields.constLast()), QByteArrayView(lastField));
        QCOMPARE(info->value(lastField), lastFieldKiB * 1024);
        // Field names with parentheses survive.
        QVERIFY(info->has("Active(anon)"));
        QVERIFY(info->swapUsed().has_value());
        // Fields differ between the versions: 6.18 reports Balloon, the 6.1 guest HardwareCorrupted.
        QCOMPARE(info->has("Balloon"), kernel.contains(QStringLiteral("6.18")));
        if (kernel.contains(QStringLiteral("6.1-")))
            QCOMPARE(info->value("VmallocTotal"), quint64(13743895347199) * 1024);
    }

    void liveKernel()
    {
        const auto info = readMeminfo(KernelFs());
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QVERIFY(*info->value("MemTotal") > 0);
        QVERIFY(*info->value("MemAvailable") <= *info->value("MemTotal"));
        QVERIFY(*info->value("MemFree") <= *info->value("MemTotal"));
    }

    void missingFieldsAreAbsentNotZero()
    {
        const auto info = parseMeminfo("MemTotal:        1000 kB\nMemFree:          200 kB\n");
        QVERIFY(info.ok());
        QCOMPARE(info->value("MemFree"), quint64(200 * 1024));
        QVERIFY(!info->has("MemAvailable")); // kernels before 3.14 have no MemAvailable
        QVERIFY(!info->swapUsed().has_value());
    }

    void unknownFieldsAreKept()
    {
        const auto info = parseMeminfo("MemTotal: 8 kB\nFutureThing(new):   77 kB\nFutureCount:   5\n");
        QVERIFY(info.ok());
        QCOMPARE(info->fields.size(), 3);
        QCOMPARE(info->value("FutureThing(new)"), quint64(77 * 1024));
        QCOMPARE(info->value("FutureCount"), quint64(5));
        QVERIFY(!info->fields.at(2).inKiB);
    }

    void truncatedLastLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("skippedLine");
        QTest::newRow("no newline at end") << QByteArray("MemTotal: 8 kB\nMemFree: 4 kB") << 2 << 0;
        QTest::newRow("name only") << QByteArray("MemTotal: 8 kB\nMemFree:") << 1 << 2;
        QTest::newRow("half a name") << QByteArray("MemTotal: 8 kB\nMemF") << 1 << 2;
        QTest::newRow("unit cut") << QByteArray("MemTotal: 8 kB\nMemFree: 4 k") << 1 << 2;
    }
    void truncatedLastLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, fields);
        QFETCH(int, skippedLine);
        const auto info = parseMeminfo(input);
        QVERIFY(info.ok());
        QCOMPARE(info->fields.size(), fields);
        QCOMPARE(info->value("MemTotal"), quint64(8 * 1024));
        if (skippedLine == 0) {
            QVERIFY(info->skippedLines.isEmpty());
        } else {
            QCOMPARE(info->skippedLines.size(), 1);
            QCOMPARE(info->skippedLines.constFirst().kind, ErrorKind::Malformed);
            QCOMPARE(info->skippedLines.constFirst().line, skippedLine);
            QCOMPARE(info->skippedLines.constFirst().path, QStringLiteral("/proc/meminfo"));
        }
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n\n  \n");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01", 7);
        QTest::newRow("no numbers") << QByteArray("MemTotal: lots\nMemFree: some\n");
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto info = parseMeminfo(input);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Malformed);
        QVERIFY(!info.error().message().isEmpty());
    }

    void overflowIsRejected()
    {
        const auto info = parseMeminfo("MemTotal: 8 kB\nHuge: 18446744073709551615 kB\nHuger: 99999999999999999999\n");
        QVERIFY(info.ok());
        QCOMPARE(info->fields.size(), 1);
        QCOMPARE(info->skippedLines.size(), 2);
    }

    void swapUsedNeverNegative()
    {
        // SwapFree can briefly exceed SwapTotal while swapoff runs; "used" must not wrap around.
        const auto info = parseMeminfo("SwapTotal: 100 kB\nSwapFree: 120 kB\n");
        QVERIFY(info.ok());
        QCOMPARE(info->swapUsed(), quint64(0));
        const auto used = parseMeminfo("SwapTotal: 100 kB\nSwapFree: 40 kB\n");
        QCOMPARE(used->swapUsed(), quint64(60 * 1024));
    }

    void unknownUnitIsMalformed()
    {
        const auto info = parseMeminfo("MemTotal: 8 kB\nOdd: 5 MB\n");
        QVERIFY(info.ok());
        QCOMPARE(info->fields.size(), 1);
        QCOMPARE(info->skippedLines.size(), 1);
        QVERIFY(info->skippedLines.constFirst().message().contains(QStringLiteral("MB")));
    }
};

QTEST_GUILESS_MAIN(TestMeminfo)
#include "tst_meminfo.moc"
