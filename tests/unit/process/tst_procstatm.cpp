// SPDX-License-Identifier: GPL-2.0-or-later
#include "procstat.h"
#include "procstatm.h"
#include "procstatus.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestProcStatm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Values read by hand from tests/fixtures/<kernel>/proc/<pid>/statm.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint64>("size");
        QTest::addColumn<quint64>("resident");
        QTest::addColumn<quint64>("shared");
        QTest::addColumn<quint64>("text");
        QTest::addColumn<quint64>("data");
        QTest::newRow("6.18 bash") << QStringLiteral("linux-6.18-host") << 6600 << quint64(1018)
                                   << quint64(814) << quint64(715) << quint64(193) << quint64(142);
        QTest::newRow("6.1 busybox") << QStringLiteral("linux-6.1-debian") << 1 << quint64(565) << quint64(1)
                                     << quint64(0) << quint64(388) << quint64(77);
        QTest::newRow("6.1 bash") << QStringLiteral("linux-6.1-debian") << 133 << quint64(1016)
                                  << quint64(785) << quint64(687) << quint64(193) << quint64(142);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(quint64, size);
        QFETCH(quint64, resident);
        QFETCH(quint64, shared);
        QFETCH(quint64, text);
        QFETCH(quint64, data);
        const KernelFs fs(test::fixtureRoot(kernel));
        const auto statm = readProcStatm(fs, pid);
        QVERIFY2(statm.ok(), qPrintable(statm.error().message()));
        QCOMPARE(statm->fieldCount, 7);
        QCOMPARE(statm->size, size);
        QCOMPARE(statm->resident, resident);
        QCOMPARE(statm->shared, shared);
        QCOMPARE(statm->text, text);
        QCOMPARE(statm->lib, quint64(0));
        QCOMPARE(statm->data, data);
        QCOMPARE(statm->dt, quint64(0));
        // resident is VmRSS exactly; the 6.18 capture also shows stat's rss lagging behind it (763 vs 814).
        const auto status = readProcStatus(fs, pid);
        QCOMPARE(statm->resident * 4096, *status->vmRSS);
        QCOMPARE(statm->size * 4096, *status->vmSize);
        if (pid == 6600)
            QCOMPARE(readProcStat(fs, pid)->rss, qint64(763));
    }

    void shapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("fieldCount");
        QTest::addColumn<quint64>("resident");
        QTest::newRow("kernel thread") << QByteArray("0 0 0 0 0 0 0\n") << 7 << quint64(0);
        QTest::newRow("no newline") << QByteArray("10 5 1 1 0 2 0") << 7 << quint64(5);
        QTest::newRow("two only") << QByteArray("10 5\n") << 2 << quint64(5);
        QTest::newRow("more than seven") << QByteArray("1 2 3 4 5 6 7 8 9\n") << 7 << quint64(2);
        QTest::newRow("junk after two") << QByteArray("10 5 x 1\n") << 2 << quint64(5);
        QTest::newRow("huge") << QByteArray("18446744073709551615 18446744073709551615\n") << 2
                              << quint64(18446744073709551615ull);
    }
    void shapes()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, fieldCount);
        QFETCH(quint64, resident);
        const auto statm = parseProcStatm(input);
        QVERIFY(statm.ok());
        QCOMPARE(statm->fieldCount, fieldCount);
        QCOMPARE(statm->resident, resident);
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one number") << QByteArray("12\n");
        QTest::newRow("words") << QByteArray("size resident\n");
        QTest::newRow("negative") << QByteArray("-1 -2\n");
        QTest::newRow("overflow") << QByteArray("1 18446744073709551616\n");
        QTest::newRow("glued") << QByteArray("12x 5\n");
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto statm = parseProcStatm(input, QStringLiteral("/proc/5/statm"));
        QVERIFY(!statm.ok());
        QCOMPARE(statm.error().kind, ErrorKind::Malformed);
        QCOMPARE(statm.error().path, QStringLiteral("/proc/5/statm"));
    }

    void vanished()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc")));
        QCOMPARE(readProcStatm(KernelFs(root.path()), 4242).error().kind, ErrorKind::Vanished);
    }

    void liveKernel()
    {
        const auto statm = readProcStatm(KernelFs(), qint32(::getpid()));
        QVERIFY2(statm.ok(), qPrintable(statm.error().message()));
        QCOMPARE(statm->fieldCount, 7);
        QVERIFY(statm->resident > 0);
        QVERIFY(statm->resident <= statm->size);
        QVERIFY(statm->shared <= statm->resident);
    }
};

QTEST_GUILESS_MAIN(TestProcStatm)
#include "tst_procstatm.moc"
