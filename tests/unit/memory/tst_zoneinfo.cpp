// SPDX-License-Identifier: GPL-2.0-or-later
#include "testutils.h"
#include "zoneinfo.h"

#include <QTest>

using namespace kaleido;

class TestZoneinfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/zoneinfo.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<int>("nodeStats"); // lines of the "per-node stats" block
        QTest::addColumn<QByteArray>("lastNodeStat");
        QTest::addColumn<int>("dmaFields"); // free … cma, node_unreclaimable, start_pfn (+ promo on 6.18)
        QTest::addColumn<QList<quint64>>("dma"); // free, boost, min, low, high, spanned, present, managed
        QTest::addColumn<QList<quint64>>("dmaProtection");
        QTest::addColumn<QList<quint64>>("dma32");     // free, min, low, high, managed, start_pfn
        QTest::addColumn<QList<quint64>>("dma32Cpu0"); // count, high, batch, vm stats threshold
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host")
                                   << QStringList{QStringLiteral("DMA"), QStringLiteral("DMA32"),
                                                  QStringLiteral("Normal"), QStringLiteral("Movable"),
                                                  QStringLiteral("Device")}
                                   << 51 << QByteArray("nr_kernel_file_pages") << 12
                                   << QList<quint64>{3840, 0, 33, 41, 49, 4095, 3998, 3840}
                                   << QList<quint64>{0, 3019, 7499, 7499, 7499}
                                   << QList<quint64>{772852, 6788, 8485, 10182, 772915, 4096}
                                   << QList<quint64>{63, 4242, 63, 24};
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian")
                                    << QStringList{QStringLiteral("DMA"), QStringLiteral("DMA32"),
                                                   QStringLiteral("Normal"), QStringLiteral("Movable"),
                                                   QStringLiteral("Device")}
                                    << 43 << QByteArray("pgpromote_candidate") << 11
                                    << QList<quint64>{3808, 0, 178, 222, 266, 4095, 3998, 3840}
                                    << QList<quint64>{0, 932, 932, 932, 932}
                                    << QList<quint64>{229310, 11085, 13856, 16627, 241529, 4096}
                                    << QList<quint64>{396, 6928, 63, 16};
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(QStringList, zones);
        QFETCH(int, nodeStats);
        QFETCH(QByteArray, lastNodeStat);
        QFETCH(int, dmaFields);
        QFETCH(QList<quint64>, dma);
        QFETCH(QList<quint64>, dmaProtection);
        QFETCH(QList<quint64>, dma32);
        QFETCH(QList<quint64>, dma32Cpu0);

        const auto info = readZoneinfo(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QStringList names;
        for (const ZoneInfo::Zone& z : info->zones)
            names.append(z.name);
        QCOMPARE(names, zones);

        QCOMPARE(info->nodes.size(), 1);
        QCOMPARE(info->nodes.constFirst().stats.size(), nodeStats);
        QCOMPARE(info->nodes.constFirst().stats.constFirst().name, QByteArray("nr_inactive_anon"));
        QCOMPARE(info->nodes.constFirst().stats.constLast().name, lastNodeStat);

        const ZoneInfo::Zone* d = info->find(0, u"DMA");
        QVERIFY(d);
        QCOMPARE(d->fields.size(), dmaFields);
        QCOMPARE(d->freePages(), dma.at(0));
        QCOMPARE(d->boost(), dma.at(1));
        QCOMPARE(d->min(), dma.at(2));
        QCOMPARE(d->low(), dma.at(3));
        QCOMPARE(d->high(), dma.at(4));
        QCOMPARE(d->spanned(), dma.at(5));
        QCOMPARE(d->present(), dma.at(6));
        QCOMPARE(d->managed(), dma.at(7));
        QCOMPARE(d->cma(), quint64(0));
        QCOMPARE(d->startPfn(), quint64(1));
        QCOMPARE(d->field("node_unreclaimable"), quint64(0));
        QCOMPARE(d->protection, dmaProtection);
        QCOMPARE(d->stats.size(), 17);
        QCOMPARE(d->stat("nr_free_pages"), dma.at(0));
        QCOMPARE(d->stats.constLast().name, QByteArray("numa_other"));
        QCOMPARE(d->pagesets.size(), 2);
        QCOMPARE(d->pagesets.at(1).cpu, 1);
        QCOMPARE(d->pagesets.at(0).value("batch"), quint64(1));
        // 6.18 has promo and the 6.7+ high_min/high_max in pagesets; 6.1 has neither.
        const bool newer = kernel.contains(QStringLiteral("6.18"));
        QCOMPARE(d->field("promo").has_value(), newer);
        QCOMPARE(d->pagesets.at(0).value("high_min").has_value(), newer);
        QCOMPARE(d->pagesets.at(0).values.size(), newer ? 5 : 3);

        const ZoneInfo::Zone* d32 = info->find(0, u"DMA32");
        QVERIFY(d32);
        QCOMPARE(d32->freePages(), dma32.at(0));
        QCOMPARE(d32->min(), dma32.at(1));
        QCOMPARE(d32->low(), dma32.at(2));
        QCOMPARE(d32->high(), dma32.at(3));
        QCOMPARE(d32->managed(), dma32.at(4));
        QCOMPARE(d32->startPfn(), dma32.at(5));
        QCOMPARE(d32->pagesets.at(0).value("count"), dma32Cpu0.at(0));
        QCOMPARE(d32->pagesets.at(0).value("high"), dma32Cpu0.at(1));
        QCOMPARE(d32->pagesets.at(0).value("batch"), dma32Cpu0.at(2));
        QCOMPARE(d32->pagesets.at(0).vmStatsThreshold, dma32Cpu0.at(3));

        // Empty zones stop after "protection:": listed, but without counters or pagesets.
        const ZoneInfo::Zone* movable = info->find(0, u"Movable");
        QVERIFY(movable);
        QVERIFY(!movable->isPopulated());
        QCOMPARE(movable->present(), quint64(0));
        QVERIFY(movable->stats.isEmpty());
        QVERIFY(movable->pagesets.isEmpty());
        QVERIFY(!movable->startPfn().has_value());
        QCOMPARE(movable->protection.size(), 5);
    }

    void normalZoneOn618()
    {
        const auto info = readZoneinfo(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QVERIFY(info.ok());
        const ZoneInfo::Zone* n = info->find(0, u"Normal");
        QVERIFY(n);
        QCOMPARE(n->freePages(), quint64(224007));
        QCOMPARE(n->field("promo"), quint64(17627));
        QCOMPARE(n->spanned(), quint64(5505024));
        QCOMPARE(n->managed(), quint64(1146880));
        QCOMPARE(n->stat("numa_hit"), quint64(34804946));
        QCOMPARE(n->stat("nr_free_pages_blocks"), quint64(206848));
        QCOMPARE(n->pagesets.at(1).value("count"), quint64(58575));
        QCOMPARE(n->pagesets.at(1).value("high"), quint64(64484));
        QCOMPARE(n->startPfn(), quint64(1048576));
        QVERIFY(n->isPopulated());
    }

    void olderLayoutWithCountersBeforeProtection()
    {
        // 4.x printed the counters (4 blanks) between the watermarks and "protection:", and had "scanned" and
        // "all_unreclaimable"; indentation tells fields from counters.
        const QByteArray text = "Node 0, zone      DMA\n"
                                "  pages free     3975\n"
                                "        min      33\n"
                                "        low      41\n"
                                "        high     49\n"
                                "        scanned  0\n"
                                "        spanned  4095\n"
                                "        present  3998\n"
                                "        managed  3977\n"
                                "    nr_free_pages 3975\n"
                                "    nr_alloc_batch 8\n"
                                "        protection: (0, 2939, 7898, 7898)\n"
                                "  pagesets\n"
                                "    cpu: 0\n"
                                "              count: 0\n"
                                "              high:  0\n"
                                "              batch: 1\n"
                                "  vm stats threshold: 6\n"
                                "  all_unreclaimable: 1\n"
                                "  start_pfn:         1\n"
                                "  inactive_ratio:    1\n";
        const auto info = parseZoneinfo(text);
        QVERIFY(info.ok());
        QVERIFY(info->skippedLines.isEmpty());
        QVERIFY(info->nodes.isEmpty());
        const ZoneInfo::Zone& z = info->zones.constFirst();
        QCOMPARE(z.freePages(), quint64(3975));
        QCOMPARE(z.field("scanned"), quint64(0));
        QCOMPARE(z.managed(), quint64(3977));
        QVERIFY(!z.boost().has_value());
        QCOMPARE(z.stats.size(), 2);
        QCOMPARE(z.stat("nr_alloc_batch"), quint64(8));
        QCOMPARE(z.protection, (QList<quint64>{0, 2939, 7898, 7898}));
        QCOMPARE(z.pagesets.size(), 1);
        QCOMPARE(z.pagesets.constFirst().vmStatsThreshold, quint64(6));
        QCOMPARE(z.field("all_unreclaimable"), quint64(1));
        QCOMPARE(z.field("inactive_ratio"), quint64(1));
        QCOMPARE(z.startPfn(), quint64(1));
    }

    void twoNodes()
    {
        const QByteArray text = "Node 0, zone   Normal\n  per-node stats\n      nr_x 1\n  pages free 10\n"
                                "        min 1\n        protection: (0)\n      nr_free_pages 10\n"
                                "Node 1, zone   Normal\n  per-node stats\n      nr_x 2\n  pages free 20\n"
                                "        min 2\n        protection: (0)\n      nr_free_pages 20\n";
        const auto info = parseZoneinfo(text);
        QVERIFY(info.ok());
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->nodes.size(), 2);
        QCOMPARE(info->findNode(1)->stat("nr_x"), quint64(2));
        QCOMPARE(info->find(1, u"Normal")->freePages(), quint64(20));
        QCOMPARE(info->find(1, u"Normal")->stat("nr_free_pages"), quint64(20));
        QVERIFY(!info->findNode(2));
    }

    void unknownKeysAreKept()
    {
        const QByteArray text =
            "Node 0, zone DMA\n  pages free 5\n        future_mark 9\n        protection: ()\n"
            "      nr_future 3\n  future_flag:  1\n";
        const auto info = parseZoneinfo(text);
        QVERIFY(info.ok());
        QVERIFY(info->skippedLines.isEmpty());
        const ZoneInfo::Zone& z = info->zones.constFirst();
        QCOMPARE(z.field("future_mark"), quint64(9));
        QCOMPARE(z.stat("nr_future"), quint64(3));
        QCOMPARE(z.field("future_flag"), quint64(1));
        QVERIFY(z.protection.isEmpty());
    }

    void badLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<int>("skippedLine");
        QTest::newRow("truncated last line") << QByteArray("        hi") << 4;
        QTest::newRow("bad protection") << QByteArray("        protection: (0, x)\n") << 4;
        QTest::newRow("unclosed protection") << QByteArray("        protection: (0, 1\n") << 4;
        QTest::newRow("colon without number") << QByteArray("  start_pfn:\n") << 4;
        QTest::newRow("three words") << QByteArray("      nr_a 1 2\n") << 4;
        QTest::newRow("overflow") << QByteArray("      nr_a 18446744073709551616\n") << 4;
        QTest::newRow("negative") << QByteArray("      nr_a -1\n") << 4;
        QTest::newRow("cpu out of range") << QByteArray("  pagesets\n    cpu: 4294967296\n") << 5;
    }
    void badLinesAreSkipped()
    {
        QFETCH(QByteArray, tail);
        QFETCH(int, skippedLine);
        const QByteArray text = "Node 0, zone DMA\n  pages free 5\n        min 1\n" + tail;
        const auto info = parseZoneinfo(text);
        QVERIFY(info.ok());
        QCOMPARE(info->skippedLines.size(), 1);
        QCOMPARE(info->skippedLines.constFirst().line, skippedLine);
        QCOMPARE(info->zones.constFirst().freePages(), quint64(5));
        QCOMPARE(info->zones.constFirst().min(), quint64(1));
    }

    void linesBeforeAnyZoneAreMalformed()
    {
        const auto info = parseZoneinfo("  pages free 5\nNode 0, zone DMA\n  pages free 6\n");
        QVERIFY(info.ok());
        QCOMPARE(info->skippedLines.size(), 1);
        QCOMPARE(info->zones.constFirst().freePages(), quint64(6));
    }

    void hugeValues()
    {
        const auto info = parseZoneinfo("Node 0, zone DMA\n  pages free 18446744073709551615\n");
        QVERIFY(info.ok());
        QCOMPARE(info->zones.constFirst().freePages(), std::numeric_limits<quint64>::max());
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no header") << QByteArray("  pages free 5\n");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01");
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto info = parseZoneinfo(input);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Malformed);
    }

    void liveKernel()
    {
        const auto info = readZoneinfo(KernelFs());
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        bool anyPopulated = false;
        for (const ZoneInfo::Zone& z : info->zones) {
            QVERIFY(z.min().has_value());
            QVERIFY(*z.min() <= *z.low());
            QVERIFY(*z.low() <= *z.high());
            QVERIFY(*z.present() <= *z.spanned());
            QVERIFY(*z.managed() <= *z.present());
            anyPopulated = anyPopulated || z.isPopulated();
        }
        QVERIFY(anyPopulated);
        QVERIFY(!info->nodes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZoneinfo)
#include "tst_zoneinfo.moc"
