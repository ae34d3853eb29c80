// SPDX-License-Identifier: GPL-2.0-or-later
#include "kerneltaint.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestKernelTaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Both captures read "0\n" in proc/sys/kernel/tainted.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        for (const QString& k : test::capturedKernels())
            QTest::newRow(qPrintable(k)) << k;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        const auto taint = readTainted(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(taint.ok(), qPrintable(taint.error().message()));
        QCOMPARE(taint->value, quint64(0));
        QVERIFY(!taint->tainted());
        QVERIFY(taint->flags.isEmpty());
        QCOMPARE(taint->letters(), QString());
    }

    void liveKernel()
    {
        const auto taint = readTainted(KernelFs());
        QVERIFY2(taint.ok(), qPrintable(taint.error().message()));
        quint64 sum = 0;
        for (const TaintFlag& f : taint->flags)
            sum |= quint64(1) << f.bit;
        QCOMPARE(sum, taint->value); // the flags are exactly the set bits
    }

    // The letter table of Documentation/admin-guide/tainted-kernels.rst.
    void letterTable()
    {
        const QByteArray letters = "PFSRMBUDAWCIOELKXTNJ";
        const auto& flags = knownTaintFlags();
        QCOMPARE(flags.size(), letters.size());
        for (int bit = 0; bit < letters.size(); ++bit) {
            QCOMPARE(flags.at(bit).bit, bit);
            QCOMPARE(flags.at(bit).letter, letters.at(bit));
            QVERIFY(!flags.at(bit).meaning().isEmpty());
        }
        QVERIFY(taintFlagForLetter('O').has_value());
        QCOMPARE(taintFlagForLetter('O')->bit, 12);
        QCOMPARE(taintFlagForLetter('E')->bit, 13);
        QVERIFY(!taintFlagForLetter('G').has_value()); // 'G' is how oops headers print a clear P bit
        QVERIFY(!taintFlagForLetter('z').has_value());
    }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QString>("letters");
        QTest::addColumn<QList<int>>("bits");
        QTest::newRow("out-of-tree") << QByteArray("4096\n") << quint64(4096) << QStringLiteral("O")
                                     << QList<int>{12};
        QTest::newRow("out-of-tree unsigned")
            << QByteArray("12288\n") << quint64(12288) << QStringLiteral("OE") << QList<int>{12, 13};
        // The docs' example: 'P        W  O     ' is 4609.
        QTest::newRow("docs example")
            << QByteArray("4609") << quint64(4609) << QStringLiteral("PWO") << QList<int>{0, 9, 12};
        QTest::newRow("all documented")
            << QByteArray("1048575") << quint64(1048575) << QStringLiteral("PFSRMBUDAWCIOELKXTNJ")
            << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        QTest::newRow("future bit kept")
            << QByteArray("2097153") << quint64(2097153) << QStringLiteral("P") << QList<int>{0, 21};
        QTest::newRow("top bit") << QByteArray("9223372036854775808") << (quint64(1) << 63) << QString()
                                 << QList<int>{63};
    }
    void decodes()
    {
        QFETCH(QByteArray, input);
        QFETCH(quint64, value);
        QFETCH(QString, letters);
        QFETCH(QList<int>, bits);
        const auto taint = parseTainted(input);
        QVERIFY(taint.ok());
        QCOMPARE(taint->value, value);
        QCOMPARE(taint->letters(), letters);
        QList<int> got;
        for (const TaintFlag& f : taint->flags)
            got.append(f.bit);
        QCOMPARE(got, bits);
    }

    void unknownBitIsNamedByNumber()
    {
        const KernelTaint taint = decodeTaint(quint64(1) << 40);
        QCOMPARE(taint.flags.size(), 1);
        QCOMPARE(taint.flags.constFirst().letter, '\0');
        QCOMPARE(taint.flags.constFirst().name(), QStringLiteral("bit 40"));
        QVERIFY(!taint.flags.constFirst().meaning().isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \n");
        QTest::newRow("negative") << QByteArray("-1\n");
        QTest::newRow("hex") << QByteArray("0x1000\n");
        QTest::newRow("two numbers") << QByteArray("1 2\n");
        QTest::newRow("overflow") << QByteArray("18446744073709551616\n");
        QTest::newRow("letters") << QByteArray("OE\n");
    }
    void malformed()
    {
        QFETCH(QByteArray, input);
        const auto taint = parseTainted(input);
        QVERIFY(!taint.ok());
        QCOMPARE(taint.error().kind, ErrorKind::Malformed);
        QCOMPARE(taint.error().path, QStringLiteral("/proc/sys/kernel/tainted"));
    }

    void largestValue()
    {
        const auto taint = parseTainted("18446744073709551615\n");
        QVERIFY(taint.ok());
        QCOMPARE(taint->flags.size(), 64);
    }

    void moduleLetters_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<int>>("bits");
        QTest::newRow("sysfs") << QByteArray("OE\n") << QList<int>{12, 13};
        QTest::newRow("proc with state") << QByteArray("(OE+)") << QList<int>{12, 13};
        QTest::newRow("unordered, repeated") << QByteArray("EPOE") << QList<int>{0, 12, 13};
        QTest::newRow("unknown letters skipped") << QByteArray("OZq") << QList<int>{12};
        QTest::newRow("empty") << QByteArray() << QList<int>{};
    }
    void moduleLetters()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<int>, bits);
        QList<int> got;
        for (const TaintFlag& f : parseTaintLetters(input))
            got.append(f.bit);
        QCOMPARE(got, bits);
    }
};

QTEST_GUILESS_MAIN(TestKernelTaint)
#include "tst_kerneltaint.moc"
