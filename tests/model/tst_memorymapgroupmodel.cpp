// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Map grouped by file: the groups of the captured bash maps, their sums against the areas, and how
// the model follows its source (reset on other areas, dataChanged on a reload), under
// QAbstractItemModelTester.
#include "memorymapgroupmodel.h"
#include "testutils.h"
#include "units.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kaleido;

namespace {

constexpr quint64 KiB = 1024;

bool loadAndWait(MemoryMapModel& model, qint32 pid, bool reload = false)
{
    QSignalSpy loaded(&model, &MemoryMapModel::loaded);
    QSignalSpy failed(&model, &MemoryMapModel::failed);
    if (reload)
        model.reload();
    else
        model.setProcess(pid);
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 10000);
    return !loaded.isEmpty();
}

} // namespace

class TestMemoryMapGroupModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsOfCapturedBash()
    {
        MemoryMapModel source{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        MemoryMapGroupModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.setSourceModel(&source);
        QCOMPARE(groups.rowCount(), 0);
        QVERIFY(loadAndWait(source, 6600));

        // One group per distinct path; every area in exactly one.
        QSet<QString> paths;
        for (const auto& m : source.mappings())
            paths.insert(m.path);
        QCOMPARE(groups.rowCount(), paths.size());
        qsizetype areas = 0;
        for (int g = 0; g < groups.rowCount(); ++g) {
            areas += groups.group(g).rows.size();
            for (int row : groups.group(g).rows) {
                QCOMPARE(source.mapping(row).path, groups.group(g).path);
                QCOMPARE(groups.rowOfSourceRow(row), g);
            }
        }
        QCOMPARE(areas, source.rowCount());

        // bash: its five areas, summed.
        const int bash = groups.rowOfPath(QStringLiteral("/usr/bin/bash"));
        QVERIFY(bash >= 0);
        const MemoryMapGroupModel::Group& g = groups.group(bash);
        quint64 size = 0;
        quint64 rss = 0;
        for (int row : g.rows) {
            size += source.mapping(row).size();
            rss += source.mapping(row).values[MemoryMapModel::Rss];
        }
        QVERIFY(g.rows.size() >= 4);
        QCOMPARE(groups.index(bash, MemoryMapGroupModel::MappingsColumn).data(),
                 QVariant(QString::number(g.rows.size())));
        QCOMPARE(groups.index(bash, MemoryMapGroupModel::SizeColumn).data(MemoryMapGroupModel::SortRole),
                 QVariant(size));
        QCOMPARE(groups.index(bash, MemoryMapGroupModel::RssColumn).data(MemoryMapGroupModel::SortRole),
                 QVariant(rss));
        QCOMPARE(groups.index(bash, MemoryMapGroupModel::SizeColumn).data(),
                 QVariant(Units::formatBytes(size)));
        const QString permissions =
            groups.index(bash, MemoryMapGroupModel::PermissionsColumn).data().toString();
        QVERIFY2(permissions.contains(u"r-xp") && permissions.contains(u"r--p"), qPrintable(permissions));
        QVERIFY(groups.index(bash, MemoryMapGroupModel::KindsColumn).data().toString().contains(u"code"));
        QCOMPARE(groups.index(bash, 0).data(MemoryMapGroupModel::RowsRole).value<QList<int>>(), g.rows);
        QCOMPARE(groups.index(bash, 0).data(MemoryMapGroupModel::KeyRole),
                 QVariant(QStringLiteral("/usr/bin/bash")));

        // All anonymous memory is one row.
        const int anonymous = groups.rowOfPath(QString());
        QVERIFY(anonymous >= 0);
        QCOMPARE(groups.index(anonymous, MemoryMapGroupModel::PathColumn).data(),
                 QVariant(QStringLiteral("anonymous")));
        QCOMPARE(groups.group(anonymous).largestKind, MemoryMapModel::Kind::Anonymous);
        const int heap = groups.rowOfPath(QStringLiteral("[heap]"));
        QVERIFY(heap >= 0);
        QCOMPARE(groups.index(heap, 0).data(MemoryMapGroupModel::KindRole),
                 QVariant(int(MemoryMapModel::Kind::Heap)));

        // The totals are the source's, under this model's columns.
        QCOMPARE(groups.totalData(MemoryMapGroupModel::SizeColumn, MemoryMapGroupModel::SortRole),
                 QVariant(quint64(4076) * KiB));
        QCOMPARE(groups.totalData(MemoryMapGroupModel::PssColumn, MemoryMapGroupModel::SortRole),
                 QVariant(quint64(816) * KiB));
        QCOMPARE(groups.totalData(MemoryMapGroupModel::MappingsColumn, MemoryMapGroupModel::SortRole),
                 QVariant(qint64(30)));
        QVERIFY(!groups.totalData(MemoryMapGroupModel::PathColumn).toString().isEmpty());
        quint64 swapPss = 0;
        for (const auto& group : groups.groups())
            swapPss += group.values[MemoryMapModel::SwapPss];
        QCOMPARE(swapPss, source.totals().values[MemoryMapModel::SwapPss]);

        // Headers explain every column.
        for (int column = 0; column < MemoryMapGroupModel::ColumnCount; ++column) {
            QVERIFY(!groups.headerData(column, Qt::Horizontal).toString().isEmpty());
            QVERIFY(groups.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().size() > 20);
        }

        // Sorted by the raw value: the largest resident file first.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&groups);
        proxy.setSortRole(MemoryMapGroupModel::SortRole);
        proxy.sort(MemoryMapGroupModel::RssColumn, Qt::DescendingOrder);
        quint64 largest = 0;
        for (const auto& group : groups.groups())
            largest = std::max(largest, group.values[MemoryMapModel::Rss]);
        QCOMPARE(proxy.index(0, MemoryMapGroupModel::RssColumn).data(MemoryMapGroupModel::SortRole),
                 QVariant(largest));
    }

    void followsTheSource()
    {
        MemoryMapModel source{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        MemoryMapGroupModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.setSourceModel(&source);
        QVERIFY(loadAndWait(source, 133));
        const int before = groups.rowCount();
        QVERIFY(before > 3);

        // The same areas again: the sums are updated in place.
        QSignalSpy resets(&groups, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&groups, &QAbstractItemModel::dataChanged);
        QVERIFY(loadAndWait(source, 133, true));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(groups.rowCount(), before);

        // Another process: new groups.
        QVERIFY(loadAndWait(source, 1));
        QVERIFY(resets.size() >= 1);
        QVERIFY(groups.rowCount() > 0);
        QVERIFY(groups.rowOfPath(QStringLiteral("/usr/bin/bash")) < 0);

        // A failed read empties both.
        QVERIFY(!loadAndWait(source, 999999));
        QCOMPARE(groups.rowCount(), 0);

        // A source going away leaves an empty model, not a dangling one.
        {
            MemoryMapModel shortLived{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
            groups.setSourceModel(&shortLived);
            QVERIFY(loadAndWait(shortLived, 1));
            QVERIFY(groups.rowCount() > 0);
        }
        QCOMPARE(groups.rowCount(), 0);
        QVERIFY(!groups.sourceModel());
    }
};

QTEST_GUILESS_MAIN(TestMemoryMapGroupModel)
#include "tst_memorymapgroupmodel.moc"
