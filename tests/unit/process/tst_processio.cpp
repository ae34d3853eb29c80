// SPDX-License-Identifier: GPL-2.0-or-later
#include "processio.h"
#include "testutils.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestProcessIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; values read by hand from proc/<pid>/io.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint64>("rchar");
        QTest::addColumn<quint64>("wchar");
        QTest::addColumn<quint64>("syscr");
        QTest::addColumn<quint64>("syscw");
        QTest::addColumn<quint64>("readBytes");
        QTest::addColumn<quint64>("writeBytes");
        QTest::newRow("6.18 host bash")
            << QStringLiteral("linux-6.18-host") << 6600 << quint64(2287237) << quint64(276389)
            << quint64(22653) << quint64(454) << quint64(28672) << quint64(1961984);
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133 << quint64(3187144) << quint64(58361)
            << quint64(8254) << quint64(283) << quint64(8663040) << quint64(0);
        QTest::newRow("6.1 debian init")
            << QStringLiteral("linux-6.1-debian") << 1 << quint64(3374228) << quint64(1982860) << quint64(258)
            << quint64(13) << quint64(0) << quint64(0);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(quint64, rchar);
        QFETCH(quint64, wchar);
        QFETCH(quint64, syscr);
        QFETCH(quint64, syscw);
        QFETCH(quint64, readBytes);
        QFETCH(quint64, writeBytes);
        const auto io = readProcessIo(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(io.ok(), qPrintable(io.error().message()));
        QVERIFY(io->skippedLines.isEmpty());
        QCOMPARE(io->fields.size(), 7);
        QCOMPARE(io->rchar(), rchar);
        QCOMPARE(io->wchar(), wchar);
        QCOMPARE(io->syscr(), syscr);
        QCOMPARE(io->syscw(), syscw);
        QCOMPARE(io->readBytes(), readBytes);
        QCOMPARE(io->writeBytes(), writeBytes);
        QCOMPARE(io->cancelledWriteBytes(), quint64(0));
    }

    void unknownAndMissing()
    {
        const auto io = parseProcessIo("rchar: 5\nfuture_bytes: 77\n");
        QVERIFY(io.ok());
        QCOMPARE(io->value("future_bytes"), quint64(77));
        QVERIFY(!io->wchar()); // missing, not zero
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("skippedLine");
        QTest::newRow("no colon") << QByteArray("rchar: 1\nwchar 2\n") << 1 << 2;
        QTest::newRow("no number") << QByteArray("rchar: 1\nwchar: lots\n") << 1 << 2;
        QTest::newRow("negative") << QByteArray("rchar: 1\nwchar: -2\n") << 1 << 2;
        QTest::newRow("overflow") << QByteArray("rchar: 1\nwchar: 18446744073709551616\n") << 1 << 2;
        QTest::newRow("truncated") << QByteArray("rchar: 1\nwchar:") << 1 << 2;
        QTest::newRow("no name") << QByteArray("rchar: 1\n: 5\n") << 1 << 2;
        QTest::newRow("maximum is fine") << QByteArray("rchar: 1\nwchar: 18446744073709551615\n") << 2 << 0;
    }
    void badLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, fields);
        QFETCH(int, skippedLine);
        const auto io = parseProcessIo(input);
        QVERIFY(io.ok());
        QCOMPARE(io->fields.size(), fields);
        if (skippedLine == 0) {
            QVERIFY(io->skippedLines.isEmpty());
        } else {
            QCOMPARE(io->skippedLines.size(), 1);
            QCOMPARE(io->skippedLines.constFirst().line, skippedLine);
        }
    }

    void nothingUsable()
    {
        QCOMPARE(parseProcessIo("").error().kind, ErrorKind::Malformed);
        QCOMPARE(parseProcessIo("garbage\n").error().line, 1);
    }

    void liveKernel()
    {
        // Our own counters grow when we read a file.
        const KernelFs fs;
        const auto before = readProcessIo(fs, int(getpid()));
        if (!before.ok() && before.error().kind == ErrorKind::Absent)
            QSKIP("this kernel has no task I/O accounting");
        QVERIFY2(before.ok(), qPrintable(before.error().message()));
        QFile self(QStringLiteral("/proc/self/maps"));
        QVERIFY(self.open(QIODevice::ReadOnly));
        QVERIFY(!self.readAll().isEmpty());
        const auto after = readProcessIo(fs, int(getpid()));
        QVERIFY(after.ok());
        QVERIFY(*after->rchar() > *before->rchar());
        QVERIFY(*after->syscr() > *before->syscr());
    }
};

QTEST_GUILESS_MAIN(TestProcessIo)
#include "tst_processio.moc"
