// SPDX-License-Identifier: GPL-2.0-or-later
// /proc/<pid>/oom_score and oom_score_adj.
#include "oomscore.h"
#include "oomscoreadj.h"
#include "testutils.h"

#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestProcessScores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; values read by hand. 666 = (1000 + ~0) × 2/3 for a small process
    // on 5.9+; the guest's PID 1 is init, which the OOM killer never picks (0).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<qint64>("score");
        QTest::addColumn<int>("adjustment");
        QTest::newRow("6.18 host bash") << QStringLiteral("linux-6.18-host") << 6600 << qint64(666) << 0;
        QTest::newRow("6.1 debian bash") << QStringLiteral("linux-6.1-debian") << 133 << qint64(668) << 0;
        QTest::newRow("6.1 debian init") << QStringLiteral("linux-6.1-debian") << 1 << qint64(0) << 0;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(qint64, score);
        QFETCH(int, adjustment);
        const KernelFs fs(test::fixtureRoot(kernel));
        const auto s = readOomScore(fs, pid);
        QVERIFY2(s.ok(), qPrintable(s.error().message()));
        QCOMPARE(s->score, score);
        const auto a = readOomScoreAdj(fs, pid);
        QVERIFY2(a.ok(), qPrintable(a.error().message()));
        QCOMPARE(a->adjustment, adjustment);
        QVERIFY(!a->isUnkillable());
    }

    void adjustments_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::newRow("minimum") << QByteArray("-1000\n") << true << -1000;
        QTest::newRow("maximum") << QByteArray("1000\n") << true << 1000;
        QTest::newRow("no newline") << QByteArray("-17") << true << -17;
        QTest::newRow("plus sign") << QByteArray("+5\n") << true << 5;
        QTest::newRow("below range") << QByteArray("-1001\n") << false << 0;
        QTest::newRow("above range") << QByteArray("1001\n") << false << 0;
        QTest::newRow("overflow") << QByteArray("-99999999999999999999\n") << false << 0;
        QTest::newRow("empty") << QByteArray("") << false << 0;
        QTest::newRow("blank") << QByteArray(" \n") << false << 0;
        QTest::newRow("text") << QByteArray("low\n") << false << 0;
        QTest::newRow("two numbers") << QByteArray("1 2\n") << false << 0;
        QTest::newRow("lone minus") << QByteArray("-\n") << false << 0;
    }
    void adjustments()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(int, value);
        const auto a = parseOomScoreAdj(input);
        QCOMPARE(a.ok(), ok);
        if (ok) {
            QCOMPARE(a->adjustment, value);
            QCOMPARE(a->isUnkillable(), value == -1000);
        } else {
            QCOMPARE(a.error().kind, ErrorKind::Malformed);
            QCOMPARE(a.error().path, QStringLiteral("/proc/self/oom_score_adj"));
        }
    }

    void scores_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("old kernel maximum") << QByteArray("1000\n") << true << qint64(1000);
        QTest::newRow("new kernel maximum") << QByteArray("2000\n") << true << qint64(2000);
        QTest::newRow("huge") << QByteArray("9223372036854775807\n") << true << qint64(9223372036854775807LL);
        QTest::newRow("too huge") << QByteArray("9223372036854775808\n") << false << qint64(0);
        QTest::newRow("negative") << QByteArray("-1\n") << false << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("\x01\x02") << false << qint64(0);
    }
    void scores()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto s = parseOomScore(input);
        QCOMPARE(s.ok(), ok);
        if (ok)
            QCOMPARE(s->score, value);
        else
            QCOMPARE(s.error().kind, ErrorKind::Malformed);
    }

    void liveKernel()
    {
        const KernelFs fs;
        const auto s = readOomScore(fs, int(getpid()));
        QVERIFY(s.ok());
        QVERIFY(s->score >= 0 && s->score <= 2000);
        const auto a = readOomScoreAdj(fs, int(getpid()));
        QVERIFY(a.ok());
        QVERIFY(a->adjustment >= -1000 && a->adjustment <= 1000);
    }
};

QTEST_GUILESS_MAIN(TestProcessScores)
#include "tst_processscores.moc"
