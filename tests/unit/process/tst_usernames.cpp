// SPDX-License-Identifier: GPL-2.0-or-later
#include "testutils.h"
#include "usernames.h"

#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace kaleido;

class TestUserNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesPasswdAndGroup()
    {
        const auto users = parseIdNames("root:x:0:0:root:/root:/bin/bash\n"
                                        "# a comment\n"
                                        "\n"
                                        "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                                        "+nisuser::::::\n"
                                        "-other:x:5:5::/:\n"
                                        "broken line\n"
                                        "noid:x::0::/:\n"
                                        "negative:x:-3:0::/:\n"
                                        "toolarge:x:4294967296:0::/:\n"
                                        "toor:x:0:0:second root:/root:/bin/sh\n"
                                        "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin");
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.value(0), QStringLiteral("root")); // the first name for an id wins
        QCOMPARE(users.value(1), QStringLiteral("daemon"));
        QCOMPARE(users.value(65534), QStringLiteral("nobody"));
        const auto groups = parseIdNames("root:x:0:\nadm:x:4:syslog,alice\nsudo:x:27:alice\n");
        QCOMPARE(groups.value(4), QStringLiteral("adm"));
        QCOMPARE(groups.value(27), QStringLiteral("sudo"));
        QVERIFY(parseIdNames("").isEmpty());
        QVERIFY(parseIdNames("\x7f"
                             "ELF:\x02:\x01")
                    .isEmpty());
    }

    void capturedTreeUsesItsOwnFiles()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("etc")));
        QFile passwd(root.path() + QStringLiteral("/etc/passwd"));
        QVERIFY(passwd.open(QIODevice::WriteOnly));
        passwd.write("root:x:0:0::/root:/bin/sh\nalice:x:1000:1000::/home/alice:/bin/sh\n");
        passwd.close();
        QFile group(root.path() + QStringLiteral("/etc/group"));
        QVERIFY(group.open(QIODevice::WriteOnly));
        group.write("wheel:x:10:alice\n");
        group.close();
        const UserNames names{KernelFs(root.path())};
        QCOMPARE(names.userName(1000), QStringLiteral("alice"));
        QCOMPARE(names.userName(0), QStringLiteral("root"));
        QCOMPARE(names.userName(1001), QStringLiteral("1001"));
        QCOMPARE(names.groupName(10), QStringLiteral("wheel"));
        QCOMPARE(names.groupName(0), QStringLiteral("0")); // not in this tree's group file
    }

    void capturedTreeWithoutAccountsShowsNumbers()
    {
        // The fixtures hold no etc/: the host's names must not leak into a captured tree.
        const UserNames names{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        QCOMPARE(names.userName(0), QStringLiteral("0"));
        QCOMPARE(names.userName(65534), QStringLiteral("65534"));
        QCOMPARE(names.groupName(65534), QStringLiteral("65534"));
    }

    void liveSystem()
    {
        const UserNames names;
        struct passwd* self = ::getpwuid(::getuid());
        QVERIFY(self);
        QCOMPARE(names.userName(::getuid()), QString::fromLocal8Bit(self->pw_name));
        QCOMPARE(names.userName(0), QStringLiteral("root"));
        // An id nobody has: its number, and asking again gives the cached answer.
        QCOMPARE(names.userName(3999999999u), QStringLiteral("3999999999"));
        QCOMPARE(names.userName(3999999999u), QStringLiteral("3999999999"));
        QCOMPARE(names.groupName(0), QStringLiteral("root"));
    }
};

QTEST_GUILESS_MAIN(TestUserNames)
#include "tst_usernames.moc"
