// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleOperations against a module tree built at test time, nothing binary committed: tiny C files holding
// only a .modinfo section (and, for dependencies, an exported symbol) are compiled with cc, placed under
// <root>/lib/modules/1.0.0-test/, indexed with depmod and configured with a modprobe.d file. The same <root>
// holds a fake /proc and /sys for the loaded-module side. Everything runs as a dry run or on plain files: no
// module is ever inserted into the host kernel (that is tests/vm's job).
#include "fakemoduletree.h"
#include "kmsgcapture.h"
#include "moduleoperations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kaleido;
using namespace kaleido::privileged;
using namespace kaleido::testing;

namespace {

const QString release = QStringLiteral("1.0.0-test");

QMap<QString, QString> params(std::initializer_list<std::pair<const char*, const char*>> list)
{
    QMap<QString, QString> map;
    for (const auto& [key, value] : list)
        map.insert(QString::fromLatin1(key), QString::fromLatin1(value));
    return map;
}

} // namespace

class TestModuleOperations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QString m_modules; ///< <root>/lib/modules/1.0.0-test
    QString m_cc;
    QString m_skip;

    QString compile(const QByteArray& source, const QString& output) const
    {
        return compileObject(m_cc, source, output);
    }

    static QByteArray moduleSource(const FakeModule& m, const QString& vermagic)
    {
        return fakeModuleSource(m, vermagic);
    }

    QString modulePath(const QString& name) const
    {
        return m_modules + QStringLiteral("/kernel/drivers/test/") + name + QStringLiteral(".ko");
    }

    ModuleOperations operations(bool dryRun = true, const QString& root = QString()) const
    {
        ModuleOperations::Options options;
        options.fs = KernelFs(root.isEmpty() ? m_root : root);
        options.modulesDirectory = m_modules;
        options.configPaths = {m_root + QStringLiteral("/etc/modprobe.d")};
        options.dryRun = dryRun;
        return ModuleOperations(options);
    }

    // A root with only the /proc files load() looks at.
    QString minimalRoot(const QString& name, bool moduleSupport, bool modulesDisabled)
    {
        const QString root = m_root + QStringLiteral("/alt-") + name;
        if (moduleSupport)
            writeFile(root + QStringLiteral("/proc/modules"), QByteArray());
        writeFile(root + QStringLiteral("/proc/sys/kernel/modules_disabled"),
                  modulesDisabled ? "1\n" : "0\n");
        writeFile(root + QStringLiteral("/proc/sys/kernel/tainted"), "0\n");
        return root;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = QFileInfo(m_dir.path()).canonicalFilePath();
        m_modules = m_root + QStringLiteral("/lib/modules/") + release;
        m_cc = findTool(QStringLiteral("cc"));
        if (m_cc.isEmpty())
            m_cc = findTool(QStringLiteral("gcc"));
        const QString depmod = findTool(QStringLiteral("depmod"));
        if (m_cc.isEmpty() || depmod.isEmpty()) {
            m_skip = m_cc.isEmpty() ? QStringLiteral("no C compiler (cc/gcc) to build the fake modules")
                                    : QStringLiteral("depmod (kmod) is not installed");
            return;
        }

        const QString vermagic = release + QStringLiteral(" SMP mod_unload");
        const QList<FakeModule> modules = {
            {QStringLiteral("theta"), {}, QStringLiteral("theta_sym"), {}},
            {QStringLiteral("beta"),
             {QStringLiteral("parm=flag:a bool"), QStringLiteral("parmtype=flag:bool")},
             QStringLiteral("beta_sym"),
             {QStringLiteral("theta_sym")}},
            {QStringLiteral("alpha"),
             {QStringLiteral("depends=beta"), QStringLiteral("parm=x:an int"),
              QStringLiteral("parmtype=x:int"), QStringLiteral("parm=label:a string"),
              QStringLiteral("parmtype=label:charp"), QStringLiteral("parmtype=ids:array of int"),
              QStringLiteral("parm=opaque:no parmtype"), QStringLiteral("parmtype=mode:custom_t"),
              QStringLiteral("alias=alpha-alias"), QStringLiteral("alias=shared-alias")},
             {},
             {QStringLiteral("beta_sym")}},
            {QStringLiteral("gamma"), {QStringLiteral("alias=shared-alias")}, {}, {}},
            {QStringLiteral("delta"),
             {QStringLiteral("parm=level:an int"), QStringLiteral("parmtype=level:int")},
             QStringLiteral("delta_sym"),
             {}},
            {QStringLiteral("epsilon"),
             {QStringLiteral("parmtype=speed:int")},
             {},
             {QStringLiteral("delta_sym")}},
            {QStringLiteral("omega"), {}, {}, {}},
            {QStringLiteral("sigma"), {}, {}, {}},
            {QStringLiteral("lambda"),
             {QStringLiteral("parmtype=level:int"), QStringLiteral("parmtype=label:charp")},
             QStringLiteral("lambda_sym"),
             {}},
            {QStringLiteral("mu"), {}, {}, {QStringLiteral("lambda_sym")}},
        };
        for (const FakeModule& m : modules) {
            const QString error = compile(moduleSource(m, vermagic), modulePath(m.name));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Files for prepareLoadFile() only, outside the index.
        const QString files = m_root + QStringLiteral("/files/");
        QVERIFY(compile(moduleSource({QStringLiteral("stranger"), {}, {}, {}}, QStringLiteral("9.9.9 SMP")),
                        files + QStringLiteral("stranger.ko"))
                    .isEmpty());
        QVERIFY(compile(moduleSource({QStringLiteral("nomagic"), {}, {}, {}}, QString()),
                        files + QStringLiteral("nomagic.ko"))
                    .isEmpty());
        QVERIFY(compile("int plain_object = 1;\n", files + QStringLiteral("plain.o")).isEmpty());
        QVERIFY(compile(moduleSource({QStringLiteral("bad/name"), {}, {}, {}}, vermagic),
                        files + QStringLiteral("badname.ko"))
                    .isEmpty());

        // zeta is built in; modules.builtin must exist before depmod indexes it.
        QVERIFY(writeFile(m_modules + QStringLiteral("/modules.builtin"), "kernel/drivers/test/zeta.ko\n"));
        QVERIFY(writeFile(m_root + QStringLiteral("/etc/modprobe.d/test.conf"),
                          "# the administrator's rules\n"
                          "blacklist gamma\n"
                          "install delta /bin/true\n"
                          "softdep omega pre: theta post: sigma\n"));
        QProcess run;
        run.start(depmod, {QStringLiteral("-b"), m_root, release});
        QVERIFY(run.waitForFinished(60000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        QVERIFY(QFile::exists(m_modules + QStringLiteral("/modules.dep.bin")));

        // The loaded side: /proc/modules, /sys/module, the kernel log and taint.
        QVERIFY(writeFile(m_root + QStringLiteral("/proc/modules"),
                          "lambda 16384 0 - Live 0x0000000000000000\n"
                          "idle 16384 0 - Live 0x0000000000000000\n"
                          "busy 16384 2 user1,user2, Live 0x0000000000000000\n"
                          "user1 16384 0 - Live 0x0000000000000000\n"
                          "user2 16384 0 - Live 0x0000000000000000\n"
                          "referenced 16384 3 - Live 0x0000000000000000\n"
                          "perm 16384 0 [permanent], Live 0x0000000000000000\n"));
        QVERIFY(writeFile(m_root + QStringLiteral("/proc/sys/kernel/tainted"), "4096\n"));
        QVERIFY(writeFile(m_root + QStringLiteral("/proc/sys/kernel/modules_disabled"), "0\n"));
        QVERIFY(writeFile(m_root + QStringLiteral("/dev/kmsg"), "6,1,100,-;booted\n"));
        const QString lambda = m_root + QStringLiteral("/sys/module/lambda/");
        QVERIFY(writeFile(lambda + QStringLiteral("initstate"), "live\n"));
        const auto rw = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto ro = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(writeFile(lambda + QStringLiteral("parameters/level"), "3\n", rw));
        QVERIFY(writeFile(lambda + QStringLiteral("parameters/label"), "(null)\n", rw));
        QVERIFY(writeFile(lambda + QStringLiteral("parameters/free"), "x\n", rw));
        QVERIFY(writeFile(lambda + QStringLiteral("parameters/fixed"), "1\n", ro));
        QVERIFY(writeFile(m_root + QStringLiteral("/elsewhere"), "7\n", rw));
        QVERIFY(
            QFile::link(m_root + QStringLiteral("/elsewhere"), lambda + QStringLiteral("parameters/linked")));
        QVERIFY(QDir().mkpath(lambda + QStringLiteral("parameters/adirectory")));
        QVERIFY(writeFile(m_root + QStringLiteral("/sys/module/idle/initstate"), "live\n"));
        // Built-in code with parameters has a /sys/module directory without initstate.
        QVERIFY(writeFile(m_root + QStringLiteral("/sys/module/builtinthing/parameters/p"), "1\n", rw));
    }

    void init()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
    }

    // ---- prepareLoad: resolution

    void resolvesByNameWithDependenciesInOrder()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("alpha"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QCOMPARE(plan->name, QStringLiteral("alpha"));
        QCOMPARE(plan->path, modulePath(QStringLiteral("alpha")));
        QCOMPARE(plan->dependencies, (QStringList{QStringLiteral("theta"), QStringLiteral("beta")}));
        QVERIFY(plan->loadedAfter.isEmpty());
        QVERIFY(plan->parameters.isEmpty());
    }

    void resolvesByAlias()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("alpha-alias"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QCOMPARE(plan->name, QStringLiteral("alpha"));
    }

    void refusesAmbiguousAlias()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("shared-alias"), {});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.reason().contains(QStringLiteral("alpha")) &&
                     plan.reason().contains(QStringLiteral("gamma")),
                 qPrintable(plan.reason()));
    }

    void refusesUnknownModule()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("nosuch"), {});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.reason().contains(QStringLiteral("no module named “nosuch”")),
                 qPrintable(plan.reason()));
        QVERIFY(plan.reason().contains(release));
    }

    void refusesHostileName()
    {
        for (const QString& name : {QStringLiteral("../alpha"), QStringLiteral("alpha.ko"), QString(),
                                    QStringLiteral("alpha\n"), QStringLiteral("-")}) {
            const auto plan = operations().prepareLoad(name, {});
            QVERIFY2(!plan.ok(), qPrintable(name));
        }
    }

    void refusesBuiltin()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("zeta"), {});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.reason().contains(QStringLiteral("built into")), qPrintable(plan.reason()));
    }

    void refusesBlacklistedNamingTheFile()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("gamma"), {});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.reason().contains(QStringLiteral("blacklisted")), qPrintable(plan.reason()));
        QVERIFY2(plan.reason().contains(m_root + QStringLiteral("/etc/modprobe.d/test.conf")),
                 qPrintable(plan.reason()));
    }

    void softDependenciesAroundTheModule()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("omega"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QCOMPARE(plan->dependencies, QStringList{QStringLiteral("theta")});
        QCOMPARE(plan->loadedAfter, QStringList{QStringLiteral("sigma")});
    }

    void loadedDependenciesAreLeftOut()
    {
        // mu needs lambda, which /proc/modules lists as loaded.
        const auto plan = operations().prepareLoad(QStringLiteral("mu"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QVERIFY2(plan->dependencies.isEmpty(), qPrintable(plan->dependencies.join(u',')));
    }

    void moduleWithInstallRuleWithoutParameters()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("delta"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        const auto dependent = operations().prepareLoad(QStringLiteral("epsilon"), {});
        QVERIFY2(dependent.ok(), qPrintable(dependent.reason()));
        QCOMPARE(dependent->dependencies, QStringList{QStringLiteral("delta")});
    }

    // ---- prepareLoad: parameters

    void acceptsDeclaredParametersInCanonicalForm()
    {
        const auto plan = operations().prepareLoad(
            QStringLiteral("alpha"),
            params({{"x", "42"}, {"label", "hello"}, {"ids", "1,2"}, {"opaque", "abc"}}));
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QCOMPARE(plan->parameters,
                 params({{"x", "42"}, {"label", "hello"}, {"ids", "1,2"}, {"opaque", "abc"}}));
        QCOMPARE(moduleOptionsString(plan->parameters), QByteArray("ids=1,2 label=hello opaque=abc x=42"));
        const auto flag = operations().prepareLoad(QStringLiteral("beta"), params({{"flag", "true"}}));
        QVERIFY2(flag.ok(), qPrintable(flag.reason()));
        QCOMPARE(flag->parameters.value(QStringLiteral("flag")), QStringLiteral("Y"));
    }

    void refusesParameters_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("undeclared") << "alpha"
                                    << "y"
                                    << "1"
                                    << "no parameter “y”";
        QTest::newRow("undeclared lists known") << "alpha"
                                                << "y"
                                                << "1"
                                                << "ids, label, mode, opaque, x";
        QTest::newRow("none declared") << "theta"
                                       << "x"
                                       << "1"
                                       << "declares no parameters";
        QTest::newRow("int hex") << "alpha"
                                 << "x"
                                 << "0x10"
                                 << "decimal";
        QTest::newRow("int overflow") << "alpha"
                                      << "x"
                                      << "99999999999"
                                      << "2147483647";
        QTest::newRow("charp shell") << "alpha"
                                     << "label"
                                     << "$(id)"
                                     << "“$”";
        QTest::newRow("charp second option") << "alpha"
                                             << "label"
                                             << "a x=1"
                                             << "spaces";
        QTest::newRow("array empty element") << "alpha"
                                             << "ids"
                                             << "1,,2"
                                             << "empty";
        QTest::newRow("untyped as charp") << "alpha"
                                          << "opaque"
                                          << "a;b"
                                          << "“;”";
        QTest::newRow("unknown type as charp") << "alpha"
                                               << "mode"
                                               << "a`b"
                                               << "“`”";
        QTest::newRow("bad name") << "alpha"
                                  << "x=1 y"
                                  << "1"
                                  << "not a parameter name";
        QTest::newRow("install rule") << "delta"
                                      << "level"
                                      << "1"
                                      << "install rule";
        QTest::newRow("dependency install rule") << "epsilon"
                                                 << "speed"
                                                 << "1"
                                                 << "for delta";
    }

    void refusesParameters()
    {
        QFETCH(QString, module);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const auto plan = operations().prepareLoad(module, {{parameter, value}});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.reason().contains(expected), qPrintable(plan.reason()));
    }

    void refusesTooManyParameters()
    {
        QMap<QString, QString> many;
        for (int i = 0; i < 65; ++i)
            many.insert(QStringLiteral("p%1").arg(i), QStringLiteral("1"));
        QVERIFY(!operations().prepareLoad(QStringLiteral("alpha"), many).ok());
    }

    // ---- load (dry run)

    void dryRunLoadReportsWhatWouldBeInserted()
    {
        const ModuleOperations ops = operations();
        const auto plan = ops.prepareLoad(QStringLiteral("alpha"), params({{"x", "7"}}));
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        const OperationResult result = ops.load(*plan);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.loaded,
                 (QStringList{QStringLiteral("theta"), QStringLiteral("beta"), QStringLiteral("alpha")}));
        QCOMPARE(result.modulePath, modulePath(QStringLiteral("alpha")));
        QVERIFY(result.cause.contains(QStringLiteral("Dry run")));
        QCOMPARE(result.taintBefore, QStringLiteral("O"));
        QCOMPARE(result.taintAfter, QStringLiteral("O"));
        QVERIFY(result.kernelLog.isEmpty()); // the record already in dev/kmsg is from before
        QCOMPARE(result.kernelLogFirstSequence, -1);
        QCOMPARE(result.kernelLogLastSequence, -1);
    }

    void alreadyLoadedFailsWithEexist()
    {
        const ModuleOperations ops = operations();
        const auto plan = ops.prepareLoad(QStringLiteral("lambda"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason())); // not refused before polkit: the kernel's answer
        const OperationResult result = ops.load(*plan);
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.errnoName, QStringLiteral("EEXIST"));
        QCOMPARE(result.errnoValue, EEXIST);
        QVERIFY(result.cause.contains(QStringLiteral("already loaded")));
    }

    void loadGates()
    {
        const auto plan = operations().prepareLoad(QStringLiteral("theta"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));

        const OperationResult disabled =
            operations(true, minimalRoot(QStringLiteral("disabled"), true, true)).load(*plan);
        QCOMPARE(disabled.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(disabled.errnoName, QStringLiteral("EPERM"));
        QVERIFY2(disabled.cause.contains(QStringLiteral("until reboot")), qPrintable(disabled.cause));

        const OperationResult none =
            operations(true, minimalRoot(QStringLiteral("none"), false, false)).load(*plan);
        QCOMPARE(none.outcome, OperationResult::Outcome::Failed);
        QVERIFY2(none.cause.contains(QStringLiteral("no loadable-module support")), qPrintable(none.cause));

        const OperationResult fine =
            operations(true, minimalRoot(QStringLiteral("fine"), true, false)).load(*plan);
        QVERIFY2(fine.ok(), qPrintable(fine.cause));
        QCOMPARE(fine.loaded, QStringList{QStringLiteral("theta")});
        QCOMPARE(fine.taintBefore, QString());
    }

    void loadRechecksTheBlacklist()
    {
        // A plan made by hand (or before the administrator changed the rules) is still refused.
        ModuleLoadPlan plan;
        plan.name = QStringLiteral("gamma");
        const OperationResult result = operations().load(plan);
        QVERIFY(!result.ok());
        QVERIFY2(result.cause.contains(QStringLiteral("blacklisted")), qPrintable(result.cause));
    }

    void loadRechecksAHandMadePlan()
    {
        // load() holds a plan to the rules of a fresh request: parameters never reach an install rule's shell
        // or the kernel unless the module declares them and their values pass.
        ModuleLoadPlan plan;
        plan.name = QStringLiteral("delta");
        plan.parameters = params({{"level", "1"}});
        OperationResult result = operations().load(plan);
        QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
        QVERIFY2(result.cause.contains(QStringLiteral("install rule")), qPrintable(result.cause));

        plan.name = QStringLiteral("alpha");
        plan.parameters = params({{"label", "$(id)"}});
        QCOMPARE(operations().load(plan).outcome, OperationResult::Outcome::Rejected);
        plan.parameters = params({{"undeclared", "1"}});
        QCOMPARE(operations().load(plan).outcome, OperationResult::Outcome::Rejected);
        plan.parameters = params({{"x", "1 label=evil"}});
        QCOMPARE(operations().load(plan).outcome, OperationResult::Outcome::Rejected);
        plan.parameters = params({{"x", "010"}}); // canonical form only
        QCOMPARE(operations().load(plan).outcome, OperationResult::Outcome::Rejected);
        plan.parameters = params({{"x", "10"}});
        QVERIFY(operations().load(plan).ok());
    }

    // ---- prepareLoadFile / loadFile

    void loadFileRechecksItsParameters()
    {
        const auto checked = operations().prepareLoadFile(modulePath(QStringLiteral("theta")), {});
        QVERIFY2(checked.ok(), qPrintable(checked.reason()));
        for (const auto& [key, value] :
             {std::pair{"x", "1 y=2"}, std::pair{"x", "$(id)"}, std::pair{"x=1", "2"}, std::pair{"x", ""}}) {
            ModuleFilePlan plan = *checked;
            plan.parameters.insert(QString::fromLatin1(key), QString::fromLatin1(value));
            QCOMPARE(operations().loadFile(plan).outcome, OperationResult::Outcome::Rejected);
        }
        QVERIFY(operations().loadFile(*checked).ok());
    }

    void loadsAFileByDescriptor()
    {
        const ModuleOperations ops = operations();
        const QString path = modulePath(QStringLiteral("alpha"));
        auto plan = ops.prepareLoadFile(path, params({{"x", "5"}}));
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QCOMPARE(plan->name, QStringLiteral("alpha"));
        QCOMPARE(plan->path, path);
        QCOMPARE(plan->parameters, params({{"x", "5"}}));
        QVERIFY(plan->fd && *plan->fd >= 0);
        QVERIFY(::fcntl(*plan->fd, F_GETFD) >= 0);

        const OperationResult result = ops.loadFile(*plan);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.loaded, QStringList{QStringLiteral("alpha")});
        QCOMPARE(result.modulePath, path);

        QVERIFY(!ops.prepareLoadFile(path, params({{"x", "five"}})).ok());
        QVERIFY(!ops.prepareLoadFile(path, params({{"nosuch", "1"}})).ok());

        // The descriptor is closed with the last copy of the plan.
        const int fd = *plan->fd;
        {
            const ModuleFilePlan moved = std::move(plan).value();
        }
        QVERIFY(::fcntl(fd, F_GETFD) < 0 && errno == EBADF);
    }

    void loadFileRefusesAFileChangedSinceTheCheck()
    {
        const QString path = m_root + QStringLiteral("/files/changing.ko");
        QVERIFY(QFile::copy(modulePath(QStringLiteral("theta")), path));
        const auto plan = operations().prepareLoadFile(path, {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("more");
        file.close();
        const OperationResult result = operations().loadFile(*plan);
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.errnoName, QStringLiteral("ECANCELED"));
    }

    void loadFileOfALoadedModuleFailsWithEexist()
    {
        const auto plan = operations().prepareLoadFile(modulePath(QStringLiteral("lambda")), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QCOMPARE(operations().loadFile(*plan).errnoName, QStringLiteral("EEXIST"));
    }

    void refusesFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QString files = m_root + QStringLiteral("/files/");
        QDir().mkpath(files + QStringLiteral("dir"));
        QFile::link(modulePath(QStringLiteral("alpha")), files + QStringLiteral("link.ko"));
        QFile::link(QFileInfo(modulePath(QStringLiteral("alpha"))).absolutePath(),
                    files + QStringLiteral("linkdir"));
        ::mkfifo(QFile::encodeName(files + QStringLiteral("fifo")).constData(), 0600);
        writeFile(files + QStringLiteral("empty.ko"), QByteArray());
        writeFile(files + QStringLiteral("text.ko"), "name=alpha\nvermagic=1.0.0-test\n");
        writeFile(files + QStringLiteral("garbage.ko"), QByteArray("\x7f"
                                                                   "ELF\x02\x01\x01",
                                                                   7) +
                                                            QByteArray(200, '\xff'));
        writeFile(files + QStringLiteral("alpha.ko.xz"), QByteArray("\xfd"
                                                                    "7zXZ\0\0\x04\xe6\xd6\xb4\x46",
                                                                    12));
        writeFile(files + QStringLiteral("alpha.ko.zst"), QByteArray("\x28\xb5\x2f\xfd\x04\x58", 6));

        QTest::newRow("relative") << QStringLiteral("files/alpha.ko") << "full path";
        QTest::newRow("empty path") << QString() << "full path";
        QTest::newRow("dot-dot") << files + QStringLiteral("../files/plain.o") << "plain path";
        QTest::newRow("double slash") << m_root + QStringLiteral("//files/plain.o") << "plain path";
        QTest::newRow("missing") << files + QStringLiteral("nosuch.ko") << "no file";
        QTest::newRow("symlink") << files + QStringLiteral("link.ko") << "symbolic link";
        QTest::newRow("symlinked directory") << files + QStringLiteral("linkdir/alpha.ko") << "real path";
        QTest::newRow("directory") << files + QStringLiteral("dir") << "directory";
        QTest::newRow("fifo") << files + QStringLiteral("fifo") << "not a regular file";
        QTest::newRow("device") << QStringLiteral("/dev/null") << "not a regular file";
        QTest::newRow("empty file") << files + QStringLiteral("empty.ko") << "empty";
        QTest::newRow("text") << files + QStringLiteral("text.ko") << "not an ELF";
        QTest::newRow("garbage ELF") << files + QStringLiteral("garbage.ko") << "not a kernel module";
        QTest::newRow("xz") << files + QStringLiteral("alpha.ko.xz") << "compressed (xz)";
        QTest::newRow("zstd") << files + QStringLiteral("alpha.ko.zst") << "compressed (zstd)";
        QTest::newRow("object without modinfo") << files + QStringLiteral("plain.o") << ".modinfo";
        QTest::newRow("other kernel") << files + QStringLiteral("stranger.ko") << "built for kernel 9.9.9";
        QTest::newRow("no vermagic") << files + QStringLiteral("nomagic.ko") << "vermagic";
        QTest::newRow("hostile name inside") << files + QStringLiteral("badname.ko") << "not a module name";
    }

    void refusesFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const auto plan = operations().prepareLoadFile(path, {});
        QVERIFY2(!plan.ok(), "accepted");
        QVERIFY2(plan.reason().contains(expected), qPrintable(plan.reason()));
    }

    // ---- unload

    void prepareUnload_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // the canonical name, or a word of the reason
        QTest::addColumn<bool>("ok");
        QTest::newRow("loaded") << "idle"
                                << "idle" << true;
        QTest::newRow("held (refused later by the kernel)") << "busy"
                                                            << "busy" << true;
        QTest::newRow("not loaded") << "alpha"
                                    << "not loaded" << false;
        QTest::newRow("unknown") << "nosuch"
                                 << "not loaded" << false;
        QTest::newRow("built in, /sys/module") << "builtinthing"
                                               << "built into" << false;
        QTest::newRow("built in, modules.builtin") << "zeta"
                                                   << "built into" << false;
        QTest::newRow("permanent") << "perm"
                                   << "permanent" << false;
        QTest::newRow("hostile") << "../idle"
                                 << "not a module name" << false;
        QTest::newRow("empty") << ""
                               << "No module name" << false;
    }

    void prepareUnload()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const auto checked = operations().prepareUnload(name);
        QCOMPARE(checked.ok(), ok);
        if (ok)
            QCOMPARE(*checked, expected);
        else
            QVERIFY2(checked.reason().contains(expected), qPrintable(checked.reason()));
    }

    void prepareUnloadWithoutModuleSupport()
    {
        const auto checked = operations(true, minimalRoot(QStringLiteral("unload-none"), false, false))
                                 .prepareUnload(QStringLiteral("idle"));
        QVERIFY(!checked.ok());
        QVERIFY2(checked.reason().contains(QStringLiteral("no loadable-module support")),
                 qPrintable(checked.reason()));
    }

    void dryRunUnload()
    {
        const OperationResult idle = operations().unload(QStringLiteral("idle"));
        QVERIFY2(idle.ok(), qPrintable(idle.cause));
        QCOMPARE(idle.loaded, QStringList{QStringLiteral("idle")});
        QCOMPARE(idle.taintBefore, QStringLiteral("O"));

        const OperationResult busy = operations().unload(QStringLiteral("busy"));
        QCOMPARE(busy.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(busy.errnoName, QStringLiteral("EBUSY"));
        QCOMPARE(busy.holders, (QStringList{QStringLiteral("user1"), QStringLiteral("user2")}));
        QCOMPARE(busy.refcount, 2);
        QVERIFY2(busy.cause.contains(QStringLiteral("in use by user1, user2; unload user1, user2 first")),
                 qPrintable(busy.cause));

        const OperationResult referenced = operations().unload(QStringLiteral("referenced"));
        QCOMPARE(referenced.errnoName, QStringLiteral("EBUSY"));
        QVERIFY(referenced.holders.isEmpty());
        QCOMPARE(referenced.refcount, 3);

        const OperationResult gone = operations().unload(QStringLiteral("nosuch"));
        QCOMPARE(gone.errnoName, QStringLiteral("ENOENT"));
        QCOMPARE(operations().unload(QStringLiteral("a/b")).outcome, OperationResult::Outcome::Rejected);
    }

    // ---- module parameters

    void prepareParameterWrite_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // canonical value, or a word of the reason
        QTest::addColumn<bool>("ok");
        QTest::newRow("int") << "lambda"
                             << "level"
                             << "7"
                             << "7" << true;
        QTest::newRow("int typed from modinfo") << "lambda"
                                                << "level"
                                                << "seven"
                                                << "digits" << false;
        QTest::newRow("int hex") << "lambda"
                                 << "level"
                                 << "0x7"
                                 << "decimal" << false;
        QTest::newRow("charp") << "lambda"
                               << "label"
                               << "eth0"
                               << "eth0" << true;
        QTest::newRow("untyped as charp") << "lambda"
                                          << "free"
                                          << "abc"
                                          << "abc" << true;
        QTest::newRow("untyped shell") << "lambda"
                                       << "free"
                                       << "$(reboot)"
                                       << "“$”" << false;
        QTest::newRow("untyped newline") << "lambda"
                                         << "free"
                                         << "a\nb"
                                         << "control" << false;
        QTest::newRow("read-only") << "lambda"
                                   << "fixed"
                                   << "0"
                                   << "read-only (mode 0444)" << false;
        QTest::newRow("symlink") << "lambda"
                                 << "linked"
                                 << "1"
                                 << "not a parameter file" << false;
        QTest::newRow("directory") << "lambda"
                                   << "adirectory"
                                   << "1"
                                   << "not a parameter file" << false;
        QTest::newRow("no such parameter") << "lambda"
                                           << "nosuch"
                                           << "1"
                                           << "no parameter" << false;
        QTest::newRow("not loaded") << "nosuch"
                                    << "level"
                                    << "1"
                                    << "not loaded" << false;
        QTest::newRow("parameter path") << "lambda"
                                        << "../initstate"
                                        << "1"
                                        << "not a parameter name" << false;
        QTest::newRow("module path") << "../lambda"
                                     << "level"
                                     << "1"
                                     << "not a module name" << false;
        QTest::newRow("empty value") << "lambda"
                                     << "label"
                                     << ""
                                     << "needs a value" << false;
    }

    void prepareParameterWrite()
    {
        QFETCH(QString, module);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const auto write = operations().prepareParameterWrite(module, parameter, value);
        QCOMPARE(write.ok(), ok);
        if (ok) {
            QCOMPARE(write->module, module);
            QCOMPARE(write->parameter, parameter);
            QCOMPARE(write->value, expected);
        } else {
            QVERIFY2(write.reason().contains(expected), qPrintable(write.reason()));
        }
    }

    void writesAndReadsBackAParameter()
    {
        const QString file = m_root + QStringLiteral("/sys/module/lambda/parameters/level");
        QVERIFY(writeFile(file, "3\n", QFile::ReadOwner | QFile::WriteOwner));

        const auto write = operations(false).prepareParameterWrite(
            QStringLiteral("lambda"), QStringLiteral("level"), QStringLiteral("12"));
        QVERIFY2(write.ok(), qPrintable(write.reason()));

        const OperationResult dry = operations(true).writeParameter(*write);
        QVERIFY2(dry.ok(), qPrintable(dry.cause));
        QCOMPARE(dry.oldValue, QStringLiteral("3"));
        QCOMPARE(dry.newValue, QStringLiteral("3"));

        const OperationResult result = operations(false).writeParameter(*write);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.oldValue, QStringLiteral("3"));
        QCOMPARE(result.newValue, QStringLiteral("12"));
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("12"));
        QCOMPARE(result.taintBefore, QStringLiteral("O"));
    }

    void writeParameterRechecksItsArguments()
    {
        // A write made by hand is held to the same rules as one from prepareParameterWrite().
        const OperationResult symlink = operations(false).writeParameter(
            {QStringLiteral("lambda"), QStringLiteral("linked"), QStringLiteral("1")});
        QCOMPARE(symlink.outcome, OperationResult::Outcome::Rejected);
        const OperationResult spaced = operations(false).writeParameter(
            {QStringLiteral("lambda"), QStringLiteral("free"), QStringLiteral("a b")});
        QCOMPARE(spaced.outcome, OperationResult::Outcome::Rejected);
        QFile elsewhere(m_root + QStringLiteral("/elsewhere"));
        QVERIFY(elsewhere.open(QIODevice::ReadOnly));
        QCOMPARE(elsewhere.readAll(), QByteArray("7\n"));
    }

    // ---- kernel log capture

    void capturesOnlyNewKernelLogRecords()
    {
        const QString root = m_root + QStringLiteral("/kmsg-root");
        QVERIFY(writeFile(root + QStringLiteral("/dev/kmsg"), "6,1,100,-;before\n"));
        KmsgCapture capture{KernelFs(root)};
        QVERIFY(capture.isOpen());
        QFile kmsg(root + QStringLiteral("/dev/kmsg"));
        QVERIFY(kmsg.open(QIODevice::Append));
        kmsg.write("6,2,200,-;dummy: loaded\n3,3,300,-;dummy: something failed\n");
        kmsg.close();
        QVERIFY(!capture.firstSequence());
        QCOMPARE(capture.collect(), (QStringList{QStringLiteral("<6>dummy: loaded"),
                                                 QStringLiteral("<3>dummy: something failed")}));
        QCOMPARE(capture.firstSequence(), std::optional<quint64>(2));
        QCOMPARE(capture.lastSequence(), std::optional<quint64>(3));
        QVERIFY(capture.collect().isEmpty());
        QCOMPARE(capture.lastSequence(), std::optional<quint64>(3)); // an empty collect() keeps the range

        KmsgCapture none{KernelFs(m_root + QStringLiteral("/nonexistent"))};
        QVERIFY(!none.isOpen());
        QVERIFY(none.collect().isEmpty());
        OperationResult unread;
        none.collectInto(unread);
        QCOMPARE(unread.kernelLogFirstSequence, -1);
        QCOMPARE(unread.kernelLogLastSequence, -1);
    }

    void collectIntoFillsTheOperationsSequenceRange()
    {
        const QString root = m_root + QStringLiteral("/kmsg-range");
        QVERIFY(writeFile(root + QStringLiteral("/dev/kmsg"), "6,40,100,-;before\n"));
        KmsgCapture capture{KernelFs(root)};
        QFile kmsg(root + QStringLiteral("/dev/kmsg"));
        QVERIFY(kmsg.open(QIODevice::Append));
        kmsg.write(
            "6,41,200,-;alpha: loading\n SUBSYSTEM=module\n4,42,210,-;alpha: odd\n7,43,220,-;alpha: done\n");
        kmsg.close();
        OperationResult result = OperationResult::success(QStringLiteral("loaded"));
        capture.collectInto(result);
        QCOMPARE(result.kernelLog.size(), 3);
        QCOMPARE(result.kernelLog.first(), u"<6>alpha: loading");
        QCOMPARE(result.kernelLogFirstSequence, 41);
        QCOMPARE(result.kernelLogLastSequence, 43);
        QVERIFY(result.ok()); // the outcome is untouched
    }
};

QTEST_GUILESS_MAIN(TestModuleOperations)
#include "tst_moduleoperations.moc"
