// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunablesmodel.h"
#include "tunablestree.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace kaleido;

class TestTunablesModel : public QObject
{
    Q_OBJECT

private:
    QModelIndex valueIndex(const TunablesModel& model, const QString& key) const
    {
        return model.index(model.rowOf(key), TunablesModel::ValueColumn);
    }

private Q_SLOTS:
    void showsEveryTunableWithItsValue()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        TunablesModel model{KernelFs(root.path())};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), int(privileged::tunableTable().size()));
        QCOMPARE(valueIndex(model, QStringLiteral("vm.swappiness")).data().toString(), u"60");
        QCOMPARE(valueIndex(model, QStringLiteral("vm.swappiness")).data(TunablesModel::RawValueRole), QVariant(60LL));
        QCOMPARE(valueIndex(model, QStringLiteral("thp.enabled")).data().toString(), u"never");
        QCOMPARE(valueIndex(model, QStringLiteral("vm.drop_caches")).data().toString(), u"(action)");
        QVERIFY(valueIndex(model, QStringLiteral("vm.swappiness")).flags() & Qt::ItemIsEditable);
        QVERIFY(!(model.index(0, TunablesModel::SettingColumn).flags() & Qt::ItemIsEditable));
        // Every row explains itself.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, TunablesModel::SettingColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(TunablesModel::OriginalColumn, Qt::Horizontal).toString(), u"Before");
    }

    void missingFileSaysWhy()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        QVERIFY(QFile::remove(root.filePath(QStringLiteral("sys/kernel/mm/ksm/run"))));
        TunablesModel model{KernelFs(root.path())};
        const QString text = valueIndex(model, QStringLiteral("ksm.run")).data().toString();
        QVERIFY2(text.contains(u"ksm"), qPrintable(text));
        QCOMPARE(model.currentValue(QStringLiteral("ksm.run")), QString());
    }

    void editingRequestsAChangeButChangesNothing()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        TunablesModel model{KernelFs(root.path())};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy requested(&model, &TunablesModel::changeRequested);
        const QModelIndex swappiness = valueIndex(model, QStringLiteral("vm.swappiness"));
        QVERIFY(!model.setData(swappiness, QStringLiteral("10")));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"vm.swappiness");
        QCOMPARE(requested.at(0).at(1).toString(), u"10");
        QCOMPARE(swappiness.data().toString(), u"60");
        // The same value again is not a change.
        QVERIFY(!model.setData(swappiness, QStringLiteral("60")));
        QCOMPARE(requested.size(), 1);
    }

    void remembersTheOriginalForRevert()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        TunablesModel model{KernelFs(root.path())};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString key = QStringLiteral("vm.swappiness");
        model.recordChange(key, QStringLiteral("60"), QStringLiteral("10"));
        model.recordChange(key, QStringLiteral("10"), QStringLiteral("20"));
        QCOMPARE(model.originalValue(key), u"60"); // the first change's old value
        QCOMPARE(model.currentValue(key), u"20");
        QCOMPARE(model.changedKeys(), QStringList{key});
        QVERIFY(valueIndex(model, key).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(model.rowOf(key), TunablesModel::OriginalColumn).data().toString(), u"60");
        model.recordChange(key, QStringLiteral("20"), QStringLiteral("60"));
        QVERIFY(model.originalValue(key).isNull());
        QVERIFY(model.changedKeys().isEmpty());
        // Actions have no value to go back to.
        model.recordChange(QStringLiteral("vm.drop_caches"), QString(), QString());
        QVERIFY(model.changedKeys().isEmpty());
    }

    void refreshReportsOnlyWhatChanged()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        TunablesModel model{KernelFs(root.path())};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(changed.size(), 0);
        QFile file(root.filePath(QStringLiteral("proc/sys/vm/swappiness")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("33\n");
        file.close();
        model.refresh();
        QCOMPARE(changed.size(), 1);
        const int row = model.rowOf(QStringLiteral("vm.swappiness"));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(valueIndex(model, QStringLiteral("vm.swappiness")).data().toString(), u"33");
    }

    void sortsNumbersAsNumbers()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        TunablesModel model{KernelFs(root.path())};
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TunablesModel::RawValueRole);
        proxy.sort(TunablesModel::ValueColumn, Qt::DescendingOrder);
        // overcommit_kbytes etc. are 0, min_free_kbytes 128, swappiness 60: 128 must sort above 60 (text would not).
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, TunablesModel::KeyColumn).data().toString());
        QVERIFY(order.indexOf(QStringLiteral("vm.min_free_kbytes")) < order.indexOf(QStringLiteral("vm.swappiness")));
    }
};

QTEST_GUILESS_MAIN(TestTunablesModel)
#include "tst_tunablesmodel.moc"
