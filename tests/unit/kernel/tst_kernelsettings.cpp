// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelsettings.h"
#include "lockdown.h"
#include "printklevels.h"
#include "sysfsvalue.h"
#include "testutils.h"

#include <QTest>

#include <limits>

using namespace kaleido;

class TestKernelSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Read by hand from the captures:
    //   6.1 guest: modules_disabled 0, sys/module/module/parameters/sig_enforce "N", lockdown
    //              "[none] integrity confidentiality", printk "4\t4\t1\t7", dmesg_restrict 1, kptr_restrict
    //              0.
    //   6.18 host: no /proc/modules, no modules_disabled, no sig_enforce, no lockdown (no securityfs there),
    //              printk "4\t4\t1\t7", dmesg_restrict 1, kptr_restrict 0.
    void capturedDebianKernel()
    {
        const KernelSettings s =
            readKernelSettings(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))));
        QCOMPARE(s.moduleSupport, ModuleSupport::Loadable);
        QCOMPARE(s.modulesDisabled, false);
        QCOMPARE(s.signaturesEnforced, false);
        QVERIFY(s.lockdown.has_value());
        QCOMPARE(s.lockdown->selected, QStringLiteral("none"));
        QCOMPARE(s.lockdown->options, (QStringList{QStringLiteral("none"), QStringLiteral("integrity"),
                                                   QStringLiteral("confidentiality")}));
        QVERIFY(!s.lockdown->active());
        QVERIFY(s.printk.has_value());
        QCOMPARE(s.printk->console, 4);
        QCOMPARE(s.printk->defaultMessage, 4);
        QCOMPARE(s.printk->minimumConsole, 1);
        QCOMPARE(s.printk->defaultConsole, 7);
        QCOMPARE(s.dmesgRestrict, 1);
        QCOMPARE(s.kptrRestrict, 0);
        QVERIFY2(s.unavailable.isEmpty(), qPrintable(s.unavailable.value(0).message()));
    }

    void capturedHostKernelWithoutModules()
    {
        const KernelSettings s =
            readKernelSettings(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QCOMPARE(s.moduleSupport, ModuleSupport::None); // a state, not an error
        QVERIFY(!s.modulesDisabled.has_value());
        QVERIFY(!s.signaturesEnforced.has_value());
        QVERIFY(!s.lockdown.has_value());
        QCOMPARE(s.printk->console, 4);
        QCOMPARE(s.printk->defaultConsole, 7);
        QCOMPARE(s.dmesgRestrict, 1);
        QCOMPARE(s.kptrRestrict, 0);
        QStringList missing;
        for (const Error& e : s.unavailable) {
            QCOMPARE(e.kind, ErrorKind::Absent);
            missing.append(e.path);
        }
        QCOMPARE(missing, (QStringList{QStringLiteral("/proc/sys/kernel/modules_disabled"),
                                       QStringLiteral("/sys/module/module/parameters/sig_enforce"),
                                       QStringLiteral("/sys/kernel/security/lockdown")}));
    }

    void liveKernel()
    {
        const KernelSettings s = readKernelSettings(KernelFs());
        QVERIFY(s.printk.has_value());
        QVERIFY(s.printk->console >= 0 && s.printk->console <= 15);
        QVERIFY(s.printk->minimumConsole <= s.printk->defaultConsole);
        QVERIFY(s.kptrRestrict.has_value() && *s.kptrRestrict >= 0 && *s.kptrRestrict <= 2);
        QVERIFY(s.dmesgRestrict.has_value());
        // modules_disabled exists exactly when the kernel has module support.
        QCOMPARE(s.modulesDisabled.has_value(), s.moduleSupport == ModuleSupport::Loadable);
        if (s.lockdown)
            QVERIFY(s.lockdown->options.contains(s.lockdown->selected));
    }

    void lockdownModes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<int>("options");
        QTest::newRow("none") << QByteArray("[none] integrity confidentiality\n") << QStringLiteral("none")
                              << 3;
        QTest::newRow("integrity") << QByteArray("none [integrity] confidentiality\n")
                                   << QStringLiteral("integrity") << 3;
        QTest::newRow("no newline, extra spaces")
            << QByteArray("  none  integrity [confidentiality]") << QStringLiteral("confidentiality") << 3;
        QTest::newRow("a future mode")
            << QByteArray("none integrity confidentiality [paranoid]\n") << QStringLiteral("paranoid") << 4;
    }
    void lockdownModes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, selected);
        QFETCH(int, options);
        const auto lockdown = parseLockdown(input);
        QVERIFY(lockdown.ok());
        QCOMPARE(lockdown->selected, selected);
        QCOMPARE(lockdown->options.size(), options);
        QCOMPARE(lockdown->active(), selected != QLatin1String("none"));
    }

    void lockdownMalformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("nothing selected") << QByteArray("none integrity\n");
        QTest::newRow("two selected") << QByteArray("[none] [integrity]\n");
        QTest::newRow("half bracket") << QByteArray("[none integrity]\n");
        QTest::newRow("empty brackets") << QByteArray("[] none\n");
    }
    void lockdownMalformed()
    {
        QFETCH(QByteArray, input);
        const auto lockdown = parseLockdown(input);
        QVERIFY(!lockdown.ok());
        QCOMPARE(lockdown.error().kind, ErrorKind::Malformed);
        QCOMPARE(lockdown.error().path, QStringLiteral("/sys/kernel/security/lockdown"));
    }

    void printk_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("console");
        QTest::newRow("tabs") << QByteArray("4\t4\t1\t7\n") << true << 4;
        QTest::newRow("spaces") << QByteArray("7 4 1 7") << true << 7;
        QTest::newRow("a fifth number is ignored") << QByteArray("3 4 1 7 9\n") << true << 3;
        QTest::newRow("three numbers") << QByteArray("4 4 1\n") << false << 0;
        QTest::newRow("negative") << QByteArray("-1 4 1 7\n") << false << 0;
        QTest::newRow("word") << QByteArray("4 four 1 7\n") << false << 0;
        QTest::newRow("overflow") << QByteArray("99999999999 4 1 7\n") << false << 0;
        QTest::newRow("empty") << QByteArray() << false << 0;
    }
    void printk()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(int, console);
        const auto levels = parsePrintkLevels(input);
        QCOMPARE(levels.ok(), ok);
        if (ok)
            QCOMPARE(levels->console, console);
        else
            QCOMPARE(levels.error().kind, ErrorKind::Malformed);
    }

    void singleValues()
    {
        const QString path = QStringLiteral("/x");
        QCOMPARE(*SysfsValue::parseInteger("1\n", path), qint64(1));
        QCOMPARE(*SysfsValue::parseInteger(" -1 \n", path), qint64(-1));
        QCOMPARE(*SysfsValue::parseInteger("-9223372036854775808", path), std::numeric_limits<qint64>::min());
        QVERIFY(!SysfsValue::parseInteger("9223372036854775808", path).ok());
        QVERIFY(!SysfsValue::parseInteger("-", path).ok());
        QVERIFY(!SysfsValue::parseInteger("1 2", path).ok());
        QVERIFY(!SysfsValue::parseInteger("", path).ok());
        QCOMPARE(*SysfsValue::parseUnsigned("18446744073709551615\n", path),
                 quint64(18446744073709551615ULL));
        QVERIFY(!SysfsValue::parseUnsigned("-1", path).ok());
        QCOMPARE(*SysfsValue::parseBool("Y\n", path), true);
        QCOMPARE(*SysfsValue::parseBool("N\n", path), false);
        QCOMPARE(*SysfsValue::parseBool("1", path), true);
        QVERIFY(!SysfsValue::parseBool("yes", path).ok());
        QCOMPARE(SysfsValue::parseBool("maybe", path).error().path, path);
        QCOMPARE(SysfsValue::parseText("3.5.36\n"), QStringLiteral("3.5.36"));
        QCOMPARE(SysfsValue::parseText("a \n\n"), QStringLiteral("a \n")); // only the kernel's newline goes
    }
};

QTEST_GUILESS_MAIN(TestKernelSettings)
#include "tst_kernelsettings.moc"
