// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-cli maps / smaps: on the captured trees, and on the live system against procps' pmap.
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <optional>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

Run cli(const QStringList& args)
{
    return run(QStringLiteral(KALEIDO_CLI), args);
}

QStringList rootArgs(const QString& kernel)
{
    return {QStringLiteral("--root"), kaleido::test::fixtureRoot(kernel)};
}

/// Lines without trailing blanks (pmap ends its totals line with one), without trailing empty lines.
QStringList normalised(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

/// Runs of blanks made single, for checks that should not depend on column widths.
QString squeezed(const QString& line)
{
    return line.simplified();
}

/// A child with a fixed layout (tests/unit/process/kaleido_mapchild.cpp), killed when this goes out of scope.
class MapChild
{
public:
    explicit MapChild(const QStringList& args)
    {
        m_process.start(QStringLiteral(KALEIDO_MAPCHILD), args);
        if (m_process.waitForReadyRead(30000))
            m_ready = m_process.readLine().startsWith("ready");
    }
    ~MapChild()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool ready() const { return m_ready; }
    QString pid() const { return QString::number(m_process.processId()); }

private:
    QProcess m_process;
    bool m_ready = false;
};

QByteArray readProc(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProcessMapCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from the captured maps/smaps files (totals: the Size/Rss/Pss lines added
    // up).
    void mapsOnCapturedHost()
    {
        const Run r = cli(rootArgs(QStringLiteral("linux-6.18-host"))
                          << QStringLiteral("maps") << QStringLiteral("6600"));
        QCOMPARE(r.status, 0);
        const QStringList lines = normalised(r.out);
        QCOMPARE(lines.size(), 1 + 1 + 30 + 1);
        QCOMPARE(
            lines.at(0),
            QStringLiteral("6600:   /usr/bin/bash tests/fixtures/capture.sh tests/fixtures/linux-6.18-host"));
        QCOMPARE(squeezed(lines.at(1)), QStringLiteral("Address Kbytes Mode Offset Device Inode Mapping"));
        QCOMPARE(squeezed(lines.at(2)),
                 QStringLiteral("00005571a223f000 188 r---- 00000000 fe:00 247101 /usr/bin/bash"));
        QCOMPARE(squeezed(lines.at(8)), QStringLiteral("00005571e02ef000 264 rw--- 00000000 00:00 0 [heap]"));
        QCOMPARE(squeezed(lines.at(31)),
                 QStringLiteral("ffffffffff600000 4 --x-- 00000000 00:00 0 [vsyscall]"));
        QCOMPARE(squeezed(lines.at(32)), QStringLiteral("total kB 4076"));
    }

    void smapsOnCapturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("pid");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("firstRow");
        QTest::addColumn<QString>("totals");
        QTest::newRow("6.18 host")
            << QStringLiteral("linux-6.18-host") << QStringLiteral("6600")
            << QStringLiteral("Address Perm Offset Device Inode Size Rss Pss Pss_Dirty Referenced "
                              "Anonymous KSM LazyFree ShmemPmdMapped FilePmdMapped Shared_Hugetlb "
                              "Private_Hugetlb Swap SwapPss Locked THPeligible Mapping")
            << QStringLiteral("5571a223f000 r--p 00000000 fe:00 247101 188 188 37 0 188 0 0 0 0 0 "
                              "0 0 0 0 0 0 bash")
            << QStringLiteral("4076 3256 816 396 3256 396 0 0 0 0 0 0 0 0 0 0 KB");
        // The guest's busybox init: 8-digit addresses, ProtectionKey instead of KSM.
        QTest::newRow("6.1 init")
            << QStringLiteral("linux-6.1-debian") << QStringLiteral("1")
            << QStringLiteral("Address Perm Offset Device Inode Size Rss Pss Pss_Dirty Referenced "
                              "Anonymous LazyFree ShmemPmdMapped FilePmdMapped Shared_Hugetlb "
                              "Private_Hugetlb Swap SwapPss Locked THPeligible ProtectionKey Mapping")
            << QStringLiteral("00400000 r--p 00000000 00:1f 5 4 4 4 4 4 0 0 0 0 0 0 0 0 0 0 0 busybox")
            << QStringLiteral("2260 1600 1593 1592 1600 60 0 0 0 0 0 0 0 0 0 0 KB");
    }
    void smapsOnCapturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, pid);
        QFETCH(QString, header);
        QFETCH(QString, firstRow);
        QFETCH(QString, totals);
        const Run r = cli(rootArgs(kernel) << QStringLiteral("smaps") << pid);
        QCOMPARE(r.status, 0);
        const QStringList lines = normalised(r.out);
        QVERIFY(lines.at(0).startsWith(pid + QStringLiteral(":   ")));
        QCOMPARE(squeezed(lines.at(1)), header);
        QCOMPARE(squeezed(lines.at(2)), firstRow);
        QVERIFY(lines.at(lines.size() - 2).trimmed().startsWith(QStringLiteral("====")));
        QCOMPARE(squeezed(lines.constLast()), totals);
    }

    void jsonOnCapturedHost()
    {
        const Run r = cli(rootArgs(QStringLiteral("linux-6.18-host"))
                          << QStringLiteral("--json") << QStringLiteral("smaps") << QStringLiteral("6600"));
        QCOMPARE(r.status, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("pid")).toInt(), 6600);
        const QJsonArray mappings = doc.value(QStringLiteral("mappings")).toArray();
        QCOMPARE(mappings.size(), 30);
        const QJsonObject heap = mappings.at(6).toObject();
        QCOMPARE(heap.value(QStringLiteral("pathname")).toString(), QStringLiteral("[heap]"));
        QCOMPARE(heap.value(QStringLiteral("kind")).toString(), QStringLiteral("heap"));
        QCOMPARE(heap.value(QStringLiteral("start")).toString(), QStringLiteral("5571e02ef000"));
        QCOMPARE(heap.value(QStringLiteral("size")).toInteger(), 264 * 1024);
        QCOMPARE(heap.value(QStringLiteral("fields")).toObject().value(QStringLiteral("Rss")).toInteger(),
                 196 * 1024);
        QCOMPARE(heap.value(QStringLiteral("vmFlags")).toArray().last().toString(), QStringLiteral("ac"));
        QVERIFY(heap.value(QStringLiteral("vmFlagWords"))
                    .toArray()
                    .last()
                    .toString()
                    .startsWith(QStringLiteral("accountable")));
        const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("Rss")).toInteger(), 3256 * 1024);
        QCOMPARE(totals.value(QStringLiteral("Pss")).toInteger(), 816 * 1024);
        QCOMPARE(totals.value(QStringLiteral("THPeligible")).toInteger(), 0);

        const Run maps = cli(rootArgs(QStringLiteral("linux-6.18-host"))
                             << QStringLiteral("--json") << QStringLiteral("maps") << QStringLiteral("6600"));
        QCOMPARE(maps.status, 0);
        const QJsonObject mapsDoc = QJsonDocument::fromJson(maps.out.toUtf8()).object();
        QCOMPARE(mapsDoc.value(QStringLiteral("totalBytes")).toInteger(), 4076 * 1024);
        const QJsonObject last = mapsDoc.value(QStringLiteral("maps")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("start")).toString(),
                 QStringLiteral("ffffffffff600000")); // exact as hex
        QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("vsyscall"));
    }

    void errors()
    {
        const Run gone =
            cli(rootArgs(QStringLiteral("linux-6.18-host")) << QStringLiteral("maps") << QStringLiteral("1"));
        QCOMPARE(gone.status, 1);
        QVERIFY2(gone.err.contains(QStringLiteral("/proc/1/maps went away")), qPrintable(gone.err));
        QCOMPARE(cli({QStringLiteral("maps")}).status, 2);
        QCOMPARE(cli({QStringLiteral("smaps"), QStringLiteral("abc")}).status, 2);
        QCOMPARE(cli({QStringLiteral("smaps"), QStringLiteral("1"), QStringLiteral("2")}).status, 2);
        QCOMPARE(cli({QStringLiteral("smaps"), QStringLiteral("0")}).status, 2);
    }

    // The same moment seen by pmap -X and by kaleido-cli smaps must be the same text. The child is idle and
    // its file pages are its own (static binary), so nothing should change; to be sure, its smaps is read
    // before and after both tools ran, and a round where it changed (e.g. reclaim cleared Referenced) is not
    // compared.
    void smapsMatchesPmapX()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pmap")).isEmpty())
            QSKIP("pmap (procps) is not installed");
        MapChild child({QStringLiteral("idle")});
        QVERIFY(child.ready());
        const QString smapsPath = QStringLiteral("/proc/") + child.pid() + QStringLiteral("/smaps");
        bool compared = false;
        for (int attempt = 0; attempt < 10 && !compared; ++attempt) {
            const QByteArray before = readProc(smapsPath);
            const Run pmap = run(QStringLiteral("pmap"), {QStringLiteral("-X"), child.pid()});
            const Run ours = cli({QStringLiteral("smaps"), child.pid()});
            if (readProc(smapsPath) != before)
                continue;
            compared = true;
            QCOMPARE(pmap.status, 0);
            QCOMPARE(ours.status, 0);
            QCOMPARE(normalised(ours.out), normalised(pmap.out));
        }
        QVERIFY2(compared, "the child's smaps changed during every round");
    }

    // pmap's default format has no offset/device/inode, and prints its Mapping differently; addresses, sizes,
    // modes and the total must agree.
    void mapsMatchesPmap()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pmap")).isEmpty())
            QSKIP("pmap (procps) is not installed");
        MapChild child({QStringLiteral("many"), QStringLiteral("50")});
        QVERIFY(child.ready());
        const Run pmap = run(QStringLiteral("pmap"), {child.pid()});
        const Run ours = cli({QStringLiteral("maps"), child.pid()});
        QCOMPARE(pmap.status, 0);
        QCOMPARE(ours.status, 0);
        const QRegularExpression row(QStringLiteral("^([0-9a-f]{16}) +(\\d+)K? +([-rwxsR]{5})"));
        const QRegularExpression total(QStringLiteral("^\\s*total(?: kB)?\\s+(\\d+)K?$"));
        auto summary = [&](const QString& text) {
            QStringList rows;
            QString sum;
            for (const QString& line : normalised(text)) {
                if (const auto m = row.match(line); m.hasMatch())
                    rows.append(m.captured(1) + QLatin1Char(' ') + m.captured(2) + QLatin1Char(' ') +
                                m.captured(3));
                else if (const auto t = total.match(line); t.hasMatch())
                    sum = t.captured(1);
            }
            return std::make_pair(rows, sum);
        };
        const auto [pmapRows, pmapTotal] = summary(pmap.out);
        const auto [ourRows, ourTotal] = summary(ours.out);
        QVERIFY(pmapRows.size() >= 50); // the 50 areas of the child, plus its binary, heap, stack, vdso …
        QCOMPARE(ourRows, pmapRows);
        QVERIFY(!pmapTotal.isEmpty());
        QCOMPARE(ourTotal, pmapTotal);
    }
};

QTEST_GUILESS_MAIN(TestProcessMapCommands)
#include "tst_processmapcommands.moc"
