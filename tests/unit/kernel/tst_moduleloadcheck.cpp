// SPDX-License-Identifier: GPL-2.0-or-later
// Predicted refusals (with the kernel's errno), warnings and taint notes for a load.
#include "moduleloadcheck.h"

#include <QTest>

#include <cerrno>

using namespace kaleido;

namespace {

const QString kernelMagic = QStringLiteral("6.1.0-56-amd64 SMP preempt mod_unload modversions ");

ModuleInfo module(bool signed_, const QString& vermagic, bool inTree = true,
                  const QString& license = QStringLiteral("GPL"))
{
    ModuleInfo info;
    info.name = QStringLiteral("demo");
    info.filename = QStringLiteral("/x/demo.ko");
    info.vermagic = vermagic;
    info.inTree = inTree;
    info.license = license;
    if (signed_)
        info.signatureId = QStringLiteral("PKCS#7");
    return info;
}

QList<int> refusals(const QList<LoadCheck>& checks)
{
    QList<int> errs;
    for (const LoadCheck& c : checks) {
        if (c.severity == LoadCheck::Severity::Refusal)
            errs.append(c.expectedErrno);
    }
    return errs;
}

QStringList notes(const QList<LoadCheck>& checks)
{
    QStringList texts;
    for (const LoadCheck& c : checks) {
        if (c.severity == LoadCheck::Severity::Note)
            texts.append(c.text);
    }
    return texts;
}

} // namespace

class TestModuleLoadCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparesVermagic()
    {
        const auto same =
            compareVermagic(QStringLiteral("6.1.0-56-amd64 SMP preempt mod_unload modversions"), kernelMagic);
        QVERIFY(same.releaseMatches);
        QVERIFY(same.flagsMatch);
        QVERIFY(same.kernelHasModversions());
        const auto other = compareVermagic(
            QStringLiteral("6.1.0-55-amd64  SMP preempt mod_unload modversions"), kernelMagic);
        QVERIFY(!other.releaseMatches);
        QVERIFY(other.flagsMatch);
        QCOMPARE(other.moduleRelease, QStringLiteral("6.1.0-55-amd64"));
        const auto flags = compareVermagic(QStringLiteral("6.1.0-56-amd64 SMP mod_unload"), kernelMagic);
        QVERIFY(flags.releaseMatches);
        QVERIFY(!flags.flagsMatch);
        QCOMPARE(flags.moduleFlags, QStringLiteral("SMP mod_unload"));
        QVERIFY(!compareVermagic(QString(), kernelMagic).flagsMatch);
    }

    void matrix_data()
    {
        QTest::addColumn<bool>("modulesDisabled");
        QTest::addColumn<bool>("sigEnforce");
        QTest::addColumn<QString>("lockdown");
        QTest::addColumn<bool>("signedModule");
        QTest::addColumn<QString>("vermagic");
        QTest::addColumn<bool>("loaded");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<int>("warnings");

        const QString ok = QStringLiteral("6.1.0-56-amd64 SMP preempt mod_unload modversions");
        QTest::newRow("all fine") << false << false << "none" << true << ok << false << QList<int>{} << 0;
        QTest::newRow("modules_disabled")
            << true << false << "none" << true << ok << false << QList<int>{EPERM} << 0;
        QTest::newRow("sig_enforce unsigned")
            << false << true << "none" << false << ok << false << QList<int>{EKEYREJECTED} << 0;
        QTest::newRow("sig_enforce signed")
            << false << true << "none" << true << ok << false << QList<int>{} << 0;
        QTest::newRow("lockdown unsigned")
            << false << false << "integrity" << false << ok << false << QList<int>{EPERM} << 0;
        QTest::newRow("sig_enforce before lockdown")
            << false << true << "integrity" << false << ok << false << QList<int>{EKEYREJECTED} << 0;
        QTest::newRow("lockdown signed")
            << false << false << "confidentiality" << true << ok << false << QList<int>{} << 0;
        QTest::newRow("flags differ")
            << false << false << "none" << true << QStringLiteral("6.1.0-56-amd64 SMP mod_unload") << false
            << QList<int>{ENOEXEC} << 0;
        QTest::newRow("other release, modversions")
            << false << false << "none" << true
            << QStringLiteral("6.1.0-1-amd64 SMP preempt mod_unload modversions") << false << QList<int>{}
            << 1;
        QTest::newRow("no vermagic") << false << false << "none" << true << QString() << false
                                     << QList<int>{ENOEXEC} << 0;
        QTest::newRow("already loaded")
            << false << false << "none" << true << ok << true << QList<int>{EEXIST} << 0;
    }

    void matrix()
    {
        QFETCH(bool, modulesDisabled);
        QFETCH(bool, sigEnforce);
        QFETCH(QString, lockdown);
        QFETCH(bool, signedModule);
        QFETCH(QString, vermagic);
        QFETCH(bool, loaded);
        QFETCH(QList<int>, expected);
        QFETCH(int, warnings);
        KernelSettings settings;
        settings.modulesDisabled = modulesDisabled;
        settings.signaturesEnforced = sigEnforce;
        settings.lockdown =
            Lockdown{{QStringLiteral("none"), QStringLiteral("integrity"), QStringLiteral("confidentiality")},
                     lockdown};
        const auto checks =
            checkModuleLoad(module(signedModule, vermagic), settings, true, kernelMagic, loaded);
        QCOMPARE(refusals(checks), expected);
        int warningCount = 0;
        for (const LoadCheck& c : checks) {
            QVERIFY(!c.text.isEmpty());
            if (c.severity == LoadCheck::Severity::Warning)
                ++warningCount;
        }
        QCOMPARE(warningCount, warnings);
    }

    void releaseWithoutModversionsIsRefused()
    {
        const auto checks =
            checkModuleLoad(module(true, QStringLiteral("5.10.0 SMP mod_unload")), KernelSettings(), true,
                            QStringLiteral("6.1.0 SMP mod_unload"), false);
        QCOMPARE(refusals(checks), QList<int>{ENOEXEC});
        QVERIFY(checks.constFirst().text.contains(QStringLiteral("5.10.0")));
    }

    void noModuleSupportIsENOSYS()
    {
        KernelSettings settings;
        settings.moduleSupport = ModuleSupport::None;
        QVERIFY(refusals(checkModuleLoad(module(true, kernelMagic), settings, true, kernelMagic, false))
                    .contains(ENOSYS));
    }

    void taintNotes()
    {
        // Out of tree, unsigned, proprietary on a signing kernel: P, O and E.
        const auto checks = checkModuleLoad(module(false, kernelMagic, false, QStringLiteral("Proprietary")),
                                            KernelSettings(), true, kernelMagic, false);
        const QString all = notes(checks).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("with P")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("with O")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("with E")), qPrintable(all));
        QCOMPARE(notes(checkModuleLoad(module(true, kernelMagic), KernelSettings(), true, kernelMagic, false))
                     .size(),
                 0);
        // Unknown whether the kernel signs: the E note says so instead of predicting it.
        const auto unknown =
            checkModuleLoad(module(false, kernelMagic), KernelSettings(), std::nullopt, kernelMagic, false);
        QCOMPARE(notes(unknown).size(), 1);
        QVERIFY(notes(unknown).constFirst().contains(QStringLiteral("if this kernel checks signatures")));
    }

    void builtInIsOnlyANote()
    {
        ModuleInfo info = module(false, QString());
        info.filename.clear();
        info.builtIn = true;
        KernelSettings settings;
        settings.modulesDisabled = true;
        const auto checks = checkModuleLoad(info, settings, true, kernelMagic, false);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.constFirst().severity, LoadCheck::Severity::Note);
    }
};

QTEST_GUILESS_MAIN(TestModuleLoadCheck)
#include "tst_moduleloadcheck.moc"
