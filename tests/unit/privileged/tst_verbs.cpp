// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperids.h"
#include "operationresult.h"
#include "verbs.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cerrno>

using namespace kaleido::privileged;

class TestVerbs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsInEnumOrderAndUnique()
    {
        QSet<QString> methods;
        QSet<QString> actions;
        int index = 0;
        for (const VerbInfo& info : verbTable()) {
            QCOMPARE(static_cast<int>(info.verb), index++);
            QVERIFY2(!methods.contains(QLatin1StringView(info.method)), info.method);
            methods.insert(QLatin1StringView(info.method));
            QVERIFY(!actions.contains(info.actionId()));
            actions.insert(info.actionId());
            QCOMPARE(verbForMethod(QLatin1StringView(info.method)), info.verb);
        }
        QVERIFY(!verbForMethod(QStringLiteral("Introspect")).has_value());
    }

    void actionIdsFollowPolkitRules()
    {
        // polkit accepts lower-case letters, digits, '.' and '-' in action ids.
        static const QRegularExpression actionId(QStringLiteral("^[a-z0-9]+(\\.[a-z0-9-]+)+$"));
        for (const VerbInfo& info : verbTable())
            QVERIFY2(actionId.match(info.actionId()).hasMatch(), qPrintable(info.actionId()));
    }

    void defaultsNeverAllowWithoutAuthentication()
    {
        for (const VerbInfo& info : verbTable()) {
            QCOMPARE(info.allowAny, Implicit::No);
            QCOMPARE(info.allowInactive, Implicit::No);
            QVERIFY(info.allowActive == Implicit::AuthAdmin || info.allowActive == Implicit::AuthAdminKeep);
        }
        // A module from a file is kernel code the user chose: ask every time.
        QCOMPARE(verbInfo(Verb::LoadModuleFile).allowActive, Implicit::AuthAdmin);
        QCOMPARE(QLatin1StringView(implicitName(Implicit::AuthAdminKeep)), u"auth_admin_keep");
    }

    void resultRoundTripsThroughVariantMap()
    {
        OperationResult result = OperationResult::failure(EBUSY, QStringLiteral("in use"));
        result.holders = {QStringLiteral("kaleido_companion")};
        result.refcount = 1;
        result.kernelLog = {QStringLiteral("<6>hello")};
        result.taintBefore = QString();
        result.taintAfter = QStringLiteral("O");
        const OperationResult back = OperationResult::fromVariantMap(result.toVariantMap());
        QCOMPARE(back.outcome, OperationResult::Outcome::Failed);
        QVERIFY(!back.ok());
        QCOMPARE(back.errnoName, u"EBUSY");
        QCOMPARE(back.errnoValue, EBUSY);
        QCOMPARE(back.holders, result.holders);
        QCOMPARE(back.refcount, 1);
        QCOMPARE(back.kernelLog, result.kernelLog);
        QCOMPARE(back.taintAfter, u"O");
        QCOMPARE(errnoSymbol(ENOEXEC), u"ENOEXEC");
        QCOMPARE(errnoSymbol(4242), u"errno 4242");

        QVariantMap hostile;
        hostile.insert(QStringLiteral("outcome"), 99);
        QCOMPARE(OperationResult::fromVariantMap(hostile).outcome, OperationResult::Outcome::Failed);
        QCOMPARE(OperationResult::fromVariantMap({}).refcount, -1);
    }

    void kernelLogSequencesRoundTrip()
    {
        OperationResult result = OperationResult::success(QStringLiteral("loaded"));
        result.kernelLog = {QStringLiteral("<6>a"), QStringLiteral("<4>b")};
        result.kernelLogFirstSequence = 4096;
        result.kernelLogLastSequence = 5000000000; // beyond 32 bits
        const QVariantMap map = result.toVariantMap();
        QCOMPARE(map.value(QStringLiteral("kernel-log-first")).toLongLong(), 4096);
        QCOMPARE(map.value(QStringLiteral("kernel-log-last")).toLongLong(), 5000000000);
        const OperationResult back = OperationResult::fromVariantMap(map);
        QCOMPARE(back.kernelLogFirstSequence, 4096);
        QCOMPARE(back.kernelLogLastSequence, 5000000000);

        // Sequence 0 is a real record (the first since boot), not "none".
        result.kernelLogFirstSequence = 0;
        QCOMPARE(OperationResult::fromVariantMap(result.toVariantMap()).kernelLogFirstSequence, 0);

        // -1 is not sent at all, and a map without the keys (an older helper) decodes to -1.
        const OperationResult none = OperationResult::success(QStringLiteral("nothing printed"));
        const QVariantMap noneMap = none.toVariantMap();
        QVERIFY(!noneMap.contains(QStringLiteral("kernel-log-first")));
        QVERIFY(!noneMap.contains(QStringLiteral("kernel-log-last")));
        QVariantMap old;
        old.insert(QStringLiteral("outcome"), 0);
        old.insert(QStringLiteral("kernel-log"), QStringList{QStringLiteral("<6>old helper")});
        QCOMPARE(OperationResult::fromVariantMap(old).kernelLogFirstSequence, -1);
        QCOMPARE(OperationResult::fromVariantMap(old).kernelLogLastSequence, -1);

        // Garbage from the bus does not become a sequence number.
        QVariantMap hostile;
        hostile.insert(QStringLiteral("kernel-log-first"), QStringLiteral("many"));
        hostile.insert(QStringLiteral("kernel-log-last"), -7);
        QCOMPARE(OperationResult::fromVariantMap(hostile).kernelLogFirstSequence, -1);
        QCOMPARE(OperationResult::fromVariantMap(hostile).kernelLogLastSequence, -1);
    }
};

QTEST_GUILESS_MAIN(TestVerbs)
#include "tst_verbs.moc"
