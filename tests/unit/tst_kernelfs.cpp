// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelfs.h"
#include "kernelidentity.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;

class TestKernelFs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsLivePseudoFileWithZeroSize()
    {
        // /proc files report st_size 0; the reader must read to EOF anyway.
        const auto bytes = KernelFs().readFile(QStringLiteral("/proc/meminfo"));
        QVERIFY(bytes.ok());
        QVERIFY(bytes->startsWith("MemTotal:"));
        QVERIFY(bytes->size() > 500);
    }

    void readsLargeFileInChunks()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc")));
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += "line " + QByteArray::number(i) + '\n';
        QFile file(root.path() + QStringLiteral("/proc/big"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(big);
        file.close();
        const auto bytes = KernelFs(root.path()).readFile(QStringLiteral("/proc/big"));
        QVERIFY(bytes.ok());
        QCOMPARE(*bytes, big);
    }

    void absentFileIsAbsentAndNamesTheKernelPath()
    {
        QTemporaryDir root;
        const auto bytes = KernelFs(root.path()).readFile(QStringLiteral("/proc/modules"));
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().kind, ErrorKind::Absent);
        QCOMPARE(bytes.error().path, QStringLiteral("/proc/modules"));
        QVERIFY(bytes.error().message().contains(QStringLiteral("/proc/modules")));
        QVERIFY(!bytes.error().message().contains(root.path())); // the user sees the kernel's path
    }

    void rootIsNormalised()
    {
        QCOMPARE(KernelFs(QStringLiteral("/tmp/x///")).root(), QStringLiteral("/tmp/x"));
        QCOMPARE(KernelFs(QString()).root(), QStringLiteral("/"));
        QVERIFY(KernelFs().isLive());
        QCOMPARE(KernelFs(QStringLiteral("/tmp/x")).hostPath(QStringLiteral("/proc/a")),
                 QStringLiteral("/tmp/x/proc/a"));
    }

    void unreadableFileIsPermissionDenied()
    {
        // Mode 0200: nobody may read it, not even its owner. Root reads anything anyway, so when the tests run as
        // root the read happens in a child that became "nobody".
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc")));
        const QString secret = root.path() + QStringLiteral("/proc/secret");
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        QVERIFY(QFile::setPermissions(secret, QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                       | QFile::ExeOther | QFile::ExeGroup));
        QVERIFY(QFile::setPermissions(root.path() + QStringLiteral("/proc"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther
                                          | QFile::ExeGroup));

        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (geteuid() == 0 && setuid(65534) != 0)
                _exit(10);
            const auto bytes = KernelFs(root.path()).readFile(QStringLiteral("/proc/secret"));
            _exit(bytes.ok() ? 11 : (bytes.error().kind == ErrorKind::PermissionDenied ? 0 : 12));
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void kernelIdentityFromLiveAndCapturedTrees()
    {
        const auto live = readKernelIdentity(KernelFs());
        QVERIFY(live.ok());
        QVERIFY(!live->release.isEmpty());

        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc/sys/kernel")));
        QFile release(root.path() + QStringLiteral("/proc/sys/kernel/osrelease"));
        QVERIFY(release.open(QIODevice::WriteOnly));
        release.write("6.1.0-99-amd64\n");
        release.close();
        const auto captured = readKernelIdentity(KernelFs(root.path()));
        QVERIFY(captured.ok());
        QCOMPARE(captured->release, QStringLiteral("6.1.0-99-amd64"));
        QVERIFY(captured->version.isEmpty()); // optional file absent: not an error
    }

    void uptime_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("seconds");
        QTest::newRow("kernel") << QByteArray("350735.47 234388.90\n") << true << 350735.47;
        QTest::newRow("no idle") << QByteArray("12.5") << true << 12.5;
        QTest::newRow("empty") << QByteArray() << false << 0.0;
        QTest::newRow("garbage") << QByteArray("up 3 days\n") << false << 0.0;
        QTest::newRow("negative") << QByteArray("-5 1\n") << false << 0.0;
    }
    void uptime()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(double, seconds);
        const auto up = parseUptime(input);
        QCOMPARE(up.ok(), ok);
        if (ok)
            QCOMPARE(*up, seconds);
        else
            QCOMPARE(up.error().kind, ErrorKind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestKernelFs)
#include "tst_kernelfs.moc"
