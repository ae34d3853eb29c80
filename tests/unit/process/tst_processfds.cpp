// SPDX-License-Identifier: GPL-2.0-or-later
// /proc/<pid>/fd/ (and the link lists behind it).
#include "linktargets.h"
#include "processfds.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kaleido;

class TestProcessFds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh as fd.targets; values read by hand.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<QList<int>>("numbers");
        QTest::addColumn<int>("files");
        QTest::addColumn<int>("pipes");
        QTest::addColumn<QByteArray>("last");
        QTest::newRow("6.18 host bash")
            << QStringLiteral("linux-6.18-host") << 6600 << QList<int>{0, 1, 2, 10, 251, 255} << 3 << 3
            << QByteArray("/work/main/tests/fixtures/capture.sh");
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133 << QList<int>{0, 1, 2, 255} << 4 << 0
            << QByteArray("/work/main/tests/fixtures/capture.sh");
        QTest::newRow("6.1 debian init") << QStringLiteral("linux-6.1-debian") << 1 << QList<int>{0, 1, 2, 10}
                                         << 4 << 0 << QByteArray("/run/kaleido-vm/stage2");
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(QList<int>, numbers);
        QFETCH(int, files);
        QFETCH(int, pipes);
        QFETCH(QByteArray, last);
        const KernelFs fs(test::fixtureRoot(kernel));
        const auto fds = readProcessFds(fs, pid);
        QVERIFY2(fds.ok(), qPrintable(fds.error().message()));
        QVERIFY(fds->skippedLines.isEmpty());
        QList<int> got;
        for (const auto& fd : fds->fds)
            got.append(fd.fd);
        QCOMPARE(got, numbers);
        QCOMPARE(fds->count(), numbers.size());
        QCOMPARE(fds->count(ProcessFds::Kind::File), files);
        QCOMPARE(fds->count(ProcessFds::Kind::Pipe), pipes);
        QCOMPARE(fds->fds.constLast().target, last);
        // The capture's "count N" line agrees with the links listed.
        const auto links = parseLinkTargets(test::readFixture(kernel, fdTargetsPath(pid)));
        QVERIFY(links.ok());
        QCOMPARE(links->count, numbers.size());
    }

    void hostPipes()
    {
        // Read by hand: fds 1 and 2 share pipe 101869 (stdout and stderr into the same pipe), 251 is pipe
        // 101572.
        const auto fds = readProcessFds(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 6600);
        QVERIFY(fds.ok());
        QCOMPARE(fds->fds.at(1).kind, ProcessFds::Kind::Pipe);
        QCOMPARE(fds->fds.at(1).inode, quint64(101869));
        QCOMPARE(fds->fds.at(2).inode, quint64(101869));
        QCOMPARE(fds->fds.at(4).inode, quint64(101572));
        QCOMPARE(fds->fds.at(0).target, QByteArray("/dev/null"));
    }

    void classification_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("kind");
        QTest::addColumn<quint64>("inode");
        QTest::addColumn<QByteArray>("anonKind");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("file") << QByteArray("/var/log/syslog") << int(ProcessFds::Kind::File) << quint64(0)
                              << QByteArray() << false;
        QTest::newRow("deleted file") << QByteArray("/tmp/x (deleted)") << int(ProcessFds::Kind::File)
                                      << quint64(0) << QByteArray() << true;
        QTest::newRow("memfd") << QByteArray("/memfd:shm (deleted)") << int(ProcessFds::Kind::File)
                               << quint64(0) << QByteArray() << true;
        QTest::newRow("socket") << QByteArray("socket:[48213]") << int(ProcessFds::Kind::Socket)
                                << quint64(48213) << QByteArray() << false;
        QTest::newRow("pipe") << QByteArray("pipe:[7]") << int(ProcessFds::Kind::Pipe) << quint64(7)
                              << QByteArray() << false;
        QTest::newRow("eventfd") << QByteArray("anon_inode:[eventfd]") << int(ProcessFds::Kind::AnonInode)
                                 << quint64(0) << QByteArray("eventfd") << false;
        QTest::newRow("bpf map") << QByteArray("anon_inode:bpf-map") << int(ProcessFds::Kind::AnonInode)
                                 << quint64(0) << QByteArray("bpf-map") << false;
        QTest::newRow("inotify") << QByteArray("anon_inode:inotify") << int(ProcessFds::Kind::AnonInode)
                                 << quint64(0) << QByteArray("inotify") << false;
        QTest::newRow("namespace") << QByteArray("net:[4026531840]") << int(ProcessFds::Kind::Other)
                                   << quint64(0) << QByteArray() << false;
        QTest::newRow("bad socket") << QByteArray("socket:[x]") << int(ProcessFds::Kind::Other) << quint64(0)
                                    << QByteArray() << false;
        QTest::newRow("empty") << QByteArray() << int(ProcessFds::Kind::Other) << quint64(0) << QByteArray()
                               << false;
    }
    void classification()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, kind);
        QFETCH(quint64, inode);
        QFETCH(QByteArray, anonKind);
        QFETCH(bool, deleted);
        const ProcessFds::Fd fd = classifyFdTarget(target);
        QCOMPARE(int(fd.kind), kind);
        QCOMPARE(fd.inode, inode);
        QCOMPARE(fd.anonKind, anonKind);
        QCOMPARE(fd.deleted, deleted);
        QCOMPARE(fd.target, target);
    }

    void linkTargetText()
    {
        const auto links =
            parseLinkTargets("count 3\n3 /a file with spaces\nnospace\n7 socket:[1]\nx pipe:[2]\n");
        QVERIFY(links.ok());
        QCOMPARE(links->count, qsizetype(3));
        QCOMPARE(links->links.size(), 3);
        QCOMPARE(links->links.at(0).target, QByteArray("/a file with spaces"));
        QCOMPARE(links->skippedLines.size(), 1);
        QCOMPARE(links->skippedLines.constFirst().line, 3);
        // "x" is not a descriptor number: reported when the links become fds, the others are kept.
        const ProcessFds fds = processFdsFromLinks(*links);
        QCOMPARE(fds.fds.size(), 2);
        QCOMPARE(fds.skippedLines.size(), 2);
        QVERIFY(parseLinkTargets("")->links.isEmpty());
        // "count" after links is just a link name.
        QCOMPARE(parseLinkTargets("1 /x\ncount 5\n")->links.size(), 2);
    }

    void fakeLiveDirectory()
    {
        // Real links in a directory take precedence over a .targets file; an fd number order is restored.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fdDir = dir.path() + QStringLiteral("/proc/5/fd");
        QVERIFY(QDir().mkpath(fdDir));
        QVERIFY(QFile::link(QStringLiteral("socket:[99]"), fdDir + QStringLiteral("/12")));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), fdDir + QStringLiteral("/2")));
        const auto fds = readProcessFds(KernelFs(dir.path()), 5);
        QVERIFY(fds.ok());
        QCOMPARE(fds->fds.size(), 2);
        QCOMPARE(fds->fds.at(0).fd, 2);
        QCOMPARE(fds->fds.at(1).kind, ProcessFds::Kind::Socket);
        QCOMPARE(fds->fds.at(1).inode, quint64(99));
        // Neither directory nor file: the process has gone.
        QCOMPARE(readProcessFds(KernelFs(dir.path()), 6).error().kind, ErrorKind::Vanished);
    }

    void liveKernel()
    {
        int sv[2];
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
        const int efd = eventfd(0, EFD_CLOEXEC);
        QVERIFY(efd >= 0);
        int p[2];
        QCOMPARE(pipe(p), 0);
        const auto fds = readProcessFds(KernelFs(), int(getpid()));
        for (int fd : {sv[0], sv[1], efd, p[0], p[1]})
            ::close(fd);
        QVERIFY2(fds.ok(), qPrintable(fds.error().message()));
        auto kindOf = [&](int number) {
            for (const auto& fd : fds->fds) {
                if (fd.fd == number)
                    return fd.kind;
            }
            return ProcessFds::Kind::Other;
        };
        QCOMPARE(kindOf(sv[0]), ProcessFds::Kind::Socket);
        QCOMPARE(kindOf(efd), ProcessFds::Kind::AnonInode);
        QCOMPARE(kindOf(p[0]), ProcessFds::Kind::Pipe);
        QVERIFY(fds->count(ProcessFds::Kind::Socket) >= 2);
    }

    void cappedRead()
    {
        // A capture: the first two of six, the other four counted.
        const KernelFs fixture(test::fixtureRoot(QStringLiteral("linux-6.18-host")));
        const auto captured = readProcessFds(fixture, 6600, 2);
        QVERIFY(captured.ok());
        QCOMPARE(captured->fds.size(), 2);
        QCOMPARE(captured->fds.at(1).kind, ProcessFds::Kind::Pipe);
        QCOMPARE(captured->notRead, 4);
        QCOMPARE(readProcessFds(fixture, 6600)->notRead, 0);

        // A fake live directory in random readdir() order: the lowest numbers are kept.
        QTemporaryDir dir;
        const QString fdDir = dir.path() + QStringLiteral("/proc/5/fd");
        QVERIFY(QDir().mkpath(fdDir));
        for (int fd : {40, 3, 17, 5, 100, 9})
            QVERIFY(QFile::link(QStringLiteral("/dev/null"), fdDir + QLatin1Char('/') + QString::number(fd)));
        const auto fake = readProcessFds(KernelFs(dir.path()), 5, 3);
        QVERIFY(fake.ok());
        QCOMPARE(fake->fds.size(), 3);
        QCOMPARE(fake->fds.at(0).fd, 3);
        QCOMPARE(fake->fds.at(1).fd, 5);
        QCOMPARE(fake->fds.at(2).fd, 9);
        QCOMPARE(fake->notRead, 3);

        // The live process with many pipes open.
        QList<int> opened;
        for (int i = 0; i < 50; ++i) {
            int p[2];
            QCOMPARE(pipe(p), 0);
            opened << p[0] << p[1];
        }
        const auto all = readProcessFds(KernelFs(), int(getpid()));
        const auto capped = readProcessFds(KernelFs(), int(getpid()), 10);
        for (int fd : std::as_const(opened))
            ::close(fd);
        QVERIFY(all.ok());
        QVERIFY(capped.ok());
        QCOMPARE(all->notRead, 0);
        QCOMPARE(capped->fds.size(), 10);
        // The listing also holds the descriptor that reads the directory, closed before it can be followed.
        QVERIFY2(capped->notRead >= all->fds.size() - 10 && capped->notRead <= all->fds.size() - 9,
                 qPrintable(QString::number(capped->notRead)));
        QVERIFY(capped->notRead >= 90); // 100 pipe ends, 10 listed
        for (int i = 0; i < 10; ++i)
            QCOMPARE(capped->fds.at(i).fd, all->fds.at(i).fd);
    }

private:
    static QString fdTargetsPath(int pid) { return QStringLiteral("/proc/%1/fd.targets").arg(pid); }
};

QTEST_GUILESS_MAIN(TestProcessFds)
#include "tst_processfds.moc"
