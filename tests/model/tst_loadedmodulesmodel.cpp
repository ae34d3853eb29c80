// SPDX-License-Identifier: GPL-2.0-or-later
#include "chartroles.h"
#include "loadedmodulesmodel.h"
#include "loadedmodulesproxymodel.h"
#include "loadedmodulessnapshot.h"
#include "moduletree.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kaleido;

namespace {

QString text(const LoadedModulesModel& model, const QString& module, int column, int role = Qt::DisplayRole)
{
    const int row = model.rowOf(module);
    return row < 0 ? QStringLiteral("<no row>") : model.index(row, column).data(role).toString();
}

const QByteArray twoModules = "user 16384 0 - Live 0xffffffffc0e30000\n"
                              "base 20480 1 user, Live 0xffffffffc0e40000\n";

} // namespace

class TestLoadedModulesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debianCapture()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        LoadedModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const LoadedModulesSnapshot snapshot = readLoadedModules(fs);
        QCOMPARE(snapshot.support, ModuleSupport::Loadable);
        model.update(snapshot);
        QCOMPARE(model.loadedCount(), 17);
        // By hand from the capture: sg 40960 0 - Live 0xffffffffc052d000, version 3.5.36.
        QCOMPARE(text(model, QStringLiteral("sg"), LoadedModulesModel::SizeColumn),
                 QStringLiteral("40.0 KiB"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("sg")), LoadedModulesModel::SizeColumn)
                     .data(ChartRoles::RawValueRole)
                     .toULongLong(),
                 40960ULL);
        QCOMPARE(text(model, QStringLiteral("sg"), LoadedModulesModel::VersionColumn),
                 QStringLiteral("3.5.36"));
        QCOMPARE(text(model, QStringLiteral("sg"), LoadedModulesModel::SrcVersionColumn),
                 QStringLiteral("AD0B51B72ADF76F3A4A97CF"));
        QCOMPARE(text(model, QStringLiteral("sg"), LoadedModulesModel::StateColumn), QStringLiteral("Live"));
        QCOMPARE(text(model, QStringLiteral("sg"), LoadedModulesModel::AddressColumn),
                 QStringLiteral("0xffffffffc052d000"));
        QCOMPARE(text(model, QStringLiteral("scsi_common"), LoadedModulesModel::UsedByColumn),
                 QStringLiteral("sg, scsi_mod"));
        QCOMPARE(text(model, QStringLiteral("9pnet_virtio"), LoadedModulesModel::RefcountColumn),
                 QStringLiteral("3"));
        QVERIFY(
            text(model, QStringLiteral("9pnet_virtio"), LoadedModulesModel::RefcountColumn, Qt::ToolTipRole)
                .contains(QLatin1String("other than modules")));
        // Built-in code with a /sys/module directory: kernel, module, printk.
        QCOMPARE(text(model, QStringLiteral("printk"), LoadedModulesModel::StateColumn),
                 QStringLiteral("Built-in"));
        QCOMPARE(model.rowCount(), 17 + 3);

        // Only sg, loop, dm_mod… have a sysfs directory in the capture; every loaded row was read once.
        QCOMPARE(snapshot.sysfsReads, 17 + 3);
        const LoadedModulesSnapshot again = readLoadedModules(fs, &snapshot);
        QCOMPARE(again.sysfsReads, 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.update(again);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void hostWithoutModuleSupport()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.18-host")));
        LoadedModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(readLoadedModules(fs));
        QCOMPARE(model.snapshot().support, ModuleSupport::None);
        QCOMPARE(model.loadedCount(), 0);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(LoadedModulesModel::BuiltInRole).toBool());
        QVERIFY(model.rowOf(QStringLiteral("loop")) >= 0);

        LoadedModulesProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setShowBuiltIn(true);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        proxy.setFilterText(QStringLiteral("loo"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void rowsFollowTheKernel()
    {
        test::ModuleTree tree;
        QVERIFY(tree.write(QStringLiteral("/proc/modules"), twoModules));
        QVERIFY(tree.addSysfsModule(QStringLiteral("user")));
        QVERIFY(tree.addSysfsModule(QStringLiteral("base"), "user\n"));
        const KernelFs fs(tree.root());

        LoadedModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LoadedModulesSnapshot snapshot = readLoadedModules(fs);
        model.update(snapshot);
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex base = model.index(model.rowOf(QStringLiteral("base")), 0);

        // A module appears (loading, tainting) → one insert; base's refcount changes → one dataChanged on
        // base only.
        QVERIFY(tree.write(QStringLiteral("/proc/modules"),
                           "hello 16384 0 - Loading 0x0000000000000000 (OE+)\n" + twoModules.left(39) +
                               "base 20480 2 user, Live 0xffffffffc0e40000\n"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        snapshot = readLoadedModules(fs, &snapshot);
        QCOMPARE(snapshot.sysfsReads, 2); // hello (new) and base (changed line); user reused
        model.update(snapshot);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), base.row());
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(LoadedModulesModel::RefcountColumn));
        QVERIFY(base.isValid());
        QCOMPARE(text(model, QStringLiteral("hello"), LoadedModulesModel::StateColumn),
                 QStringLiteral("Loading"));
        QCOMPARE(text(model, QStringLiteral("hello"), LoadedModulesModel::TaintColumn), QStringLiteral("OE"));
        const QString meanings =
            text(model, QStringLiteral("hello"), LoadedModulesModel::TaintColumn, Qt::ToolTipRole);
        QVERIFY2(meanings.startsWith(QLatin1String("O: ")) && meanings.contains(QLatin1String("\nE: ")),
                 qPrintable(meanings));
        // The kernel hid the address: "hidden", with kptr_restrict named in the tooltip.
        QCOMPARE(text(model, QStringLiteral("hello"), LoadedModulesModel::AddressColumn),
                 QStringLiteral("hidden"));
        QVERIFY(text(model, QStringLiteral("hello"), LoadedModulesModel::AddressColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("kptr_restrict")));

        // user is unloaded → one remove; base keeps its row.
        changed.clear();
        inserted.clear();
        QVERIFY(tree.write(QStringLiteral("/proc/modules"), "hello 16384 0 - Live 0xffffffffc0e50000 (OE)\n"
                                                            "base 20480 0 - Live 0xffffffffc0e40000\n"));
        snapshot = readLoadedModules(fs, &snapshot);
        model.update(snapshot);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("user")), -1);
        QVERIFY(base.isValid());
        QCOMPARE(base.data().toString(), QStringLiteral("base"));
        QCOMPARE(text(model, QStringLiteral("hello"), LoadedModulesModel::StateColumn),
                 QStringLiteral("Live"));
    }

    void permanentAndSorting()
    {
        test::ModuleTree tree;
        QVERIFY(tree.write(QStringLiteral("/proc/modules"),
                           "perm 16384 0 [permanent], Live 0xffffffffc0e00000 (O)\n"
                           "big 900000 0 - Live 0xffffffffc0e10000\n"
                           "small 8192 0 - Live 0xffffffffc0e20000\n"));
        LoadedModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(readLoadedModules(KernelFs(tree.root())));
        QCOMPARE(text(model, QStringLiteral("perm"), LoadedModulesModel::StateColumn),
                 QStringLiteral("Permanent"));
        LoadedModulesProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(LoadedModulesModel::SizeColumn, Qt::AscendingOrder);
        // 8.00 KiB < 16.0 KiB < 879 KiB by bytes (as text, "16.0" < "8.00" < "879").
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("small"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("big"));
    }
};

QTEST_GUILESS_MAIN(TestLoadedModulesModel)
#include "tst_loadedmodulesmodel.moc"
