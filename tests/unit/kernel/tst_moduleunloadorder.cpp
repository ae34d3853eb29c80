// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleunloadorder.h"
#include "procmodules.h"
#include "testutils.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace kaleido;

namespace {

ProcModules parse(const char* text)
{
    auto modules = parseProcModules(QByteArrayView(text));
    Q_ASSERT(modules.ok());
    return *modules;
}

ProcModules debian()
{
    auto modules = readProcModules(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))));
    Q_ASSERT(modules.ok());
    return *modules;
}

} // namespace

class TestModuleUnloadOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // scsi_common is held by sg and scsi_mod; scsi_mod is held by sg. sg must go first, then scsi_mod.
    void chainFromTheCapture()
    {
        const UnloadPlan plan = planUnload(debian(), QStringLiteral("scsi_common"));
        QCOMPARE(plan.order, (QStringList{QStringLiteral("sg"), QStringLiteral("scsi_mod"),
                                          QStringLiteral("scsi_common")}));
        QVERIFY(plan.blockers.isEmpty());
        QVERIFY(plan.feasible());
    }

    void unusedModuleIsAloneInItsOrder()
    {
        const UnloadPlan plan = planUnload(debian(), QStringLiteral("dummy"));
        QCOMPARE(plan.order, QStringList{QStringLiteral("dummy")});
        QVERIFY(plan.feasible());
    }

    // virtio_ring: 3 holders, refcount 3; but 9pnet_virtio (refcount 3, no holders) is used by the 9p mount.
    void nonModuleUsersBlockTheChain()
    {
        const UnloadPlan plan = planUnload(debian(), QStringLiteral("virtio_ring"));
        QVERIFY(!plan.feasible());
        QCOMPARE(plan.order.last(), QStringLiteral("virtio_ring"));
        QCOMPARE(plan.order.indexOf(QStringLiteral("9pnet_virtio")) <
                     plan.order.indexOf(QStringLiteral("virtio")),
                 true);
        QStringList blocked;
        for (const UnloadBlocker& b : plan.blockers) {
            QCOMPARE(b.reason, UnloadBlocker::Reason::NonModuleUsers);
            blocked.append(b.module);
        }
        QCOMPARE(blocked, QStringList{QStringLiteral("9pnet_virtio")});
        QCOMPARE(plan.blockers.first().refcount, qint64(3));
        QCOMPARE(plan.blockers.first().holders, 0);
    }

    void overlayIsMounted()
    {
        const UnloadPlan plan = planUnload(debian(), QStringLiteral("overlay"));
        QCOMPARE(plan.blockers.size(), 1);
        QCOMPARE(plan.blockers.first().reason, UnloadBlocker::Reason::NonModuleUsers);
    }

    void eachModuleOnceAndHoldersBeforeWhatTheyHold()
    {
        const ProcModules modules = debian();
        for (const LoadedModule& m : modules.modules) {
            const UnloadPlan plan = planUnload(modules, m.name);
            QCOMPARE(plan.order.last(), m.name);
            QCOMPARE(QSet<QString>(plan.order.begin(), plan.order.end()).size(), plan.order.size());
            for (const QString& name : plan.order)
                for (const QString& holder : modules.find(name)->holders)
                    QVERIFY2(plan.order.indexOf(holder) < plan.order.indexOf(name), qPrintable(name));
        }
    }

    void handMadeStates()
    {
        const ProcModules modules = parse("perm 16384 0 [permanent], Live 0xffffffffc0e00000 (O)\n"
                                          "hello 16384 0 - Loading 0x0000000000000000 (OE+)\n"
                                          "bye 16384 -1 - Unloading 0xffffffffc0e10000\n"
                                          "old 16384 - - Live 0xffffffffc0e20000\n"
                                          "user 16384 0 - Live 0xffffffffc0e30000\n"
                                          "base 16384 1 user,perm, Live 0xffffffffc0e40000\n");
        auto reasonOf = [&](const char* name) {
            const UnloadPlan plan = planUnload(modules, QLatin1String(name));
            return plan.blockers.isEmpty() ? std::optional<UnloadBlocker::Reason>()
                                           : plan.blockers.first().reason;
        };
        QCOMPARE(reasonOf("perm"), UnloadBlocker::Reason::Permanent);
        QCOMPARE(reasonOf("hello"), UnloadBlocker::Reason::NotLive);
        QCOMPARE(reasonOf("bye"), UnloadBlocker::Reason::NotLive);
        QCOMPARE(reasonOf("old"), UnloadBlocker::Reason::NoUnloadSupport);
        QVERIFY(!reasonOf("user"));
        // base's chain: user and perm go first; perm blocks it.
        const UnloadPlan base = planUnload(modules, QStringLiteral("base"));
        QCOMPARE(base.order,
                 (QStringList{QStringLiteral("user"), QStringLiteral("perm"), QStringLiteral("base")}));
        QCOMPARE(base.blockers.size(), 1);
        QCOMPARE(base.blockers.first().module, QStringLiteral("perm"));
    }

    void notLoaded()
    {
        const UnloadPlan plan = planUnload(debian(), QStringLiteral("nosuch"));
        QVERIFY(plan.order.isEmpty());
        QVERIFY(!plan.feasible());
        QCOMPARE(plan.blockers.first().reason, UnloadBlocker::Reason::NotLoaded);
    }

    void cycleDoesNotLoop()
    {
        const ProcModules modules = parse("a 16384 1 b, Live 0xffffffffc0e00000\n"
                                          "b 16384 1 a, Live 0xffffffffc0e10000\n");
        const UnloadPlan plan = planUnload(modules, QStringLiteral("a"));
        QCOMPARE(plan.order, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    }

    void noModuleSupport()
    {
        auto modules = readProcModules(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QVERIFY(modules.ok());
        const UnloadPlan plan = planUnload(*modules, QStringLiteral("loop"));
        QVERIFY(!plan.feasible());
        QCOMPARE(plan.blockers.first().reason, UnloadBlocker::Reason::NoUnloadSupport);
    }

    // In the VM: for every loaded module, each holder that lsmod lists comes before the module in its plan.
    void liveKernel()
    {
        const auto modules = readProcModules(KernelFs());
        QVERIFY(modules.ok());
        if (modules->support == ModuleSupport::None)
            QSKIP("this kernel has no loadable-module support");
        // kmod's lsmod (busybox's applet of the same name prints another layout).
        QString program;
        for (const char* path : {"/usr/sbin/lsmod", "/sbin/lsmod", "/usr/bin/lsmod", "/bin/lsmod"}) {
            if (QFileInfo(QLatin1String(path)).isExecutable()) {
                program = QLatin1String(path);
                break;
            }
        }
        if (program.isEmpty())
            program = QStringLiteral("lsmod");
        QProcess lsmod;
        lsmod.start(program, {});
        if (!lsmod.waitForFinished(10000) || lsmod.exitCode() != 0)
            QSKIP("lsmod is not available");
        const QList<QByteArray> lines = lsmod.readAllStandardOutput().split('\n');
        int checked = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            if (fields.size() < 3)
                continue;
            const QString name = QString::fromLatin1(fields[0]);
            const UnloadPlan plan = planUnload(*modules, name);
            if (fields.size() >= 4) {
                for (const QByteArray& holder : fields[3].split(',')) {
                    if (holder.isEmpty())
                        continue;
                    QVERIFY2(plan.order.indexOf(QString::fromLatin1(holder)) >= 0, qPrintable(name));
                    QVERIFY(plan.order.indexOf(QString::fromLatin1(holder)) < plan.order.indexOf(name));
                }
            }
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestModuleUnloadOrder)
#include "tst_moduleunloadorder.moc"
