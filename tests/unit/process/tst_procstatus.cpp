// SPDX-License-Identifier: GPL-2.0-or-later
#include "procstatus.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestProcStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Values read by hand from tests/fixtures/<kernel>/proc/<pid>/status.
    void capturedShell_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("lineCount");
        QTest::addColumn<int>("ppid");
        QTest::addColumn<QList<qint32>>("nsPgid");
        QTest::addColumn<quint64>("vmPeakKiB");
        QTest::addColumn<quint64>("vmRssKiB");
        QTest::addColumn<quint64>("rssAnonKiB");
        QTest::addColumn<quint64>("vmPteKiB");
        QTest::addColumn<quint64>("sigQueueLimit");
        QTest::addColumn<quint64>("capPrm");
        QTest::addColumn<quint64>("voluntary");
        QTest::addColumn<quint64>("nonvoluntary");
        QTest::addColumn<bool>("hasKthreadLine");
        // 6.18 has the Kthread line (6.x), CAP_SYS_RESOURCE is missing from this machine's root shell.
        QTest::newRow("6.18 bash") << QStringLiteral("linux-6.18-host") << 6600 << 59 << 6333
                                   << QList<qint32>{6333} << quint64(4072) << quint64(3256) << quint64(396)
                                   << quint64(48) << quint64(96365) << quint64(0x000001fffeffffff)
                                   << quint64(109) << quint64(16) << true;
        QTest::newRow("6.1 bash") << QStringLiteral("linux-6.1-debian") << 133 << 57 << 1 << QList<qint32>{0}
                                  << quint64(4064) << quint64(3140) << quint64(392) << quint64(44)
                                  << quint64(3789) << quint64(0x000001ffffffffff) << quint64(1445)
                                  << quint64(38) << false;
    }
    void capturedShell()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(int, lineCount);
        QFETCH(int, ppid);
        QFETCH(QList<qint32>, nsPgid);
        QFETCH(quint64, vmPeakKiB);
        QFETCH(quint64, vmRssKiB);
        QFETCH(quint64, rssAnonKiB);
        QFETCH(quint64, vmPteKiB);
        QFETCH(quint64, sigQueueLimit);
        QFETCH(quint64, capPrm);
        QFETCH(quint64, voluntary);
        QFETCH(quint64, nonvoluntary);
        QFETCH(bool, hasKthreadLine);

        const auto st = readProcStatus(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        QVERIFY(st->skippedLines.isEmpty());
        QCOMPARE(st->lines.size(), lineCount); // every line kept, known or not
        QCOMPARE(st->name, QByteArray("bash"));
        QCOMPARE(st->umask, quint32(0022));
        QCOMPARE(st->state, 'S');
        QCOMPARE(st->tgid, pid);
        QCOMPARE(st->pid, pid);
        QCOMPARE(st->ngid, 0);
        QCOMPARE(st->ppid, ppid);
        QCOMPARE(st->tracerPid, 0);
        QCOMPARE(st->uid, (ProcStatus::IdSet{0, 0, 0, 0}));
        QCOMPARE(st->gid, (ProcStatus::IdSet{0, 0, 0, 0}));
        QCOMPARE(st->fdSize, quint64(256));
        QVERIFY(st->groups.has_value());
        QVERIFY(st->groups->isEmpty()); // "Groups:\t \n": no supplementary groups
        QCOMPARE(st->nsTgid, QList<qint32>{pid});
        QCOMPARE(st->nsPid, QList<qint32>{pid});
        QCOMPARE(st->nsPgid, nsPgid);
        QCOMPARE(st->kthread.has_value(), hasKthreadLine);
        if (hasKthreadLine)
            QCOMPARE(*st->kthread, false);
        QCOMPARE(st->vmPeak, vmPeakKiB * 1024);
        QCOMPARE(st->vmRSS, vmRssKiB * 1024);
        QCOMPARE(st->rssAnon, rssAnonKiB * 1024);
        QCOMPARE(*st->rssAnon + *st->rssFile + *st->rssShmem, *st->vmRSS); // VmRSS is their sum
        QCOMPARE(st->vmPTE, vmPteKiB * 1024);
        QCOMPARE(st->vmStk, quint64(132 * 1024));
        QCOMPARE(st->vmExe, quint64(772 * 1024));
        QCOMPARE(st->vmLib, quint64(1596 * 1024));
        QCOMPARE(st->vmSwap, quint64(0));
        QCOMPARE(st->hugetlbPages, quint64(0));
        QCOMPARE(st->threads, qint64(1));
        QCOMPARE(st->sigQueued, quint64(0));
        QCOMPARE(st->sigQueueLimit, sigQueueLimit);
        QCOMPARE(st->sigPnd, quint64(0));
        QCOMPARE(st->shdPnd, quint64(0));
        QCOMPARE(st->sigBlk, quint64(0x10000)); // SIGCHLD blocked
        QCOMPARE(st->sigIgn, quint64(0x4));     // SIGQUIT ignored
        QCOMPARE(st->sigCgt, quint64(0x10002)); // SIGINT and SIGCHLD caught
        QCOMPARE(st->capInh, quint64(0));
        QCOMPARE(st->capPrm, capPrm);
        QCOMPARE(st->capEff, capPrm);
        QCOMPARE(st->capBnd, capPrm);
        QCOMPARE(st->capAmb, quint64(0));
        QCOMPARE(st->noNewPrivs, false);
        QCOMPARE(st->seccomp, 0u);
        QCOMPARE(st->seccompFilters, 0u);
        QCOMPARE(st->cpusAllowedList, QByteArray("0-1"));
        QCOMPARE(st->memsAllowedList, QByteArray("0"));
        QCOMPARE(st->voluntaryCtxtSwitches, voluntary);
        QCOMPARE(st->nonvoluntaryCtxtSwitches, nonvoluntary);
        // Lines this parser does not decode are still there, as written.
        QCOMPARE(st->lineValue("THP_enabled"), QByteArrayView("1"));
        QCOMPARE(st->lineValue("Cpus_allowed"), QByteArrayView("3"));
        QVERIFY(st->lineValue("Speculation_Store_Bypass").has_value());
        QCOMPARE(st->lineName(st->lines.constFirst()), QByteArrayView("Name"));
        QCOMPARE(st->lineName(st->lines.constLast()), QByteArrayView("nonvoluntary_ctxt_switches"));
    }

    void capturedKernelThread_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<quint64>("sigQueued");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host") << quint64(2);
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian") << quint64(0);
    }
    void capturedKernelThread()
    {
        QFETCH(QString, kernel);
        QFETCH(quint64, sigQueued);
        const auto st = readProcStatus(KernelFs(test::fixtureRoot(kernel)), 2);
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        QVERIFY(st->skippedLines.isEmpty());
        QCOMPARE(st->name, QByteArray("kthreadd"));
        QCOMPARE(st->ppid, 0);
        // A kernel thread has no user memory: the whole Vm*/Rss* block is missing, not zero.
        QVERIFY(!st->vmSize);
        QVERIFY(!st->vmRSS);
        QVERIFY(!st->rssAnon);
        QCOMPARE(st->sigIgn, ~quint64(0)); // kthreadd ignores every signal
        QCOMPARE(st->sigQueued, sigQueued);
        if (kernel.contains(QStringLiteral("6.18")))
            QCOMPARE(st->kthread, true);
        else
            QVERIFY(!st->kthread);
    }

    void capturedHostileNameAndOtherUser_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint64>("capBnd");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host") << 16169 << quint64(0x000001fffeffffff);
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian") << 552 << quint64(0x000001ffffffffff);
    }
    void capturedHostileNameAndOtherUser()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(quint64, capBnd);
        const auto st = readProcStatus(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        QVERIFY(st->skippedLines.isEmpty());
        // The file says "s) R 1 (x\ny" with a backslash-n; the name has a real newline.
        QCOMPARE(st->lineValue("Name"), QByteArrayView("s) R 1 (x\\ny"));
        QCOMPARE(st->name, QByteArray("s) R 1 (x\ny"));
        QCOMPARE(st->uid, (ProcStatus::IdSet{65534, 65534, 65534, 65534}));
        QCOMPARE(st->gid, (ProcStatus::IdSet{65534, 65534, 65534, 65534}));
        // setpriv dropped every capability but the bounding set.
        QCOMPARE(st->capPrm, quint64(0));
        QCOMPARE(st->capEff, quint64(0));
        QCOMPARE(st->capBnd, capBnd);
    }

    void capturedZombie_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("ppid");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host") << 16172 << 16164;
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian") << 559 << 547;
    }
    void capturedZombie()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(int, ppid);
        const auto st = readProcStatus(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY(st.ok());
        QCOMPARE(st->state, 'Z');
        QCOMPARE(st->ppid, ppid);
        QCOMPARE(st->fdSize, quint64(0)); // its files are closed
        QVERIFY(!st->vmRSS);              // and its memory released
    }

    void threadStatus()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        const auto thread = readTaskStatus(fs, 547, 560);
        QVERIFY2(thread.ok(), qPrintable(thread.error().message()));
        QCOMPARE(thread->tgid, 547);
        QCOMPARE(thread->pid, 560);
        QCOMPARE(thread->threads, qint64(3));
        QCOMPARE(readTaskStatus(fs, 547, 999).error().kind, ErrorKind::Vanished);
    }

    void unknownAndMissingFields()
    {
        const auto st = parseProcStatus("Name:\tx\nFutureField:\t 12 34 \nPid:\t7\n");
        QVERIFY(st.ok());
        QCOMPARE(st->lines.size(), 3);
        QCOMPARE(st->lineValue("FutureField"), QByteArrayView("12 34"));
        QCOMPARE(st->pid, 7);
        QVERIFY(!st->ppid);
        QVERIFY(!st->uid);
        QVERIFY(!st->groups);
        QVERIFY(!st->vmRSS);
        QCOMPARE(st->state, char(0));
        QVERIFY(!st->lineValue("Missing"));
    }

    void malformedKnownLineIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("kB word") << QByteArray("VmRSS:\tlots kB");
        QTest::newRow("no unit") << QByteArray("VmRSS:\t123");
        QTest::newRow("MB") << QByteArray("VmRSS:\t123 MB");
        QTest::newRow("kB overflow") << QByteArray("VmRSS:\t18014398509481984 kB");
        QTest::newRow("three uids") << QByteArray("Uid:\t0\t0\t0");
        QTest::newRow("uid word") << QByteArray("Uid:\t0\troot\t0\t0");
        QTest::newRow("uid over 32 bits") << QByteArray("Uid:\t4294967296\t0\t0\t0");
        QTest::newRow("hex over 64 bits") << QByteArray("SigBlk:\t10000000000000000");
        QTest::newRow("hex junk") << QByteArray("CapEff:\t00000000000z0000");
        QTest::newRow("empty hex") << QByteArray("SigPnd:\t");
        QTest::newRow("SigQ without slash") << QByteArray("SigQ:\t0");
        QTest::newRow("bool 2") << QByteArray("NoNewPrivs:\t2");
        QTest::newRow("umask 9") << QByteArray("Umask:\t0099");
        QTest::newRow("state word") << QByteArray("State:\tsleeping");
        QTest::newRow("pid overflow") << QByteArray("PPid:\t99999999999");
        QTest::newRow("empty NSpid") << QByteArray("NSpid:\t");
    }
    void malformedKnownLineIsReportedAndKept()
    {
        QFETCH(QByteArray, line);
        const auto st = parseProcStatus(QByteArray("Name:\tok\n" + line + "\nThreads:\t4\n"));
        QVERIFY(st.ok());
        QCOMPARE(st->lines.size(), 3);
        QCOMPARE(st->skippedLines.size(), 1);
        QCOMPARE(st->skippedLines.constFirst().line, 2);
        QCOMPARE(st->skippedLines.constFirst().kind, ErrorKind::Malformed);
        QCOMPARE(st->threads, qint64(4));
        QVERIFY(!st->vmRSS && !st->uid && !st->sigBlk && !st->capEff && !st->sigQueued && !st->noNewPrivs &&
                !st->umask && !st->ppid && !st->nsPid);
        QCOMPARE(st->state, char(0));
    }

    void valuesOfEveryShape()
    {
        const auto st =
            parseProcStatus("Groups:\t4 24 27 1000 \n"
                            "NSpid:\t4242\t17\t1\n"
                            "CapAmb:\tFFFFFFFFFFFFFFFF\n"
                            "SigPnd:\t0000000000000000000000000000000000000001\n" // leading zeros only
                            "VmHWM:\t18014398509481983 kB\n"
                            "Seccomp:\t2\n"
                            "State:\tD\n"
                            "Threads:\t-1\n");
        QVERIFY(st.ok());
        QVERIFY(st->skippedLines.isEmpty());
        QCOMPARE(st->groups, (QList<quint32>{4, 24, 27, 1000}));
        QCOMPARE(st->nsPid, (QList<qint32>{4242, 17, 1})); // outermost namespace first
        QCOMPARE(st->capAmb, ~quint64(0));
        QCOMPARE(st->sigPnd, quint64(1));
        QCOMPARE(st->vmHWM, quint64(18014398509481983) * 1024);
        QCOMPARE(st->seccomp, 2u);
        QCOMPARE(st->state, 'D');
        QCOMPARE(st->threads, qint64(-1));
    }

    void nameEscapes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("plain") << QByteArray("Name:\tbash") << QByteArray("bash");
        QTest::newRow("newline") << QByteArray("Name:\ta\\nb") << QByteArray("a\nb");
        QTest::newRow("backslash") << QByteArray("Name:\ta\\\\nb") << QByteArray("a\\nb");
        QTest::newRow("tab kept") << QByteArray("Name:\t\tx\t") << QByteArray("\tx\t");
        QTest::newRow("spaces kept") << QByteArray("Name:\t x ") << QByteArray(" x ");
        QTest::newRow("colon") << QByteArray("Name:\ta:b") << QByteArray("a:b");
        QTest::newRow("unknown escape") << QByteArray("Name:\ta\\qb") << QByteArray("a\\qb");
        QTest::newRow("trailing backslash") << QByteArray("Name:\tab\\") << QByteArray("ab\\");
        QTest::newRow("empty") << QByteArray("Name:\t") << QByteArray();
    }
    void nameEscapes()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, name);
        const auto st = parseProcStatus(QByteArray(line + '\n'));
        QVERIFY(st.ok());
        QCOMPARE(st->name, name);
    }

    void truncatedLastLine()
    {
        const auto st = parseProcStatus("Name:\tbash\nPid:\t12\nVmRSS:\t  100 k");
        QVERIFY(st.ok());
        QCOMPARE(st->pid, 12);
        QVERIFY(!st->vmRSS);
        QCOMPARE(st->skippedLines.size(), 1);
        QCOMPARE(st->skippedLines.constFirst().line, 3);
        const auto noNewline = parseProcStatus("Name:\tbash\nPid:\t12");
        QCOMPARE(noNewline->pid, 12);
        QVERIFY(noNewline->skippedLines.isEmpty());
    }

    void lineWithoutColonIsSkipped()
    {
        const auto st = parseProcStatus("Name:\tbash\ngarbage here\nPid:\t3\n");
        QVERIFY(st.ok());
        QCOMPARE(st->lines.size(), 2);
        QCOMPARE(st->skippedLines.size(), 1);
        QCOMPARE(st->skippedLines.constFirst().line, 2);
        QCOMPARE(st->skippedLines.constFirst().path, QStringLiteral("/proc/PID/status"));
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n \n\t\n");
        QTest::newRow("no colons") << QByteArray("hello\nworld\n");
        QTest::newRow("colon first") << QByteArray(":\tvalue\n");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01",
                                              7);
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto st = parseProcStatus(input, QStringLiteral("/proc/3/status"));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, ErrorKind::Malformed);
        QCOMPARE(st.error().path, QStringLiteral("/proc/3/status"));
    }

    void vanishedProcess()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc")));
        const auto st = readProcStatus(KernelFs(root.path()), 31337);
        QCOMPARE(st.error().kind, ErrorKind::Vanished);
        QCOMPARE(st.error().path, QStringLiteral("/proc/31337/status"));
    }

    void liveKernel()
    {
        const auto st = readProcStatus(KernelFs(), qint32(::getpid()));
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        QVERIFY(st->skippedLines.isEmpty());
        QCOMPARE(st->name, QByteArray("tst_procstatus"));
        QCOMPARE(st->state, 'R');
        QCOMPARE(st->pid, qint32(::getpid()));
        QCOMPARE(st->tgid, qint32(::getpid()));
        QCOMPARE(st->ppid, qint32(::getppid()));
        QCOMPARE(st->uid->at(0), quint32(::getuid()));
        QCOMPARE(st->uid->at(1), quint32(::geteuid()));
        QCOMPARE(st->gid->at(0), quint32(::getgid()));
        QVERIFY(*st->vmRSS > 0);
        QVERIFY(*st->vmHWM >= *st->vmRSS);
        QVERIFY(*st->vmPeak >= *st->vmSize);
        QVERIFY(*st->threads >= 1);
        QVERIFY(st->voluntaryCtxtSwitches.has_value());
        QVERIFY(st->cpusAllowedList.has_value());
    }
};

QTEST_GUILESS_MAIN(TestProcStatus)
#include "tst_procstatus.moc"
