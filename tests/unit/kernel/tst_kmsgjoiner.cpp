// SPDX-License-Identifier: GPL-2.0-or-later
// KmsgJoiner: continued lines ('c' then '+') become one record; everything else passes through in order.
#include "kmsgjoiner.h"
#include "kmsgreader.h"
#include "kmsgrecord.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

namespace {

QList<KmsgRecord> parse(const char* text)
{
    auto log = parseKmsgText(QByteArrayView(text));
    return log ? log->records : QList<KmsgRecord>{};
}

QStringList messages(const QList<KmsgRecord>& records)
{
    QStringList out;
    for (const KmsgRecord& r : records)
        out.append(QString::number(r.sequence) + QLatin1Char(':') + r.message);
    return out;
}

} // namespace

class TestKmsgJoiner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeRecordsPassThrough()
    {
        KmsgJoiner joiner;
        const auto out = joiner.add(parse("6,1,10,-;one\n4,2,20,-;two\\x0asecond line\n"));
        QCOMPARE(messages(out), (QStringList{QStringLiteral("1:one"), QStringLiteral("2:two\nsecond line")}));
        QCOMPARE(joiner.pendingCount(), 0);
        QVERIFY(joiner.flush().isEmpty());
    }

    void continuationIsJoined()
    {
        KmsgJoiner joiner;
        // "c" waits; "+" appends; the next "-" completes it, and the order stays.
        auto out = joiner.add(parse("6,10,100,c;CPU features:\n SUBSYSTEM=cpu\n6,11,101,+; fpu\n"));
        QVERIFY(out.isEmpty());
        QCOMPARE(joiner.pendingCount(), 1);
        out = joiner.add(parse("6,12,102,+; sse\n5,13,103,-;next\n"));
        QCOMPARE(messages(out),
                 (QStringList{QStringLiteral("10:CPU features: fpu sse"), QStringLiteral("13:next")}));
        QCOMPARE(out.first().flag, '-');
        QCOMPARE(out.first().timestampUs, quint64(100));
        QCOMPARE(out.first().priority, 6);
        QCOMPARE(out.first().property(QStringLiteral("SUBSYSTEM")), QStringLiteral("cpu"));
    }

    void callersKeepTheirOwnLines()
    {
        KmsgJoiner joiner;
        const auto out = joiner.add(parse("6,1,1,c,caller=T1;a\n6,2,2,c,caller=T2;x\n6,3,3,+,caller=T1;b\n"
                                          "6,4,4,+,caller=T2;y\n6,5,5,c,caller=T1;new\n"));
        // T1's second start completes its first line; T2's line and T1's new one still wait.
        QCOMPARE(messages(out), QStringList{QStringLiteral("1:ab")});
        QCOMPARE(messages(joiner.flush()), (QStringList{QStringLiteral("2:xy"), QStringLiteral("5:new")}));
        QCOMPARE(joiner.pendingCount(), 0);
    }

    void strayContinuationStandsAlone()
    {
        KmsgJoiner joiner;
        const auto out = joiner.add(parse("6,7,1,+;orphan\n6,8,2,-;whole\n"));
        QCOMPARE(messages(out), (QStringList{QStringLiteral("7:orphan"), QStringLiteral("8:whole")}));
    }

    void flushCompletesAtTheEnd()
    {
        KmsgJoiner joiner;
        QVERIFY(joiner.add(parse("6,1,1,c;unfinished\n")).isEmpty());
        const auto out = joiner.flush();
        QCOMPARE(messages(out), QStringList{QStringLiteral("1:unfinished")});
        QCOMPARE(out.first().flag, '-');
    }

    // The captured logs are from 6.1 and 6.18, which join lines themselves: nothing changes.
    void capturedLogsAreUnchanged_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host");
    }
    void capturedLogsAreUnchanged()
    {
        QFETCH(QString, kernel);
        KmsgReader reader{KernelFs(test::fixtureRoot(kernel))};
        const auto batch = reader.readNew();
        QVERIFY(batch.ok());
        KmsgJoiner joiner;
        const auto out = joiner.add(batch->records);
        QCOMPARE(messages(out), messages(batch->records));
    }
};

QTEST_GUILESS_MAIN(TestKmsgJoiner)
#include "tst_kmsgjoiner.moc"
