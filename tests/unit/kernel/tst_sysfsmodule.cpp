// SPDX-License-Identifier: GPL-2.0-or-later
#include "kerneldirectory.h"
#include "procmodules.h"
#include "sysfsmodule.h"
#include "teststrings.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kaleido;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestSysfsModule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // tests/fixtures/linux-6.1-debian/sys/module/, read by hand (sidecars holders.names and
    // parameters.modes).
    void capturedLoadableModule()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        const auto sg = readSysfsModule(fs, QStringLiteral("sg"));
        QVERIFY2(sg.ok(), qPrintable(sg.error().message()));
        QVERIFY(!sg->builtIn());
        QCOMPARE(sg->initState, SysfsModule::InitState::Live);
        QCOMPARE(sg->initStateText, QStringLiteral("live"));
        QCOMPARE(sg->refcount, qint64(0));
        QCOMPARE(sg->coreSize, quint64(40960));
        QCOMPARE(sg->initSize, quint64(0)); // init memory is freed once live
        QCOMPARE(sg->taint, QString());
        QCOMPARE(sg->version, QStringLiteral("3.5.36"));
        QCOMPARE(sg->srcVersion, QStringLiteral("AD0B51B72ADF76F3A4A97CF"));
        QVERIFY(sg->holders.has_value());
        QVERIFY(sg->holders->isEmpty());
        QCOMPARE(sg->parameters.size(), 3);
        QCOMPARE(sg->parameters.at(0).name, QStringLiteral("allow_dio"));
        QCOMPARE(sg->parameters.at(0).mode, quint32(0644));
        QCOMPARE(sg->parameters.at(0).value, QStringLiteral("0"));
        QVERIFY(sg->parameters.at(0).writable());
        QCOMPARE(sg->parameter(QStringLiteral("def_reserved_size"))->value, QStringLiteral("32768"));
        QVERIFY(sg->unreadable.isEmpty());
    }

    void withoutParameters()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        const auto sg = readSysfsModule(fs, QStringLiteral("sg"), SysfsModuleParts::WithoutParameters);
        QVERIFY(sg.ok());
        QCOMPARE(sg->coreSize, quint64(40960));
        QVERIFY(sg->holders.has_value());
        QVERIFY(sg->parameters.isEmpty()); // sg has three, not read
    }

    void capturedHolders()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        const auto ring = readSysfsModule(fs, QStringLiteral("virtio_ring"));
        QVERIFY(ring.ok());
        QCOMPARE(ring->refcount, qint64(3));
        QCOMPARE(ring->coreSize, quint64(49152));
        QCOMPARE(*ring->holders, (QStringList{QStringLiteral("9pnet_virtio"), QStringLiteral("virtio"),
                                              QStringLiteral("virtio_pci")}));
        QVERIFY(!ring->version.has_value()); // no MODULE_VERSION
        QVERIFY(ring->parameters.isEmpty());

        // The holders agree with /proc/modules' list (which is in another order).
        const auto proc = readProcModules(fs);
        QStringList fromProc = proc->find(QStringLiteral("virtio_ring"))->holders;
        fromProc.sort();
        QCOMPARE(fromProc, *ring->holders);

        const auto loop = readSysfsModule(fs, QStringLiteral("loop"));
        QCOMPARE(loop->parameters.size(), 3);
        for (const auto& p : loop->parameters) {
            QCOMPARE(p.mode, quint32(0444)); // read-only after load
            QVERIFY(!p.writable());
        }
        QCOMPARE(loop->parameter(QStringLiteral("max_loop"))->value, QStringLiteral("8"));
    }

    void capturedBuiltIn_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("module");
        QTest::addColumn<int>("parameters");
        QTest::addColumn<QString>("firstParameter");
        QTest::newRow("6.1 printk") << QStringLiteral("linux-6.1-debian") << QStringLiteral("printk") << 5
                                    << QStringLiteral("always_kmsg_dump");
        QTest::newRow("6.1 kernel") << QStringLiteral("linux-6.1-debian") << QStringLiteral("kernel") << 9
                                    << QStringLiteral("consoleblank");
        // loop is a module in Debian's 6.1 but built in on the 6.18 host.
        QTest::newRow("6.18 loop") << QStringLiteral("linux-6.18-host") << QStringLiteral("loop") << 3
                                   << QStringLiteral("hw_queue_depth");
        QTest::newRow("6.18 kernel") << QStringLiteral("linux-6.18-host") << QStringLiteral("kernel") << 9
                                     << QStringLiteral("consoleblank");
        QTest::newRow("6.18 overlay") << QStringLiteral("linux-6.18-host") << QStringLiteral("overlay") << 8
                                      << QStringLiteral("check_copy_up");
    }
    void capturedBuiltIn()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, module);
        QFETCH(int, parameters);
        QFETCH(QString, firstParameter);
        const auto m = readSysfsModule(KernelFs(test::fixtureRoot(kernel)), module);
        QVERIFY2(m.ok(), qPrintable(m.error().message()));
        QVERIFY(m->builtIn());
        QVERIFY(!m->refcount.has_value());
        QVERIFY(!m->coreSize.has_value());
        QVERIFY(!m->holders.has_value());
        QVERIFY(!m->taint.has_value());
        QCOMPARE(m->parameters.size(), parameters);
        QCOMPARE(m->parameters.constFirst().name, firstParameter);
        QVERIFY(m->unreadable.isEmpty());
    }

    void capturedRootOnlyParameter()
    {
        // "module_blacklist 400": readable by root only; the capture (as root) stored "(null)".
        const auto m = readSysfsModule(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))),
                                       QStringLiteral("kernel"));
        const auto* p = m->parameter(QStringLiteral("module_blacklist"));
        QVERIFY(p);
        QCOMPARE(p->mode, quint32(0400));
        QVERIFY(p->readable());
        QVERIFY(!p->writable());
        QCOMPARE(p->value, QStringLiteral("(null)"));
    }

    void absentModule()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        for (const QString& name :
             {QStringLiteral("nosuchmodule"), QStringLiteral("../../proc"), QString()}) {
            const auto m = readSysfsModule(fs, name);
            QVERIFY(!m.ok());
            QCOMPARE(m.error().kind, ErrorKind::Absent);
        }
    }

    void capturedModuleList()
    {
        auto listed = listSysfsModules(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QVERIFY(listed.ok());
        QStringList names = listed.value();
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("8250"), QStringLiteral("fuse"), QStringLiteral("kernel"),
                              QStringLiteral("loop"), QStringLiteral("overlay"), QStringLiteral("printk")}));
    }

    // The live reader uses readdir() and lstat() where captures have sidecars.
    void liveDirectoryReading()
    {
        QTemporaryDir root;
        const QString dir = root.path() + QStringLiteral("/sys/module/demo");
        writeFile(dir + QStringLiteral("/initstate"), "coming\n");
        writeFile(dir + QStringLiteral("/refcnt"), "1\n");
        writeFile(dir + QStringLiteral("/taint"), "OE\n");
        writeFile(dir + QStringLiteral("/parameters/greeting"), "hello\n");
        writeFile(dir + QStringLiteral("/parameters/trigger"), "");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/holders")));
        QVERIFY(QFile::link(QStringLiteral("../../client"), dir + QStringLiteral("/holders/client")));
        QCOMPARE(::chmod(QFile::encodeName(dir + QStringLiteral("/parameters/greeting")).constData(), 0644),
                 0);
        QCOMPARE(::chmod(QFile::encodeName(dir + QStringLiteral("/parameters/trigger")).constData(), 0200),
                 0);

        const auto m = readSysfsModule(KernelFs(root.path()), QStringLiteral("demo"));
        QVERIFY2(m.ok(), qPrintable(m.error().message()));
        QCOMPARE(m->initState, SysfsModule::InitState::Coming);
        QCOMPARE(m->refcount, qint64(1));
        QCOMPARE(m->taint, QStringLiteral("OE"));
        QCOMPARE(*m->holders, QStringList{QStringLiteral("client")});
        QCOMPARE(m->parameters.size(), 2);
        const auto* greeting = m->parameter(QStringLiteral("greeting"));
        QCOMPARE(greeting->mode, quint32(0644));
        QCOMPARE(greeting->value, QStringLiteral("hello"));
        const auto* trigger = m->parameter(QStringLiteral("trigger"));
        QCOMPARE(trigger->mode, quint32(0200));
        QVERIFY(!trigger->readable());
        QVERIFY(!trigger->value.has_value()); // write-only: not even tried
        QVERIFY(!trigger->readError.has_value());
    }

    void badValuesAreRecordedNotFatal()
    {
        QTemporaryDir root;
        const QString dir = root.path() + QStringLiteral("/sys/module/odd");
        writeFile(dir + QStringLiteral("/initstate"), "sleeping\n");
        writeFile(dir + QStringLiteral("/refcnt"), "many\n");
        writeFile(dir + QStringLiteral("/coresize"), "-5\n");
        writeFile(dir + QStringLiteral("/parameters.modes"), "a 644\nb 9z9\n");
        writeFile(dir + QStringLiteral("/parameters/a"), "1\n");
        const auto m = readSysfsModule(KernelFs(root.path()), QStringLiteral("odd"));
        QVERIFY(m.ok());
        QCOMPARE(m->initState, SysfsModule::InitState::Unknown);
        QCOMPARE(m->initStateText, QStringLiteral("sleeping"));
        QVERIFY(!m->refcount.has_value());
        QVERIFY(!m->coreSize.has_value());
        QCOMPARE(m->unreadable.size(), 3); // refcnt, coresize, parameters.modes line 2
        QCOMPARE(m->parameters.size(), 1);
    }

    void liveKernel()
    {
        const KernelFs fs;
        const auto names = listSysfsModules(fs);
        QVERIFY2(names.ok(), qPrintable(names.error().message()));
        QVERIFY(!names->isEmpty()); // built-in code with parameters shows up even without module support
        const auto modules = readProcModules(fs);
        for (const QString& name : *names) {
            const auto m = readSysfsModule(fs, name);
            if (!m.ok() && m.error().kind == ErrorKind::Absent)
                continue; // unloaded meanwhile
            QVERIFY2(m.ok(), qPrintable(m.error().message()));
            for (const auto& p : m->parameters)
                QVERIFY(p.mode.has_value());
            // A module with an initstate is a loaded loadable module and is in /proc/modules.
            if (!m->builtIn() && modules->support == ModuleSupport::Loadable)
                QVERIFY2(modules->find(name), qPrintable(name));
            if (m->holders) {
                for (const QString& holder : *m->holders)
                    QVERIFY2(modules->find(holder), qPrintable(holder));
            }
        }
    }

    void nameLists_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << QByteArray() << QStringList{};
        QTest::newRow("two") << QByteArray("9p\n9pnet_virtio\n") << test::strings({"9p", "9pnet_virtio"});
        QTest::newRow("blank lines, no final newline")
            << QByteArray("\na\n\n b ") << test::strings({"a", "b"});
    }
    void nameLists()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, names);
        QCOMPARE(parseNameList(input), names);
    }

    void parameterModes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("parameters");
        QTest::addColumn<int>("skipped");
        QTest::newRow("normal") << QByteArray("max_loop 444\nmax_part 644\n") << 2 << 0;
        QTest::newRow("setuid-looking mode") << QByteArray("x 4755\n") << 1 << 0;
        QTest::newRow("not octal") << QByteArray("a 644\nb 888\n") << 1 << 1;
        QTest::newRow("missing mode") << QByteArray("a 644\nb\n") << 1 << 1;
        QTest::newRow("too many fields") << QByteArray("a 644\nb 644 x\n") << 1 << 1;
        QTest::newRow("mode overflow") << QByteArray("a 644\nb 77777777777777777777\n") << 1 << 1;
        QTest::newRow("truncated") << QByteArray("a 644\nb 6") << 2 << 0;
    }
    void parameterModes()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, parameters);
        QFETCH(int, skipped);
        const auto modes = parseParameterModes(input, QStringLiteral("/sys/module/x/parameters.modes"));
        QVERIFY(modes.ok());
        QCOMPARE(modes->parameters.size(), parameters);
        QCOMPARE(modes->skippedLines.size(), skipped);
        if (skipped)
            QCOMPARE(modes->skippedLines.constFirst().line, 2);
    }

    void parameterModesNothingUsable()
    {
        const auto modes = parseParameterModes("garbage\n", QStringLiteral("/p"));
        QVERIFY(!modes.ok());
        QCOMPARE(modes.error().kind, ErrorKind::Malformed);
        QVERIFY(parseParameterModes("", QStringLiteral("/p")).ok());
    }

    void initStates()
    {
        QCOMPARE(parseModuleInitState("live\n"), SysfsModule::InitState::Live);
        QCOMPARE(parseModuleInitState("coming\n"), SysfsModule::InitState::Coming);
        QCOMPARE(parseModuleInitState("going"), SysfsModule::InitState::Going);
        QCOMPARE(parseModuleInitState(""), SysfsModule::InitState::Unknown);
    }

    void directoryListingErrors()
    {
        const auto missing = listKernelDirectory(KernelFs(), QStringLiteral("/proc/no/such/dir"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Absent);
        QCOMPARE(missing.error().path, QStringLiteral("/proc/no/such/dir"));
        const auto file = listKernelDirectory(KernelFs(), QStringLiteral("/proc/meminfo"));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().kind, ErrorKind::Absent); // ENOTDIR: not a directory, so no such directory
    }
};

QTEST_GUILESS_MAIN(TestSysfsModule)
#include "tst_sysfsmodule.moc"
