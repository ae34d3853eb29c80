// SPDX-License-Identifier: GPL-2.0-or-later
#include "asnobody.h"
#include "slabcacheattributes.h"
#include "slabinfo.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestSlabCacheAttributes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/sys/kernel/slab/ (captured later than
    // /proc/slabinfo, so counts differ from it; sizes do not).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("caches");
        QTest::addColumn<QStringList>("mergedNames"); // the names served by :A-0000064
        QTest::addColumn<quint64>("mergedObjects");
        QTest::addColumn<QList<quint64>>("inode"); // object_size slab_size objs_per_slab order total_objects
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 10
                                   << QStringList{QStringLiteral("anon_vma_chain"),
                                                  QStringLiteral("eventpoll_pwq"), QStringLiteral("fs_cache")}
                                   << quint64(2266) << QList<quint64>{616, 624, 13, 1, 1170};
        // On 6.1 vm_area_struct is mergeable too (:A-0000152) but serves only its own name.
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 10
                                    << QStringList{QStringLiteral("anon_vma_chain"),
                                                   QStringLiteral("eventpoll_pwq"),
                                                   QStringLiteral("fs_cache"),
                                                   QStringLiteral("tcp_bind2_bucket")}
                                    << quint64(192) << QList<quint64>{632, 640, 12, 1, 10464};
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, caches);
        QFETCH(QStringList, mergedNames);
        QFETCH(quint64, mergedObjects);
        QFETCH(QList<quint64>, inode);

        const KernelFs fs(test::fixtureRoot(kernel));
        const auto slab = readSlabSysfs(fs);
        QVERIFY2(slab.ok(), qPrintable(slab.error().message()));
        QCOMPARE(slab->caches.size(), caches);

        const SlabCacheAttributes* merged = slab->find(u"fs_cache");
        QVERIFY(merged);
        QCOMPARE(merged->directory, QStringLiteral(":A-0000064"));
        QVERIFY(merged->isMergeable());
        QCOMPARE(merged->names, mergedNames);
        QCOMPARE(merged->aliases(), quint64(mergedNames.size() - 1)); // every name but the first one
        QCOMPARE(slab->find(u"anon_vma_chain"), merged);
        QCOMPARE(merged->objectSize(), quint64(64));
        QCOMPARE(merged->objects()->total, mergedObjects);
        QCOMPARE(merged->objects()->perNode.size(), 1);
        QCOMPARE(merged->objects()->perNode.constFirst().first, 0);
        QCOMPARE(merged->objects()->perNode.constFirst().second, mergedObjects);

        const SlabCacheAttributes* kmalloc = slab->find(u"kmalloc-8k");
        QVERIFY(kmalloc);
        QVERIFY(!kmalloc->isMergeable());
        QCOMPARE(kmalloc->names, QStringList{QStringLiteral("kmalloc-8k")});
        QCOMPARE(kmalloc->order(), quint64(3));
        QCOMPARE(kmalloc->objsPerSlab(), quint64(4));
        QCOMPARE(kmalloc->align(), quint64(8192));
        QCOMPARE(kmalloc->paddingBytes(), quint64(0));

        const SlabCacheAttributes* ic = slab->find(u"inode_cache");
        QCOMPARE(ic->objectSize(), inode.at(0));
        QCOMPARE(ic->slabSize(), inode.at(1));
        QCOMPARE(ic->objsPerSlab(), inode.at(2));
        QCOMPARE(ic->order(), inode.at(3));
        QCOMPARE(ic->totalObjects()->total, inode.at(4));
        QCOMPARE(ic->reclaimAccount(), quint64(1));
        QCOMPARE(ic->paddingBytes(), (inode.at(1) - inode.at(0)) * inode.at(4));
        QVERIFY(!ic->number(QStringLiteral("no_such_attribute")).has_value());

        // /proc/slabinfo's objsize is the slot (slab_size), not object_size; objperslab agrees.
        const auto info = readSlabinfo(fs);
        QVERIFY(info.ok());
        for (const SlabCacheAttributes& c : slab->caches) {
            for (const QString& name : c.names) {
                const SlabInfo::Cache* line = info->find(name);
                if (!line)
                    continue; // an alias: slabinfo lists only the first name
                QCOMPARE(line->objSize, *c.slabSize());
                QCOMPARE(line->objPerSlab, *c.objsPerSlab());
                QCOMPARE(line->pagesPerSlab, quint64(1) << *c.order());
            }
        }
    }

    void onlySomeCaches()
    {
        const auto slab = readSlabSysfs(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))),
                                        {QStringLiteral("eventpoll_pwq"), QStringLiteral("dentry")});
        QVERIFY(slab.ok());
        QCOMPARE(slab->caches.size(), 2);
        QVERIFY(slab->find(u"fs_cache")); // found through its alias
        QVERIFY(!slab->find(u"kmalloc-64"));
    }

    void counts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("total");
        QTest::addColumn<int>("nodes");
        QTest::newRow("one node") << QByteArray("2266 N0=2266\n") << true << quint64(2266) << 1;
        QTest::newRow("two nodes") << QByteArray("30 N0=10 N1=20") << true << quint64(30) << 2;
        QTest::newRow("no nodes") << QByteArray("0\n") << true << quint64(0) << 0;
        QTest::newRow("per-cpu items skipped") << QByteArray("8 C0=4 C1=4") << true << quint64(8) << 0;
        QTest::newRow("empty") << QByteArray() << false << quint64(0) << 0;
        QTest::newRow("word") << QByteArray("many") << false << quint64(0) << 0;
        QTest::newRow("bad node") << QByteArray("5 Nx=5") << false << quint64(0) << 0;
        QTest::newRow("bare word after") << QByteArray("5 extra") << false << quint64(0) << 0;
        QTest::newRow("overflow") << QByteArray("5 N0=99999999999999999999") << false << quint64(0) << 0;
        QTest::newRow("node overflow") << QByteArray("5 N99999999999=1") << false << quint64(0) << 0;
    }
    void counts()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(quint64, total);
        QFETCH(int, nodes);
        const auto count = parseSlabCount(text);
        QCOMPARE(count.has_value(), ok);
        if (ok) {
            QCOMPARE(count->total, total);
            QCOMPARE(count->perNode.size(), nodes);
        }
    }

    void makeCacheKeepsOwnName()
    {
        const SlabCacheAttributes plain = makeSlabCache(QStringLiteral("dentry"), {}, {});
        QCOMPARE(plain.names, QStringList{QStringLiteral("dentry")});
        const SlabCacheAttributes orphan = makeSlabCache(QStringLiteral(":0000032"), {}, {});
        QVERIFY(orphan.names.isEmpty()); // a unique id is not a cache name
        QVERIFY(!orphan.paddingBytes().has_value());
    }

    void absentWithoutSlub()
    {
        const auto slab = readSlabSysfs(KernelFs(QStringLiteral("/nonexistent-kaleido-root")));
        QVERIFY(!slab.ok());
        QCOMPARE(slab.error().kind, ErrorKind::Absent);
    }

    void rootOnly()
    {
        // The directory is world-readable, its attribute files are 0400.
        const int status = test::runAsNobody([] {
            const auto slab = readSlabSysfs(KernelFs(), {QStringLiteral("kmalloc-64")});
            if (slab.ok())
                return 1;
            return slab.error().kind == ErrorKind::PermissionDenied ? 0 : 2;
        });
        QCOMPARE(status, 0);
    }

    void liveKernelAsRoot()
    {
        if (geteuid() != 0)
            QSKIP("/sys/kernel/slab/*/ attributes need root");
        const auto slab = readSlabSysfs(KernelFs());
        QVERIFY2(slab.ok(), qPrintable(slab.error().message()));
        QVERIFY(slab->caches.size() > 20);
        for (const SlabCacheAttributes& c : slab->caches) {
            QVERIFY2(*c.objectSize() <= *c.slabSize(), qPrintable(c.directory));
            // objects and total_objects are read one after the other from a live cache; each is exact, but
            // the pair is not a snapshot, so only the sizes are compared strictly.
            QVERIFY2(c.objsPerSlab().value_or(0) > 0, qPrintable(c.directory));
        }
    }
};

QTEST_GUILESS_MAIN(TestSlabCacheAttributes)
#include "tst_slabcacheattributes.moc"
