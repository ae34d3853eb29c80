// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelcmdline.h"
#include "teststrings.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestKernelCmdline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // tests/fixtures/linux-6.1-debian/proc/cmdline, read by hand:
    // "console=ttyS0 quiet loglevel=4 panic=-1 rdinit=/init kaleido.overlay=1 kaleido.rootcache=loose"
    // (the host capture leaves its command line out on purpose, see tests/fixtures/README.md).
    void capturedDebianKernel()
    {
        const auto cmdline =
            readKernelCmdline(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))));
        QVERIFY2(cmdline.ok(), qPrintable(cmdline.error().message()));
        QCOMPARE(cmdline->raw, QStringLiteral("console=ttyS0 quiet loglevel=4 panic=-1 rdinit=/init "
                                              "kaleido.overlay=1 kaleido.rootcache=loose"));
        QCOMPARE(cmdline->parameters.size(), 7);
        QCOMPARE(cmdline->parameters.at(0).name, QStringLiteral("console"));
        QCOMPARE(cmdline->parameters.at(0).value, QStringLiteral("ttyS0"));
        QCOMPARE(cmdline->parameters.at(1).name, QStringLiteral("quiet"));
        QVERIFY(!cmdline->parameters.at(1).value.has_value()); // a bare flag
        QCOMPARE(cmdline->value(QStringLiteral("panic")), QStringLiteral("-1"));
        QCOMPARE(cmdline->value(QStringLiteral("kaleido.rootcache")), QStringLiteral("loose"));
        QCOMPARE(cmdline->parameters.constLast().name, QStringLiteral("kaleido.rootcache"));
        QVERIFY(cmdline->has(QStringLiteral("quiet")));
        QVERIFY(!cmdline->has(QStringLiteral("nomodule")));
        QVERIFY(cmdline->initArguments.isEmpty());
    }

    void hostCaptureHasNoCmdline()
    {
        const auto cmdline =
            readKernelCmdline(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QVERIFY(!cmdline.ok());
        QCOMPARE(cmdline.error().kind, ErrorKind::Absent);
    }

    void liveKernel()
    {
        const auto cmdline = readKernelCmdline(KernelFs());
        QVERIFY2(cmdline.ok(), qPrintable(cmdline.error().message()));
        // Every parameter has a name; names never contain unquoted spaces.
        for (const auto& p : cmdline->parameters)
            QVERIFY(!p.name.isEmpty() || p.value.has_value());
        QVERIFY(!cmdline->raw.endsWith(QLatin1Char('\n')));
    }

    // Hand-made cases, checked against lib/cmdline.c next_arg() by reading its code.
    void splitsLikeTheKernel_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected"); // "name=value" or "name" for flags
        QTest::addColumn<QStringList>("init");
        QTest::newRow("flags and values")
            << QByteArray("ro quiet root=/dev/sda1\n") << test::strings({"ro", "quiet", "root=/dev/sda1"})
            << QStringList{};
        QTest::newRow("quoted value") << QByteArray("dyndbg=\"file foo.c +p\" quiet")
                                      << test::strings({"dyndbg=file foo.c +p", "quiet"}) << QStringList{};
        QTest::newRow("quoted whole parameter")
            << QByteArray("\"acpi_osi=Windows 2009\" x") << test::strings({"acpi_osi=Windows 2009", "x"})
            << QStringList{};
        QTest::newRow("quoted flag") << QByteArray("\"a b\"") << test::strings({"a b"}) << QStringList{};
        QTest::newRow("value keeps later =")
            << QByteArray("a=b=c") << test::strings({"a=b=c"}) << QStringList{};
        QTest::newRow("empty value") << QByteArray("a= b") << test::strings({"a=", "b"}) << QStringList{};
        QTest::newRow("leading =") << QByteArray("=x") << test::strings({"=x"}) << QStringList{};
        QTest::newRow("tabs and runs of spaces")
            << QByteArray("  a\t\tb   c=1  \n") << test::strings({"a", "b", "c=1"}) << QStringList{};
        QTest::newRow("arguments for init")
            << QByteArray("quiet -- single foo=bar") << test::strings({"quiet"})
            << test::strings({"single", "foo=bar"});
        QTest::newRow("-- with a value is a parameter")
            << QByteArray("--=x y") << test::strings({"--=x", "y"}) << QStringList{};
        QTest::newRow("unterminated quote runs to the end")
            << QByteArray("a=\"b c d") << test::strings({"a=b c d"}) << QStringList{};
        QTest::newRow("lone quote") << QByteArray("\"") << test::strings({""}) << QStringList{};
        QTest::newRow("value that is one quote")
            << QByteArray("a=\" b") << test::strings({"a= b"}) << QStringList{};
        QTest::newRow("repeated name") << QByteArray("console=tty0 console=ttyS0")
                                       << test::strings({"console=tty0", "console=ttyS0"}) << QStringList{};
    }
    void splitsLikeTheKernel()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, init);
        const auto cmdline = parseKernelCmdline(input);
        QVERIFY(cmdline.ok());
        QStringList got;
        for (const auto& p : cmdline->parameters)
            got.append(p.value ? p.name + QLatin1Char('=') + *p.value : p.name);
        QCOMPARE(got, expected);
        QCOMPARE(cmdline->initArguments, init);
    }

    void lastValueWinsAndDashesEqualUnderscores()
    {
        const auto cmdline = parseKernelCmdline("console=tty0 console=ttyS0 sched-vcpu_pack=15");
        QCOMPARE(cmdline->value(QStringLiteral("console")), QStringLiteral("ttyS0"));
        QCOMPARE(cmdline->value(QStringLiteral("sched_vcpu-pack")), QStringLiteral("15"));
        QVERIFY(!cmdline->value(QStringLiteral("absent")).has_value());
    }

    void emptyAndGarbage_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("newline only") << QByteArray("\n") << 0;
        QTest::newRow("binary") << QByteArray("\x01\x02 \xff\xfe=\x80", 7) << 2;
        QTest::newRow("NUL terminated") << QByteArray("a b\0", 4) << 2;
    }
    void emptyAndGarbage()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, count);
        const auto cmdline = parseKernelCmdline(input);
        QVERIFY(cmdline.ok());
        QCOMPARE(cmdline->parameters.size(), count);
    }

    void hugeLine()
    {
        QByteArray input;
        for (int i = 0; i < 20000; ++i)
            input += "p" + QByteArray::number(i) + "=" + QByteArray::number(i) + ' ';
        const auto cmdline = parseKernelCmdline(input);
        QCOMPARE(cmdline->parameters.size(), 20000);
        QCOMPARE(cmdline->value(QStringLiteral("p19999")), QStringLiteral("19999"));
    }
};

QTEST_GUILESS_MAIN(TestKernelCmdline)
#include "tst_kernelcmdline.moc"
