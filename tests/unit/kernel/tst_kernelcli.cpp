// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-cli's kernel commands on the captured trees; expected values read by hand from the fixture files.
#include "clirunner.h"
#include "testutils.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace kaleido;

namespace {

QStringList rootArgs(const QString& kernel, const QStringList& rest)
{
    return QStringList{QStringLiteral("--root"), test::fixtureRoot(kernel)} + rest;
}

} // namespace

class TestKernelCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modulesOnDebian()
    {
        const auto r = test::cli(rootArgs(QStringLiteral("linux-6.1-debian"), {QStringLiteral("modules")}));
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 18); // header + the 17 lines of proc/modules
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Module")));
        QVERIFY(lines.at(0).contains(QStringLiteral("Size Used by")));
        // sizes from sys/module/<m>/coresize (lsmod's source), holders from holders.names
        QCOMPARE(lines.at(1).simplified(), QStringLiteral("sg 40960 0 Live"));
        QCOMPARE(lines.at(3).simplified(), QStringLiteral("scsi_common 16384 2 sg,scsi_mod Live"));
        QCOMPARE(lines.at(17).simplified(),
                 QStringLiteral("virtio_ring 49152 3 9pnet_virtio,virtio,virtio_pci Live"));

        const auto j = test::cli(rootArgs(QStringLiteral("linux-6.1-debian"),
                                          {QStringLiteral("--json"), QStringLiteral("modules")}));
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = test::json(j).object();
        QCOMPARE(o.value(QStringLiteral("moduleSupport")).toString(), QStringLiteral("loadable"));
        const QJsonArray modules = o.value(QStringLiteral("modules")).toArray();
        QCOMPARE(modules.size(), 17);
        const QJsonObject sg = modules.at(0).toObject();
        QCOMPARE(sg.value(QStringLiteral("name")).toString(), QStringLiteral("sg"));
        QCOMPARE(sg.value(QStringLiteral("size")).toDouble(), 40960.0);
        QCOMPARE(sg.value(QStringLiteral("version")).toString(), QStringLiteral("3.5.36"));
        QCOMPARE(sg.value(QStringLiteral("address")).toString(), QStringLiteral("0xffffffffc052d000"));
        QCOMPARE(sg.value(QStringLiteral("addressHidden")).toBool(), false);
        QCOMPARE(sg.value(QStringLiteral("state")).toString(), QStringLiteral("Live"));
    }

    void modulesWithoutModuleSupport()
    {
        const auto r = test::cli(rootArgs(QStringLiteral("linux-6.18-host"), {QStringLiteral("modules")}));
        QCOMPARE(r.exitCode, 0); // a state of the kernel, not a failure
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.constFirst().contains(QStringLiteral("6.18.44-fc-v669")));
        QVERIFY(lines.constFirst().contains(QStringLiteral("without loadable-module support")));
        const auto j = test::cli(rootArgs(QStringLiteral("linux-6.18-host"),
                                          {QStringLiteral("--json"), QStringLiteral("modules")}));
        QCOMPARE(test::json(j).object().value(QStringLiteral("moduleSupport")).toString(),
                 QStringLiteral("none"));
        QVERIFY(test::json(j).object().value(QStringLiteral("modules")).toArray().isEmpty());
    }

    void taint_data()
    {
        QTest::addColumn<QString>("kernel");
        for (const QString& k : test::capturedKernels())
            QTest::newRow(qPrintable(k)) << k;
    }
    void taint()
    {
        QFETCH(QString, kernel);
        const auto r = test::cli(rootArgs(kernel, {QStringLiteral("taint")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Tainted: 0 (not tainted)\n"));
        const auto j = test::cli(rootArgs(kernel, {QStringLiteral("--json"), QStringLiteral("taint")}));
        const QJsonObject o = test::json(j).object();
        QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("tainted")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("flags")).toArray().isEmpty());
    }

    void kmsg_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("lastLine");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host")
                                   << QStringLiteral(
                                          "[ 2270.277794] notice user   kaleido-watch-test \\ back");
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian")
                                    << QStringLiteral(
                                           "[    5.844064] notice kern   SCSI subsystem initialized");
    }
    void kmsg()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, lastLine);
        const auto r = test::cli(rootArgs(kernel, {QStringLiteral("kmsg"), QStringLiteral("3")}));
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.constLast(), lastLine);

        const auto j = test::cli(rootArgs(kernel, {QStringLiteral("--json"), QStringLiteral("kmsg")}));
        QCOMPARE(j.exitCode, 0);
        QCOMPARE(test::json(j).object().value(QStringLiteral("records")).toArray().size(), 100);
    }

    void kmsgMultiLineMessage()
    {
        // "4,286,426431,-;amd_pstate: The CPPC feature …\x0aPlease enable it …": the second line is indented
        // under the first, as dmesg does.
        const auto r = test::cli(rootArgs(QStringLiteral("linux-6.18-host"), {QStringLiteral("kmsg")}));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(
            QStringLiteral("[    0.426431] warn   kern   amd_pstate: The CPPC feature is supported but "
                           "currently disabled by the BIOS.\n                             Please enable")));
    }

    void kernel()
    {
        const auto j = test::cli(rootArgs(QStringLiteral("linux-6.1-debian"),
                                          {QStringLiteral("--json"), QStringLiteral("kernel")}));
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = test::json(j).object();
        QCOMPARE(o.value(QStringLiteral("release")).toString(), QStringLiteral("6.1.0-56-amd64"));
        QCOMPARE(o.value(QStringLiteral("moduleSupport")).toString(), QStringLiteral("loadable"));
        QCOMPARE(o.value(QStringLiteral("modulesDisabled")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("sigEnforce")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("lockdown")).toObject().value(QStringLiteral("selected")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(o.value(QStringLiteral("printk")).toArray(), (QJsonArray{4, 4, 1, 7}));
        QCOMPARE(o.value(QStringLiteral("dmesgRestrict")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("cmdlineParameters")).toArray().size(), 7);

        const auto host = test::cli(rootArgs(QStringLiteral("linux-6.18-host"),
                                             {QStringLiteral("--json"), QStringLiteral("kernel")}));
        const QJsonObject h = test::json(host).object();
        QCOMPARE(h.value(QStringLiteral("moduleSupport")).toString(), QStringLiteral("none"));
        QVERIFY(h.value(QStringLiteral("lockdown")).isNull());
        QVERIFY(h.value(QStringLiteral("modulesDisabled")).isNull());
        QCOMPARE(h.value(QStringLiteral("unavailable")).toArray().size(),
                 3); // modules_disabled, sig_enforce, lockdown
    }

    void modinfoForCapturedRelease()
    {
        // Below --root, names are looked up for the captured kernel's release in this machine's /lib/modules.
        if (!QFileInfo::exists(QStringLiteral("/lib/modules/6.1.0-56-amd64/modules.dep")))
            QSKIP("Debian's 6.1 kernel modules are not installed");
        const auto r = test::cli(rootArgs(QStringLiteral("linux-6.1-debian"),
                                          {QStringLiteral("modinfo"), QStringLiteral("dummy")}));
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.startsWith(
            QStringLiteral("filename:       /lib/modules/6.1.0-56-amd64/kernel/drivers/net/dummy.ko\n")));
        QVERIFY(text.contains(
            QStringLiteral("\nparm:           numdummies:Number of dummy pseudo devices (int)\n")));
        QVERIFY(text.contains(QStringLiteral("\nloadtaint:      none\n")));
        const auto j = test::cli(
            rootArgs(QStringLiteral("linux-6.1-debian"),
                     {QStringLiteral("--json"), QStringLiteral("modinfo"), QStringLiteral("zswap")}));
        const QJsonObject zswap =
            test::json(j).object().value(QStringLiteral("modules")).toArray().at(0).toObject();
        QCOMPARE(zswap.value(QStringLiteral("builtin")).toBool(), true);
        QVERIFY(zswap.value(QStringLiteral("filename")).isNull());
    }

    void modinfoWithoutInstalledModules()
    {
        // The 6.18 host kernel has no /lib/modules/6.18.44-fc-v669.
        const auto r = test::cli(
            rootArgs(QStringLiteral("linux-6.18-host"), {QStringLiteral("modinfo"), QStringLiteral("loop")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("has no installed modules"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("modinfo without name") << QStringList{QStringLiteral("modinfo")};
        QTest::newRow("modinfo with two")
            << QStringList{QStringLiteral("modinfo"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("kmsg count not a number")
            << QStringList{QStringLiteral("kmsg"), QStringLiteral("ten")};
        QTest::newRow("kmsg negative") << QStringList{QStringLiteral("kmsg"), QStringLiteral("-3")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const auto r = test::cli(rootArgs(QStringLiteral("linux-6.1-debian"), arguments));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKernelCli)
#include "tst_kernelcli.moc"
