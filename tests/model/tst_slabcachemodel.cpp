// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Slab's table: the captured kernels' /proc/slabinfo, a hand-made one with exact fragmentation
// figures, sorting by raw value and filtering by name through a proxy, changes between samples, and the
// kmalloc classes.
#include "chartroles.h"
#include "kmallocclasses.h"
#include "slabcachemodel.h"
#include "slabinfo.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kaleido;

namespace {

constexpr quint64 kPage = 4096;

const QByteArray kHeader =
    "slabinfo - version: 2.1\n"
    "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> "
    "<batchcount> <sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail>\n";

QByteArray line(const char* name, quint64 active, quint64 objects, quint64 size, quint64 perSlab,
                quint64 pages, quint64 slabs)
{
    return QByteArray(name) + ' ' + QByteArray::number(active) + ' ' + QByteArray::number(objects) + ' ' +
           QByteArray::number(size) + ' ' + QByteArray::number(perSlab) + ' ' + QByteArray::number(pages) +
           " : tunables 0 0 0 : slabdata " + QByteArray::number(slabs) + ' ' + QByteArray::number(slabs) +
           " 0\n";
}

/// Figures chosen so every estimate is easy to check by hand (4 KiB pages):
///  odd_cache   4 objects of 1000 B in a 1-page slab: 4096 − 4000 = 96 B per slab × 25 slabs = 2400 B
///  big_cache   10 objects of 3000 B in an 8-page slab: 32768 − 30000 = 2768 B per slab × 3 slabs = 8304 B
///  exact_fit   64 × 64 B = 4096 B: nothing left over
///  overfull    1 object of 5000 B claimed in a 1-page slab: inconsistent, counted as 0
///  empty_cache no slabs at all
QByteArray handMade()
{
    return kHeader + line("odd_cache", 90, 100, 1000, 4, 1, 25) + line("big_cache", 25, 30, 3000, 10, 8, 3) +
           line("exact_fit", 64, 64, 64, 64, 1, 1) + line("overfull", 10, 10, 5000, 1, 1, 10) +
           line("empty_cache", 0, 0, 128, 32, 1, 0);
}

SlabInfo parsed(const QByteArray& text)
{
    auto info = parseSlabinfo(text);
    return info ? *info : SlabInfo{};
}

QVariant raw(const SlabCacheModel& model, const QString& cache, int column)
{
    return model.index(model.rowOf(cache), column).data(ChartRoles::RawValueRole);
}

QString shown(const SlabCacheModel& model, const QString& cache, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(cache), column).data(role).toString();
}

QStringList namesInOrder(const QAbstractItemModel& proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, SlabCacheModel::NameColumn).data().toString());
    return names;
}

/// The proxy the page uses: sorted by raw value, filtered by name.
void configure(QSortFilterProxyModel& proxy, SlabCacheModel& model)
{
    proxy.setSourceModel(&model);
    proxy.setSortRole(ChartRoles::RawValueRole);
    proxy.setFilterKeyColumn(SlabCacheModel::NameColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setDynamicSortFilter(true);
}

} // namespace

class TestSlabCacheModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The totals were added up with awk over the same files (cache size = num_slabs × pagesperslab × 4096,
    // live objects = Σ active_objs × objsize, slots = Σ num_objs × objsize, waste = Σ num_slabs × max(0, 4096
    // × pagesperslab − objperslab × objsize)).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("caches");
        QTest::addColumn<quint64>("cacheBytes");
        QTest::addColumn<quint64>("activeBytes");
        QTest::addColumn<quint64>("slotBytes");
        QTest::addColumn<quint64>("waste");
        QTest::addColumn<quint64>("dentryActive");
        QTest::addColumn<quint64>("dentrySlabs");
        QTest::addColumn<quint64>("taskStructWaste");
        QTest::addColumn<QStringList>("largest");
        // task_struct: 6.1 has 3 × 8448 B in 8 pages (32768 − 25344 = 7424 B × 22 slabs); 6.18 has 5 × 5888 B
        // (32768 − 29440 = 3328 B × 26 slabs).
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian") << 155 << quint64(16678912)
                             << quint64(15960432) << quint64(15994168) << quint64(684744) << quint64(10836)
                             << quint64(516) << quint64(7424 * 22)
                             << QStringList{QStringLiteral("inode_cache"), QStringLiteral("dentry"),
                                            QStringLiteral("kernfs_node_cache")};
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host") << 235 << quint64(223657984)
                              << quint64(217601160) << quint64(219154960) << quint64(4503024)
                              << quint64(144520) << quint64(6887) << quint64(3328 * 26)
                              << QStringList{QStringLiteral("ext4_inode_cache"),
                                             QStringLiteral("buffer_head"), QStringLiteral("dentry")};
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, caches);
        QFETCH(quint64, cacheBytes);
        QFETCH(quint64, activeBytes);
        QFETCH(quint64, slotBytes);
        QFETCH(quint64, waste);
        QFETCH(quint64, dentryActive);
        QFETCH(quint64, dentrySlabs);
        QFETCH(quint64, taskStructWaste);
        QFETCH(QStringList, largest);

        const auto info = readSlabinfo(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY(info.ok());
        SlabCacheModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(kPage);
        model.update(*info, 1'000'000);

        QCOMPARE(model.rowCount(), caches);
        QCOMPARE(model.columnCount(), int(SlabCacheModel::ColumnCount));
        const SlabCacheModel::Totals& t = model.totals();
        QCOMPARE(t.caches, caches);
        QCOMPARE(t.cacheBytes, cacheBytes);
        QCOMPARE(t.activeObjectBytes, activeBytes);
        QCOMPARE(t.totalObjectBytes, slotBytes);
        QCOMPARE(t.fragmentationBytes, waste);

        const QString dentry = QStringLiteral("dentry");
        QCOMPARE(raw(model, dentry, SlabCacheModel::ActiveObjectsColumn).toULongLong(), dentryActive);
        QCOMPARE(raw(model, dentry, SlabCacheModel::SlabsColumn).toULongLong(), dentrySlabs);
        QCOMPARE(raw(model, dentry, SlabCacheModel::ObjectSizeColumn).toULongLong(), 192u);
        QCOMPARE(raw(model, dentry, SlabCacheModel::CacheSizeColumn).toULongLong(), dentrySlabs * kPage);
        // 21 × 192 B = 4032 B of a 4096-byte slab: 64 B left in each.
        QCOMPARE(raw(model, dentry, SlabCacheModel::FragmentationColumn).toULongLong(), 64 * dentrySlabs);
        QCOMPARE(raw(model, QStringLiteral("task_struct"), SlabCacheModel::FragmentationColumn).toULongLong(),
                 taskStructWaste);
        QCOMPARE(shown(model, dentry, SlabCacheModel::ObjectSizeColumn), u"192 B");
        // The first sample has nothing to compare with; "since start" is zero.
        QVERIFY(!raw(model, dentry, SlabCacheModel::ChangeColumn).isValid());
        QCOMPARE(raw(model, dentry, SlabCacheModel::ChangeSinceBaseColumn).toLongLong(), 0);

        // Sorted by cache size, largest first, through the page's proxy.
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        configure(proxy, model);
        proxy.sort(SlabCacheModel::CacheSizeColumn, Qt::DescendingOrder);
        QCOMPARE(namesInOrder(proxy).mid(0, 3), largest);

        // Every kmalloc-cg class from 8 B to 8 KiB, found case-insensitively.
        proxy.setFilterFixedString(QStringLiteral("KMALLOC-CG-"));
        QCOMPARE(proxy.rowCount(), 13);
        proxy.sort(SlabCacheModel::ObjectSizeColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, SlabCacheModel::NameColumn).data().toString(), u"kmalloc-cg-8");
        QCOMPARE(proxy.index(12, SlabCacheModel::NameColumn).data().toString(), u"kmalloc-cg-8k");
    }

    void handMadeFragmentationIsExact()
    {
        SlabCacheModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(kPage);
        model.update(parsed(handMade()), 1'000);
        QCOMPARE(model.rowCount(), 5);

        const auto waste = [&](const char* cache) {
            return raw(model, QString::fromLatin1(cache), SlabCacheModel::FragmentationColumn).toULongLong();
        };
        QCOMPARE(waste("odd_cache"), 96u * 25);
        QCOMPARE(waste("big_cache"), 2768u * 3);
        QCOMPARE(waste("exact_fit"), 0u);
        QCOMPARE(waste("overfull"), 0u);
        QCOMPARE(waste("empty_cache"), 0u);
        QCOMPARE(model.totals().fragmentationBytes, 96u * 25 + 2768u * 3);
        QCOMPARE(shown(model, QStringLiteral("odd_cache"), SlabCacheModel::FragmentationColumn), u"2.34 KiB");
        const QString tip =
            shown(model, QStringLiteral("odd_cache"), SlabCacheModel::FragmentationColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(u"4,096 − 4 × 1,000 = 96 bytes per slab, × 25 slabs = 2,400 bytes"),
                 qPrintable(tip));

        // Cache sizes and use.
        QCOMPARE(raw(model, QStringLiteral("odd_cache"), SlabCacheModel::CacheSizeColumn).toULongLong(),
                 25u * 4096);
        QCOMPARE(raw(model, QStringLiteral("big_cache"), SlabCacheModel::CacheSizeColumn).toULongLong(),
                 3u * 8 * 4096);
        QCOMPARE(raw(model, QStringLiteral("odd_cache"), SlabCacheModel::UseColumn).toDouble(), 90.0);
        QCOMPARE(shown(model, QStringLiteral("odd_cache"), SlabCacheModel::UseColumn), u"90.0 %");
        QCOMPARE(shown(model, QStringLiteral("empty_cache"), SlabCacheModel::UseColumn), u"–");
        QCOMPARE(model.totals().activeObjectBytes, 90u * 1000 + 25u * 3000 + 64u * 64 + 10u * 5000);
        QCOMPARE(model.totals().totalObjectBytes, 100u * 1000 + 30u * 3000 + 64u * 64 + 10u * 5000);

        // The estimate follows the page size: with 16 KiB pages each slab of odd_cache leaves 12384 B.
        SlabCacheModel large;
        large.setPageSize(16384);
        large.update(parsed(handMade()), 1'000);
        QCOMPARE(raw(large, QStringLiteral("odd_cache"), SlabCacheModel::FragmentationColumn).toULongLong(),
                 (16384u - 4000u) * 25);
        QCOMPARE(raw(large, QStringLiteral("overfull"), SlabCacheModel::FragmentationColumn).toULongLong(),
                 (16384u - 5000u) * 10);

        // The header says what is estimated.
        const QString header =
            model.headerData(SlabCacheModel::FragmentationColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(header.contains(u"objects per slab × object size") &&
                     header.contains(u"times the number of slabs"),
                 qPrintable(header));
        for (int column = 0; column < SlabCacheModel::ColumnCount; ++column)
            QVERIFY2(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                     qPrintable(QString::number(column)));
    }

    void sortsByRawValueAndFiltersByName()
    {
        SlabCacheModel model;
        model.setPageSize(kPage);
        model.update(parsed(handMade()), 1'000);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        configure(proxy, model);

        // Cache sizes 102400, 98304, 40960, 4096, 0: by value, not by the text ("96.0 KiB" < "100 KiB").
        proxy.sort(SlabCacheModel::CacheSizeColumn, Qt::DescendingOrder);
        QCOMPARE(namesInOrder(proxy), (QStringList{QStringLiteral("odd_cache"), QStringLiteral("big_cache"),
                                                   QStringLiteral("overfull"), QStringLiteral("exact_fit"),
                                                   QStringLiteral("empty_cache")}));
        proxy.sort(SlabCacheModel::ObjectSizeColumn, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(proxy), (QStringList{QStringLiteral("exact_fit"), QStringLiteral("empty_cache"),
                                                   QStringLiteral("odd_cache"), QStringLiteral("big_cache"),
                                                   QStringLiteral("overfull")}));
        proxy.sort(SlabCacheModel::FragmentationColumn, Qt::DescendingOrder);
        QCOMPARE(namesInOrder(proxy).mid(0, 2),
                 (QStringList{QStringLiteral("big_cache"), QStringLiteral("odd_cache")}));
        proxy.sort(SlabCacheModel::UseColumn, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(proxy).mid(0, 3),
                 (QStringList{QStringLiteral("empty_cache"), QStringLiteral("big_cache"),
                              QStringLiteral("odd_cache")}));

        proxy.setFilterFixedString(QStringLiteral("CACHE"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterFixedString(QStringLiteral("fit"));
        QCOMPARE(namesInOrder(proxy), QStringList{QStringLiteral("exact_fit")});
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 5);

        // Sorting keeps up with new samples (the page's proxy sorts dynamically).
        proxy.sort(SlabCacheModel::CacheSizeColumn, Qt::DescendingOrder);
        model.update(parsed(kHeader + line("odd_cache", 90, 100, 1000, 4, 1, 25) +
                            line("exact_fit", 6400, 6400, 64, 64, 1, 100)),
                     2'000);
        QCOMPARE(namesInOrder(proxy),
                 (QStringList{QStringLiteral("exact_fit"), QStringLiteral("odd_cache")}));
    }

    void changesBetweenSamplesAndSinceTheBaseline()
    {
        SlabCacheModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(kPage);
        model.update(parsed(kHeader + line("a", 10, 10, 100, 40, 1, 1) + line("b", 5, 5, 100, 40, 1, 1) +
                            line("c", 1, 40, 100, 40, 1, 1)),
                     1'000);
        const QPersistentModelIndex bRow = model.index(model.rowOf(QStringLiteral("b")), 0);

        // a grows by 2 slabs, b shrinks to nothing, c vanishes, d appears.
        model.update(parsed(kHeader + line("a", 110, 120, 100, 40, 1, 3) + line("b", 0, 0, 100, 40, 1, 0) +
                            line("d", 1, 40, 100, 40, 1, 2)),
                     2'000);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("c")), -1);
        QVERIFY(bRow.isValid()); // rows are matched by name: b kept its row
        QCOMPARE(bRow.data().toString(), u"b");
        QCOMPARE(raw(model, QStringLiteral("a"), SlabCacheModel::ChangeColumn).toLongLong(), 2 * 4096);
        QCOMPARE(shown(model, QStringLiteral("a"), SlabCacheModel::ChangeColumn), u"+8.00 KiB");
        QCOMPARE(raw(model, QStringLiteral("b"), SlabCacheModel::ChangeColumn).toLongLong(), -4096);
        QCOMPARE(shown(model, QStringLiteral("b"), SlabCacheModel::ChangeColumn), u"−4.00 KiB");
        QCOMPARE(raw(model, QStringLiteral("d"), SlabCacheModel::ChangeColumn).toLongLong(), 2 * 4096);
        QCOMPARE(raw(model, QStringLiteral("d"), SlabCacheModel::ChangeSinceBaseColumn).toLongLong(),
                 2 * 4096);
        const QString tip = shown(model, QStringLiteral("a"), SlabCacheModel::ChangeColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(u"active objects +100") && tip.contains(u"slabs +2"), qPrintable(tip));

        model.update(parsed(kHeader + line("a", 150, 160, 100, 40, 1, 4) + line("b", 0, 0, 100, 40, 1, 0) +
                            line("d", 1, 40, 100, 40, 1, 2)),
                     3'000);
        QCOMPARE(raw(model, QStringLiteral("a"), SlabCacheModel::ChangeColumn).toLongLong(), 4096);
        QCOMPARE(raw(model, QStringLiteral("a"), SlabCacheModel::ChangeSinceBaseColumn).toLongLong(),
                 3 * 4096);
        QCOMPARE(raw(model, QStringLiteral("d"), SlabCacheModel::ChangeColumn).toLongLong(), 0);

        // "Compare from now".
        model.resetBaseline();
        QCOMPARE(model.baselineMsecs(), 3'000);
        QCOMPARE(raw(model, QStringLiteral("a"), SlabCacheModel::ChangeSinceBaseColumn).toLongLong(), 0);
        model.update(parsed(kHeader + line("a", 150, 160, 100, 40, 1, 5) + line("b", 0, 0, 100, 40, 1, 0) +
                            line("d", 1, 40, 100, 40, 1, 2)),
                     4'000);
        QCOMPARE(raw(model, QStringLiteral("a"), SlabCacheModel::ChangeSinceBaseColumn).toLongLong(), 4096);
        QCOMPARE(model.sampleCount(), 4);

        // Stopped figures are greyed out and say so; clear() leaves nothing.
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        model.setLive(false);
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(shown(model, QStringLiteral("a"), SlabCacheModel::CacheSizeColumn, Qt::ToolTipRole)
                    .contains(u"no longer updated"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals().caches, 0);
        QCOMPARE(model.sampleCount(), 0);
    }

    void kmallocClasses()
    {
        const auto plain = KmallocClasses::parseName(u"kmalloc-192");
        QVERIFY(plain);
        QCOMPARE(plain->variant, KmallocClasses::Variant::Normal);
        QCOMPARE(plain->size, 192u);
        QCOMPARE(plain->smallestRequest, 129u);
        QCOMPARE(KmallocClasses::parseName(u"kmalloc-cg-1k")->size, 1024u);
        QCOMPARE(KmallocClasses::parseName(u"kmalloc-cg-1k")->smallestRequest, 513u);
        QCOMPARE(KmallocClasses::parseName(u"kmalloc-cg-1k")->variant, KmallocClasses::Variant::Cgroup);
        QCOMPARE(KmallocClasses::parseName(u"kmalloc-rcl-96")->variant, KmallocClasses::Variant::Reclaimable);
        QCOMPARE(KmallocClasses::parseName(u"kmalloc-rcl-96")->smallestRequest, 65u);
        QCOMPARE(KmallocClasses::parseName(u"dma-kmalloc-8k")->variant, KmallocClasses::Variant::Dma);
        QCOMPARE(KmallocClasses::parseName(u"dma-kmalloc-8k")->size, 8192u);
        QCOMPARE(KmallocClasses::parseName(u"kmalloc-8")->smallestRequest, 1u);
        QCOMPARE(KmallocClasses::parseName(u"kmalloc-256")->smallestRequest, 193u);
        const auto random = KmallocClasses::parseName(u"kmalloc-rnd-03-64");
        QVERIFY(random);
        QCOMPARE(random->variant, KmallocClasses::Variant::Random);
        QCOMPARE(random->copy, 3);
        QCOMPARE(random->size, 64u);
        QCOMPARE(KmallocClasses::parseName(u"kmalloc-2M")->size, 2u * 1024 * 1024);
        QVERIFY(!KmallocClasses::parseName(u"kmalloc_buckets"));
        QVERIFY(!KmallocClasses::parseName(u"kmalloc-"));
        QVERIFY(!KmallocClasses::parseName(u"kmalloc-x1"));
        QVERIFY(!KmallocClasses::parseName(u"dentry"));

        const auto info = readSlabinfo(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))));
        QVERIFY(info.ok());
        SlabCacheModel model;
        model.setPageSize(kPage);
        model.update(*info, 1'000);
        const QString general = KmallocClasses::explanationHtml(&model);
        QVERIFY(general.contains(u"kmalloc-cg-N") && general.contains(u"kmalloc-rcl-N") &&
                general.contains(u"dma-kmalloc-N"));
        // The selected class: its range, its waste, and the same size in every variant of this kernel.
        const QString selected = KmallocClasses::explanationHtml(&model, QStringLiteral("kmalloc-192"));
        QVERIFY2(selected.contains(u"129 to 192 bytes") && selected.contains(u"63 bytes"),
                 qPrintable(selected));
        for (const char* variant : {"kmalloc-cg-192", "kmalloc-rcl-192", "dma-kmalloc-192"})
            QVERIFY2(selected.contains(QLatin1StringView(variant)), variant);
        QVERIFY(selected.contains(u"378")); // kmalloc-192's objects in the capture
        // Not a kmalloc cache: only the general text.
        QCOMPARE(KmallocClasses::explanationHtml(&model, QStringLiteral("dentry")), general);
        QVERIFY(shown(model, QStringLiteral("kmalloc-192"), SlabCacheModel::NameColumn, Qt::ToolTipRole)
                    .contains(u"129 to 192"));
    }
};

QTEST_GUILESS_MAIN(TestSlabCacheModel)
#include "tst_slabcachemodel.moc"
