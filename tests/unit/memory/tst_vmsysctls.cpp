// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelattributes.h"
#include "kerneldirectory.h"
#include "resultcompare.h"
#include "testutils.h"
#include "vmsysctls.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kaleido;

namespace {
void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

class TestVmSysctls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/sys/vm/ and proc/sys/vm.modes.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("files"); // lines of vm.modes: readable ones plus the write-only ones
        QTest::addColumn<quint64>("minFreeKbytes");
        QTest::addColumn<quint64>("userReserveKbytes");
        QTest::addColumn<bool>("hasDefragMode"); // new in 6.15
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 52 << quint64(67584)
                                   << quint64(100403) << true;
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 50 << quint64(45056)
                                    << quint64(30077) << false;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, files);
        QFETCH(quint64, minFreeKbytes);
        QFETCH(quint64, userReserveKbytes);
        QFETCH(bool, hasDefragMode);

        const auto vm = readVmSysctls(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(vm.ok(), qPrintable(vm.error().message()));
        QCOMPARE(vm->attributes.items.size(), files);
        QCOMPARE(vm->attributes.directory, QStringLiteral("/proc/sys/vm"));
        QCOMPARE(vm->overcommitMode(), VmSysctls::OvercommitMode::Heuristic);
        QCOMPARE(vm->overcommitRatio(), quint64(50));
        QCOMPARE(vm->overcommitKbytes(), quint64(0));
        QCOMPARE(vm->swappiness(), quint64(60));
        QCOMPARE(vm->minFreeKbytes(), minFreeKbytes);
        QCOMPARE(vm->watermarkScaleFactor(), quint64(10));
        QCOMPARE(vm->watermarkBoostFactor(), quint64(15000));
        QCOMPARE(vm->vfsCachePressure(), quint64(100));
        QCOMPARE(vm->maxMapCount(), quint64(65530));
        QCOMPARE(vm->adminReserveKbytes(), quint64(8192));
        QCOMPARE(vm->userReserveKbytes(), userReserveKbytes);
        QCOMPARE(vm->value(QStringLiteral("dirty_ratio")), quint64(20));
        QCOMPARE(vm->value(QStringLiteral("dirty_background_ratio")), quint64(10));
        QCOMPARE(vm->value(QStringLiteral("compact_unevictable_allowed")), quint64(1));
        QCOMPARE(vm->values(QStringLiteral("lowmem_reserve_ratio")), (QList<quint64>{256, 256, 32, 0, 0}));
        QCOMPARE(vm->text(QStringLiteral("numa_zonelist_order")), QByteArray("Node"));
        QCOMPARE(vm->attributes.has(u"defrag_mode"), hasDefragMode);

        // drop_caches and compact_memory are 0200: listed (from vm.modes), marked, never read.
        QCOMPARE(vm->writeOnlyNames(),
                 (QStringList{QStringLiteral("compact_memory"), QStringLiteral("drop_caches")}));
        QVERIFY(vm->isWriteOnly(u"drop_caches"));
        QVERIFY(!vm->isWriteOnly(u"swappiness"));
        const auto drop = vm->value(QStringLiteral("drop_caches"));
        QVERIFY(!drop.ok());
        QCOMPARE(drop.error().kind, ErrorKind::PermissionDenied);
        QCOMPARE(drop.error().path, QStringLiteral("/proc/sys/vm/drop_caches"));

        // Listed, but reading it would flush every CPU's counters.
        QVERIFY(vm->attributes.find(u"stat_refresh")->notRead);
        QCOMPARE(vm->text(QStringLiteral("stat_refresh")).error().kind, ErrorKind::IoError);

        // Not a number, and not there at all.
        QCOMPARE(vm->value(QStringLiteral("numa_zonelist_order")).error().kind, ErrorKind::Malformed);
        QCOMPARE(vm->value(QStringLiteral("no_such_sysctl")).error().kind, ErrorKind::Absent);
        QCOMPARE(vm->value(QStringLiteral("no_such_sysctl")).error().path,
                 QStringLiteral("/proc/sys/vm/no_such_sysctl"));
    }

    void liveKernel()
    {
        const auto vm = readVmSysctls(KernelFs());
        QVERIFY2(vm.ok(), qPrintable(vm.error().message()));
        QVERIFY(vm->overcommitMode().ok());
        QVERIFY(vm->overcommitRatio().ok());
        QVERIFY(*vm->swappiness() <= 200);
        QVERIFY(vm->isWriteOnly(u"drop_caches"));
        QVERIFY(*vm->minFreeKbytes() > 0);
    }

    void numbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("value");
        QTest::newRow("plain") << QByteArray("60\n") << true << quint64(60);
        QTest::newRow("blanks") << QByteArray("  7 \n") << true << quint64(7);
        QTest::newRow("max") << QByteArray("18446744073709551615") << true
                             << std::numeric_limits<quint64>::max();
        QTest::newRow("overflow") << QByteArray("18446744073709551616") << false << quint64(0);
        QTest::newRow("empty") << QByteArray() << false << quint64(0);
        QTest::newRow("two numbers") << QByteArray("1 2") << false << quint64(0);
        QTest::newRow("unit") << QByteArray("2048kB") << false << quint64(0);
        QTest::newRow("negative") << QByteArray("-1") << false << quint64(0);
    }
    void numbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(quint64, value);
        const auto n = parseAttributeNumber(text, QStringLiteral("/x"));
        QCOMPARE(n.ok(), ok);
        if (ok)
            QCOMPARE(*n, value);
        else
            QCOMPARE(n.error().kind, ErrorKind::Malformed);
    }

    void signedNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("negative") << QByteArray("-1\n") << true << qint64(-1);
        QTest::newRow("positive") << QByteArray("42") << true << qint64(42);
        QTest::newRow("min") << QByteArray("-9223372036854775808") << true
                             << std::numeric_limits<qint64>::min();
        QTest::newRow("max") << QByteArray("9223372036854775807") << true
                             << std::numeric_limits<qint64>::max();
        QTest::newRow("too small") << QByteArray("-9223372036854775809") << false << qint64(0);
        QTest::newRow("too big") << QByteArray("9223372036854775808") << false << qint64(0);
        QTest::newRow("minus only") << QByteArray("-") << false << qint64(0);
        QTest::newRow("double minus") << QByteArray("--1") << false << qint64(0);
    }
    void signedNumbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto n = parseAttributeSignedNumber(text, QStringLiteral("/x"));
        QCOMPARE(n.ok(), ok);
        if (ok)
            QCOMPARE(*n, value);
    }

    void modeList()
    {
        const auto entries =
            parseModeList("drop_caches 200\nswappiness 644\nodd name 600\nbad 9z9\n\nnomode\n"
                          "../escape 644\ntoolong 1234567\n");
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).name, QStringLiteral("drop_caches"));
        QCOMPARE(entries.at(0).mode, 0200u);
        QVERIFY(entries.at(0).isWriteOnly());
        QVERIFY(!entries.at(1).isWriteOnly());
        QCOMPARE(entries.at(2).name, QStringLiteral("odd name"));
        QCOMPARE(entries.at(2).mode, 0600u);
    }

    void directoryListing()
    {
        // Types, modes and link targets as the kernel's directories have them; "<dir>.modes" only counts for
        // a captured tree.
        QTemporaryDir root;
        const QString dir = root.path() + QStringLiteral("/sys/kernel/slab");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/:A-0000064")));
        writeFile(dir + QStringLiteral("/file"), "1\n");
        QVERIFY(::chmod(QFile::encodeName(dir + QStringLiteral("/file")).constData(), 0400) == 0);
        // A relative target, as sysfs has it (QFile::link would make it absolute).
        QVERIFY(::symlink(":A-0000064",
                          QFile::encodeName(dir + QStringLiteral("/anon_vma_chain")).constData()) == 0);
        writeFile(dir + QStringLiteral(".modes"), "file 200\nghost 200\n");

        const auto entries = listKernelDirectory(KernelFs(root.path()), QStringLiteral("/sys/kernel/slab"));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 4); // :A-0000064, anon_vma_chain, file, ghost (sorted by bytes)
        QCOMPARE(entries->at(0).name, QStringLiteral(":A-0000064"));
        QCOMPARE(entries->at(0).type, KernelDirEntry::Type::Directory);
        QCOMPARE(entries->at(1).type, KernelDirEntry::Type::Symlink);
        QCOMPARE(entries->at(1).linkTarget, QStringLiteral(":A-0000064"));
        QCOMPARE(entries->at(2).name, QStringLiteral("file"));
        QVERIFY(entries->at(2).isWriteOnly()); // the recorded mode wins over the copy's
        QCOMPARE(entries->at(3).name, QStringLiteral("ghost"));

        const auto missing = listKernelDirectory(KernelFs(root.path()), QStringLiteral("/proc/sys/vm"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Absent);
        QCOMPARE(missing.error().path, QStringLiteral("/proc/sys/vm"));
    }

    void attributesOfADirectory()
    {
        QTemporaryDir root;
        const QString dir = root.path() + QStringLiteral("/sys/kernel/mm/ksm");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/subdir")));
        writeFile(dir + QStringLiteral("/run"), "1\n");
        writeFile(dir + QStringLiteral("/advisor_mode"), "[none] scan-time\n");
        const auto attributes =
            readKernelAttributes(KernelFs(root.path()), QStringLiteral("/sys/kernel/mm/ksm"));
        QVERIFY(attributes.ok());
        QCOMPARE(attributes->items.size(), 2); // the subdirectory is not an attribute
        QCOMPARE(attributes->number(QStringLiteral("run")), quint64(1));
        QCOMPARE(attributes->text(QStringLiteral("advisor_mode")), QByteArray("[none] scan-time"));
        QCOMPARE(attributes->find(u"run")->path, QStringLiteral("/sys/kernel/mm/ksm/run"));

        const auto some =
            readKernelAttributeFiles(KernelFs(root.path()), QStringLiteral("/sys/kernel/mm/ksm"),
                                     {QStringLiteral("run"), QStringLiteral("general_profit")});
        QVERIFY(some.ok());
        QCOMPARE(some->items.size(), 1);
        QCOMPARE(some->number(QStringLiteral("general_profit")).error().kind, ErrorKind::Absent);

        const auto none = readKernelAttributeFiles(
            KernelFs(root.path()), QStringLiteral("/sys/kernel/mm/nothing"), {QStringLiteral("run")});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::Absent);
    }

    void overcommitModeOutOfRange()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/proc/sys/vm")));
        writeFile(root.path() + QStringLiteral("/proc/sys/vm/overcommit_memory"), "3\n");
        const auto vm = readVmSysctls(KernelFs(root.path()));
        QVERIFY(vm.ok());
        QCOMPARE(vm->overcommitMode().error().kind, ErrorKind::Malformed);
        QCOMPARE(vm->values(QStringLiteral("overcommit_memory")), QList<quint64>{3});
    }
};

QTEST_GUILESS_MAIN(TestVmSysctls)
#include "tst_vmsysctls.moc"
