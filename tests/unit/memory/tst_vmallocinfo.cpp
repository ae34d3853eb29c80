// SPDX-License-Identifier: GPL-2.0-or-later
#include "asnobody.h"
#include "testutils.h"
#include "vmallocinfo.h"

#include <QTest>

using namespace kaleido;

class TestVmallocinfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/vmallocinfo (sums with awk over the
    // size column and the pages= words).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("areas");
        QTest::addColumn<quint64>("totalSize");
        QTest::addColumn<quint64>("totalPages");
        QTest::addColumn<int>("vmalloc");  // areas with the "vmalloc" word
        QTest::addColumn<int>("unpurged"); // "unpurged vm_area" lines
        QTest::addColumn<int>("inModules");
        QTest::addColumn<QString>("firstCaller");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 2901 << quint64(73449472)
                                   << quint64(3619) << 217 << 2653 << 0
                                   << QStringLiteral("irq_init_percpu_irqstack+0xca/0x100");
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 121 << quint64(10129408)
                                    << quint64(1776) << 90 << 9 << 12
                                    << QStringLiteral("irq_init_percpu_irqstack+0xf0/0x120");
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, areas);
        QFETCH(quint64, totalSize);
        QFETCH(quint64, totalPages);
        QFETCH(int, vmalloc);
        QFETCH(int, unpurged);
        QFETCH(int, inModules);
        QFETCH(QString, firstCaller);

        const auto info = readVmallocinfo(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->areas.size(), areas);
        QCOMPARE(info->totalSize(), totalSize);
        QCOMPARE(info->totalPages(), totalPages);
        int vmallocCount = 0, unpurgedCount = 0, moduleCount = 0;
        for (const VmallocInfo::Area& a : info->areas) {
            vmallocCount += a.hasFlag(u"vmalloc");
            unpurgedCount += a.hasFlag(u"unpurged") && a.hasFlag(u"vm_area") && a.caller.isEmpty();
            moduleCount += !a.module.isEmpty();
        }
        QCOMPARE(vmallocCount, vmalloc);
        QCOMPARE(unpurgedCount, unpurged);
        QCOMPARE(moduleCount, inModules);
        const VmallocInfo::Area& first = info->areas.constFirst();
        QCOMPARE(first.caller, firstCaller);
        QCOMPARE(first.size, quint64(20480));
        QCOMPARE(first.flags, QStringList{QStringLiteral("vmap")});
        QVERIFY(!first.pages.has_value());
    }

    void lineShapes()
    {
        // 6.18: a BPF hash map (vpages: backed by vmalloc'ed page array); 6.1: an ioremap in a module.
        const QByteArray text =
            "0x00000000ad1a71aa-0x00000000dfb76e86 2105344 htab_map_alloc+0x2e4/0x5a0 pages=513 vmalloc "
            "vpages "
            "N0=513\n"
            "0x00000000ee473208-0x00000000439b2e13    8192 vp_modern_map_capability+0x148/0x1d0 "
            "[virtio_pci_modern_dev] phys=0x00000000febf0000 ioremap\n"
            "0xffffb0f6c0000000-0xffffb0f6c0005000   20480 0xffffffffc0a1b2c3 pages=4 vmalloc N0=2 N1=2\n"
            "0x0000000000000000-0x0000000000000000    4096 vm_map_ram\n";
        const auto info = parseVmallocinfo(text);
        QVERIFY(info.ok());
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->areas.size(), 4);

        const VmallocInfo::Area& bpf = info->areas.at(0);
        QCOMPARE(bpf.start, quint64(0xad1a71aa));
        QCOMPARE(bpf.end, quint64(0xdfb76e86));
        QCOMPARE(bpf.pages, quint64(513));
        QCOMPARE(bpf.flags, (QStringList{QStringLiteral("vmalloc"), QStringLiteral("vpages")}));
        QCOMPARE(bpf.pagesPerNode.size(), 1);

        const VmallocInfo::Area& io = info->areas.at(1);
        QCOMPARE(io.module, QStringLiteral("virtio_pci_modern_dev"));
        QCOMPARE(io.phys, quint64(0xfebf0000));
        QVERIFY(io.hasFlag(u"ioremap"));

        // Unhashed addresses (kptr_restrict=0 as root) and a caller without a symbol.
        const VmallocInfo::Area& raw = info->areas.at(2);
        QCOMPARE(raw.start, quint64(0xffffb0f6c0000000));
        QCOMPARE(raw.end - raw.start, raw.size);
        QCOMPARE(raw.caller, QStringLiteral("0xffffffffc0a1b2c3"));
        QCOMPARE(raw.pagesPerNode.at(1), (std::pair<int, quint64>(1, 2)));

        const VmallocInfo::Area& ram = info->areas.at(3);
        QVERIFY(ram.caller.isEmpty());
        QCOMPARE(ram.flags, QStringList{QStringLiteral("vm_map_ram")});
    }

    void badLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("truncated") << QByteArray("0x0000000000001000-0x00000000000");
        QTest::newRow("no size") << QByteArray("0x1000-0x2000 big foo\n");
        QTest::newRow("not hex") << QByteArray("0x10g0-0x2000 4096 foo\n");
        QTest::newRow("address overflow") << QByteArray("0x11112222333344445-0x2000 4096 foo\n");
        QTest::newRow("bad pages") << QByteArray("0x1000-0x2000 4096 foo+0x1/0x2 pages=x vmalloc\n");
        QTest::newRow("bad phys") << QByteArray("0x1000-0x2000 4096 foo+0x1/0x2 phys=12 ioremap\n");
        QTest::newRow("bad node") << QByteArray("0x1000-0x2000 4096 foo+0x1/0x2 N0=x\n");
        QTest::newRow("garbage") << QByteArray("hello world\n");
    }
    void badLinesAreSkipped()
    {
        QFETCH(QByteArray, line);
        const QByteArray text = "0x1000-0x3000 8192 foo+0x1/0x2 pages=1 vmalloc N0=1\n" + line;
        const auto info = parseVmallocinfo(text);
        QVERIFY(info.ok());
        QCOMPARE(info->areas.size(), 1);
        QCOMPARE(info->skippedLines.size(), 1);
        QCOMPARE(info->skippedLines.constFirst().line, 2);
    }

    void emptyIsNoAreas()
    {
        const auto info = parseVmallocinfo(QByteArrayView());
        QVERIFY(info.ok());
        QVERIFY(info->areas.isEmpty());
        QCOMPARE(info->totalSize(), quint64(0));
        const auto garbage = parseVmallocinfo("garbage\n");
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind, ErrorKind::Malformed);
    }

    void sumsSaturate()
    {
        const auto info =
            parseVmallocinfo("0x1-0x2 18446744073709551615 f+0x1/0x2 pages=18446744073709551615\n"
                             "0x1-0x2 18446744073709551615 f+0x1/0x2 pages=18446744073709551615\n");
        QVERIFY(info.ok());
        QCOMPARE(info->totalSize(), std::numeric_limits<quint64>::max());
        QCOMPARE(info->totalPages(), std::numeric_limits<quint64>::max());
    }

    void rootOnly()
    {
        const int status = test::runAsNobody([] {
            const auto info = readVmallocinfo(KernelFs());
            if (info.ok())
                return 1;
            return info.error().kind == ErrorKind::PermissionDenied ? 0 : 2;
        });
        QCOMPARE(status, 0);
    }

    void liveKernelAsRoot()
    {
        if (geteuid() != 0)
            QSKIP("/proc/vmallocinfo needs root");
        const auto info = readVmallocinfo(KernelFs());
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QVERIFY(!info->areas.isEmpty());
        for (const VmallocInfo::Area& a : info->areas)
            QVERIFY(a.size % 4096 == 0);
    }
};

QTEST_GUILESS_MAIN(TestVmallocinfo)
#include "tst_vmallocinfo.moc"
