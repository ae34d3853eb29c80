// SPDX-License-Identifier: GPL-2.0-or-later
#include "processsched.h"
#include "testutils.h"

#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestProcessSched : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; values read by hand from proc/<pid>/sched. The key sets differ:
    // 6.18 has se.slice (EEVDF) and one se.avg.util_est, 6.1 the pair util_est.ewma/.enqueued.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<QByteArray>("comm");
        QTest::addColumn<QByteArray>("runtimeText");
        QTest::addColumn<double>("runtime");
        QTest::addColumn<qint64>("switches");
        QTest::addColumn<bool>("hasSlice");
        QTest::newRow("6.18 host bash") << QStringLiteral("linux-6.18-host") << 6600 << QByteArray("bash")
                                        << QByteArray("31.902870") << 31.902870 << qint64(133) << true;
        QTest::newRow("6.1 debian bash") << QStringLiteral("linux-6.1-debian") << 133 << QByteArray("bash")
                                         << QByteArray("2478.175443") << 2478.175443 << qint64(1548) << false;
        QTest::newRow("6.1 debian init") << QStringLiteral("linux-6.1-debian") << 1 << QByteArray("busybox")
                                         << QByteArray("1550.950680") << 1550.950680 << qint64(346) << false;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(QByteArray, comm);
        QFETCH(QByteArray, runtimeText);
        QFETCH(double, runtime);
        QFETCH(qint64, switches);
        QFETCH(bool, hasSlice);
        const auto sched = readProcessSched(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(sched.ok(), qPrintable(sched.error().message()));
        QVERIFY(sched->skippedLines.isEmpty());
        QVERIFY(sched->hasHeader);
        QCOMPARE(sched->comm, comm);
        QCOMPARE(sched->pid, pid);
        QCOMPARE(sched->threads, 1);
        QCOMPARE(sched->fields.size(), 24);
        QCOMPARE(sched->fields.constFirst().name, QByteArray("se.exec_start"));
        const auto* rt = sched->field("se.sum_exec_runtime");
        QVERIFY(rt);
        QCOMPARE(rt->text, runtimeText);
        QVERIFY(!rt->integer); // a decimal
        QCOMPARE(*rt->number, runtime);
        QCOMPARE(sched->field("nr_switches")->integer, switches);
        QCOMPARE(sched->field("prio")->integer, qint64(120));
        QCOMPARE(sched->field("se.load.weight")->integer, qint64(1048576));
        QCOMPARE(sched->field("numa_preferred_nid")->integer, qint64(-1));
        QCOMPARE(sched->field("se.slice") != nullptr, hasSlice);
        QCOMPARE(sched->otherLines.size(), 2);
        QCOMPARE(sched->otherLines.constFirst(), QByteArray("current_node=0, numa_group_id=0"));
    }

    void headerShapes_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<QByteArray>("comm");
        QTest::addColumn<int>("threads");
        QTest::newRow("plain") << QByteArray("bash (6600, #threads: 1)") << true << QByteArray("bash") << 1;
        QTest::newRow("parens in name")
            << QByteArray("Web (Content) (77, #threads: 31)") << true << QByteArray("Web (Content)") << 31;
        QTest::newRow("no threads") << QByteArray("bash (6600)") << false << QByteArray() << 0;
        QTest::newRow("bad pid") << QByteArray("bash (x, #threads: 1)") << false << QByteArray() << 0;
    }
    void headerShapes()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, parsed);
        QFETCH(QByteArray, comm);
        QFETCH(int, threads);
        const auto sched = parseProcessSched(QByteArray(header + "\n---------\nprio : 120\n"));
        QVERIFY(sched.ok());
        QCOMPARE(sched->hasHeader, parsed);
        QCOMPARE(sched->comm, comm);
        QCOMPARE(sched->threads, threads);
        QCOMPARE(sched->field("prio")->integer, qint64(120));
    }

    void values()
    {
        const auto sched =
            parseProcessSched("a : 12.345678\nb : -3\nc : text value\nd : 99999999999999999999\n"
                              "e.x:y : 1\n");
        QVERIFY(sched.ok());
        QCOMPARE(*sched->number("a"), 12.345678);
        QVERIFY(!sched->field("a")->integer);
        QCOMPARE(sched->field("b")->integer, qint64(-3));
        QCOMPARE(sched->field("c")->text, QByteArray("text value")); // kept, not a number
        QVERIFY(!sched->field("c")->number);
        QVERIFY(!sched->field("d")->integer); // too big for an integer, still a number
        QVERIFY(sched->field("d")->number);
        QCOMPARE(sched->field("e.x")->text, QByteArray("y : 1")); // the first colon separates
        QVERIFY(!sched->number("missing"));
    }

    void badLines()
    {
        const auto sched = parseProcessSched("x (1, #threads: 1)\n : 5\nprio :\nnice : 0\n");
        QVERIFY(sched.ok());
        QCOMPARE(sched->fields.size(), 1);
        QCOMPARE(sched->skippedLines.size(), 2);
        QCOMPARE(sched->skippedLines.at(0).line, 2);
        QCOMPARE(sched->skippedLines.at(1).line, 3);
        QCOMPARE(parseProcessSched("").error().kind, ErrorKind::Malformed);
        QCOMPARE(parseProcessSched("just words\n").error().kind, ErrorKind::Malformed);
    }

    void liveKernel()
    {
        const auto sched = readProcessSched(KernelFs(), int(getpid()));
        if (!sched.ok() && sched.error().kind == ErrorKind::Absent)
            QSKIP("this kernel was built without CONFIG_SCHED_DEBUG");
        QVERIFY2(sched.ok(), qPrintable(sched.error().message()));
        QVERIFY(sched->hasHeader);
        QCOMPARE(sched->pid, int(getpid()));
        QVERIFY(sched->threads >= 1);
        QVERIFY(*sched->number("se.sum_exec_runtime") > 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessSched)
#include "tst_processsched.moc"
