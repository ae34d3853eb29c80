// SPDX-License-Identifier: GPL-2.0-or-later
#include "ksm.h"
#include "resultcompare.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kaleido;

class TestKsm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/sys/kernel/mm/ksm/.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("files");
        QTest::addColumn<bool>("newer"); // general_profit (6.4+), advisor_mode (6.8+)
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 24 << true;
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 14 << false;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, files);
        QFETCH(bool, newer);
        const auto ksm = readKsm(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(ksm.ok(), qPrintable(ksm.error().message()));
        QCOMPARE(ksm->attributes.items.size(), files);
        QCOMPARE(ksm->run(), Ksm::Run::Stopped);
        QCOMPARE(ksm->value(QStringLiteral("pages_to_scan")), quint64(100));
        QCOMPARE(ksm->value(QStringLiteral("sleep_millisecs")), quint64(20));
        QCOMPARE(ksm->value(QStringLiteral("pages_shared")), quint64(0));
        QCOMPARE(ksm->value(QStringLiteral("pages_sharing")), quint64(0));
        QCOMPARE(ksm->value(QStringLiteral("pages_unshared")), quint64(0));
        QCOMPARE(ksm->value(QStringLiteral("pages_volatile")), quint64(0));
        QCOMPARE(ksm->value(QStringLiteral("full_scans")), quint64(0));
        QCOMPARE(ksm->value(QStringLiteral("merge_across_nodes")), quint64(1));
        QCOMPARE(ksm->value(QStringLiteral("use_zero_pages")), quint64(0));
        QCOMPARE(ksm->value(QStringLiteral("max_page_sharing")), quint64(256));
        QCOMPARE(ksm->value(QStringLiteral("stable_node_chains_prune_millisecs")), quint64(2000));
        const auto profit = ksm->signedValue(QStringLiteral("general_profit"));
        QCOMPARE(profit.ok(), newer);
        if (newer) {
            QCOMPARE(*profit, qint64(0));
            QCOMPARE(ksm->choice(QStringLiteral("advisor_mode"))->selectedOption(), QStringLiteral("none"));
        } else {
            QCOMPARE(profit.error().kind, ErrorKind::Absent);
            QCOMPARE(profit.error().path, QStringLiteral("/sys/kernel/mm/ksm/general_profit"));
            QCOMPARE(ksm->choice(QStringLiteral("advisor_mode")).error().kind, ErrorKind::Absent);
        }
    }

    void runValues_data()
    {
        QTest::addColumn<QByteArray>("run");
        QTest::addColumn<int>("expected"); // −1: Malformed
        QTest::newRow("stopped") << QByteArray("0\n") << 0;
        QTest::newRow("running") << QByteArray("1\n") << 1;
        QTest::newRow("unmerging") << QByteArray("2\n") << 2;
        QTest::newRow("unknown") << QByteArray("3\n") << -1;
        QTest::newRow("word") << QByteArray("on\n") << -1;
    }
    void runValues()
    {
        QFETCH(QByteArray, run);
        QFETCH(int, expected);
        Ksm ksm;
        ksm.attributes.directory = QStringLiteral("/sys/kernel/mm/ksm");
        KernelAttribute a;
        a.name = QStringLiteral("run");
        a.path = QStringLiteral("/sys/kernel/mm/ksm/run");
        a.text = run.trimmed();
        ksm.attributes.items.append(a);
        const auto value = ksm.run();
        QCOMPARE(value.ok(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(int(*value), expected);
        else
            QCOMPARE(value.error().kind, ErrorKind::Malformed);
    }

    void negativeProfit()
    {
        // general_profit is signed: KSM's metadata can cost more than the merging saves.
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/sys/kernel/mm/ksm")));
        QFile file(root.path() + QStringLiteral("/sys/kernel/mm/ksm/general_profit"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-40960\n");
        file.close();
        const auto ksm = readKsm(KernelFs(root.path()));
        QVERIFY(ksm.ok());
        QCOMPARE(ksm->signedValue(QStringLiteral("general_profit")), qint64(-40960));
        QCOMPARE(ksm->value(QStringLiteral("general_profit")).error().kind, ErrorKind::Malformed);
        QCOMPARE(ksm->run().error().kind, ErrorKind::Absent);
    }

    void absentWithoutKsm()
    {
        const auto ksm = readKsm(KernelFs(QStringLiteral("/nonexistent-kaleido-root")));
        QVERIFY(!ksm.ok());
        QCOMPARE(ksm.error().kind, ErrorKind::Absent);
    }

    void liveKernel()
    {
        const auto ksm = readKsm(KernelFs());
        if (!ksm.ok() && ksm.error().kind == ErrorKind::Absent)
            QSKIP("this kernel has no KSM");
        QVERIFY2(ksm.ok(), qPrintable(ksm.error().message()));
        QVERIFY(ksm->run().ok());
        QVERIFY(*ksm->value(QStringLiteral("pages_to_scan")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestKsm)
#include "tst_ksm.moc"
