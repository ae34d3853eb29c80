// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleOperations for real: loads, unloads and parameter writes against a running kernel with loadable
// modules, as root. It changes the kernel it runs on (and ends by setting kernel.modules_disabled), so it
// only runs inside the throw-away guest of tests/vm (KALEIDO_VM=1, Debian's 6.1 kernel): see
// vm_module_operations in tests/vm/CMakeLists.txt. Anywhere else every case skips.
#include "kerneltaint.h"
#include "moduleoperations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/utsname.h>
#include <unistd.h>

using namespace kaleido::privileged;

namespace {

QString release()
{
    struct utsname u = {};
    ::uname(&u);
    return QString::fromUtf8(u.release);
}

bool isLoaded(const QString& name)
{
    return QFileInfo(QStringLiteral("/sys/module/") + name + QStringLiteral("/initstate")).exists();
}

QString readTrimmed(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().trimmed());
}

QMap<QString, QString> params(const char* key, const char* value)
{
    return {{QString::fromLatin1(key), QString::fromLatin1(value)}};
}

QString describe(const OperationResult& r)
{
    return QStringLiteral("outcome %1 %2: %3 | log: %4")
        .arg(int(r.outcome))
        .arg(r.errnoName, r.cause, r.kernelLog.join(QStringLiteral(" / ")));
}

} // namespace

class TestModuleOperationsLive : public QObject
{
    Q_OBJECT

    ModuleOperations m_ops;

private Q_SLOTS:
    void init()
    {
        if (qEnvironmentVariable("KALEIDO_VM") != u"1")
            QSKIP("changes the running kernel: only inside tests/vm/run-in-vm");
        if (::geteuid() != 0)
            QSKIP("needs root");
        if (!QFile::exists(QStringLiteral("/proc/modules")))
            QSKIP("this kernel has no loadable-module support");
        if (!QFile::exists(QStringLiteral("/lib/modules/") + release() + QStringLiteral("/modules.dep.bin")))
            QSKIP("no modules are installed for the running kernel");
    }

