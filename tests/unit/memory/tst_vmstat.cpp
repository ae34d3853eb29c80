// SPDX-License-Identifier: GPL-2.0-or-later
#include "testutils.h"
#include "vmstat.h"

#include <QTest>

using namespace kaleido;

class TestVmstat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/vmstat.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("counters");
        QTest::addColumn<quint64>("nrFreePages"); // first line
        QTest::addColumn<quint64>("pgfault");
        QTest::addColumn<quint64>("pgmajfault");
        QTest::addColumn<quint64>("thpFaultAlloc");
        QTest::addColumn<quint64>("pgallocSum");  // pgalloc_dma + _dma32 + _normal + _movable + _device
        QTest::addColumn<QByteArray>("onlyHere"); // a counter the other version lacks
        QTest::addColumn<QByteArray>("notHere");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 192 << quint64(1000699)
                                   << quint64(37646584) << quint64(2674) << quint64(6058)
                                   << quint64(0 + 4 + 39257483 + 0 + 0) << QByteArray("nr_free_pages_blocks")
                                   << QByteArray("nr_bounce");
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 173 << quint64(233118)
                                    << quint64(4222) << quint64(30) << quint64(0)
                                    << quint64(32 + 16873 + 0 + 0 + 0) << QByteArray("nr_bounce")
                                    << QByteArray("pgsteal_khugepaged");
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, counters);
        QFETCH(quint64, nrFreePages);
        QFETCH(quint64, pgfault);
        QFETCH(quint64, pgmajfault);
        QFETCH(quint64, thpFaultAlloc);
        QFETCH(quint64, pgallocSum);
        QFETCH(QByteArray, onlyHere);
        QFETCH(QByteArray, notHere);

        const auto stat = readVmstat(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(stat.ok(), qPrintable(stat.error().message()));
        QVERIFY(stat->skippedLines.isEmpty());
        QCOMPARE(stat->counters.size(), counters);
        QCOMPARE(stat->name(stat->counters.constFirst()), QByteArrayView("nr_free_pages"));
        QCOMPARE(stat->counters.constFirst().value, nrFreePages);
        QCOMPARE(stat->value("pgfault"), pgfault);
        QCOMPARE(stat->value("pgmajfault"), pgmajfault);
        QCOMPARE(stat->value("thp_fault_alloc"), thpFaultAlloc);
        QCOMPARE(stat->value("oom_kill"), quint64(0));
        QCOMPARE(stat->value("compact_stall"), quint64(0));
        QCOMPARE(stat->sumWithPrefix("pgalloc_"), pgallocSum);
        QVERIFY(stat->has(onlyHere));
        QVERIFY(!stat->has(notHere));
    }

    void liveKernel()
    {
        const auto stat = readVmstat(KernelFs());
        QVERIFY2(stat.ok(), qPrintable(stat.error().message()));
        QVERIFY(stat->skippedLines.isEmpty());
        QVERIFY(stat->counters.size() > 50);
        // Every major fault is a fault; the counters only grow, so a second read is never smaller.
        QVERIFY(*stat->value("pgmajfault") <= *stat->value("pgfault"));
        const auto later = readVmstat(KernelFs());
        QVERIFY(*later->value("pgfault") >= *stat->value("pgfault"));
    }

    void unknownCountersAreKeptAndMissingOnesAbsent()
    {
        const auto stat = parseVmstat("pgfault 10\nfuture_counter_2030 7\n");
        QVERIFY(stat.ok());
        QCOMPARE(stat->counters.size(), 2);
        QCOMPARE(stat->value("future_counter_2030"), quint64(7));
        QVERIFY(!stat->has("pgmajfault"));
        QVERIFY(!stat->sumWithPrefix("pgalloc_").has_value());
        QVERIFY(!stat->has("pgfaul")); // no prefix matches
    }

    void badLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("counters");
        QTest::addColumn<int>("skippedLine");
        QTest::newRow("truncated last line") << QByteArray("pgfault 10\npgmajfault") << 1 << 2;
        QTest::newRow("cut in the number") << QByteArray("pgfault 10\npgmajfault 1") << 2 << 0;
        QTest::newRow("negative") << QByteArray("pgfault 10\nnr_x -1\n") << 1 << 2;
        QTest::newRow("trailing junk") << QByteArray("pgfault 10\nnr_x 5 kB\n") << 1 << 2;
        QTest::newRow("overflow") << QByteArray("pgfault 10\nnr_x 18446744073709551616\n") << 1 << 2;
        QTest::newRow("tabs and CR") << QByteArray("pgfault\t10\r\nnr_x 5\r\n") << 2 << 0;
    }
    void badLinesAreSkipped()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, counters);
        QFETCH(int, skippedLine);
        const auto stat = parseVmstat(input);
        QVERIFY(stat.ok());
        QCOMPARE(stat->counters.size(), counters);
        QCOMPARE(stat->value("pgfault"), quint64(10));
        if (skippedLine == 0) {
            QVERIFY(stat->skippedLines.isEmpty());
        } else {
            QCOMPARE(stat->skippedLines.size(), 1);
            QCOMPARE(stat->skippedLines.constFirst().kind, ErrorKind::Malformed);
            QCOMPARE(stat->skippedLines.constFirst().line, skippedLine);
            QCOMPARE(stat->skippedLines.constFirst().path, QStringLiteral("/proc/vmstat"));
        }
    }

    void hugeValuesSurvive()
    {
        const auto stat = parseVmstat("nr_x 18446744073709551615\nnr_y 1\n");
        QVERIFY(stat.ok());
        QCOMPARE(stat->value("nr_x"), std::numeric_limits<quint64>::max());
        QCOMPARE(stat->sumWithPrefix("nr_"), std::numeric_limits<quint64>::max()); // saturates, no wrap
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray("\n \n");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03 zz\n");
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto stat = parseVmstat(input);
        QVERIFY(!stat.ok());
        QCOMPARE(stat.error().kind, ErrorKind::Malformed);
    }

    void absentFileIsAbsent()
    {
        const auto stat = readVmstat(KernelFs(QStringLiteral("/nonexistent-kaleido-root")));
        QVERIFY(!stat.ok());
        QCOMPARE(stat.error().kind, ErrorKind::Absent);
        QCOMPARE(stat.error().path, QStringLiteral("/proc/vmstat"));
    }
};

QTEST_GUILESS_MAIN(TestVmstat)
#include "tst_vmstat.moc"
