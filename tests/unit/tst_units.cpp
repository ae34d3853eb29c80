// SPDX-License-Identifier: GPL-2.0-or-later
#include "units.h"

#include <QLocale>
#include <QTest>

using namespace kaleido;

class TestUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void bytes_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0 B");
        QTest::newRow("bytes") << 1023.0 << QStringLiteral("1023 B");
        QTest::newRow("one KiB") << 1024.0 << QStringLiteral("1.00 KiB");
        QTest::newRow("page") << 4096.0 << QStringLiteral("4.00 KiB");
        QTest::newRow("tens") << 12.34 * 1024 * 1024 << QStringLiteral("12.3 MiB");
        QTest::newRow("hundreds") << 662.4 * 1024 * 1024 << QStringLiteral("662 MiB");
        QTest::newRow("GiB") << 24542000.0 * 1024 << QStringLiteral("23.4 GiB");
        QTest::newRow("negative") << -2048.0 << QStringLiteral("-2.00 KiB");
    }
    void bytes()
    {
        QFETCH(double, bytes);
        QFETCH(QString, text);
        QCOMPARE(Units::formatBytes(bytes), text);
    }

    void scale()
    {
        QCOMPARE(Units::byteScaleFor(0).divisor, 1.0);
        QCOMPARE(Units::byteScaleFor(5.0 * 1024 * 1024 * 1024).symbol, QStringLiteral("GiB"));
        QCOMPARE(Units::byteScaleFor(1023.0 * 1024).symbol, QStringLiteral("KiB"));
    }

    void rate()
    {
        QCOMPARE(Units::formatRate(0, QStringLiteral("faults/s")), QStringLiteral("0.0 faults/s"));
        QCOMPARE(Units::formatRate(12.34, QStringLiteral("faults/s")), QStringLiteral("12.3 faults/s"));
        QCOMPARE(Units::formatRate(99.94, QStringLiteral("pages/s")), QStringLiteral("99.9 pages/s"));
        // QLocale::c() (set in initTestCase) writes no group separator.
        QCOMPARE(Units::formatRate(8123.6, QStringLiteral("faults/s")), QStringLiteral("8124 faults/s"));
        QCOMPARE(Units::formatRate(2.5), QStringLiteral("2.5 /s"));
    }

    void duration()
    {
        QCOMPARE(Units::formatDuration(0), QStringLiteral("00:00:00"));
        QCOMPARE(Units::formatDuration(3661), QStringLiteral("01:01:01"));
        QCOMPARE(Units::formatDuration(3 * 86400 + 4 * 3600 + 5 * 60 + 6), QStringLiteral("3 d 04:05:06"));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
