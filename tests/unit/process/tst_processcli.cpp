// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-cli's process commands (ps, tree, threads, status) on the captured trees.
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace kaleido;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(KALEIDO_CLI), args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList withRoot(const QString& kernel, QStringList args)
{
    return QStringList{QStringLiteral("--root"), test::fixtureRoot(kernel)} + args;
}

/// Table lines with runs of spaces folded into one, for comparisons that do not depend on column widths.
QStringList simplifiedLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines.append(line.simplified());
    return lines;
}

QJsonObject json(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestProcessCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Rows computed by hand from the fixtures: RSS = statm resident (or stat rss) × 4 KiB, VSZ = vsize /
    // 1024, PRI = 39 − priority, NI "-" for SCHED_FIFO, TIME = (utime + stime) / 100 s; USER is the number,
    // as the captured trees have no etc/passwd.
    void ps_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host")
                              << QStringList{
                                     QStringLiteral("2 0 0 S 0 19 0 0 00:00:00 kthreadd"),
                                     QStringLiteral("10 2 0 I -20 39 0 0 00:00:01 kworker/0:0H-kblockd"),
                                     QStringLiteral("18 2 0 S - 139 0 0 00:00:00 migration/0"),
                                     QStringLiteral("6600 6333 0 S 0 19 3256 4072 00:00:00 bash"),
                                     QStringLiteral("16164 15506 0 S 0 19 9220 161464 00:00:00 python3"),
                                     QStringLiteral("16165 15506 0 T 0 19 1420 2500 00:00:00 sleep"),
                                     QStringLiteral(
                                         "16169 15506 65534 S 0 19 1380 2500 00:00:00 s) R 1 (x?y"),
                                     QStringLiteral("16172 16164 0 Z 0 19 0 0 00:00:00 python3"),
                                 };
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian")
                             << QStringList{
                                    QStringLiteral("1 0 0 S 0 19 4 2260 00:00:01 busybox"),
                                    QStringLiteral("2 0 0 S 0 19 0 0 00:00:00 kthreadd"),
                                    QStringLiteral("10 2 0 I -20 39 0 0 00:00:00 mm_percpu_wq"),
                                    QStringLiteral("16 2 0 S - 139 0 0 00:00:00 migration/0"),
                                    QStringLiteral("133 1 0 S 0 19 3140 4064 00:00:02 bash"),
                                    QStringLiteral("547 134 0 S 0 19 9128 163448 00:00:01 python3"),
                                    QStringLiteral("548 134 0 T 0 19 900 2492 00:00:00 sleep"),
                                    QStringLiteral("552 134 65534 S 0 19 900 2492 00:00:00 s) R 1 (x?y"),
                                    QStringLiteral("559 547 0 Z 0 19 0 0 00:00:00 python3"),
                                };
    }
    void ps()
    {
        QFETCH(QString, kernel);
        QFETCH(QStringList, rows);
        const Run run = cli(withRoot(kernel, {QStringLiteral("ps")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QStringList lines = simplifiedLines(run.out);
        QCOMPARE(lines.constFirst(), QStringLiteral("PID PPID USER S NI PRI RSS VSZ TIME COMMAND"));
        QCOMPARE(lines.mid(1), rows);
    }

    void psThreads()
    {
        // Threads only through "--": main() reads options after the command as its own.
        const Run run = cli(withRoot(QStringLiteral("linux-6.1-debian"),
                                     {QStringLiteral("ps"), QStringLiteral("--"), QStringLiteral("-L")}));
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = simplifiedLines(run.out);
        QCOMPARE(lines.constFirst(), QStringLiteral("PID TID PPID USER S NI PRI RSS VSZ TIME COMMAND"));
        QCOMPARE(lines.size(), 1 + 11); // 9 processes, one of them with 3 threads
        // tests/fixtures/linux-6.1-debian/proc/547/task/*/stat; RSS is the process's (statm absent: stat
        // rss).
        QVERIFY(lines.contains(QStringLiteral("547 547 134 0 S 0 19 9128 163448 00:00:01 python3")));
        QVERIFY(lines.contains(QStringLiteral("547 560 134 0 S 0 19 9128 163448 00:00:00 python3")));
        QVERIFY(lines.contains(QStringLiteral("547 561 134 0 S 0 19 9128 163448 00:00:00 python3")));
    }

    void psJson()
    {
        const Run run = cli(
            withRoot(QStringLiteral("linux-6.1-debian"), {QStringLiteral("--json"), QStringLiteral("ps")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = json(run);
        QCOMPARE(doc.value(QStringLiteral("clockTicksPerSecond")).toInt(), 100);
        const QJsonArray processes = doc.value(QStringLiteral("processes")).toArray();
        QCOMPARE(processes.size(), 9);
        const QJsonObject bash = processes.at(4).toObject();
        QCOMPARE(bash.value(QStringLiteral("pid")).toInt(), 133);
        QCOMPARE(bash.value(QStringLiteral("rssBytes")).toDouble(), 785.0 * 4096);
        QCOMPARE(bash.value(QStringLiteral("vsizeBytes")).toDouble(), 4161536.0);
        QCOMPARE(bash.value(QStringLiteral("utimeTicks")).toDouble(), 31.0);
        QCOMPARE(bash.value(QStringLiteral("stimeTicks")).toDouble(), 208.0);
        QCOMPARE(bash.value(QStringLiteral("startTimeTicks")).toDouble(), 391.0);
        QCOMPARE(bash.value(QStringLiteral("minorFaults")).toDouble(), 5760.0);
        QCOMPARE(bash.value(QStringLiteral("majorFaults")).toDouble(), 33.0);
        QCOMPARE(bash.value(QStringLiteral("kernelThread")).toBool(), false);
        QVERIFY(!bash.contains(QStringLiteral("threads")));
        const QJsonObject odd = processes.at(7).toObject();
        QCOMPARE(odd.value(QStringLiteral("comm")).toString(), QStringLiteral("s) R 1 (x\ny")); // raw in JSON
        QCOMPARE(odd.value(QStringLiteral("uid")).toInt(), 65534);
        QCOMPARE(processes.at(3).toObject().value(QStringLiteral("policy")).toInt(), 1);
        QCOMPARE(processes.at(3).toObject().value(QStringLiteral("kernelThread")).toBool(), true);

        const Run threads = cli(withRoot(QStringLiteral("linux-6.1-debian"),
                                         {QStringLiteral("--json"), QStringLiteral("ps"),
                                          QStringLiteral("--"), QStringLiteral("--threads")}));
        QCOMPARE(threads.exitCode, 0);
        const QJsonArray withThreads = json(threads).value(QStringLiteral("processes")).toArray();
        const QJsonArray python = withThreads.at(5).toObject().value(QStringLiteral("threads")).toArray();
        QCOMPARE(python.size(), 3);
        QCOMPARE(python.at(2).toObject().value(QStringLiteral("tid")).toInt(), 561);
    }

    void tree()
    {
        const Run run = cli(withRoot(QStringLiteral("linux-6.1-debian"), {QStringLiteral("tree")}));
        QCOMPARE(run.exitCode, 0);
        // 547, 548 and 552 are children of the capture script (134), which was not captured: they are roots.
        QCOMPARE(run.out, QStringLiteral("busybox(1)\n"
                                         "└─bash(133)\n"
                                         "kthreadd(2)\n"
                                         "├─mm_percpu_wq(10)\n"
                                         "└─migration/0(16)\n"
                                         "python3(547)\n"
                                         "└─python3(559)\n"
                                         "sleep(548)\n"
                                         "s) R 1 (x?y(552)\n"));
        const Run sub =
            cli(withRoot(QStringLiteral("linux-6.1-debian"), {QStringLiteral("tree"), QStringLiteral("2")}));
        QCOMPARE(sub.out, QStringLiteral("kthreadd(2)\n├─mm_percpu_wq(10)\n└─migration/0(16)\n"));
        const Run js = cli(withRoot(QStringLiteral("linux-6.1-debian"),
                                    {QStringLiteral("--json"), QStringLiteral("tree"), QStringLiteral("1")}));
        const QJsonArray roots = json(js).value(QStringLiteral("roots")).toArray();
        QCOMPARE(roots.size(), 1);
        const QJsonArray children = roots.at(0).toObject().value(QStringLiteral("children")).toArray();
        QCOMPARE(children.size(), 1);
        QCOMPARE(children.at(0).toObject().value(QStringLiteral("pid")).toInt(), 133);
        const Run missing =
            cli(withRoot(QStringLiteral("linux-6.1-debian"), {QStringLiteral("tree"), QStringLiteral("4")}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("4")));
    }

    void threads()
    {
        const Run run = cli(withRoot(QStringLiteral("linux-6.18-host"),
                                     {QStringLiteral("threads"), QStringLiteral("16164")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(simplifiedLines(run.out),
                 (QStringList{QStringLiteral("TID S CLS NI PRI PSR TIME COMMAND"),
                              QStringLiteral("16164 S TS 0 19 0 00:00:00 python3"),
                              QStringLiteral("16173 S TS 0 19 0 00:00:00 python3"),
                              QStringLiteral("16174 S TS 0 19 0 00:00:00 python3")}));
        const Run js =
            cli(withRoot(QStringLiteral("linux-6.1-debian"),
                         {QStringLiteral("--json"), QStringLiteral("threads"), QStringLiteral("547")}));
        const QJsonArray rows = json(js).value(QStringLiteral("threads")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("utimeTicks")).toDouble(), 74.0);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("stimeTicks")).toDouble(), 75.0);
    }

    void status()
    {
        const Run run = cli(
            withRoot(QStringLiteral("linux-6.1-debian"), {QStringLiteral("status"), QStringLiteral("552")}));
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = simplifiedLines(run.out);
        QCOMPARE(lines.constFirst(), QStringLiteral("Field Value Meaning"));
        QVERIFY(lines.contains(QStringLiteral("Name s) R 1 (x\\ny s) R 1 (x?y")));
        QVERIFY(lines.contains(QStringLiteral("State S (sleeping) sleeping")));
        QVERIFY(lines.contains(QStringLiteral(
            "Uid 65534 65534 65534 65534 real 65534, effective 65534, saved 65534, filesystem 65534")));
        QVERIFY(lines.contains(QStringLiteral("CapEff 0000000000000000 none")));
        QVERIFY(lines.contains(QStringLiteral("CapBnd 000001ffffffffff all 41")));
        QVERIFY(lines.contains(QStringLiteral("VmRSS 900 kB 900 KiB")));
        QVERIFY(lines.contains(QStringLiteral("Seccomp 0 disabled")));
        // The bitmap of 32 nodes is shortened in the table.
        QVERIFY(lines.contains(QStringLiteral("Mems_allowed 00000000,00000000,…,00000000,00000001")));

        const Run shell = cli(
            withRoot(QStringLiteral("linux-6.18-host"), {QStringLiteral("status"), QStringLiteral("6600")}));
        const QStringList shellLines = simplifiedLines(shell.out);
        QVERIFY(shellLines.contains(QStringLiteral("SigIgn 0000000000000004 SIGQUIT")));
        QVERIFY(shellLines.contains(QStringLiteral("SigCgt 0000000000010002 SIGINT SIGCHLD")));
        QVERIFY(shellLines.contains(QStringLiteral("SigBlk 0000000000010000 SIGCHLD")));
        QVERIFY(
            shellLines.contains(QStringLiteral("CapEff 000001fffeffffff all 41 except CAP_SYS_RESOURCE")));

        const Run js =
            cli(withRoot(QStringLiteral("linux-6.18-host"),
                         {QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("2")}));
        QCOMPARE(js.exitCode, 0);
        const QJsonObject doc = json(js);
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("kthreadd"));
        QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("S"));
        QVERIFY(doc.value(QStringLiteral("memoryBytes")).toObject().isEmpty()); // a kernel thread
        const QJsonObject sigIgn =
            doc.value(QStringLiteral("signals")).toObject().value(QStringLiteral("SigIgn")).toObject();
        QCOMPARE(sigIgn.value(QStringLiteral("mask")).toString(), QStringLiteral("ffffffffffffffff"));
        QCOMPARE(sigIgn.value(QStringLiteral("names")).toArray().size(), 64);
        const QJsonArray capEff = doc.value(QStringLiteral("capabilities"))
                                      .toObject()
                                      .value(QStringLiteral("CapEff"))
                                      .toObject()
                                      .value(QStringLiteral("names"))
                                      .toArray();
        QCOMPARE(capEff.size(), 41);
        QCOMPARE(doc.value(QStringLiteral("lines")).toObject().value(QStringLiteral("Kthread")).toString(),
                 QStringLiteral("1"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such process")
            << QStringList{QStringLiteral("status"), QStringLiteral("99999")} << 1 << QStringLiteral("99999");
        QTest::newRow("threads of none") << QStringList{QStringLiteral("threads"), QStringLiteral("99999")}
                                         << 1 << QStringLiteral("99999");
        QTest::newRow("not a pid") << QStringList{QStringLiteral("status"), QStringLiteral("abc")} << 2
                                   << QStringLiteral("process ID");
        QTest::newRow("no pid") << QStringList{QStringLiteral("threads")} << 2
                                << QStringLiteral("process ID");
        QTest::newRow("ps argument") << QStringList{QStringLiteral("ps"), QStringLiteral("--"),
                                                    QStringLiteral("-x")}
                                     << 2 << QStringLiteral("-x");
        QTest::newRow("two tree roots")
            << QStringList{QStringLiteral("tree"), QStringLiteral("1"), QStringLiteral("2")} << 2
            << QStringLiteral("one");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = cli(withRoot(QStringLiteral("linux-6.1-debian"), args));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProcessCli)
#include "tst_processcli.moc"
