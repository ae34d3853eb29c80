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
};

QTEST_GUILESS_MAIN(TestVerbs)
#include "tst_verbs.moc"
