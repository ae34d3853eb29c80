// SPDX-License-Identifier: GPL-2.0-or-later
#include "pidfs.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;

class TestPidFs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paths()
    {
        QCOMPARE(PidFs::path(42), QStringLiteral("/proc/42"));
        QCOMPARE(PidFs::path(42, u"smaps_rollup"), QStringLiteral("/proc/42/smaps_rollup"));
    }

    void absentVersusVanished()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.18-host")));
        // The directory is there, the file is not: this kernel (or capture) has no such file.
        const auto absent = PidFs::readFile(fs, 6600, u"no_such_file");
        QVERIFY(!absent.ok());
        QCOMPARE(absent.error().kind, ErrorKind::Absent);
        QCOMPARE(absent.error().path, QStringLiteral("/proc/6600/no_such_file"));
        // No directory: the process is gone.
        const auto gone = PidFs::readFile(fs, 6601, u"status");
        QCOMPARE(gone.error().kind, ErrorKind::Vanished);
        QVERIFY(gone.error().message().contains(QStringLiteral("went away")));
        // Other errors pass through unchanged.
        Error denied{ErrorKind::PermissionDenied, QStringLiteral("/proc/6601/io"), 0, QString()};
        QCOMPARE(PidFs::classify(fs, 6601, denied).kind, ErrorKind::PermissionDenied);
    }

    void readIntoKeepsTheBuffer()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        QByteArray buffer;
        QVERIFY(!PidFs::readInto(fs, 133, u"comm", buffer));
        QCOMPARE(buffer, QByteArray("bash\n"));
        QCOMPARE(PidFs::readInto(fs, 9999, u"comm", buffer)->kind, ErrorKind::Vanished);
    }

    void listingAndLinks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        QVERIFY(QDir().mkpath(root + QStringLiteral("/proc/7/fd")));
        QVERIFY(QFile::link(QStringLiteral("pipe:[123]"), root + QStringLiteral("/proc/7/fd/3")));
        QVERIFY(QFile::link(QStringLiteral("/a path/with spaces"), root + QStringLiteral("/proc/7/fd/10")));
        const QByteArray longTarget(1000, 'x'); // longer than the first readlink buffer
        QVERIFY(QFile::link(QString::fromLatin1(longTarget), root + QStringLiteral("/proc/7/fd/11")));
        const KernelFs fs(root);

        const auto names = PidFs::listDirectory(fs, QStringLiteral("/proc/7/fd"));
        QVERIFY(names.ok());
        QList<QByteArray> sorted = *names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (QList<QByteArray>{"10", "11", "3"}));
        QCOMPARE(PidFs::readLink(fs, QStringLiteral("/proc/7/fd/3")).value(), QByteArray("pipe:[123]"));
        QCOMPARE(PidFs::readLink(fs, QStringLiteral("/proc/7/fd/10")).value(),
                 QByteArray("/a path/with spaces"));
        QCOMPARE(PidFs::readLink(fs, QStringLiteral("/proc/7/fd/11")).value(), longTarget);

        QCOMPARE(PidFs::listDirectory(fs, QStringLiteral("/proc/8/fd")).error().kind, ErrorKind::Absent);
        QCOMPARE(PidFs::readLink(fs, QStringLiteral("/proc/7/fd/99")).error().kind, ErrorKind::Absent);
        QVERIFY(PidFs::isDirectory(fs, QStringLiteral("/proc/7")));
        QVERIFY(!PidFs::isDirectory(fs, QStringLiteral("/proc/7/fd/3")));
    }

    void liveProcessThatExits()
    {
        // A child that has exited and been reaped: its directory is gone, so every file of it has vanished.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0)
            _exit(0);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        const auto maps = PidFs::readFile(KernelFs(), int(child), u"maps");
        QVERIFY(!maps.ok());
        QCOMPARE(maps.error().kind, ErrorKind::Vanished);
        QCOMPARE(PidFs::classify(KernelFs(), int(child), maps.error()).kind, ErrorKind::Vanished);
    }

    void liveListing()
    {
        const KernelFs fs;
        const auto names = PidFs::listDirectory(fs, PidFs::path(int(getpid()), u"fd"));
        QVERIFY2(names.ok(), qPrintable(names.error().message()));
        QVERIFY(names->contains("0") && names->contains("1") && names->contains("2"));
        const auto self = PidFs::readLink(fs, PidFs::path(int(getpid()), u"exe"));
        QVERIFY(self.ok());
        QVERIFY(self->endsWith("/tst_pidfs"));
    }
};

QTEST_GUILESS_MAIN(TestPidFs)
#include "tst_pidfs.moc"
