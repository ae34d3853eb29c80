// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcgroups.h"
#include "testutils.h"

#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestProcessCgroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; read by hand. The host runs a hybrid setup (nine v1 hierarchies
    // and the v2 one), the guest pure cgroup v2.
    void hostHybrid()
    {
        const auto cg =
            readProcessCgroups(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 6600);
        QVERIFY2(cg.ok(), qPrintable(cg.error().message()));
        QVERIFY(cg->skippedLines.isEmpty());
        QCOMPARE(cg->memberships.size(), 10);
        const auto& first = cg->memberships.constFirst();
        QCOMPARE(first.hierarchyId, 9);
        QCOMPARE(first.controllers, QList<QByteArray>{"name=systemd"});
        QCOMPARE(first.path, QByteArray("/"));
        QCOMPARE(cg->controllerPath("memory"), QByteArray("/process_api/77fa4483991bc9abdbf94220f4231efe"));
        QCOMPARE(cg->controllerPath("cpu"), QByteArray("/"));
        QVERIFY(!cg->controllerPath("hugetlb"));
        QCOMPARE(cg->unifiedPath(), QByteArray("/"));
        QVERIFY(cg->memberships.constLast().isUnified());
    }

    void guestUnified_data()
    {
        QTest::addColumn<int>("pid");
        QTest::newRow("bash") << 133;
        QTest::newRow("init") << 1;
    }
    void guestUnified()
    {
        QFETCH(int, pid);
        const auto cg =
            readProcessCgroups(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))), pid);
        QVERIFY(cg.ok());
        QCOMPARE(cg->memberships.size(), 1);
        QVERIFY(cg->memberships.constFirst().isUnified());
        QCOMPARE(cg->unifiedPath(), QByteArray("/"));
    }

    void shapes()
    {
        const auto cg = parseProcessCgroups("3:cpu,cpuacct:/a:b/c\n0::/user.slice/x.scope (deleted)\n"
                                            "12:name=elogind:/\n");
        QVERIFY(cg.ok());
        QCOMPARE(cg->memberships.at(0).controllers, (QList<QByteArray>{"cpu", "cpuacct"}));
        QCOMPARE(cg->memberships.at(0).path, QByteArray("/a:b/c")); // colons in the path stay in the path
        QCOMPARE(cg->controllerPath("cpuacct"), QByteArray("/a:b/c"));
        QCOMPARE(cg->unifiedPath(), QByteArray("/user.slice/x.scope (deleted)"));
        QCOMPARE(cg->memberships.at(2).hierarchyId, 12);
        QVERIFY(parseProcessCgroups("")->memberships.isEmpty());
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("one colon") << QByteArray("0:/");
        QTest::newRow("no id") << QByteArray(":cpu:/");
        QTest::newRow("id not a number") << QByteArray("x:cpu:/");
        QTest::newRow("negative id") << QByteArray("-1:cpu:/");
        QTest::newRow("id overflow") << QByteArray("99999999999:cpu:/");
        QTest::newRow("no path") << QByteArray("4:memory:");
    }
    void badLines()
    {
        QFETCH(QByteArray, bad);
        const auto cg = parseProcessCgroups(QByteArray("1:cpu:/\n" + bad + "\n0::/\n"));
        QVERIFY(cg.ok());
        QCOMPARE(cg->memberships.size(), 2);
        QCOMPARE(cg->skippedLines.size(), 1);
        QCOMPARE(cg->skippedLines.constFirst().line, 2);
        QCOMPARE(parseProcessCgroups(bad).error().kind, ErrorKind::Malformed);
    }

    void liveKernel()
    {
        const auto cg = readProcessCgroups(KernelFs(), int(getpid()));
        QVERIFY2(cg.ok(), qPrintable(cg.error().message()));
        QVERIFY(cg->skippedLines.isEmpty());
        QVERIFY(!cg->memberships.isEmpty());
        for (const auto& m : cg->memberships)
            QVERIFY(m.path.startsWith('/'));
    }
};

QTEST_GUILESS_MAIN(TestProcessCgroups)
#include "tst_processcgroups.moc"
