// SPDX-License-Identifier: GPL-2.0-or-later
#include "processlimits.h"
#include "testutils.h"

#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace kaleido;

namespace {

ProcessLimits::Value unlimited()
{
    return {true, 0};
}

ProcessLimits::Value limit(quint64 v)
{
    return {false, v};
}

} // namespace

class TestProcessLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; values read by hand from proc/<pid>/limits.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint64>("processes");
        QTest::addColumn<quint64>("openSoft");
        QTest::addColumn<quint64>("openHard");
        QTest::newRow("6.18 host bash") << QStringLiteral("linux-6.18-host") << 6600 << quint64(96365)
                                        << quint64(20000) << quint64(20000);
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133 << quint64(3789) << quint64(1024) << quint64(4096);
        QTest::newRow("6.1 debian init")
            << QStringLiteral("linux-6.1-debian") << 1 << quint64(3789) << quint64(1024) << quint64(4096);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(quint64, processes);
        QFETCH(quint64, openSoft);
        QFETCH(quint64, openHard);
        const auto limits = readProcessLimits(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(limits.ok(), qPrintable(limits.error().message()));
        QVERIFY(limits->skippedLines.isEmpty());
        QCOMPARE(limits->limits.size(), 16);
        const auto* cpu = limits->find("Max cpu time");
        QVERIFY(cpu);
        QCOMPARE(cpu->soft, unlimited());
        QCOMPARE(cpu->hard, unlimited());
        QCOMPARE(cpu->units, QByteArray("seconds"));
        const auto* stack = limits->find("Max stack size");
        QCOMPARE(stack->soft, limit(8388608));
        QCOMPARE(stack->hard, unlimited());
        QCOMPARE(stack->units, QByteArray("bytes"));
        QCOMPARE(limits->find("Max core file size")->soft, limit(0));
        QCOMPARE(limits->find("Max processes")->soft, limit(processes));
        QCOMPARE(limits->find("Max processes")->units, QByteArray("processes"));
        QCOMPARE(limits->find("Max open files")->soft, limit(openSoft));
        QCOMPARE(limits->find("Max open files")->hard, limit(openHard));
        const auto* nice = limits->find("Max nice priority");
        QCOMPARE(nice->hard, limit(0));
        QVERIFY(nice->units.isEmpty()); // the priorities have no unit
        QCOMPARE(limits->limits.constLast().name, QByteArray("Max realtime timeout"));
        QCOMPARE(limits->limits.constLast().units, QByteArray("us"));
    }

    void overflowingColumn()
    {
        // A 20-digit value fills its column exactly; a hypothetical wider one pushes the next column along,
        // and that row is read by words instead.
        const QByteArray text(
            "Limit                     Soft Limit           Hard Limit           Units     \n"
            "Max file size             18446744073709551615 unlimited            bytes     \n"
            "Max stuff                 123456789012345678901234 5                things    \n");
        const auto limits = parseProcessLimits(text);
        QVERIFY(limits.ok());
        QCOMPARE(limits->limits.size(), 1);
        QCOMPARE(limits->limits.at(0).soft, limit(18446744073709551615ULL));
        QCOMPARE(limits->skippedLines.size(), 1); // 24 digits overflow 64 bits: not a value at all
        const auto wide = parseProcessLimits(
            "Limit                     Soft Limit           Hard Limit           Units     \n"
            "Max very long limit name here 10               20                   widgets   \n");
        QVERIFY(wide.ok());
        QCOMPARE(wide->limits.constFirst().name, QByteArray("Max very long limit name here"));
        QCOMPARE(wide->limits.constFirst().soft, limit(10));
        QCOMPARE(wide->limits.constFirst().hard, limit(20));
        QCOMPARE(wide->limits.constFirst().units, QByteArray("widgets"));
    }

    void withoutHeader()
    {
        const auto limits =
            parseProcessLimits("Max open files   1024   4096   files\nMax nice priority 0 0\n");
        QVERIFY(limits.ok());
        QCOMPARE(limits->limits.size(), 2);
        QCOMPARE(limits->limits.at(0).hard, limit(4096));
        QCOMPARE(limits->limits.at(0).units, QByteArray("files"));
        QVERIFY(limits->limits.at(1).units.isEmpty());
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::newRow("one value") << QByteArray("Max open files            1024");
        QTest::newRow("words only") << QByteArray("Max open files            many                 more");
        QTest::newRow("no name") << QByteArray("                          5                    6");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03");
    }
    void badRows()
    {
        QFETCH(QByteArray, row);
        const QByteArray header(
            "Limit                     Soft Limit           Hard Limit           Units     \n");
        const QByteArray good(
            "Max cpu time              unlimited            unlimited            seconds   \n");
        const auto limits = parseProcessLimits(QByteArray(header + good + row + '\n'));
        QVERIFY(limits.ok());
        QCOMPARE(limits->limits.size(), 1);
        QCOMPARE(limits->skippedLines.size(), 1);
        QCOMPARE(limits->skippedLines.constFirst().line, 3);
        QCOMPARE(parseProcessLimits(QByteArray(header + row)).error().kind, ErrorKind::Malformed);
    }

    void emptyIsAnError()
    {
        QCOMPARE(parseProcessLimits("").error().kind, ErrorKind::Malformed);
        QCOMPARE(
            parseProcessLimits("Limit                     Soft Limit           Hard Limit           Units\n")
                .error()
                .kind,
            ErrorKind::Malformed);
    }

    void liveKernel()
    {
        // Lower our own soft limit on open files and find it in the table.
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &old), 0);
        rlimit lowered = old;
        lowered.rlim_cur = std::min<rlim_t>(old.rlim_cur, 777);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
        const auto limits = readProcessLimits(KernelFs(), int(getpid()));
        setrlimit(RLIMIT_NOFILE, &old);
        QVERIFY2(limits.ok(), qPrintable(limits.error().message()));
        QVERIFY(limits->skippedLines.isEmpty());
        QCOMPARE(limits->find("Max open files")->soft, limit(lowered.rlim_cur));
    }
};

QTEST_GUILESS_MAIN(TestProcessLimits)
#include "tst_processlimits.moc"
