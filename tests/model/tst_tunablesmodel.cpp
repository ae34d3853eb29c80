// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunablesmodel.h"
#include "tunablestree.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace kaleido;

namespace {
void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}
} // namespace

class TestTunablesModel : public QObject
{
    Q_OBJECT

private:
    // Each test keeps its originals in its own file, as a fresh installation would.
    QTemporaryDir m_settingsDir;
    QString m_settings;
    QModelIndex valueIndex(const TunablesModel& model, const QString& key) const
    {
        return model.index(model.rowOf(key), TunablesModel::ValueColumn);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        m_settings = m_settingsDir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                            QStringLiteral(".ini"));
    }

    void showsEveryTunableWithItsValue()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        TunablesModel model(KernelFs(root.path()), nullptr, m_settings);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), int(privileged::tunableTable().size()));
        QCOMPARE(valueIndex(model, QStringLiteral("vm.swappiness")).data().toString(), u"60");
        QCOMPARE(valueIndex(model, QStringLiteral("vm.swappiness")).data(TunablesModel::RawValueRole),
                 QVariant(60LL));
        QCOMPARE(valueIndex(model, QStringLiteral("thp.enabled")).data().toString(), u"never");
        QCOMPARE(valueIndex(model, QStringLiteral("vm.drop_caches")).data().toString(), u"(action)");
        QVERIFY(valueIndex(model, QStringLiteral("vm.swappiness")).flags() & Qt::ItemIsEditable);
        QVERIFY(!(model.index(0, TunablesModel::SettingColumn).flags() & Qt::ItemIsEditable));
        // Every row explains itself.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(
                !model.index(row, TunablesModel::SettingColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(TunablesModel::BeforeColumn, Qt::Horizontal).toString(), u"Before");
        QCOMPARE(model.headerData(TunablesModel::OriginalColumn, Qt::Horizontal).toString(), u"Original");
        // Values carry their units; the edit role is the bare value.
        QCOMPARE(valueIndex(model, QStringLiteral("vm.min_free_kbytes")).data().toString(), u"128 KiB");
        QCOMPARE(valueIndex(model, QStringLiteral("vm.min_free_kbytes")).data(Qt::EditRole).toString(),
                 u"128");
        QCOMPARE(valueIndex(model, QStringLiteral("vm.overcommit_ratio")).data().toString(), u"0 %");
        QCOMPARE(valueIndex(model, QStringLiteral("vm.overcommit_memory")).data().toString(),
                 u"0 (heuristic)");
        QCOMPARE(valueIndex(model, QStringLiteral("ksm.sleep_millisecs")).data().toString(), u"0 ms");
        QCOMPARE(valueIndex(model, QStringLiteral("ksm.pages_to_scan")).data().toString(), u"1 page");
        QCOMPARE(valueIndex(model, QStringLiteral("vm.watermark_scale_factor")).data().toString(),
                 u"1 (0.01 %)");
        QCOMPARE(model.index(model.rowOf(QStringLiteral("vm.min_free_kbytes")), TunablesModel::AcceptsColumn)
                     .data()
                     .toString(),
                 u"128 KiB to 4194304 KiB");
    }

    void missingFileSaysWhy()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        QVERIFY(QFile::remove(root.filePath(QStringLiteral("sys/kernel/mm/ksm/run"))));
        TunablesModel model(KernelFs(root.path()), nullptr, m_settings);
        const QString text = valueIndex(model, QStringLiteral("ksm.run")).data().toString();
        QVERIFY2(text.contains(u"ksm"), qPrintable(text));
        QCOMPARE(model.currentValue(QStringLiteral("ksm.run")), QString());
    }

    void editingRequestsAChangeButChangesNothing()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        TunablesModel model(KernelFs(root.path()), nullptr, m_settings);
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
        TunablesModel model(KernelFs(root.path()), nullptr, m_settings);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString key = QStringLiteral("vm.swappiness");
        model.recordChange(key, QStringLiteral("60"), QStringLiteral("10"));
        model.recordChange(key, QStringLiteral("10"), QStringLiteral("20"));
        QCOMPARE(model.beforeValue(key), u"60"); // the first change's old value
        QCOMPARE(model.currentValue(key), u"20");
        QCOMPARE(model.changedKeys(), QStringList{key});
        QVERIFY(valueIndex(model, key).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(model.rowOf(key), TunablesModel::BeforeColumn).data().toString(), u"60");
        model.recordChange(key, QStringLiteral("20"), QStringLiteral("60"));
        QVERIFY(model.beforeValue(key).isNull());
        QVERIFY(model.changedKeys().isEmpty());
        // Actions have no value to go back to.
        model.recordChange(QStringLiteral("vm.drop_caches"), QString(), QString());
        QVERIFY(model.changedKeys().isEmpty());
    }

    // The first value ever seen is kept in the settings: a later model (a restart) keeps it, even when the
    // kernel's value changed meanwhile, and marks the setting as differing from it.
    void originalsSurviveARestart()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        const QString key = QStringLiteral("vm.swappiness");
        {
            TunablesModel model(KernelFs(root.path()), nullptr, m_settings);
            QCOMPARE(model.originalValue(key), u"60");
            QVERIFY(model.originalRecorded(key).isValid());
            QVERIFY(!model.differsFromOriginal(key));
            QVERIFY(model.keysDifferingFromOriginal().isEmpty());
            // Actions have no original.
            QVERIFY(model.originalValue(QStringLiteral("vm.drop_caches")).isNull());
        }
        writeFile(root.filePath(QStringLiteral("proc/sys/vm/swappiness")), "20\n");
        writeFile(root.filePath(QStringLiteral("sys/kernel/mm/transparent_hugepage/enabled")),
                  "[always] madvise never\n");

        TunablesModel restarted(KernelFs(root.path()), nullptr, m_settings);
        QAbstractItemModelTester tester(&restarted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(restarted.currentValue(key), u"20");
        QCOMPARE(restarted.originalValue(key), u"60");
        QVERIFY(restarted.differsFromOriginal(key));
        QCOMPARE(restarted.keysDifferingFromOriginal(), (QStringList{key, QStringLiteral("thp.enabled")}));
        // Not a change of this session: Revert has nothing to do, Revert to Original has.
        QVERIFY(restarted.changedKeys().isEmpty());
        const int row = restarted.rowOf(key);
        QCOMPARE(restarted.index(row, TunablesModel::OriginalColumn).data().toString(), u"60");
        QVERIFY(restarted.index(row, TunablesModel::ValueColumn)
                    .data(TunablesModel::DiffersFromOriginalRole)
                    .toBool());
        QVERIFY(restarted.index(row, TunablesModel::ValueColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(restarted.index(row, TunablesModel::OriginalColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"first saw"));
        QCOMPARE(restarted.revertWrites(restarted.keysDifferingFromOriginal(),
                                        TunablesModel::RevertTarget::Original),
                 (QList<TunablesModel::Write>{{key, QStringLiteral("60")},
                                              {QStringLiteral("thp.enabled"), QStringLiteral("never")}}));
        QVERIFY(restarted.revertWrites({key}, TunablesModel::RevertTarget::Before).isEmpty());

        // The settings file holds them under the root's own group, value by value.
        QSettings settings(m_settings, QSettings::IniFormat);
        settings.beginGroup(TunablesModel::settingsGroup(KernelFs(root.path())));
        QCOMPARE(settings.value(key + QStringLiteral("/value")).toString(), u"60");
        QVERIFY(TunablesModel::settingsGroup(KernelFs(root.path())) !=
                TunablesModel::settingsGroup(KernelFs()));
        QCOMPARE(TunablesModel::settingsGroup(KernelFs()), u"TunablesOriginal");
    }

    // A setting the kernel did not have at first (KSM built out, then a kernel with it) is recorded when it
    // first appears; one that vanishes keeps its original.
    void originalRecordedWhenFirstReadable()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        const QString run = root.filePath(QStringLiteral("sys/kernel/mm/ksm/run"));
        QVERIFY(QFile::remove(run));
        TunablesModel model(KernelFs(root.path()), nullptr, m_settings);
        QVERIFY(model.originalValue(QStringLiteral("ksm.run")).isNull());
        writeFile(run, "1\n");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.originalValue(QStringLiteral("ksm.run")), u"1");
        writeFile(run, "0\n");
        model.refresh();
        QCOMPARE(model.originalValue(QStringLiteral("ksm.run")), u"1");
        QVERIFY(model.differsFromOriginal(QStringLiteral("ksm.run")));
    }

    // overcommit_ratio and overcommit_kbytes are one limit: writing either zeroes the other, so a revert is
    // planned as the one write that leaves both right.
    void overcommitLimitIsRevertedAsOne()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        const QString ratio = QStringLiteral("vm.overcommit_ratio");
        const QString kbytes = QStringLiteral("vm.overcommit_kbytes");
        writeFile(root.filePath(QStringLiteral("proc/sys/vm/overcommit_ratio")), "50\n");
        TunablesModel model(KernelFs(root.path()), nullptr, m_settings); // originals: ratio 50, kbytes 0

        // The kernel after "kbytes = 1048576": the ratio became 0.
        writeFile(root.filePath(QStringLiteral("proc/sys/vm/overcommit_kbytes")), "1048576\n");
        writeFile(root.filePath(QStringLiteral("proc/sys/vm/overcommit_ratio")), "0\n");
        model.recordChange(kbytes, QStringLiteral("0"), QStringLiteral("1048576"), QStringLiteral("50"));
        model.refresh();
        QCOMPARE(model.changedKeys(), (QStringList{ratio, kbytes}));
        QCOMPARE(model.beforeValue(ratio), u"50");
        // Writing kbytes = 0 would leave the ratio at 0: the plan writes the ratio, which zeroes kbytes.
        const QList<TunablesModel::Write> back{{ratio, QStringLiteral("50")}};
        QCOMPARE(model.revertWrites({kbytes}, TunablesModel::RevertTarget::Before), back);
        QCOMPARE(model.revertWrites({ratio, kbytes}, TunablesModel::RevertTarget::Before), back);
        QCOMPARE(model.revertWrites({kbytes}, TunablesModel::RevertTarget::Original), back);
        QCOMPARE(model.revertWrites(model.keysDifferingFromOriginal(), TunablesModel::RevertTarget::Original),
                 back);

        // Once the kernel has both back, nothing is left to do, and the session forgets both changes.
        writeFile(root.filePath(QStringLiteral("proc/sys/vm/overcommit_kbytes")), "0\n");
        writeFile(root.filePath(QStringLiteral("proc/sys/vm/overcommit_ratio")), "50\n");
        model.refresh();
        QVERIFY(model.changedKeys().isEmpty());
        QVERIFY(model.revertWrites({ratio, kbytes}, TunablesModel::RevertTarget::Original).isEmpty());

        // An original given in KiB is written as KiB (which zeroes the ratio).
        QSettings settings(m_settings, QSettings::IniFormat);
        settings.beginGroup(TunablesModel::settingsGroup(KernelFs(root.path())));
        settings.setValue(kbytes + QStringLiteral("/value"), QStringLiteral("2048"));
        settings.setValue(ratio + QStringLiteral("/value"), QStringLiteral("0"));
        settings.sync();
        TunablesModel other(KernelFs(root.path()), nullptr, m_settings);
        QCOMPARE(other.revertWrites({ratio}, TunablesModel::RevertTarget::Original),
                 (QList<TunablesModel::Write>{{kbytes, QStringLiteral("2048")}}));
    }

    void refreshReportsOnlyWhatChanged()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        TunablesModel model(KernelFs(root.path()), nullptr, m_settings);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(changed.size(), 0);
        writeFile(root.filePath(QStringLiteral("proc/sys/vm/swappiness")), "33\n");
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
        TunablesModel model(KernelFs(root.path()), nullptr, m_settings);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TunablesModel::RawValueRole);
        proxy.sort(TunablesModel::ValueColumn, Qt::DescendingOrder);
        // overcommit_kbytes etc. are 0, min_free_kbytes 128, swappiness 60: 128 must sort above 60 (text
        // would not).
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, TunablesModel::KeyColumn).data().toString());
        QVERIFY(order.indexOf(QStringLiteral("vm.min_free_kbytes")) <
                order.indexOf(QStringLiteral("vm.swappiness")));
    }
};

QTEST_GUILESS_MAIN(TestTunablesModel)
#include "tst_tunablesmodel.moc"
