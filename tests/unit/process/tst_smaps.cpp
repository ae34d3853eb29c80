// SPDX-License-Identifier: GPL-2.0-or-later
#include "smaps.h"
#include "testutils.h"
#include "vmflags.h"

#include <QTest>

#include <unistd.h>

using namespace kaleido;

namespace {

// One entry in the 6.18 layout, for hand-made cases.
QByteArray entry(const char* header, int sizeKiB, int rssKiB, const char* flags = "rd mr mw me ")
{
    return QByteArray(header) + "\nSize:             " + QByteArray::number(sizeKiB) +
           " kB\nKernelPageSize:        4 kB\n" + "Rss:              " + QByteArray::number(rssKiB) +
           " kB\nPss:              " + QByteArray::number(rssKiB) +
           " kB\nTHPeligible:           0\nVmFlags: " + flags + "\n";
}

} // namespace

class TestSmaps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; values read by hand from proc/<pid>/smaps (the sums with awk
    // over the same files: Size/Rss/Pss lines added up).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("keys");
        QTest::addColumn<quint64>("sizeKiB");
        QTest::addColumn<quint64>("rssKiB");
        QTest::addColumn<quint64>("pssKiB");
        QTest::addColumn<quint64>("anonKiB");
        QTest::addColumn<quint64>("firstPssKiB");
        QTest::addColumn<bool>("hasKsm");
        QTest::addColumn<bool>("hasProtectionKey");
        // 6.18 has KSM (6.7+) and no ProtectionKey (this CPU has no PKU); 6.1 the other way round.
        QTest::newRow("6.18 host bash")
            << QStringLiteral("linux-6.18-host") << 6600 << 30 << 23 << quint64(4076) << quint64(3256)
            << quint64(816) << quint64(396) << quint64(37) << true << false;
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133 << 28 << 23 << quint64(4064) << quint64(3140)
            << quint64(2579) << quint64(392) << quint64(188) << false << true;
        QTest::newRow("6.1 debian init")
            << QStringLiteral("linux-6.1-debian") << 1 << 10 << 23 << quint64(2260) << quint64(1600)
            << quint64(1593) << quint64(60) << quint64(4) << false << true;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(int, entries);
        QFETCH(int, keys);
        QFETCH(quint64, sizeKiB);
        QFETCH(quint64, rssKiB);
        QFETCH(quint64, pssKiB);
        QFETCH(quint64, anonKiB);
        QFETCH(quint64, firstPssKiB);
        QFETCH(bool, hasKsm);
        QFETCH(bool, hasProtectionKey);

        const auto smaps = readSmaps(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(smaps.ok(), qPrintable(smaps.error().message()));
        QVERIFY(smaps->skippedLines.isEmpty());
        QCOMPARE(smaps->entries.size(), entries);
        QCOMPARE(smaps->keys.size(), keys);
        QCOMPARE(smaps->keyName(0), QByteArrayView("Size"));
        QCOMPARE(smaps->keyId("KSM").has_value(), hasKsm);
        QCOMPARE(smaps->keyId("ProtectionKey").has_value(), hasProtectionKey);
        QVERIFY(smaps->keyId("THPeligible")); // a count without "kB"
        QVERIFY(!smaps->keyId("VmFlags"));    // not a field: decoded separately

        const Smaps::Entry& first = smaps->entries.constFirst();
        QCOMPARE(smaps->value(first, "Pss"), firstPssKiB * 1024);
        QCOMPARE(smaps->value(first, "THPeligible"), quint64(0));
        QVERIFY(first.hasVmFlags);
        for (const Smaps::Entry& e : smaps->entries) {
            QCOMPARE(e.fieldCount, 23);
            QVERIFY(e.hasVmFlags);
            // Size is the area's length, in both the header and the field.
            QCOMPARE(smaps->value(e, "Size"), e.map.size());
            // Rss is made of the four Shared/Private × Clean/Dirty parts.
            const quint64 parts = *smaps->value(e, "Shared_Clean") + *smaps->value(e, "Shared_Dirty") +
                                  *smaps->value(e, "Private_Clean") + *smaps->value(e, "Private_Dirty");
            QCOMPARE(smaps->value(e, "Rss"), parts);
        }

        const SmapsTotals totals = smapsTotals(*smaps);
        QCOMPARE(totals.mappings, entries);
        QCOMPARE(totals.totals.size(), keys);
        QCOMPARE(totals.value(*smaps, "Size"), sizeKiB * 1024);
        QCOMPARE(totals.value(*smaps, "Rss"), rssKiB * 1024);
        QCOMPARE(totals.value(*smaps, "Pss"), pssKiB * 1024);
        QCOMPARE(totals.value(*smaps, "Anonymous"), anonKiB * 1024);
        QCOMPARE(totals.value(*smaps, "Swap"), quint64(0));
        QCOMPARE(totals.value(*smaps, "THPeligible"), quint64(0));
        QVERIFY(!totals.value(*smaps, "NoSuchKey"));
    }

    void hostVmFlags()
    {
        // Read by hand: [heap] is "rd wr mr mw me ac", [vvar] "rd mr pf io de dd", [vsyscall] just "ex".
        const auto smaps = readSmaps(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 6600);
        QVERIFY(smaps.ok());
        QHash<QByteArray, QByteArray> flagsByName;
        for (const Smaps::Entry& e : smaps->entries)
            flagsByName.insert(smaps->pathname(e).toByteArray(), smaps->vmFlags(e).trimmed().toByteArray());
        QCOMPARE(flagsByName.value("[heap]"), QByteArray("rd wr mr mw me ac"));
        QCOMPARE(flagsByName.value("[vvar]"), QByteArray("rd mr pf io de dd"));
        QCOMPARE(flagsByName.value("[vsyscall]"), QByteArray("ex"));
        const QList<QByteArrayView> codes = VmFlags::split(flagsByName.value("[vvar]"));
        QCOMPARE(codes.size(), 6);
        QCOMPARE(codes.at(2), QByteArrayView("pf"));
        QCOMPARE(VmFlags::describe(codes.at(2)), QStringLiteral("pure PFN range"));
        for (QByteArrayView code : codes)
            QVERIFY(VmFlags::isKnown(code));
    }

    void vmFlagsTable()
    {
        QCOMPARE(VmFlags::describe("rd"), QStringLiteral("readable"));
        QCOMPARE(VmFlags::describe("gd"), QStringLiteral("stack segment grows down"));
        QCOMPARE(VmFlags::describe("ss"), QStringLiteral("shadow stack (guarded control stack)"));
        // An unknown code from a future kernel is kept, just without words.
        QVERIFY(!VmFlags::isKnown("zz"));
        QVERIFY(VmFlags::describe("zz").isEmpty());
        const auto codes = VmFlags::split(" rd  zz\tex ");
        QCOMPARE(codes, (QList<QByteArrayView>{"rd", "zz", "ex"}));
        QVERIFY(VmFlags::knownCodes().size() >= 35);
        QVERIFY(VmFlags::knownCodes().contains(QByteArrayView("um")));
        QVERIFY(VmFlags::split("").isEmpty());
    }

    void unknownKeysAreKept()
    {
        const QByteArray text =
            entry("1000-3000 rw-p 00000000 00:00 0", 8, 4) +
            "1000-3000 rw-p 00000000 00:00 0 [heap]\nFutureKey:   12 kB\nFutureCount:   3\n"
            "Size:                  8 kB\n";
        const auto smaps = parseSmaps(text);
        QVERIFY(smaps.ok());
        QCOMPARE(smaps->entries.size(), 2);
        const Smaps::Entry& second = smaps->entries.at(1);
        QCOMPARE(second.fieldCount, 3);
        QCOMPARE(smaps->value(second, "FutureKey"), quint64(12 * 1024));
        QCOMPARE(smaps->value(second, "FutureCount"), quint64(3));
        QCOMPARE(smaps->value(second, "Size"), quint64(8 * 1024)); // same key id as in the first entry
        QVERIFY(!smaps->value(second, "Rss"));                     // absent is not zero
        QVERIFY(!second.hasVmFlags);
        QCOMPARE(smaps->keys.size(), 7);
        QCOMPARE(smapsTotals(*smaps).value(*smaps, "Size"), quint64(16 * 1024));
        QCOMPARE(smapsTotals(*smaps).value(*smaps, "FutureKey"), quint64(12 * 1024));
    }

    void keysInAnotherOrder()
    {
        // The key guess (same position as in the previous entry) must not confuse keys when the order
        // changes.
        const QByteArray text("1000-2000 r--p 00000000 00:00 0\nRss: 1 kB\nPss: 2 kB\n"
                              "2000-3000 r--p 00000000 00:00 0\nPss: 3 kB\nRss: 4 kB\n");
        const auto smaps = parseSmaps(text);
        QVERIFY(smaps.ok());
        QCOMPARE(smaps->value(smaps->entries.at(1), "Pss"), quint64(3 * 1024));
        QCOMPARE(smaps->value(smaps->entries.at(1), "Rss"), quint64(4 * 1024));
        QCOMPARE(smaps->keys.size(), 2);
    }

    void manyDistinctKeys()
    {
        // Past 32 keys the parser looks them up in a hash: ids must stay the same as with the linear search.
        QByteArray text("1000-2000 r--p 00000000 00:00 0\n");
        for (int k = 0; k < 100; ++k)
            text += "Key" + QByteArray::number(k) + ": " + QByteArray::number(k) + " kB\n";
        text += "2000-3000 r--p 00000000 00:00 0\n";
        for (int k = 99; k >= 0; --k)
            text += "Key" + QByteArray::number(k) + ": " + QByteArray::number(2 * k) + "\n";
        const auto smaps = parseSmaps(text);
        QVERIFY(smaps.ok());
        QCOMPARE(smaps->keys.size(), 100);
        QCOMPARE(smaps->value(smaps->entries.at(0), "Key57"), quint64(57 * 1024));
        QCOMPARE(smaps->value(smaps->entries.at(1), "Key57"), quint64(114));
        QCOMPARE(smaps->value(smaps->entries.at(1), "Key3"), quint64(6));
        QCOMPARE(smapsTotals(*smaps).totals.at(*smaps->keyId("Key99")).sum, quint64(99 + 198));
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("skippedLine");
        const QByteArray good = entry("1000-2000 r--p 00000000 00:00 0", 4, 4); // 7 lines, 5 fields
        QTest::newRow("field before any mapping") << QByteArray("Rss: 4 kB\n" + good) << 1 << 5 << 1;
        QTest::newRow("no number") << QByteArray(good + "Locked: lots\n") << 1 << 5 << 8;
        QTest::newRow("unknown unit") << QByteArray(good + "Locked: 4 MB\n") << 1 << 5 << 8;
        QTest::newRow("kB overflow") << QByteArray(good + "Locked: 18446744073709551615 kB\n") << 1 << 5 << 8;
        QTest::newRow("number overflow")
            << QByteArray(good + "Locked: 99999999999999999999 kB\n") << 1 << 5 << 8;
        QTest::newRow("garbage line") << QByteArray(good + "what is this\n") << 1 << 5 << 8;
        // A header that does not parse takes its fields with it: one report, not one per field.
        QTest::newRow("bad header")
            << QByteArray(QByteArray("1000-2000 r-p 00000000 00:00 0\nRss: 4 kB\nPss: 4 kB\n") + good) << 1
            << 5 << 1;
        QTest::newRow("truncated last line")
            << QByteArray(good + "2000-3000 r--p 00000000 00:00 0\nSize:    4 k") << 2 << 5 << 9;
    }
    void badLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, entries);
        QFETCH(int, fields);
        QFETCH(int, skippedLine);
        const auto smaps = parseSmaps(input);
        QVERIFY(smaps.ok());
        QCOMPARE(smaps->entries.size(), entries);
        QCOMPARE(smaps->entries.constFirst().fieldCount, fields);
        QCOMPARE(smaps->skippedLines.size(), 1);
        QCOMPARE(smaps->skippedLines.constFirst().line, skippedLine);
        QCOMPARE(smaps->skippedLines.constFirst().kind, ErrorKind::Malformed);
    }

    void emptyAndGarbage()
    {
        const auto empty = parseSmaps("");
        QVERIFY(empty.ok()); // a kernel thread
        QVERIFY(empty->entries.isEmpty());
        QCOMPARE(smapsTotals(*empty).mappings, 0);
        const auto garbage = parseSmaps("\x7f"
                                        "ELF\x02\x01\n\nnothing: here\n");
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind, ErrorKind::Malformed);
    }

    void totalsSaturate()
    {
        const QByteArray text("1000-2000 r--p 00000000 00:00 0\nRss: 18014398509481983 kB\n"
                              "2000-3000 r--p 00000000 00:00 0\nRss: 18014398509481983 kB\n"
                              "3000-4000 r--p 00000000 00:00 0\nCount: 18446744073709551615\n"
                              "4000-5000 r--p 00000000 00:00 0\nCount: 1\n");
        const auto smaps = parseSmaps(text);
        QVERIFY(smaps.ok());
        const SmapsTotals totals = smapsTotals(*smaps);
        QCOMPARE(totals.value(*smaps, "Count"), std::numeric_limits<quint64>::max());
        QCOMPARE(totals.value(*smaps, "Rss"), std::numeric_limits<quint64>::max());
    }

    void vanishedProcess()
    {
        const auto smaps = readSmaps(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))), 424242);
        QVERIFY(!smaps.ok());
        QCOMPARE(smaps.error().kind, ErrorKind::Vanished);
    }

    void liveKernel()
    {
        const auto smaps = readSmaps(KernelFs(), int(getpid()));
        QVERIFY2(smaps.ok(), qPrintable(smaps.error().message()));
        QVERIFY(smaps->skippedLines.isEmpty());
        QVERIFY(!smaps->entries.isEmpty());
        const SmapsTotals totals = smapsTotals(*smaps);
        QVERIFY(*totals.value(*smaps, "Rss") > 0);
        QVERIFY(*totals.value(*smaps, "Pss") <= *totals.value(*smaps, "Rss"));
        QVERIFY(*totals.value(*smaps, "Rss") <= *totals.value(*smaps, "Size"));
        for (const Smaps::Entry& e : smaps->entries) {
            QVERIFY(e.hasVmFlags);
            QCOMPARE(smaps->value(e, "Size"), e.map.size());
            for (QByteArrayView code : VmFlags::split(smaps->vmFlags(e)))
                QCOMPARE(code.size(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestSmaps)
#include "tst_smaps.moc"
