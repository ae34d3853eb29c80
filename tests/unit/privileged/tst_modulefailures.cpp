// SPDX-License-Identifier: GPL-2.0-or-later
// refineLoadFailureCause(): the kernel's own log lines make a failed load's cause precise. The lines are the
// ones Linux 6.1 prints (kernel/module/main.c, kernel/params.c, security/lockdown).
#include "modulefailures.h"

#include <QTest>

#include <cerrno>

using namespace kaleido::privileged;

class TestModuleFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refines_data()
    {
        QTest::addColumn<int>("err");
        QTest::addColumn<QStringList>("log");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unknown symbol")
            << ENOENT
            << QStringList{QStringLiteral(
                               "<4>kaleido_teach_user: Unknown symbol kaleido_teach_count (err -2)"),
                           QStringLiteral(
                               "<4>kaleido_teach_user: Unknown symbol kaleido_teach_name (err -2)")}
            << QStringLiteral(
                   "uses kaleido_teach_count, kaleido_teach_name, which no loaded module provides");
        QTest::newRow("version magic")
            << ENOEXEC
            << QStringList{QStringLiteral("<3>kaleido_teach: version magic '6.1.0-56-amd64 SMP mod_unload "
                                          "modversions ' should be '6.1.0-56-amd64 SMP preempt mod_unload "
                                          "modversions '")}
            << QStringLiteral("was built for another kernel: the kernel says “kaleido_teach: version magic");
        QTest::newRow("symbol version")
            << ENOEXEC
            << QStringList{QStringLiteral("<4>kaleido_teach: disagrees about version of symbol printk")}
            << QStringLiteral("other versions of the kernel's symbols");
        QTest::newRow("array too long")
            << EINVAL
            << QStringList{QStringLiteral("<3>kaleido_teach: weights: can only take 8 arguments"),
                           QStringLiteral("<3>kaleido_teach: `1' invalid for parameter `weights'")}
            << QStringLiteral(
                   "refused a parameter of kaleido_teach: “kaleido_teach: weights: can only take 8");
        QTest::newRow("invalid value")
            << EINVAL
            << QStringList{QStringLiteral("<3>kaleido_teach: `abc' invalid for parameter `objects'")}
            << QStringLiteral("invalid for parameter");
        QTest::newRow("lockdown")
            << EPERM
            << QStringList{QStringLiteral(
                   "<5>Lockdown: insmod: unsigned module loading is restricted; see man "
                   "kernel_lockdown.7")}
            << QStringLiteral("locked down and refused kaleido_teach");
        QTest::newRow("blacklisted") << EPERM
                                     << QStringList{QStringLiteral("<6>Module kaleido_teach is blacklisted")}
                                     << QStringLiteral("module_blacklist=");
        QTest::newRow("unsigned rejected")
            << EKEYREJECTED << QStringList{QStringLiteral("<5>Loading of unsigned module is rejected")}
            << QStringLiteral("only loads signed modules and refused kaleido_teach");
        QTest::newRow("init returned the error")
            << ENODEV << QStringList{QStringLiteral("<3>kaleido_teach: no device found")}
            << QStringLiteral(
                   "its initialisation returned ENODEV; its last message was “kaleido_teach: no device "
                   "found”. Original.");
    }

    void refines()
    {
        QFETCH(int, err);
        QFETCH(QStringList, log);
        QFETCH(QString, expected);
        const QString refined =
            refineLoadFailureCause(err, QStringLiteral("kaleido_teach"), log, QStringLiteral("Original."));
        QVERIFY2(refined.contains(expected), qPrintable(refined));
    }

    void keepsTheCauseWhenTheLogSaysNothingMore()
    {
        const QString cause = QStringLiteral("Original.");
        QCOMPARE(refineLoadFailureCause(ENOENT, QStringLiteral("m"), {}, cause), cause);
        QCOMPARE(refineLoadFailureCause(EEXIST, QStringLiteral("m"), {QStringLiteral("<6>m: hello")}, cause),
                 cause);
        QCOMPARE(refineLoadFailureCause(EINVAL, QStringLiteral("m"), {QStringLiteral("<6>other: something")},
                                        cause),
                 cause);
        // Another module's unknown symbol is not this one's own message.
        QCOMPARE(
            refineLoadFailureCause(EPERM, QStringLiteral("m"), {QStringLiteral("<6>unrelated line")}, cause),
            cause);
    }
};

QTEST_GUILESS_MAIN(TestModuleFailures)
#include "tst_modulefailures.moc"
