// SPDX-License-Identifier: GPL-2.0-or-later
// Signal masks, capability sets, task states and scheduling policies in words.
#include "capabilitynames.h"
#include "procstatus.h"
#include "signalnames.h"
#include "taskstate.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestProcessDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signalMasks_data()
    {
        QTest::addColumn<quint64>("mask");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("none") << quint64(0) << QStringList();
        QTest::newRow("bit 0 is signal 1") << quint64(1) << QStringList{QStringLiteral("SIGHUP")};
        // The captured shells' SigIgn and SigCgt (tests/fixtures/*/proc/{6600,133}/status).
        QTest::newRow("bash SigIgn") << quint64(0x4) << QStringList{QStringLiteral("SIGQUIT")};
        QTest::newRow("bash SigCgt") << quint64(0x10002)
                                     << QStringList{QStringLiteral("SIGINT"), QStringLiteral("SIGCHLD")};
        QTest::newRow("kill and stop") << quint64((1u << 8) | (1u << 18))
                                       << QStringList{QStringLiteral("SIGKILL"), QStringLiteral("SIGSTOP")};
        QTest::newRow("31 and 32") << quint64(0xC0000000)
                                   << QStringList{QStringLiteral("SIGSYS"), QStringLiteral("SIGRTMIN")};
        // glibc's SIGRTMIN (34) and the kernel's SIGRTMAX (64).
        QTest::newRow("real-time") << (quint64(1) << 33 | quint64(1) << 63)
                                   << QStringList{QStringLiteral("SIGRTMIN+2"),
                                                  QStringLiteral("SIGRTMIN+32")};
    }
    void signalMasks()
    {
        QFETCH(quint64, mask);
        QFETCH(QStringList, names);
        QCOMPARE(signalNames(mask), names);
    }

    void everySignalHasOneName()
    {
        const QStringList all = signalNames(~quint64(0));
        QCOMPARE(all.size(), 64);
        QCOMPARE(all.at(14), QStringLiteral("SIGTERM"));
        QCOMPARE(all.at(15), QStringLiteral("SIGSTKFLT"));
        QCOMPARE(all.at(30), QStringLiteral("SIGSYS"));
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 64);
        QCOMPARE(signalName(0), QStringLiteral("SIG0"));
        QCOMPARE(signalName(65), QStringLiteral("SIG65"));
    }

    void capabilitySets_data()
    {
        QTest::addColumn<quint64>("mask");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("none") << quint64(0) << QStringList();
        QTest::newRow("chown") << quint64(1) << QStringList{QStringLiteral("CAP_CHOWN")};
        QTest::newRow("sys_module") << quint64(0x10000) << QStringList{QStringLiteral("CAP_SYS_MODULE")};
        QTest::newRow("last known and beyond")
            << (quint64(1) << 40 | quint64(1) << 41 | quint64(1) << 63)
            << QStringList{QStringLiteral("CAP_CHECKPOINT_RESTORE"), QStringLiteral("cap_41"),
                           QStringLiteral("cap_63")};
        QTest::newRow("bpf perfmon") << (quint64(1) << 38 | quint64(1) << 39)
                                     << QStringList{QStringLiteral("CAP_PERFMON"), QStringLiteral("CAP_BPF")};
    }
    void capabilitySets()
    {
        QFETCH(quint64, mask);
        QFETCH(QStringList, names);
        QCOMPARE(capabilityNames(mask), names);
    }

    void capturedCapabilitySets_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("sysResource");
        // The captured shells' CapBnd: 000001fffeffffff on this project's machine (its sandbox drops
        // CAP_SYS_RESOURCE), 000001ffffffffff in the guest; kthreadd has them all on both.
        QTest::newRow("6.18 bash") << QStringLiteral("linux-6.18-host") << 6600 << 40 << false;
        QTest::newRow("6.18 kthreadd") << QStringLiteral("linux-6.18-host") << 2 << 41 << true;
        QTest::newRow("6.1 bash") << QStringLiteral("linux-6.1-debian") << 133 << 41 << true;
    }
    void capturedCapabilitySets()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(int, count);
        QFETCH(bool, sysResource);
        const auto st = readProcStatus(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY(st.ok());
        const QStringList names = capabilityNames(*st->capBnd);
        QCOMPARE(names.size(), count);
        QCOMPARE(names.contains(QStringLiteral("CAP_SYS_RESOURCE")), sysResource);
        QCOMPARE(names.constFirst(), QStringLiteral("CAP_CHOWN"));
        QCOMPARE(names.constLast(), QStringLiteral("CAP_CHECKPOINT_RESTORE"));
        QCOMPARE(lastKnownCapability(), 40);
        QCOMPARE(signalNames(*st->sigIgn).size(), pid == 2 ? 64 : 1); // kthreadd ignores everything
    }

    void taskStates_data()
    {
        QTest::addColumn<char>("letter");
        QTest::addColumn<QString>("word");
        QTest::newRow("R") << 'R' << QStringLiteral("running");
        QTest::newRow("S") << 'S' << QStringLiteral("sleeping");
        QTest::newRow("D") << 'D' << QStringLiteral("disk sleep");
        QTest::newRow("T") << 'T' << QStringLiteral("stopped");
        QTest::newRow("t") << 't' << QStringLiteral("tracing stop");
        QTest::newRow("X") << 'X' << QStringLiteral("dead");
        QTest::newRow("x") << 'x' << QStringLiteral("dead");
        QTest::newRow("Z") << 'Z' << QStringLiteral("zombie");
        QTest::newRow("P") << 'P' << QStringLiteral("parked");
        QTest::newRow("I") << 'I' << QStringLiteral("idle");
        QTest::newRow("K") << 'K' << QStringLiteral("wakekill");
        QTest::newRow("W") << 'W' << QStringLiteral("waking");
    }
    void taskStates()
    {
        QFETCH(char, letter);
        QFETCH(QString, word);
        QCOMPARE(taskStateKernelWord(letter), word);
        QCOMPARE(taskStateWord(letter), word); // no translation loaded: the kernel's English
    }

    void unknownStateSaysSo()
    {
        QVERIFY(taskStateKernelWord('q').isEmpty());
        QVERIFY(taskStateWord('q').contains(QLatin1Char('q')));
    }

    void capturedStatesMatchTheStatusWords()
    {
        // The status file spells the state out: "Z (zombie)", "T (stopped)", "I (idle)"; ours must agree.
        const struct
        {
            const char* kernel;
            int pid;
        } tasks[] = {{"linux-6.18-host", 16172}, {"linux-6.18-host", 16165}, {"linux-6.18-host", 10},
                     {"linux-6.1-debian", 559},  {"linux-6.1-debian", 548},  {"linux-6.1-debian", 10}};
        for (const auto& task : tasks) {
            const auto st = readProcStatus(KernelFs(test::fixtureRoot(QLatin1String(task.kernel))), task.pid);
            QVERIFY(st.ok());
            const QByteArrayView line = *st->lineValue("State");
            QCOMPARE(QString::fromLatin1(line.sliced(3).chopped(1)), taskStateKernelWord(st->state));
        }
    }

    void policies()
    {
        QCOMPARE(schedulingPolicyName(0), QStringLiteral("SCHED_OTHER"));
        QCOMPARE(schedulingPolicyName(1), QStringLiteral("SCHED_FIFO"));
        QCOMPARE(schedulingPolicyName(6), QStringLiteral("SCHED_DEADLINE"));
        QCOMPARE(schedulingPolicyName(7), QStringLiteral("SCHED_EXT"));
        QCOMPARE(schedulingPolicyName(42), QStringLiteral("SCHED_42"));
        QCOMPARE(schedulingPolicyClass(1), QStringLiteral("FF"));
        QCOMPARE(schedulingPolicyClass(5), QStringLiteral("IDL"));
        QVERIFY(policyUsesNice(0));
        QVERIFY(policyUsesNice(3));
        QVERIFY(!policyUsesNice(1));
        QVERIFY(!policyUsesNice(2));
        QVERIFY(!policyUsesNice(5));
    }
};

QTEST_GUILESS_MAIN(TestProcessDecode)
#include "tst_processdecode.moc"
