// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Map's CSV and JSON writers, headless: raw values, quoting of awkward paths, the totals, and the
// changes against a snapshot.
#include "memorymapexport.h"
#include "smaps.h"
#include "testutils.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kaleido;

namespace {

using Change = MemoryMapModel::Change;

MemoryMapModel::Snapshot snapshotOf(const QByteArray& text)
{
    const auto smaps = parseSmaps(text);
    return smaps.ok() ? MemoryMapModel::fromSmaps(*smaps, 42) : MemoryMapModel::Snapshot{};
}

QByteArray entry(const char* header, quint64 rssKiB)
{
    return QByteArray(header) + "\nSize: 4 kB\nRss: " + QByteArray::number(rssKiB) +
           " kB\nPss: " + QByteArray::number(rssKiB) +
           " kB\nAnonymous: 0 kB\nSwap: 0 kB\nLocked: 0 kB\nTHPeligible: 0\n"
           "VmFlags: rd mr mw me \n";
}

/// RFC 4180 fields of each line (quotes, doubled quotes, commas and line breaks inside quotes).
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> lines;
    QStringList fields;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields.append(field);
            field.clear();
            lines.append(fields);
            fields.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields.append(field);
        lines.append(fields);
    }
    return lines;
}

} // namespace

class TestMemoryMapExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvAndJson()
    {
        const auto before = snapshotOf(entry("1000-2000 rw-p 00000000 00:00 0 [heap]", 4) +
                                       entry("5000-6000 rw-p 00000000 00:00 0", 4));
        const auto after =
            snapshotOf(entry("1000-3000 rw-p 00000000 00:00 0 [heap]", 8) +
                       entry("7000-8000 r--p 00001000 fe:01 77 /tmp/a, \"quoted\" name.so", 4) +
                       entry("ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0 [vsyscall]", 0));
        QCOMPARE(after.mappings.size(), 3);
        MemoryMapExport::Source source;
        source.snapshot = after;
        source.command = QStringLiteral("test");
        source.hasBaseline = true;
        source.changes = MemoryMapModel::diff(before, after);
        QCOMPARE(source.changes.size(), 4); // heap grown, 5000 removed, 7000 and [vsyscall] added

        // CSV: a header, one line per area, the totals; every line as wide as the header.
        const QList<QStringList> csv = parseCsv(MemoryMapExport::toCsv(source));
        const QStringList header = MemoryMapExport::csvColumns();
        QCOMPARE(csv.size(), 1 + 3 + 1);
        QCOMPARE(csv.at(0), header);
        for (const QStringList& line : csv)
            QCOMPARE(line.size(), header.size());
        auto field = [&](int line, const char* name) {
            return csv.at(line).at(header.indexOf(QLatin1String(name)));
        };
        QCOMPARE(field(1, "start"), u"1000");
        QCOMPARE(field(1, "end"), u"3000");
        QCOMPARE(field(1, "size"), u"8192");
        QCOMPARE(field(1, "path"), u"[heap]");
        QCOMPARE(field(1, "kind"), u"heap");
        QCOMPARE(field(1, "Rss"), u"8192");
        QCOMPARE(field(1, "change"), u"grown");
        QCOMPARE(field(1, "size_change"), u"4096");
        QCOMPARE(field(2, "path"), u"/tmp/a, \"quoted\" name.so");
        QCOMPARE(field(2, "offset"), u"4096");
        QCOMPARE(field(2, "device"), u"fe:01");
        QCOMPARE(field(2, "inode"), u"77");
        QCOMPARE(field(2, "change"), u"added");
        QCOMPARE(field(2, "VmFlags"), u"rd mr mw me");
        QCOMPARE(field(3, "start"), u"ffffffffff600000");
        QCOMPARE(field(3, "kind"), u"vdso");
        QCOMPARE(field(3, "change"), u"added");
        QCOMPARE(field(3, "AnonHugePages"), u""); // not in this smaps: empty, not 0
        QCOMPARE(field(4, "start"), u"total");
        QCOMPARE(field(4, "size"), QString::number(8192 + 4096 + 4096));
        QCOMPARE(field(4, "Rss"), QString::number((8 + 4) * 1024));
        QCOMPARE(field(4, "path"), u"3 mappings");

        // JSON: the same, with the flags in words and what was removed.
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(MemoryMapExport::toJson(source), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(u"pid").toInt(), 42);
        QCOMPARE(root.value(u"command").toString(), u"test");
        const QJsonArray mappings = root.value(u"mappings").toArray();
        QCOMPARE(mappings.size(), 3);
        const QJsonObject heap = mappings.at(0).toObject();
        QCOMPARE(heap.value(u"start").toString(), u"1000");
        QCOMPARE(heap.value(u"size").toInteger(), 8192);
        QCOMPARE(heap.value(u"Rss").toInteger(), 8192);
        QCOMPARE(heap.value(u"change").toString(), u"grown");
        QCOMPARE(heap.value(u"VmFlags").toArray().size(), 4);
        QCOMPARE(heap.value(u"VmFlagWords").toArray().at(0).toString(), u"readable");
        QCOMPARE(mappings.at(2).toObject().value(u"start").toString(), u"ffffffffff600000");
        QCOMPARE(mappings.at(2).toObject().value(u"change").toString(), u"added");
        QCOMPARE(root.value(u"totals").toObject().value(u"Rss").toInteger(), (8 + 4) * 1024);
        QCOMPARE(root.value(u"totals").toObject().value(u"mappings").toInteger(), 3);
        const QJsonArray removed = root.value(u"removed").toArray();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).toObject().value(u"start").toString(), u"5000");

        // Without a baseline there is nothing about changes.
        source.hasBaseline = false;
        source.changes.clear();
        const QJsonObject plain = QJsonDocument::fromJson(MemoryMapExport::toJson(source)).object();
        QVERIFY(!plain.contains(u"removed"));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(MemoryMapExport::writeCsv(&buffer, source));
        QVERIFY(buffer.data().startsWith("start,end,size,"));
    }

    void capturedBash()
    {
        const auto smaps = readSmaps(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 6600);
        QVERIFY(smaps.ok());
        MemoryMapExport::Source source;
        source.snapshot = MemoryMapModel::fromSmaps(*smaps, 6600);
        const QList<QStringList> csv = parseCsv(MemoryMapExport::toCsv(source));
        QCOMPARE(csv.size(), 1 + 30 + 1);
        const QJsonObject root = QJsonDocument::fromJson(MemoryMapExport::toJson(source)).object();
        QCOMPARE(root.value(u"mappings").toArray().size(), 30);
        QCOMPARE(root.value(u"totals").toObject().value(u"Pss").toInteger(), 816 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestMemoryMapExport)
#include "tst_memorymapexport.moc"
