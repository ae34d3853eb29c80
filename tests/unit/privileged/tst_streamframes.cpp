// SPDX-License-Identifier: GPL-2.0-or-later
#include "streamsource.h"

#include <QTest>

#include <climits>
#include <limits>

using namespace kaleido::privileged;

namespace {

QByteArray header(const char magic[4], quint32 length, quint64 timestamp)
{
    QByteArray bytes(magic, 4);
    for (int i = 0; i < 4; ++i)
        bytes += char((length >> (8 * i)) & 0xff);
    for (int i = 0; i < 8; ++i)
        bytes += char((timestamp >> (8 * i)) & 0xff);
    return bytes;
}

} // namespace

class TestStreamFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceNames()
    {
        const QList<StreamSource> all = {StreamSource::SlabInfo,     StreamSource::SlabCaches,
                                         StreamSource::PageTypeInfo, StreamSource::VmallocInfo,
                                         StreamSource::KernelLog,    StreamSource::Smaps};
        const QStringList names = {QStringLiteral("slabinfo"),     QStringLiteral("slab-caches"),
                                   QStringLiteral("pagetypeinfo"), QStringLiteral("vmallocinfo"),
                                   QStringLiteral("kmsg"),         QStringLiteral("smaps")};
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(streamSourceName(all[i]), names[i]);
            QCOMPARE(streamSourceForName(names[i]), all[i]);
        }
        QVERIFY(!streamSourceForName(u"SLABINFO").has_value());
        QVERIFY(!streamSourceForName(u"").has_value());
        QVERIFY(!streamSourceForName(u"/proc/slabinfo").has_value());
        QVERIFY(!streamSourceForName(QStringView(u"kmsg\u0000", 5)).has_value());
        QVERIFY(!streamSourceForName(u"kmsg ").has_value());
    }

    void validateRequest_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint32>("interval");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<quint32>("clamped");

        QTest::newRow("slabinfo") << QStringLiteral("slabinfo") << 0 << 1000u << true << 1000u;
        QTest::newRow("interval too short") << QStringLiteral("slabinfo") << 0 << 0u << true << 250u;
        QTest::newRow("interval too long")
            << QStringLiteral("pagetypeinfo") << 0 << UINT_MAX << true << 60000u;
        QTest::newRow("interval at minimum") << QStringLiteral("vmallocinfo") << 0 << 250u << true << 250u;
        QTest::newRow("kmsg") << QStringLiteral("kmsg") << 0 << 5u << true << 250u;
        QTest::newRow("smaps") << QStringLiteral("smaps") << 1234 << 2000u << true << 2000u;
        QTest::newRow("smaps PID_MAX_LIMIT") << QStringLiteral("smaps") << 4194304 << 2000u << true << 2000u;
        QTest::newRow("smaps without pid") << QStringLiteral("smaps") << 0 << 2000u << false << 0u;
        QTest::newRow("smaps negative pid") << QStringLiteral("smaps") << -1 << 2000u << false << 0u;
        QTest::newRow("smaps pid too large") << QStringLiteral("smaps") << 4194305 << 2000u << false << 0u;
        QTest::newRow("smaps INT_MIN") << QStringLiteral("smaps") << INT_MIN << 2000u << false << 0u;
        QTest::newRow("pid where none belongs") << QStringLiteral("slabinfo") << 1 << 1000u << false << 0u;
        QTest::newRow("unknown source") << QStringLiteral("meminfo") << 0 << 1000u << false << 0u;
        QTest::newRow("path as source") << QStringLiteral("/proc/slabinfo") << 0 << 1000u << false << 0u;
        QTest::newRow("empty source") << QString() << 0 << 1000u << false << 0u;
        QTest::newRow("case") << QStringLiteral("Slabinfo") << 0 << 1000u << false << 0u;
    }

    void validateRequest()
    {
        QFETCH(QString, source);
        QFETCH(int, pid);
        QFETCH(quint32, interval);
        QFETCH(bool, accepted);
        QFETCH(quint32, clamped);
        const auto checked = validateStreamRequest(source, pid, interval);
        QCOMPARE(checked.ok(), accepted);
        if (accepted) {
            QCOMPARE(checked->source, streamSourceForName(source).value());
            QCOMPARE(checked->pid, pid);
            QCOMPARE(checked->intervalMs, clamped);
        } else {
            QVERIFY(!checked.reason().isEmpty());
        }
    }

    void encodesTheDocumentedLayout()
    {
        const QByteArray bytes = encodeStreamFrame({0x0102030405060708, QByteArrayLiteral("abc")});
        QCOMPARE(bytes, QByteArray("KLD1\x03\x00\x00\x00\x08\x07\x06\x05\x04\x03\x02\x01"
                                   "abc",
                                   19));
        QCOMPARE(encodeStreamFrame({}).size(), streamFrameHeaderSize);
    }

    void roundTrip()
    {
        const QList<StreamFrame> frames = {
            {1700000000123, QByteArrayLiteral("slabinfo - version: 2.1\n")},
            {0, QByteArray()},
            {-1, QByteArray("\0\xff\0KLD1", 7)},
            {std::numeric_limits<qint64>::max(), QByteArray(100000, 'x')},
        };
        QByteArray stream;
        for (const StreamFrame& frame : frames)
            stream += encodeStreamFrame(frame);
        bool corrupt = true;
        const QList<StreamFrame> decoded = takeStreamFrames(stream, &corrupt);
        QVERIFY(!corrupt);
        QVERIFY(stream.isEmpty());
        QCOMPARE(decoded.size(), frames.size());
        for (qsizetype i = 0; i < frames.size(); ++i) {
            QCOMPARE(decoded[i].timestampMs, frames[i].timestampMs);
            QCOMPARE(decoded[i].payload, frames[i].payload);
        }
    }

    void partialFramesWait()
    {
        const QByteArray first = encodeStreamFrame({42, QByteArrayLiteral("hello")});
        const QByteArray second = encodeStreamFrame({43, QByteArrayLiteral("world!")});
        const QByteArray all = first + second;
        QByteArray buffer;
        QList<StreamFrame> got;
        for (qsizetype i = 0; i < all.size(); ++i) {
            buffer += all[i];
            bool corrupt = true;
            const QList<StreamFrame> frames = takeStreamFrames(buffer, &corrupt);
            QVERIFY(!corrupt);
            got += frames;
            if (i + 1 < first.size())
                QVERIFY2(got.isEmpty(), qPrintable(QString::number(i)));
            if (i + 1 == first.size()) {
                QCOMPARE(got.size(), 1);
                QVERIFY(buffer.isEmpty());
            }
        }
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].payload, QByteArrayLiteral("hello"));
        QCOMPARE(got[1].payload, QByteArrayLiteral("world!"));
        QCOMPARE(got[1].timestampMs, 43);

        // A whole frame and half of the next: the half stays.
        QByteArray mixed = first + second.left(10);
        const QList<StreamFrame> one = takeStreamFrames(mixed, nullptr);
        QCOMPARE(one.size(), 1);
        QCOMPARE(mixed, second.left(10));
    }

    void corruptMagicStops()
    {
        bool corrupt = false;
        QByteArray wrong = header("KLD2", 3, 0) + "abc";
        QVERIFY(takeStreamFrames(wrong, &corrupt).isEmpty());
        QVERIFY(corrupt);

        // One good frame, then garbage: the good one is delivered, the garbage stays.
        const QByteArray garbage = QByteArrayLiteral("GET / HTTP/1.1\r\n");
        QByteArray buffer = encodeStreamFrame({7, QByteArrayLiteral("ok")}) + garbage;
        const QList<StreamFrame> frames = takeStreamFrames(buffer, &corrupt);
        QVERIFY(corrupt);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].payload, QByteArrayLiteral("ok"));
        QCOMPARE(buffer, garbage);

        // Noticed from the first wrong byte, without waiting for a whole header.
        QByteArray early("X", 1);
        QVERIFY(takeStreamFrames(early, &corrupt).isEmpty());
        QVERIFY(corrupt);
        QByteArray prefix("KL", 2);
        QVERIFY(takeStreamFrames(prefix, &corrupt).isEmpty());
        QVERIFY(!corrupt);
        QCOMPARE(prefix, QByteArray("KL"));
    }

    void oversizedLengthIsCorrupt()
    {
        bool corrupt = false;
        QByteArray tooLong = header("KLD1", maximumStreamFramePayload + 1, 0);
        QVERIFY(takeStreamFrames(tooLong, &corrupt).isEmpty());
        QVERIFY(corrupt);
        QCOMPARE(tooLong.size(), streamFrameHeaderSize);

        QByteArray hostile = header("KLD1", 0xffffffffu, 0) + "x";
        QVERIFY(takeStreamFrames(hostile, &corrupt).isEmpty());
        QVERIFY(corrupt);

        // The largest allowed length is not corrupt: it waits for its payload (with only 8 bytes, too).
        QByteArray largest = header("KLD1", maximumStreamFramePayload, 0);
        QVERIFY(takeStreamFrames(largest, &corrupt).isEmpty());
        QVERIFY(!corrupt);
        QCOMPARE(largest.size(), streamFrameHeaderSize);
        QByteArray lengthOnly = header("KLD1", 0xffffffffu, 0).left(8);
        QVERIFY(takeStreamFrames(lengthOnly, &corrupt).isEmpty());
        QVERIFY(corrupt);

        QVERIFY(encodeStreamFrame({0, QByteArray(qsizetype(maximumStreamFramePayload) + 1, '\0')}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStreamFrames)
#include "tst_streamframes.moc"
