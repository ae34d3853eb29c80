// SPDX-License-Identifier: GPL-2.0-or-later
// The module validators against hostile input: what any local user can send to the helper before polkit is
// asked. Every row is either refused or turned into exactly one canonical spelling.
#include "moduleoperations.h"
#include "shownvalue.h"

#include <QTest>

using namespace kaleido::privileged;

namespace {

QString repeated(char c, int n)
{
    return QString(n, QLatin1Char(c));
}

QString numbers(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QString::number(i));
    return list.join(QLatin1Char(','));
}

} // namespace

class TestModuleValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moduleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("dummy") << true;
        QTest::newRow("dashes") << QStringLiteral("snd-hda-intel") << true;
        QTest::newRow("underscores") << QStringLiteral("snd_hda_intel") << true;
        QTest::newRow("digit first") << QStringLiteral("9p") << true;
        QTest::newRow("mixed case") << QStringLiteral("A_b-9") << true;
        QTest::newRow("55 characters") << repeated('m', 55) << true;
        QTest::newRow("56 characters") << repeated('m', 56) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("parent directory") << QStringLiteral("../x") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("absolute") << QStringLiteral("/lib/modules/x.ko") << false;
        QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("trailing newline") << QStringLiteral("dummy\n") << false;
        QTest::newRow("tab") << QStringLiteral("a\tb") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("unicode letter") << QStringLiteral("dümmy") << false;
        QTest::newRow("fullwidth letters") << QStringLiteral("ｄｕｍｍｙ") << false;
        QTest::newRow("lone dash") << QStringLiteral("-") << false;
        QTest::newRow("option-like") << QStringLiteral("-r") << false;
        QTest::newRow("file name") << QStringLiteral("dummy.ko") << false;
        QTest::newRow(".ko") << QStringLiteral(".ko") << false;
        QTest::newRow("shell") << QStringLiteral("$(id)") << false;
        QTest::newRow("semicolon") << QStringLiteral("a;b") << false;
        QTest::newRow("glob") << QStringLiteral("snd*") << false;
        QTest::newRow("alias with colon") << QStringLiteral("pci:v00008086d*") << false;
        QTest::newRow("parameter") << QStringLiteral("dummy numdummies=2") << false;
    }

    void moduleNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto checked = validateModuleName(name);
        QCOMPARE(checked.ok(), valid);
        if (valid) {
            QCOMPARE(*checked, name);
        } else {
            QVERIFY(!checked.reason().isEmpty());
            // The reason quotes the name safely: no raw control characters reach the user's screen.
            for (QChar c : checked.reason())
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(checked.reason()));
        }
    }

    void parameterNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("numdummies") << true;
        QTest::newRow("underscore") << QStringLiteral("max_part") << true;
        QTest::newRow("64 characters") << repeated('p', 64) << true;
        QTest::newRow("65 characters") << repeated('p', 65) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dash") << QStringLiteral("max-part") << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << false;
        QTest::newRow("equals") << QStringLiteral("a=b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("path") << QStringLiteral("../x") << false;
        QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0)) << false;
        QTest::newRow("unicode") << QStringLiteral("größe") << false;
    }

    void parameterNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(validateParameterName(name).ok(), valid);
    }

    void parameterValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("canonical"); // null: refused

        const QString refused;
        const auto row = [](const char* name, const char* type, const QString& value,
                            const QString& canonical) {
            QTest::newRow(name) << QString::fromLatin1(type) << value << canonical;
        };
        // int
        row("int zero", "int", QStringLiteral("0"), QStringLiteral("0"));
        row("int", "int", QStringLiteral("42"), QStringLiteral("42"));
        row("int negative", "int", QStringLiteral("-1"), QStringLiteral("-1"));
        row("int max", "int", QStringLiteral("2147483647"), QStringLiteral("2147483647"));
        row("int min", "int", QStringLiteral("-2147483648"), QStringLiteral("-2147483648"));
        row("int overflow", "int", QStringLiteral("2147483648"), refused);
        row("int underflow", "int", QStringLiteral("-2147483649"), refused);
        row("int huge", "int", QStringLiteral("99999999999999999999999999"), refused);
        row("int plus", "int", QStringLiteral("+1"), refused);
        row("int leading space", "int", QStringLiteral(" 1"), refused);
        row("int trailing space", "int", QStringLiteral("1 "), refused);
        row("int trailing newline", "int", QStringLiteral("1\n"), refused);
        row("int hex", "int", QStringLiteral("0x10"), refused);
        row("int bare 0x", "int", QStringLiteral("0x"), refused);
        row("int octal-looking", "int", QStringLiteral("010"), refused);
        row("int minus zero", "int", QStringLiteral("-0"), refused);
        row("int lone minus", "int", QStringLiteral("-"), refused);
        row("int double minus", "int", QStringLiteral("--1"), refused);
        row("int exponent", "int", QStringLiteral("1e3"), refused);
        row("int fraction", "int", QStringLiteral("1.5"), refused);
        row("int empty", "int", QString(), refused);
        row("int arabic-indic digit", "int", QStringLiteral("١"), refused);
        row("int shell", "int", QStringLiteral("$(id)"), refused);
        row("int list", "int", QStringLiteral("1,2"), refused);
        row("int NUL", "int", QStringLiteral("1") + QChar(0), refused);
        // other widths
        row("uint max", "uint", QStringLiteral("4294967295"), QStringLiteral("4294967295"));
        row("uint overflow", "uint", QStringLiteral("4294967296"), refused);
        row("uint negative", "uint", QStringLiteral("-1"), refused);
        row("long max", "long", QStringLiteral("9223372036854775807"), QStringLiteral("9223372036854775807"));
        row("long min", "long", QStringLiteral("-9223372036854775808"),
            QStringLiteral("-9223372036854775808"));
        row("long overflow", "long", QStringLiteral("9223372036854775808"), refused);
        row("long underflow", "long", QStringLiteral("-9223372036854775809"), refused);
        row("ulong max", "ulong", QStringLiteral("18446744073709551615"),
            QStringLiteral("18446744073709551615"));
        row("ulong overflow", "ulong", QStringLiteral("18446744073709551616"), refused);
        row("ullong max", "ullong", QStringLiteral("18446744073709551615"),
            QStringLiteral("18446744073709551615"));
        row("short max", "short", QStringLiteral("32767"), QStringLiteral("32767"));
        row("short min", "short", QStringLiteral("-32768"), QStringLiteral("-32768"));
        row("short overflow", "short", QStringLiteral("32768"), refused);
        row("short underflow", "short", QStringLiteral("-32769"), refused);
        row("ushort max", "ushort", QStringLiteral("65535"), QStringLiteral("65535"));
        row("ushort overflow", "ushort", QStringLiteral("65536"), refused);
        row("byte max", "byte", QStringLiteral("255"), QStringLiteral("255"));
        row("byte overflow", "byte", QStringLiteral("256"), refused);
        row("byte negative", "byte", QStringLiteral("-1"), refused);
        row("hexint hex", "hexint", QStringLiteral("0x10"), QStringLiteral("16"));
        row("hexint upper", "hexint", QStringLiteral("0XfF"), QStringLiteral("255"));
        row("hexint max", "hexint", QStringLiteral("0xffffffff"), QStringLiteral("4294967295"));
        row("hexint overflow", "hexint", QStringLiteral("0x100000000"), refused);
        row("hexint bare 0x", "hexint", QStringLiteral("0x"), refused);
        row("hexint bad digit", "hexint", QStringLiteral("0xg"), refused);
        row("hexint sign", "hexint", QStringLiteral("0x-1"), refused);
        row("hexint decimal", "hexint", QStringLiteral("16"), QStringLiteral("16"));
        // bool
        row("bool y", "bool", QStringLiteral("y"), QStringLiteral("Y"));
        row("bool Y", "bool", QStringLiteral("Y"), QStringLiteral("Y"));
        row("bool 1", "bool", QStringLiteral("1"), QStringLiteral("Y"));
        row("bool true", "bool", QStringLiteral("true"), QStringLiteral("Y"));
        row("bool n", "bool", QStringLiteral("n"), QStringLiteral("N"));
        row("bool 0", "bool", QStringLiteral("0"), QStringLiteral("N"));
        row("bool false", "bool", QStringLiteral("false"), QStringLiteral("N"));
        row("bool yes", "bool", QStringLiteral("yes"), refused);
        row("bool 2", "bool", QStringLiteral("2"), refused);
        row("bool trailing space", "bool", QStringLiteral("Y "), refused);
        row("bool empty", "bool", QString(), refused);
        row("invbool n", "invbool", QStringLiteral("n"), QStringLiteral("N"));
        row("invbool 1", "invbool", QStringLiteral("1"), QStringLiteral("Y"));
        // charp / string
        row("charp word", "charp", QStringLiteral("hello"), QStringLiteral("hello"));
        row("charp path", "charp", QStringLiteral("/lib/firmware/a-b_c.bin"),
            QStringLiteral("/lib/firmware/a-b_c.bin"));
        row("charp ids", "charp", QStringLiteral("0419:aaf5:rl"), QStringLiteral("0419:aaf5:rl"));
        row("charp comma", "charp", QStringLiteral("a,b"), refused);
        row("charp substitution", "charp", QStringLiteral("$(id)"), refused);
        row("charp variable", "charp", QStringLiteral("$HOME"), refused);
        row("charp backticks", "charp", QStringLiteral("`id`"), refused);
        row("charp semicolon", "charp", QStringLiteral("a;reboot"), refused);
        row("charp pipe", "charp", QStringLiteral("a|b"), refused);
        row("charp ampersand", "charp", QStringLiteral("a&b"), refused);
        row("charp redirect in", "charp", QStringLiteral("<x"), refused);
        row("charp redirect out", "charp", QStringLiteral("x>y"), refused);
        row("charp backslash", "charp", QStringLiteral("a\\b"), refused);
        row("charp single quote", "charp", QStringLiteral("'x'"), refused);
        row("charp double quote", "charp", QStringLiteral("\"x\""), refused);
        row("charp equals", "charp", QStringLiteral("a=b"), refused);
        row("charp space", "charp", QStringLiteral("a b"), refused);
        row("charp another parameter", "charp", QStringLiteral("x other=1"), refused);
        row("charp newline", "charp", QStringLiteral("a\nb"), refused);
        row("charp tab", "charp", QStringLiteral("a\tb"), refused);
        row("charp DEL", "charp", QStringLiteral("a\x7f"), refused);
        row("charp NUL", "charp", QStringLiteral("a") + QChar(0), refused);
        row("charp unicode", "charp", QStringLiteral("café"), refused);
        row("charp nbsp", "charp", QStringLiteral("a\u00a0b"), refused);
        row("charp empty", "charp", QString(), refused);
        row("charp 1024", "charp", repeated('a', 1024), repeated('a', 1024));
        row("charp 1025", "charp", repeated('a', 1025), refused);
        row("string word", "string", QStringLiteral("eth0"), QStringLiteral("eth0"));
        row("string comma", "string", QStringLiteral("a,b"), refused);
        // arrays
        row("array", "array of int", QStringLiteral("1,-2,3"), QStringLiteral("1,-2,3"));
        row("array one", "array of int", QStringLiteral("7"), QStringLiteral("7"));
        row("array empty element", "array of int", QStringLiteral("1,,2"), refused);
        row("array leading comma", "array of int", QStringLiteral(",1"), refused);
        row("array trailing comma", "array of int", QStringLiteral("1,"), refused);
        row("array lone comma", "array of int", QStringLiteral(","), refused);
        row("array empty", "array of int", QString(), refused);
        row("array space", "array of int", QStringLiteral("1, 2"), refused);
        row("array bad element", "array of int", QStringLiteral("1,0x2"), refused);
        row("array element overflow", "array of short", QStringLiteral("1,40000"), refused);
        row("array 128", "array of int", numbers(128), numbers(128));
        row("array 129", "array of int", numbers(129), refused);
        row("array of bool", "array of bool", QStringLiteral("y,n,1,false"), QStringLiteral("Y,N,Y,N"));
        row("array of charp", "array of charp", QStringLiteral("a,b"), QStringLiteral("a,b"));
        row("array of charp shell", "array of charp", QStringLiteral("a,$(id)"), refused);
        // types
        row("unknown type", "custom_t", QStringLiteral("1"), refused);
        row("empty type", "", QStringLiteral("1"), refused);
        row("nested array", "array of array of int", QStringLiteral("1"), refused);
        row("array of unknown", "array of custom_t", QStringLiteral("1"), refused);
        row("type with space", "int ", QStringLiteral("1"), refused);
    }

    void parameterValues()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, canonical);
        const auto checked = validateParameterValue(type, value);
        if (canonical.isNull()) {
            QVERIFY2(!checked.ok(),
                     qPrintable(QStringLiteral("accepted as %1").arg(checked.ok() ? *checked : QString())));
            QVERIFY(!checked.reason().isEmpty());
            for (QChar c : checked.reason())
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(checked.reason()));
        } else {
            QVERIFY2(checked.ok(), qPrintable(checked.reason()));
            QCOMPARE(*checked, canonical);
            // Canonical values are fixed points: validating one again gives it back.
            QCOMPARE(*validateParameterValue(type, canonical), canonical);
        }
    }

    void knownTypes()
    {
        for (const char* type :
             {"int", "uint", "long", "ulong", "ullong", "short", "ushort", "byte", "hexint", "bool",
              "invbool", "charp", "string", "array of int", "array of charp"})
            QVERIFY2(isKnownParameterType(QLatin1StringView(type)), type);
        for (const char* type : {"", "custom_t", "array of ", "array of array of int", "Int", "array of foo"})
            QVERIFY2(!isKnownParameterType(QLatin1StringView(type)), type);
    }

    void optionsString()
    {
        QCOMPARE(moduleOptionsString({}), QByteArray());
        const QMap<QString, QString> parameters{{QStringLiteral("numdummies"), QStringLiteral("2")},
                                                {QStringLiteral("debug"), QStringLiteral("Y")},
                                                {QStringLiteral("ids"), QStringLiteral("1,2")}};
        QCOMPARE(moduleOptionsString(parameters), QByteArray("debug=Y ids=1,2 numdummies=2"));
    }

    void shownValuesAreSafe()
    {
        QCOMPARE(shownValue(QStringLiteral("a\nb")), QStringLiteral("a\\x0ab"));
        QCOMPARE(shownValue(QStringLiteral("a\\b")), QStringLiteral("a\\\\b"));
        QCOMPARE(shownValue(QStringLiteral("a") + QChar(0)), QStringLiteral("a\\x00"));
        QCOMPARE(shownValue(QStringLiteral("\u202e")), QStringLiteral("\\u202e")); // right-to-left override
        const QString shown = shownValue(repeated('x', 500));
        QCOMPARE(shown.size(), 61);
        QVERIFY(shown.endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestModuleValidation)
#include "tst_modulevalidation.moc"
