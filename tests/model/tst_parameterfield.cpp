// SPDX-License-Identifier: GPL-2.0-or-later
// ParameterField from modinfo types, and the HTML details text of a module.
#include "moduledetailstext.h"
#include "parameterfield.h"

#include <QTest>

#include <cerrno>
#include <limits>

using namespace kaleido;
using Kind = ParameterField::Kind;

class TestParameterField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Kind>("element");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<quint64>("maximum");
        QTest::addColumn<QString>("validation");
        QTest::newRow("int") << "int" << Kind::Int << Kind::Int << qint64(INT_MIN) << quint64(INT_MAX)
                             << "int";
        QTest::newRow("uint") << "uint" << Kind::UInt << Kind::UInt << qint64(0) << quint64(UINT_MAX)
                              << "uint";
        QTest::newRow("byte") << "byte" << Kind::Byte << Kind::Byte << qint64(0) << quint64(255) << "byte";
        QTest::newRow("ulong") << "ulong" << Kind::ULong << Kind::ULong << qint64(0)
                               << std::numeric_limits<quint64>::max() << "ulong";
        QTest::newRow("bool") << "bool" << Kind::Bool << Kind::Bool << qint64(0) << quint64(0) << "bool";
        QTest::newRow("charp") << "charp" << Kind::Charp << Kind::Charp << qint64(0) << quint64(0) << "charp";
        QTest::newRow("array of short") << "array of short" << Kind::Array << Kind::Short << qint64(SHRT_MIN)
                                        << quint64(SHRT_MAX) << "array of short";
        QTest::newRow("custom") << "custom_t" << Kind::Unknown << Kind::Unknown << qint64(0) << quint64(0)
                                << "charp";
        QTest::newRow("array of custom")
            << "array of custom_t" << Kind::Unknown << Kind::Unknown << qint64(0) << quint64(0) << "charp";
        QTest::newRow("none") << "" << Kind::Unknown << Kind::Unknown << qint64(0) << quint64(0) << "charp";
    }

    void kinds()
    {
        QFETCH(QString, type);
        QFETCH(Kind, kind);
        QFETCH(Kind, element);
        QFETCH(qint64, minimum);
        QFETCH(quint64, maximum);
        QFETCH(QString, validation);
        const ParameterField f =
            parameterField(QStringLiteral("p"), type.isEmpty() ? std::nullopt : std::optional<QString>(type),
                           QStringLiteral("  desc "));
        QCOMPARE(f.kind, kind);
        QCOMPARE(f.elementKind, element);
        QCOMPARE(f.minimum, minimum);
        QCOMPARE(f.maximum, maximum);
        QCOMPARE(f.validationType(), validation);
        QCOMPARE(f.description, QStringLiteral("desc"));
        QVERIFY(!f.typeDescription().isEmpty());
    }

    void fieldsOfAModuleSortedByName()
    {
        ModuleInfo info;
        info.parameters = {{QStringLiteral("zed"), QStringLiteral("int"), std::nullopt},
                           {QStringLiteral("abc"), std::nullopt, QStringLiteral("no type")}};
        const auto fields = parameterFields(info);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].name, QStringLiteral("abc"));
        QCOMPARE(fields[0].kind, Kind::Unknown);
        QCOMPARE(fields[1].kind, Kind::Int);
        QVERIFY(fields[1].typeDescription().contains(QStringLiteral("-2147483648")));
    }

    void detailsText()
    {
        ModuleInfo info;
        info.name = QStringLiteral("demo");
        info.description = QStringLiteral("A <demo> module");
        info.filename = QStringLiteral("/lib/modules/x/demo.ko");
        info.vermagic = QStringLiteral("6.1.0-55-amd64 SMP mod_unload");
        info.signer = QStringLiteral("Debian Secure Boot CA");
        info.signatureId = QStringLiteral("PKCS#7");
        info.signingKey = QStringLiteral("AB:CD");
        info.signatureHashAlgorithm = QStringLiteral("sha256");
        info.depends = {QStringLiteral("beta")};
        info.parameters = {{QStringLiteral("level"), QStringLiteral("int"), QStringLiteral("how loud")}};
        const ModprobeRule rule{ModprobeRule::Kind::Options, QStringLiteral("demo"),
                                QStringLiteral("level=3"), QStringLiteral("/etc/modprobe.d/demo.conf")};
        const LoadCheck refusal{LoadCheck::Severity::Refusal, QStringLiteral("Flags differ."), ENOEXEC};
        const QString html = moduleDetailsHtml(info, {rule}, {refusal},
                                               QStringLiteral("6.1.0-56-amd64 SMP preempt mod_unload"));
        QVERIFY(html.contains(QStringLiteral("A &lt;demo&gt; module")));
        QVERIFY(html.contains(QStringLiteral("Debian Secure Boot CA")));
        QVERIFY(html.contains(QStringLiteral("AB:CD")));
        QVERIFY(html.contains(QStringLiteral("this kernel: 6.1.0-56-amd64 SMP preempt mod_unload")));
        QVERIFY(html.contains(QStringLiteral("how loud")));
        QVERIFY(html.contains(QStringLiteral("options demo level=3")));
        QVERIFY(html.contains(QStringLiteral("/etc/modprobe.d/demo.conf")));
        QVERIFY(html.contains(QStringLiteral("The kernel will refuse it (ENOEXEC)")));
        info.vermagic = QStringLiteral("6.1.0-56-amd64 SMP preempt mod_unload");
        QVERIFY(
            moduleDetailsHtml(info, {}, {}, info.vermagic).contains(QStringLiteral("matches this kernel")));

        ModuleInfo builtIn;
        builtIn.name = QStringLiteral("zeta");
        builtIn.builtIn = true;
        const QString b = moduleDetailsHtml(builtIn, {}, {});
        QVERIFY(b.contains(QStringLiteral("built into the kernel")));
        QVERIFY(!b.contains(QStringLiteral("Vermagic")));
    }
};

QTEST_GUILESS_MAIN(TestParameterField)
#include "tst_parameterfield.moc"
