// SPDX-License-Identifier: GPL-2.0-or-later
#include "procmodules.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestProcModules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // tests/fixtures/linux-6.1-debian/proc/modules, read by hand: 17 lines, captured as root (real
    // addresses).
    void capturedDebianKernel()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        const auto list = readProcModules(fs);
        QVERIFY2(list.ok(), qPrintable(list.error().message()));
        QCOMPARE(list->support, ModuleSupport::Loadable);
        QCOMPARE(detectModuleSupport(fs), ModuleSupport::Loadable);
        QVERIFY(list->skippedLines.isEmpty());
        QCOMPARE(list->modules.size(), 17);

        // "sg 40960 0 - Live 0xffffffffc052d000"
        const LoadedModule& sg = list->modules.constFirst();
        QCOMPARE(sg.name, QStringLiteral("sg"));
        QCOMPARE(sg.size, quint64(40960));
        QCOMPARE(sg.refcount, qint64(0));
        QVERIFY(sg.holders.isEmpty());
        QCOMPARE(sg.state, LoadedModule::State::Live);
        QCOMPARE(sg.address, quint64(0xffffffffc052d000));
        QVERIFY(!sg.addressHidden());
        QVERIFY(sg.taints.isEmpty());
        QVERIFY(!sg.permanent);

        // "scsi_common 16384 2 sg,scsi_mod, Live 0xffffffffc04cc000"
        const LoadedModule* common = list->find(QStringLiteral("scsi_common"));
        QVERIFY(common);
        QCOMPARE(common->refcount, qint64(2));
        QCOMPARE(common->holders, (QStringList{QStringLiteral("sg"), QStringLiteral("scsi_mod")}));

        // "virtio_ring 49152 3 9pnet_virtio,virtio_pci,virtio, Live 0xffffffffc039d000", the last line
        const LoadedModule& ring = list->modules.constLast();
        QCOMPARE(ring.name, QStringLiteral("virtio_ring"));
        QCOMPARE(ring.size, quint64(49152));
        QCOMPARE(ring.holders.size(), 3);
        QCOMPARE(ring.holders.constLast(), QStringLiteral("virtio"));

        // "9p 81920 3 - Live": used three times (by mounts), by no module.
        const LoadedModule* ninep = list->find(QStringLiteral("9p"));
        QVERIFY(ninep);
        QCOMPARE(ninep->refcount, qint64(3));
        QVERIFY(ninep->holders.isEmpty());
        QVERIFY(!list->find(QStringLiteral("ext4")));
    }

    void capturedHostKernelHasNoModuleSupport()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.18-host")));
        const auto list = readProcModules(fs);
        QVERIFY(list.ok()); // a state, not an error
        QCOMPARE(list->support, ModuleSupport::None);
        QVERIFY(list->modules.isEmpty());
        QCOMPARE(detectModuleSupport(fs), ModuleSupport::None);
    }

    void liveKernel()
    {
        const auto list = readProcModules(KernelFs());
        QVERIFY2(list.ok(), qPrintable(list.error().message()));
        QVERIFY(list->skippedLines.isEmpty());
        if (list->support == ModuleSupport::None) {
            QVERIFY(list->modules.isEmpty());
            return;
        }
        for (const LoadedModule& m : list->modules) {
            QVERIFY(!m.name.isEmpty());
            QVERIFY(m.size > 0);
            QVERIFY(m.state != LoadedModule::State::Unknown);
            QVERIFY(m.address.has_value());
            // Every holder is itself a loaded module.
            for (const QString& holder : m.holders)
                QVERIFY2(list->find(holder), qPrintable(holder));
        }
    }

    // The line shapes the kernel's m_show() and print_unload_info() produce.
    void lineShapes()
    {
        const auto list = parseProcModules("hello 16384 0 - Live 0x0000000000000000 (OE)\n"
                                           "modA 12288 2 modC,modB, Live 0xffffffffc0c00000 (OE)\n"
                                           "slowmod 20480 1 - Loading 0xffffffffc0d00000 (OE+)\n"
                                           "goner 16384 -1 - Unloading 0xffffffffc0e00000 (OE-)\n"
                                           "perm 16384 0 [permanent], Live 0xffffffffc0f00000 (O)\n"
                                           "x 16384 - - Live 0xffffffffc1000000\n");
        QVERIFY(list.ok());
        QVERIFY(list->skippedLines.isEmpty());
        QCOMPARE(list->modules.size(), 6);
        const auto& m = list->modules;
        QVERIFY(m[0].addressHidden());
        QCOMPARE(m[0].taints, QStringLiteral("OE"));
        QCOMPARE(m[1].holders, (QStringList{QStringLiteral("modC"), QStringLiteral("modB")}));
        QCOMPARE(m[2].state, LoadedModule::State::Loading);
        QCOMPARE(m[2].taints, QStringLiteral("OE")); // the '+' is the state, not a taint
        QCOMPARE(m[3].state, LoadedModule::State::Unloading);
        QCOMPARE(m[3].refcount, qint64(-1));
        QCOMPARE(m[3].taints, QStringLiteral("OE"));
        QVERIFY(m[4].permanent);
        QVERIFY(m[4].holders.isEmpty());
        QVERIFY(!m[5].refcount.has_value()); // no CONFIG_MODULE_UNLOAD
        QVERIFY(m[5].holders.isEmpty());
        QVERIFY(m[5].taints.isEmpty());
    }

    void unknownStateAndFieldsAreKept()
    {
        const auto list = parseProcModules("new 4096 0 - Sleeping 0xffffffffc0000000 (O) extra=1 more\n");
        QVERIFY(list.ok());
        const LoadedModule& m = list->modules.constFirst();
        QCOMPARE(m.state, LoadedModule::State::Unknown);
        QCOMPARE(m.stateText, QStringLiteral("Sleeping"));
        QCOMPARE(m.taints, QStringLiteral("O"));
        QCOMPARE(m.extraFields, (QStringList{QStringLiteral("extra=1"), QStringLiteral("more")}));
    }

    void missingAddressIsAllowed()
    {
        const auto list = parseProcModules("a 4096 0 - Live\n");
        QVERIFY(list.ok());
        QVERIFY(!list->modules.constFirst().address.has_value());
        QVERIFY(!list->modules.constFirst().addressHidden());
    }

    void emptyFileIsNoModules()
    {
        const auto list = parseProcModules("");
        QVERIFY(list.ok());
        QVERIFY(list->modules.isEmpty());
        QCOMPARE(list->support, ModuleSupport::Loadable);
    }

    void truncatedAndBadLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("modules");
        QTest::addColumn<int>("skippedLine");
        QTest::newRow("truncated last line")
            << QByteArray("a 4096 0 - Live 0xffffffffc0000000\nb 409") << 1 << 2;
        QTest::newRow("size not a number") << QByteArray("a big 0 - Live 0x0\nb 1 0 - Live 0x0\n") << 1 << 1;
        QTest::newRow("refcount garbage") << QByteArray("a 1 x - Live 0x0\nb 1 0 - Live 0x0\n") << 1 << 1;
        QTest::newRow("address garbage") << QByteArray("a 1 0 - Live 0xzz\nb 1 0 - Live 0x0\n") << 1 << 1;
        QTest::newRow("address too long")
            << QByteArray("a 1 0 - Live 0x11112222333344445\nb 1 0 - Live 0x0\n") << 1 << 1;
        QTest::newRow("size overflow")
            << QByteArray("a 1 0 - Live 0x0\nb 99999999999999999999 0 - Live 0x0\n") << 1 << 2;
        QTest::newRow("blank lines ignored") << QByteArray("\n\na 1 0 - Live 0x0\n\n") << 1 << 0;
    }
    void truncatedAndBadLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, modules);
        QFETCH(int, skippedLine);
        const auto list = parseProcModules(input);
        QVERIFY(list.ok());
        QCOMPARE(list->modules.size(), modules);
        if (skippedLine == 0) {
            QVERIFY(list->skippedLines.isEmpty());
        } else {
            QCOMPARE(list->skippedLines.size(), 1);
            QCOMPARE(list->skippedLines.constFirst().line, skippedLine);
            QCOMPARE(list->skippedLines.constFirst().kind, ErrorKind::Malformed);
            QCOMPARE(list->skippedLines.constFirst().path, QStringLiteral("/proc/modules"));
        }
    }

    void nothingUsableIsAnError()
    {
        const auto list = parseProcModules(QByteArray("\x7f"
                                                      "ELF\x02\x01\x01\n garbage\n",
                                                      17));
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, ErrorKind::Malformed);
    }

    void manyModules()
    {
        QByteArray input;
        for (int i = 0; i < 5000; ++i)
            input += "m" + QByteArray::number(i) + " 16384 0 - Live 0xffffffffc0000000\n";
        const auto list = parseProcModules(input);
        QCOMPARE(list->modules.size(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestProcModules)
#include "tst_procmodules.moc"
