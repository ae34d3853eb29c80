// SPDX-License-Identifier: GPL-2.0-or-later
#include "asnobody.h"
#include "slabinfo.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestSlabinfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/slabinfo (the task_struct line).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("caches");
        QTest::addColumn<QString>("firstCache");
        // task_struct: active_objs num_objs objsize objperslab pagesperslab active_slabs num_slabs
        QTest::addColumn<QList<quint64>>("task");
        QTest::addColumn<quint64>("taskLeftover"); // per slab 8 × 4096 − objperslab × objsize, × num_slabs
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 235
                                   << QStringLiteral("btrfs_delayed_node")
                                   << QList<quint64>{130, 130, 5888, 5, 8, 26, 26}
                                   << quint64((32768 - 5 * 5888) * 26);
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 155
                                    << QStringLiteral("kcopyd_job")
                                    << QList<quint64>{66, 66, 8448, 3, 8, 22, 22}
                                    << quint64((32768 - 3 * 8448) * 22);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, caches);
        QFETCH(QString, firstCache);
        QFETCH(QList<quint64>, task);
        QFETCH(quint64, taskLeftover);

        const auto info = readSlabinfo(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->version, QStringLiteral("2.1"));
        QCOMPARE(info->caches.size(), caches);
        QCOMPARE(info->caches.constFirst().name, firstCache);
        const SlabInfo::Cache* t = info->find(u"task_struct");
        QVERIFY(t);
        QCOMPARE(t->activeObjs, task.at(0));
        QCOMPARE(t->numObjs, task.at(1));
        QCOMPARE(t->objSize, task.at(2));
        QCOMPARE(t->objPerSlab, task.at(3));
        QCOMPARE(t->pagesPerSlab, task.at(4));
        QCOMPARE(t->activeSlabs, task.at(5));
        QCOMPARE(t->numSlabs, task.at(6));
        QCOMPARE(t->limit, quint64(0)); // SLUB has no tunables
        QCOMPARE(t->sharedAvail, quint64(0));
        QVERIFY(t->extra.isEmpty());
        QCOMPARE(t->cacheBytes(4096), task.at(6) * task.at(4) * 4096);
        QCOMPARE(t->usePercent(), 100.0);
        QCOMPARE(t->leftoverBytes(4096), taskLeftover);
        QVERIFY(info->find(u"kmalloc-64"));
        QVERIFY(!info->find(u"kmalloc-63"));
    }

    void derivedValuesOn618()
    {
        // dentry 144520 144627 192 21 1 … slabdata 6887 6887: 4096 − 21 × 192 = 64 bytes left in each slab.
        const auto info = readSlabinfo(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QVERIFY(info.ok());
        const SlabInfo::Cache* d = info->find(u"dentry");
        QVERIFY(d);
        QCOMPARE(d->cacheBytes(4096), quint64(6887) * 4096);
        QCOMPARE(d->leftoverBytes(4096), quint64(64) * 6887);
        QCOMPARE(d->usePercent(), 100.0 * 144520 / 144627);
        // An empty cache: no division by zero.
        const SlabInfo::Cache* empty = info->find(u"btrfs_delayed_node");
        QCOMPARE(empty->usePercent(), 0.0);
        QCOMPARE(empty->cacheBytes(4096), quint64(0));
        QCOMPARE(empty->leftoverBytes(4096), quint64(0));
    }

    void columnsFollowTheHeader()
    {
        // The old SLAB allocator's statistics build adds sections; columns are found by their header names.
        const QByteArray text =
            "slabinfo - version: 2.1 (statistics)\n"
            "# name <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> "
            "<batchcount> "
            "<sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail> : globalstat <listallocs> "
            "<maxobjs> : cpustat <allochit> <allocmiss>\n"
            "size-64 30 59 64 59 1 : tunables 120 60 8 : slabdata 1 1 0 : globalstat 7 59 : cpustat 100 3\n";
        const auto info = parseSlabinfo(text);
        QVERIFY(info.ok());
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->version, QStringLiteral("2.1 (statistics)"));
        const SlabInfo::Cache& c = info->caches.constFirst();
        QCOMPARE(c.limit, quint64(120));
        QCOMPARE(c.batchCount, quint64(60));
        QCOMPARE(c.sharedFactor, quint64(8));
        QCOMPARE(c.extra.size(), 4);
        QCOMPARE(c.extra.at(0).first, QByteArray("listallocs"));
        QCOMPARE(c.extra.at(3).second, quint64(3));
    }

    void reorderedColumns()
    {
        const auto info = parseSlabinfo("# name <num_objs> <active_objs> <objsize>\nfoo 10 4 32\n");
        QVERIFY(info.ok());
        QCOMPARE(info->caches.constFirst().numObjs, quint64(10));
        QCOMPARE(info->caches.constFirst().activeObjs, quint64(4));
        QCOMPARE(info->caches.constFirst().usePercent(), 40.0);
    }

    void noHeaderMeansVersion21()
    {
        const auto info = parseSlabinfo("foo 1 2 64 64 1 : tunables 0 0 0 : slabdata 1 1 0\nbar 1 2 3 4 5\n");
        QVERIFY(info.ok());
        QCOMPARE(info->caches.size(), 1);
        QCOMPARE(info->caches.constFirst().objSize, quint64(64));
        QCOMPARE(info->skippedLines.size(), 1);
        QCOMPARE(info->skippedLines.constFirst().line, 2);
    }

    void nameWithBlank()
    {
        const auto info = parseSlabinfo("odd name 1 2 64 64 1 : tunables 0 0 0 : slabdata 1 1 0\n");
        QVERIFY(info.ok());
        QCOMPARE(info->caches.constFirst().name, QStringLiteral("odd name"));
    }

    void badLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("truncated") << QByteArray("bar 1 2 64 64 1 : tunables 0 0 0 : slabdata 1");
        QTest::newRow("word for number") << QByteArray("bar 1 x 64 64 1 : tunables 0 0 0 : slabdata 1 1 0\n");
        QTest::newRow("wrong literal") << QByteArray("bar 1 2 64 64 1 : tunable 0 0 0 : slabdata 1 1 0\n");
        QTest::newRow("overflow") << QByteArray(
            "bar 1 2 64 64 1 : tunables 0 0 0 : slabdata 1 1 99999999999999999999\n");
        QTest::newRow("bad header") << QByteArray("# nothing here\n");
    }
    void badLinesAreSkipped()
    {
        QFETCH(QByteArray, line);
        const QByteArray text =
            "slabinfo - version: 2.1\nfoo 1 2 64 64 1 : tunables 0 0 0 : slabdata 1 1 0\n" + line;
        const auto info = parseSlabinfo(text);
        QVERIFY(info.ok());
        QCOMPARE(info->caches.size(), 1);
        QCOMPARE(info->skippedLines.size(), 1);
        QCOMPARE(info->skippedLines.constFirst().line, 3);
    }

    void inconsistentCountsDoNotWrap()
    {
        // Counts are gathered while the cache changes: more object bytes than slab bytes must not wrap.
        const auto info = parseSlabinfo("foo 100 100 4096 1 1 : tunables 0 0 0 : slabdata 1 1 0\n");
        QVERIFY(info.ok());
        QCOMPARE(info->caches.constFirst().leftoverBytes(4096), quint64(0));
        const auto huge = parseSlabinfo("foo 1 18446744073709551615 18446744073709551615 1 "
                                        "18446744073709551615 : tunables 0 0 0 : slabdata 1 "
                                        "18446744073709551615 0\n");
        QVERIFY(huge.ok());
        QCOMPARE(huge->caches.constFirst().cacheBytes(4096), std::numeric_limits<quint64>::max());
        QCOMPARE(huge->caches.constFirst().leftoverBytes(4096), quint64(0));
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("a b c\n");
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto info = parseSlabinfo(input);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Malformed);
    }

    void rootOnly()
    {
        const int status = test::runAsNobody([] {
            const auto info = readSlabinfo(KernelFs());
            if (info.ok())
                return 1;
            return info.error().kind == ErrorKind::PermissionDenied ? 0 : 2;
        });
        QCOMPARE(status, 0);
    }

    void liveKernelAsRoot()
    {
        if (geteuid() != 0)
            QSKIP("/proc/slabinfo needs root");
        const auto info = readSlabinfo(KernelFs());
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QVERIFY(info->caches.size() > 20);
        for (const SlabInfo::Cache& c : info->caches) {
            QVERIFY2(c.activeObjs <= c.numObjs, qPrintable(c.name));
            QVERIFY2(c.objPerSlab > 0 && c.pagesPerSlab > 0, qPrintable(c.name));
        }
        QVERIFY(info->find(u"kmalloc-64"));
    }
};

QTEST_GUILESS_MAIN(TestSlabinfo)
#include "tst_slabinfo.moc"
