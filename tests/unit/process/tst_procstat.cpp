// SPDX-License-Identifier: GPL-2.0-or-later
#include "procstat.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/syscall.h>
#include <unistd.h>

using namespace kaleido;

namespace {

// A complete 6.x line (52 fields) with the given head and defaults elsewhere, for hand-made cases.
QByteArray line52(const QByteArray& head = "42 (cat) R")
{
    QByteArray s = head;
    for (int n = 4; n <= 52; ++n)
        s += ' ' + QByteArray::number(n * 10);
    return s + '\n';
}

} // namespace

class TestProcStat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Values read by hand from tests/fixtures/<kernel>/proc/<pid>/stat (roles in PIDS and PROCESS-TABLE).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<QByteArray>("comm");
        QTest::addColumn<char>("state");
        QTest::addColumn<int>("ppid");
        QTest::addColumn<quint32>("flags");
        QTest::addColumn<quint64>("minFlt");
        QTest::addColumn<quint64>("utime");
        QTest::addColumn<quint64>("stime");
        QTest::addColumn<qint64>("priority");
        QTest::addColumn<qint64>("nice");
        QTest::addColumn<qint64>("numThreads");
        QTest::addColumn<quint64>("startTime");
        QTest::addColumn<quint64>("vsize");
        QTest::addColumn<qint64>("rss");
        QTest::addColumn<quint32>("rtPriority");
        QTest::addColumn<quint32>("policy");
        QTest::addColumn<qint32>("exitCode");
        QTest::addColumn<bool>("kthread");

        const QString host = QStringLiteral("linux-6.18-host");
        const QString guest = QStringLiteral("linux-6.1-debian");
        QTest::newRow("6.18 self bash")
            << host << 6600 << QByteArray("bash") << 'S' << 6333 << 4194304u << quint64(3709) << quint64(1)
            << quint64(1) << qint64(20) << qint64(0) << qint64(1) << quint64(136934) << quint64(4169728)
            << qint64(763) << 0u << 0u << 0 << false;
        QTest::newRow("6.18 kthreadd")
            << host << 2 << QByteArray("kthreadd") << 'S' << 0 << 2129984u << quint64(0) << quint64(0)
            << quint64(0) << qint64(20) << qint64(0) << qint64(1) << quint64(24) << quint64(0) << qint64(0)
            << 0u << 0u << 0 << true;
        // SCHED_FIFO at rt_priority 99: priority −100.
        QTest::newRow("6.18 migration")
            << host << 18 << QByteArray("migration/0") << 'S' << 2 << 69238848u << quint64(0) << quint64(0)
            << quint64(15) << qint64(-100) << qint64(0) << qint64(1) << quint64(24) << quint64(0) << qint64(0)
            << 99u << 1u << 0 << true;
        // A workqueue worker: the comm carries the workqueue's name and is longer than 15 bytes.
        QTest::newRow("6.18 idle kworker")
            << host << 10 << QByteArray("kworker/0:0H-kblockd") << 'I' << 2 << 69238880u << quint64(0)
            << quint64(0) << quint64(132) << qint64(0) << qint64(-20) << qint64(1) << quint64(24)
            << quint64(0) << qint64(0) << 0u << 0u << 0 << true;
        QTest::newRow("6.18 threaded")
            << host << 16164 << QByteArray("python3") << 'S' << 15506 << 4194304u << quint64(1279)
            << quint64(0) << quint64(0) << qint64(20) << qint64(0) << qint64(3) << quint64(291719)
            << quint64(165339136) << qint64(2305) << 0u << 0u << 0 << false;
        // exit(3) → exit_code 3 << 8.
        QTest::newRow("6.18 zombie") << host << 16172 << QByteArray("python3") << 'Z' << 16164 << 4227148u
                                     << quint64(201) << quint64(0) << quint64(0) << qint64(20) << qint64(0)
                                     << qint64(1) << quint64(291721) << quint64(0) << qint64(0) << 0u << 0u
                                     << 768 << false;
        // Stopped by SIGSTOP: exit_code holds the stop signal, 19.
        QTest::newRow("6.18 stopped")
            << host << 16165 << QByteArray("sleep") << 'T' << 15506 << 4194304u << quint64(114) << quint64(0)
            << quint64(0) << qint64(20) << qint64(0) << qint64(1) << quint64(291719) << quint64(2560000)
            << qint64(355) << 0u << 0u << 19 << false;
        QTest::newRow("6.18 hostile comm")
            << host << 16169 << QByteArray("s) R 1 (x\ny") << 'S' << 15506 << 4194560u << quint64(224)
            << quint64(0) << quint64(0) << qint64(20) << qint64(0) << qint64(1) << quint64(291720)
            << quint64(2560000) << qint64(345) << 0u << 0u << 0 << false;
        QTest::newRow("6.1 init busybox")
            << guest << 1 << QByteArray("busybox") << 'S' << 0 << 4194560u << quint64(521) << quint64(6)
            << quint64(148) << qint64(20) << qint64(0) << qint64(1) << quint64(49) << quint64(2314240)
            << qint64(1) << 0u << 0u << 0 << false;
        QTest::newRow("6.1 self bash")
            << guest << 133 << QByteArray("bash") << 'S' << 1 << 4194560u << quint64(5760) << quint64(31)
            << quint64(208) << qint64(20) << qint64(0) << qint64(1) << quint64(391) << quint64(4161536)
            << qint64(785) << 0u << 0u << 0 << false;
        QTest::newRow("6.1 migration")
            << guest << 16 << QByteArray("migration/0") << 'S' << 2 << 69238848u << quint64(0) << quint64(0)
            << quint64(2) << qint64(-100) << qint64(0) << qint64(1) << quint64(47) << quint64(0) << qint64(0)
            << 99u << 1u << 0 << true;
        // 6.1 names this rescuer thread after its workqueue alone.
        QTest::newRow("6.1 idle kthread")
            << guest << 10 << QByteArray("mm_percpu_wq") << 'I' << 2 << 69238880u << quint64(0) << quint64(0)
            << quint64(0) << qint64(0) << qint64(-20) << qint64(1) << quint64(46) << quint64(0) << qint64(0)
            << 0u << 0u << 0 << true;
        QTest::newRow("6.1 threaded")
            << guest << 547 << QByteArray("python3") << 'S' << 134 << 4194560u << quint64(1293) << quint64(74)
            << quint64(75) << qint64(20) << qint64(0) << qint64(3) << quint64(5235) << quint64(167370752)
            << qint64(2282) << 0u << 0u << 0 << false;
        QTest::newRow("6.1 zombie") << guest << 559 << QByteArray("python3") << 'Z' << 547 << 4227148u
                                    << quint64(204) << quint64(0) << quint64(1) << qint64(20) << qint64(0)
                                    << qint64(1) << quint64(5440) << quint64(0) << qint64(0) << 0u << 0u
                                    << 768 << false;
        QTest::newRow("6.1 hostile comm")
            << guest << 552 << QByteArray("s) R 1 (x\ny") << 'S' << 134 << 4194560u << quint64(216)
            << quint64(10) << quint64(18) << qint64(20) << qint64(0) << qint64(1) << quint64(5301)
            << quint64(2551808) << qint64(225) << 0u << 0u << 0 << false;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(QByteArray, comm);
        QFETCH(char, state);
        QFETCH(int, ppid);
        QFETCH(quint32, flags);
        QFETCH(quint64, minFlt);
        QFETCH(quint64, utime);
        QFETCH(quint64, stime);
        QFETCH(qint64, priority);
        QFETCH(qint64, nice);
        QFETCH(qint64, numThreads);
        QFETCH(quint64, startTime);
        QFETCH(quint64, vsize);
        QFETCH(qint64, rss);
        QFETCH(quint32, rtPriority);
        QFETCH(quint32, policy);
        QFETCH(qint32, exitCode);
        QFETCH(bool, kthread);

        const auto st = readProcStat(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        QVERIFY(st->skippedLines.isEmpty());
        QCOMPARE(st->fieldCount, 52);
        QVERIFY(st->extraFields.isEmpty());
        QCOMPARE(st->pid, pid);
        QCOMPARE(st->comm, comm);
        QCOMPARE(st->state, state);
        QCOMPARE(st->ppid, ppid);
        QCOMPARE(st->tpgid, -1); // no controlling terminal in any capture
        QCOMPARE(st->flags, flags);
        QCOMPARE(st->minFlt, minFlt);
        QCOMPARE(st->utime, utime);
        QCOMPARE(st->stime, stime);
        QCOMPARE(st->priority, priority);
        QCOMPARE(st->nice, nice);
        QCOMPARE(st->numThreads, numThreads);
        QCOMPARE(st->startTime, startTime);
        QCOMPARE(st->vsize, vsize);
        QCOMPARE(st->rss, rss);
        QCOMPARE(st->rssLim, quint64(18446744073709551615ull)); // RLIM_INFINITY in every capture
        QCOMPARE(st->rtPriority, rtPriority);
        QCOMPARE(st->policy, policy);
        QCOMPARE(st->exitCode, exitCode);
        QCOMPARE(st->isKernelThread(), kthread);
        QVERIFY(st->has(ProcStat::ExitCode));
    }

    void processCountersAddUpItsThreads_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<QList<int>>("tids");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host") << 16164
                              << QList<int>{16164, 16173, 16174};
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian") << 547 << QList<int>{547, 560, 561};
    }
    void processCountersAddUpItsThreads()
    {
        // The process's stat sums its threads' counters (no thread had exited when these were captured).
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(QList<int>, tids);
        const KernelFs fs(test::fixtureRoot(kernel));
        const auto process = readProcStat(fs, pid);
        QVERIFY(process.ok());
        quint64 minFlt = 0;
        quint64 ticks = 0;
        for (const int tid : tids) {
            const auto thread = readTaskStat(fs, pid, tid);
            QVERIFY2(thread.ok(), qPrintable(thread.error().message()));
            QCOMPARE(thread->pid, tid);
            QCOMPARE(thread->ppid, process->ppid); // threads share the leader's parent
            QCOMPARE(thread->numThreads, 3);
            minFlt += thread->minFlt;
            ticks += thread->utime + thread->stime;
        }
        QCOMPARE(minFlt, process->minFlt);
        QCOMPARE(ticks, process->utime + process->stime);
        // The leader's own line counts less than the process's.
        QVERIFY(readTaskStat(fs, pid, pid)->minFlt < process->minFlt);
    }

    void commEndsAtTheLastParenthesis_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("comm");
        QTest::newRow("spaces") << QByteArray("7 (Web Content) S") << QByteArray("Web Content");
        QTest::newRow("parentheses") << QByteArray("7 ((sd-pam)) S") << QByteArray("(sd-pam)");
        QTest::newRow("fake fields") << QByteArray("7 (x) R 1 2 (y) S") << QByteArray("x) R 1 2 (y");
        QTest::newRow("newline") << QByteArray("7 (a\nb) S") << QByteArray("a\nb");
        QTest::newRow("empty") << QByteArray("7 () S") << QByteArray();
        QTest::newRow("only parens") << QByteArray("7 ()))) S") << QByteArray(")))");
    }
    void commEndsAtTheLastParenthesis()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, comm);
        const auto st = parseProcStat(line52(head));
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        QCOMPARE(st->comm, comm);
        QCOMPARE(st->state, 'S');
        QCOMPARE(st->ppid, 40);
        QCOMPARE(st->fieldCount, 52);
        QCOMPARE(st->exitCode, 520);
    }

    void olderKernelsPrintFewerFields()
    {
        // 2.6.24 stops after cguest_time (field 44).
        QByteArray s = "9 (old) S";
        for (int n = 4; n <= 44; ++n)
            s += ' ' + QByteArray::number(n);
        const auto st = parseProcStat(QByteArray(s + '\n'));
        QVERIFY(st.ok());
        QCOMPARE(st->fieldCount, 44);
        QVERIFY(st->has(ProcStat::CGuestTime));
        QVERIFY(!st->has(ProcStat::StartData));
        QVERIFY(!st->has(ProcStat::ExitCode));
        QCOMPARE(st->policy, 41u);
        QCOMPARE(st->exitCode, 0);
        QVERIFY(st->skippedLines.isEmpty());
    }

    void newerKernelsMayPrintMore()
    {
        QByteArray s = line52();
        s.chop(1);
        s += " 777 -8 abc\n";
        const auto st = parseProcStat(s);
        QVERIFY(st.ok());
        QCOMPARE(st->fieldCount, 55);
        QCOMPARE(st->extraFields, (QList<QByteArray>{"777", "-8", "abc"}));
        QCOMPARE(st->exitCode, 520);
    }

    void negativeAndHugeValues()
    {
        QByteArray s =
            "1 (n) S 0 -5 -6 -7 -1 4294967295 0 0 0 0 18446744073709551615 0 -3 -4 -100 -20 1 -9 0 0 -1";
        const auto st = parseProcStat(s);
        QVERIFY(st.ok());
        QCOMPARE(st->fieldCount, 24);
        QCOMPARE(st->pgrp, -5);
        QCOMPARE(st->session, -6);
        QCOMPARE(st->ttyNr, -7);
        QCOMPARE(st->tpgid, -1);
        QCOMPARE(st->flags, 4294967295u);
        QCOMPARE(st->utime, quint64(18446744073709551615ull));
        QCOMPARE(st->cUtime, qint64(-3));
        QCOMPARE(st->priority, qint64(-100));
        QCOMPARE(st->nice, qint64(-20));
        QCOMPARE(st->itRealValue, qint64(-9));
        QCOMPARE(st->rss, qint64(-1));
    }

    void badFieldEndsTheLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("fieldCount");
        QTest::addColumn<int>("badField");
        QTest::newRow("word") << QByteArray("1 (x) S 0 1 abc 3") << 5 << 6;
        QTest::newRow("minus on unsigned") << QByteArray("1 (x) S 0 1 2 3 4 -5") << 8 << 9;
        QTest::newRow("overflow") << QByteArray("1 (x) S 0 1 2 3 4 5 6 7 8 9 99999999999999999999") << 13
                                  << 14;
        QTest::newRow("signed overflow")
            << QByteArray("1 (x) S 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 -9223372036854775809") << 18 << 19;
        QTest::newRow("ppid out of int") << QByteArray("1 (x) S 4294967296 1") << 3 << 4;
        QTest::newRow("digits then junk") << QByteArray("1 (x) S 0 12x") << 4 << 5;
    }
    void badFieldEndsTheLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, fieldCount);
        QFETCH(int, badField);
        const auto st = parseProcStat(input);
        QVERIFY(st.ok());
        QCOMPARE(st->fieldCount, fieldCount);
        QCOMPARE(st->skippedLines.size(), 1);
        QCOMPARE(st->skippedLines.constFirst().kind, ErrorKind::Malformed);
        QVERIFY(st->skippedLines.constFirst().detail.contains(QString::number(badField)));
        QCOMPARE(st->skippedLines.constFirst().path, QStringLiteral("/proc/PID/stat"));
    }

    void truncatedLine()
    {
        const auto st = parseProcStat("123 (bash) S 1 123");
        QVERIFY(st.ok());
        QCOMPARE(st->fieldCount, 5);
        QCOMPARE(st->pgrp, 123);
        QCOMPARE(st->session, 0);
        QVERIFY(!st->has(ProcStat::Session));
        QVERIFY(st->skippedLines.isEmpty());
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("newline") << QByteArray("\n");
        QTest::newRow("no pid") << QByteArray("(bash) S 1");
        QTest::newRow("no parenthesis") << QByteArray("12 bash S 1");
        QTest::newRow("unclosed comm") << QByteArray("12 (bash S 1 2 3");
        QTest::newRow("nothing after comm") << QByteArray("12 (bash)");
        QTest::newRow("newline after comm") << QByteArray("12 (bash)\n");
        QTest::newRow("two-letter state") << QByteArray("12 (bash) SR 1");
        QTest::newRow("pid out of range") << QByteArray("99999999999 (x) S 1");
        QTest::newRow("pid overflow") << QByteArray("99999999999999999999999 (x) S 1");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01",
                                              7);
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto st = parseProcStat(input, QStringLiteral("/proc/9/stat"));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, ErrorKind::Malformed);
        QCOMPARE(st.error().path, QStringLiteral("/proc/9/stat"));
        QVERIFY(!st.error().message().isEmpty());
    }

    void vanishedProcessIsVanished()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc/55")));
        const KernelFs fs(root.path());
        // /proc/77 does not exist: the process went away.
        const auto gone = readProcStat(fs, 77);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ErrorKind::Vanished);
        QCOMPARE(gone.error().path, QStringLiteral("/proc/77/stat"));
        // /proc/55 exists but has no stat: the file is absent, not the process.
        const auto absent = readProcStat(fs, 55);
        QCOMPARE(absent.error().kind, ErrorKind::Absent);
        QCOMPARE(readTaskStat(fs, 55, 56).error().kind, ErrorKind::Vanished);
    }

    void liveKernel()
    {
        const KernelFs fs;
        const auto self = readProcStat(fs, qint32(::getpid()));
        QVERIFY2(self.ok(), qPrintable(self.error().message()));
        QVERIFY(self->skippedLines.isEmpty());
        QVERIFY(self->fieldCount >= 52);
        QCOMPARE(self->pid, qint32(::getpid()));
        QCOMPARE(self->comm, QByteArray("tst_procstat"));
        QCOMPARE(self->state, 'R'); // it is running: it is reading the file
        QCOMPARE(self->ppid, qint32(::getppid()));
        QCOMPARE(self->pgrp, qint32(::getpgrp()));
        QCOMPARE(self->session, qint32(::getsid(0)));
        QVERIFY(self->numThreads >= 1);
        QVERIFY(self->vsize > 0);
        QVERIFY(self->rss > 0);
        QVERIFY(!self->isKernelThread());

        const auto thread = readTaskStat(fs, qint32(::getpid()), qint32(::syscall(SYS_gettid)));
        QVERIFY(thread.ok());
        QCOMPARE(thread->startTime, self->startTime);
        QVERIFY(thread->utime <= self->utime);
    }
};

QTEST_GUILESS_MAIN(TestProcStat)
#include "tst_procstat.moc"