    void loadsWithAParameter()
    {
        QVERIFY(!isLoaded(QStringLiteral("dummy")));
        const auto plan = m_ops.prepareLoad(QStringLiteral("dummy"), params("numdummies", "2"));
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        const OperationResult result = m_ops.load(*plan);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.loaded, QStringList{QStringLiteral("dummy")});
        QVERIFY(result.modulePath.endsWith(QStringLiteral("/dummy.ko")));
        QVERIFY(isLoaded(QStringLiteral("dummy")));
        // numdummies=2 reached the module: it made two interfaces.
        QVERIFY(QFileInfo::exists(QStringLiteral("/sys/class/net/dummy1")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/sys/class/net/dummy2")));
        // dummy is in-tree and signed: no new taint, and the letters are the kernel's own.
        QCOMPARE(result.taintAfter, result.taintBefore);
        QCOMPARE(result.taintAfter, kaleido::readTainted(kaleido::KernelFs())->letters());
    }

    void loadingAgainIsEexist()
    {
        const auto plan = m_ops.prepareLoad(QStringLiteral("dummy"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        const OperationResult result = m_ops.load(*plan);
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.errnoName, QStringLiteral("EEXIST"));
    }

    void unloads()
    {
        const auto name = m_ops.prepareUnload(QStringLiteral("dummy"));
        QVERIFY2(name.ok(), qPrintable(name.reason()));
        const OperationResult result = m_ops.unload(*name);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.loaded, QStringList{QStringLiteral("dummy")});
        QVERIFY(!isLoaded(QStringLiteral("dummy")));
        QVERIFY(!m_ops.prepareUnload(QStringLiteral("dummy")).ok());
    }

    void capturesTheKernelLog()
    {
        const auto plan = m_ops.prepareLoad(QStringLiteral("loop"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        const OperationResult result = m_ops.load(*plan);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.kernelLog.contains(QStringLiteral("<6>loop: module loaded")),
                 qPrintable(result.kernelLog.join(u'|')));
        // max_loop is 0444: it can only be given at load time.
        const auto write = m_ops.prepareParameterWrite(QStringLiteral("loop"), QStringLiteral("max_loop"),
                                                       QStringLiteral("4"));
        QVERIFY(!write.ok());
        QVERIFY2(write.reason().contains(QStringLiteral("read-only")), qPrintable(write.reason()));
    }

    void dependenciesComeFirstAndHoldersBlockUnload()
    {
        const auto plan = m_ops.prepareLoad(QStringLiteral("sg"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QVERIFY2(plan->dependencies.contains(QStringLiteral("scsi_mod")),
                 qPrintable(plan->dependencies.join(u',')));
        const OperationResult result = m_ops.load(*plan);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.loaded.constLast(), QStringLiteral("sg"));
        QVERIFY(result.loaded.indexOf(QStringLiteral("scsi_mod")) <
                result.loaded.indexOf(QStringLiteral("sg")));

        const auto held = m_ops.prepareUnload(QStringLiteral("scsi_mod"));
        QVERIFY2(held.ok(), qPrintable(held.reason())); // the kernel refuses, not the validator
        const OperationResult refused = m_ops.unload(*held);
        QCOMPARE(refused.outcome, OperationResult::Outcome::Failed);
        QVERIFY2(refused.errnoValue == EAGAIN || refused.errnoValue == EBUSY, qPrintable(describe(refused)));
        QVERIFY2(refused.holders.contains(QStringLiteral("sg")), qPrintable(refused.holders.join(u',')));
        QVERIFY2(refused.cause.contains(QStringLiteral("unload sg first")), qPrintable(refused.cause));
        QVERIFY(isLoaded(QStringLiteral("scsi_mod")));
    }

    void writesAParameter()
    {
        const QString file = QStringLiteral("/sys/module/sg/parameters/allow_dio");
        const QString before = readTrimmed(file);
        const QString wanted = before == u"1" ? QStringLiteral("0") : QStringLiteral("1");
        QVERIFY(!m_ops
                     .prepareParameterWrite(QStringLiteral("sg"), QStringLiteral("allow_dio"),
                                            QStringLiteral("yes"))
                     .ok()); // an int, from sg's modinfo
        const auto write =
            m_ops.prepareParameterWrite(QStringLiteral("sg"), QStringLiteral("allow_dio"), wanted);
        QVERIFY2(write.ok(), qPrintable(write.reason()));
        const OperationResult result = m_ops.writeParameter(*write);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.oldValue, before);
        QCOMPARE(result.newValue, wanted);
        QCOMPARE(readTrimmed(file), wanted);
    }

    void unloadsInOrder()
    {
        for (const char* name : {"sg", "scsi_mod", "scsi_common", "loop"}) {
            if (!isLoaded(QLatin1StringView(name)))
                continue;
            const OperationResult result = m_ops.unload(QLatin1StringView(name));
            QVERIFY2(result.ok(), qPrintable(QLatin1StringView(name) + QLatin1Char(' ') + describe(result)));
        }
    }

    void loadsAFileByItsRealPath()
    {
        const QString path =
            QStringLiteral("/lib/modules/") + release() + QStringLiteral("/kernel/drivers/net/dummy.ko");
        const QString real = QFileInfo(path).canonicalFilePath();
        if (real != path) { // Debian: /lib -> usr/lib
            const auto refused = m_ops.prepareLoadFile(path, {});
            QVERIFY(!refused.ok());
            QVERIFY2(refused.reason().contains(real), qPrintable(refused.reason()));
        }
        const auto plan = m_ops.prepareLoadFile(real, params("numdummies", "1"));
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        QCOMPARE(plan->name, QStringLiteral("dummy"));
        const OperationResult result = m_ops.loadFile(*plan);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(isLoaded(QStringLiteral("dummy")));
        QVERIFY(QFileInfo::exists(QStringLiteral("/sys/class/net/dummy0")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/sys/class/net/dummy1")));
        QCOMPARE(m_ops.loadFile(*plan).errnoName, QStringLiteral("EEXIST"));
        QVERIFY2(m_ops.unload(QStringLiteral("dummy")).ok(), "unload after loadFile");
    }

    void stagingModuleTaints()
    {
        const auto plan = m_ops.prepareLoad(QStringLiteral("qlge"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        const OperationResult result = m_ops.load(*plan);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY2(!result.taintBefore.contains(QLatin1Char('C')), qPrintable(result.taintBefore));
        QVERIFY2(result.taintAfter.contains(QLatin1Char('C')), qPrintable(result.taintAfter));
    }

    void installRulesRunAndTheirFailureIsReported()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QFile conf(config.path() + QStringLiteral("/test.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("install mii /bin/false\nblacklist loop\n");
        conf.close();
        ModuleOperations::Options options;
        options.configPaths = {config.path()};
        const ModuleOperations ops(options);

        const auto blacklisted = ops.prepareLoad(QStringLiteral("loop"), {});
        QVERIFY(!blacklisted.ok());
        QVERIFY2(blacklisted.reason().contains(config.path()), qPrintable(blacklisted.reason()));

        QVERIFY(!ops.prepareLoad(QStringLiteral("mii"), params("x", "1")).ok());
        const auto plan = ops.prepareLoad(QStringLiteral("mii"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        const OperationResult result = ops.load(*plan);
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QVERIFY2(result.cause.contains(QStringLiteral("install command")), qPrintable(describe(result)));
        QVERIFY(!isLoaded(QStringLiteral("mii")));
    }

    // Last: it cannot be undone until reboot, which is the end of the guest anyway.
    void modulesDisabledStopsLoading()
    {
        QFile knob(QStringLiteral("/proc/sys/kernel/modules_disabled"));
        QVERIFY(knob.open(QIODevice::WriteOnly));
        QCOMPARE(knob.write("1\n"), 2);
        knob.close();
        const auto plan = m_ops.prepareLoad(QStringLiteral("dummy"), {});
        QVERIFY2(plan.ok(), qPrintable(plan.reason()));
        const OperationResult result = m_ops.load(*plan);
        QCOMPARE(result.errnoName, QStringLiteral("EPERM"));
        QVERIFY2(result.cause.contains(QStringLiteral("until reboot")), qPrintable(result.cause));
    }
};

QTEST_GUILESS_MAIN(TestModuleOperationsLive)
#include "tst_moduleoperations_live.moc"
