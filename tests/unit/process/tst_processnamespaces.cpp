// SPDX-License-Identifier: GPL-2.0-or-later
#include "processnamespaces.h"
#include "testutils.h"

#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;

class TestProcessNamespaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh as ns.targets; inode numbers read by hand. The initial namespaces
    // have fixed inodes (4026531835 cgroup … 4026531839 ipc); mnt and net differ between host and guest.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint64>("mnt");
        QTest::addColumn<quint64>("net");
        QTest::newRow("6.18 host bash")
            << QStringLiteral("linux-6.18-host") << 6600 << quint64(4026531832) << quint64(4026531833);
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133 << quint64(4026531841) << quint64(4026531840);
        QTest::newRow("6.1 debian init")
            << QStringLiteral("linux-6.1-debian") << 1 << quint64(4026531841) << quint64(4026531840);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(quint64, mnt);
        QFETCH(quint64, net);
        const auto ns = readProcessNamespaces(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(ns.ok(), qPrintable(ns.error().message()));
        QVERIFY(ns->skippedLines.isEmpty());
        QStringList names;
        for (const auto& n : ns->namespaces)
            names.append(QString::fromLatin1(n.name));
        QCOMPARE(names, QStringList({QStringLiteral("cgroup"), QStringLiteral("ipc"), QStringLiteral("mnt"),
                                     QStringLiteral("net"), QStringLiteral("pid"),
                                     QStringLiteral("pid_for_children"), QStringLiteral("time"),
                                     QStringLiteral("time_for_children"), QStringLiteral("user"),
                                     QStringLiteral("uts")}));
        QCOMPARE(ns->find("mnt")->inode, mnt);
        QCOMPARE(ns->find("net")->inode, net);
        QCOMPARE(ns->find("cgroup")->inode, quint64(4026531835));
        QCOMPARE(ns->find("user")->inode, quint64(4026531837));
        QCOMPARE(ns->find("pid_for_children")->type, QByteArray("pid"));
        QCOMPARE(ns->find("pid_for_children")->inode, ns->find("pid")->inode);
        QCOMPARE(ns->find("time_for_children")->type, QByteArray("time"));
        QVERIFY(!ns->find("nope"));
    }

    void badTargets()
    {
        const auto ns =
            parseProcessNamespaces("mnt mnt:[12]\nnet net:12\nuts :[5]\nipc ipc:[x]\nuser user:[]\n");
        QVERIFY(ns.ok());
        QCOMPARE(ns->namespaces.size(), 1);
        QCOMPARE(ns->skippedLines.size(), 4);
        QCOMPARE(ns->skippedLines.at(0).line, 2);
        QCOMPARE(parseProcessNamespaces("garbage\n").error().kind, ErrorKind::Malformed);
        QVERIFY(parseProcessNamespaces("")->namespaces.isEmpty());
        // A new namespace type is kept as it comes.
        QCOMPARE(parseProcessNamespaces("fancy fancy:[77]\n")->find("fancy")->inode, quint64(77));
    }

    void liveKernel()
    {
        const KernelFs fs;
        const auto self = readProcessNamespaces(fs, int(getpid()));
        QVERIFY2(self.ok(), qPrintable(self.error().message()));
        QVERIFY(self->find("mnt") && self->find("pid") && self->find("net"));
        // A forked child starts in the same namespaces as its parent.
        const pid_t child = fork();
        if (child == 0) {
            pause();
            _exit(0);
        }
        const auto other = readProcessNamespaces(fs, int(child));
        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);
        QVERIFY(other.ok());
        QCOMPARE(other->find("mnt")->inode, self->find("mnt")->inode);
        QCOMPARE(other->find("pid")->inode, self->find("pid")->inode);
    }
};

QTEST_GUILESS_MAIN(TestProcessNamespaces)
#include "tst_processnamespaces.moc"
