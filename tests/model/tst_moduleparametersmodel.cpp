// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleparametersmodel.h"
#include "moduletree.h"
#include "sysfsmodule.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kaleido;
using Access = ModuleParametersModel::Access;

namespace {

ModuleInfo::Parameter declared(const char* name, const char* type, const char* description)
{
    return {QLatin1String(name), QString(QLatin1String(type)), QString(QLatin1String(description))};
}

} // namespace

class TestModuleParametersModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accessFromModes()
    {
        test::ModuleTree tree;
        QVERIFY(tree.addSysfsModule(QStringLiteral("lambda")));
        QVERIFY(tree.addParameter(QStringLiteral("lambda"), QStringLiteral("greeting"), "hello", "644"));
        QVERIFY(tree.addParameter(QStringLiteral("lambda"), QStringLiteral("objects"), "64", "444"));
        QVERIFY(tree.addParameter(QStringLiteral("lambda"), QStringLiteral("secret"), "42", "400"));
        const auto sysfs = readSysfsModule(KernelFs(tree.root()), QStringLiteral("lambda"));
        QVERIFY(sysfs.ok());

        ModuleParametersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModule(QStringLiteral("lambda"), *sysfs,
                        {declared("greeting", "charp", "What to say"), declared("objects", "int", "How many"),
                         declared("hidden", "bool", "Not in sysfs")});
        QCOMPARE(model.rowCount(), 4);
        auto access = [&](const char* name) {
            return Access(model.index(model.rowOf(QLatin1String(name)), 0)
                              .data(ModuleParametersModel::AccessRole)
                              .toInt());
        };
        QCOMPARE(access("greeting"), Access::Writable);
        QCOMPARE(access("objects"), Access::ReadOnly);
        QCOMPARE(access("secret"), Access::RootOnly);
        QCOMPARE(access("hidden"), Access::Hidden);

        const int greeting = model.rowOf(QStringLiteral("greeting"));
        const int objects = model.rowOf(QStringLiteral("objects"));
        QVERIFY(model.flags(model.index(greeting, ModuleParametersModel::ValueColumn)) & Qt::ItemIsEditable);
        QVERIFY(
            !(model.flags(model.index(objects, ModuleParametersModel::ValueColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.index(objects, ModuleParametersModel::ValueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("set at load only")));
        QCOMPARE(model.index(greeting, ModuleParametersModel::TypeColumn).data().toString(),
                 QStringLiteral("charp"));
        QCOMPARE(model.index(greeting, ModuleParametersModel::ValueColumn).data().toString(),
                 QStringLiteral("hello"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("hidden")), ModuleParametersModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("(not visible)"));

        // Editing asks for a write and leaves the shown value to the kernel.
        QSignalSpy requested(&model, &ModuleParametersModel::writeRequested);
        QVERIFY(
            !model.setData(model.index(objects, ModuleParametersModel::ValueColumn), QStringLiteral("1")));
        QCOMPARE(requested.size(), 0);
        model.setData(model.index(greeting, ModuleParametersModel::ValueColumn), QStringLiteral("bye"));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first(), (QVariantList{QStringLiteral("lambda"), QStringLiteral("greeting"),
                                                  QStringLiteral("hello"), QStringLiteral("bye")}));
        QCOMPARE(model.index(greeting, ModuleParametersModel::ValueColumn).data().toString(),
                 QStringLiteral("hello"));

        // The value changes in the kernel → one dataChanged for that row, no reset.
        QVERIFY(tree.write(QStringLiteral("/sys/module/lambda/parameters/greeting"), "bye\n"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setModule(QStringLiteral("lambda"),
                        *readSysfsModule(KernelFs(tree.root()), QStringLiteral("lambda")),
                        {declared("greeting", "charp", "What to say"), declared("objects", "int", "How many"),
                         declared("hidden", "bool", "Not in sysfs")});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), greeting);
        QCOMPARE(model.index(greeting, ModuleParametersModel::ValueColumn).data().toString(),
                 QStringLiteral("bye"));
    }

    void capturedSg()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        ModuleParametersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModule(QStringLiteral("sg"), *readSysfsModule(fs, QStringLiteral("sg")), {});
        // sg's parameters.modes: allow_dio, def_reserved_size, scatter_elem_sz, all 644.
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(Access(model.index(row, 0).data(ModuleParametersModel::AccessRole).toInt()),
                     Access::Writable);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModuleParametersModel)
#include "tst_moduleparametersmodel.moc"
