// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-cli's memory commands: on the captured trees (values read by hand from the fixture files), and on
// the live machine against the kernel's own files and procps' slabtop, read at the same moment.
#include "testutils.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace kaleido;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run cli(const QStringList& args, bool asNobody = false)
{
    QProcess process;
    if (asNobody) {
        process.setChildProcessModifier([] {
            if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
                _exit(99);
        });
    }
    process.start(QStringLiteral(KALEIDO_CLI), args);
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList withRoot(const QString& kernel, QStringList args)
{
    args.prepend(test::fixtureRoot(kernel));
    args.prepend(QStringLiteral("--root"));
    return args;
}

// The whitespace-separated cells of the table row whose cells at @p keys match (e.g. {"0", "DMA", "pages"}).
QStringList rowStartingWith(const QString& text, const QStringList& keys)
{
    const auto lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() >= keys.size() && cells.mid(0, keys.size()) == keys)
            return cells;
    }
    return {};
}

QString readLive(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "Node 0, zone   Normal  1 2 3" → key "0 Normal" → counts.
QHash<QString, QList<quint64>> parseBuddyText(const QString& text)
{
    QHash<QString, QList<quint64>> zones;
    static const QRegularExpression line(QStringLiteral("^Node\\s+(\\d+),\\s+zone\\s+(\\S+)\\s+(.*)$"));
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        const auto m = line.match(l.trimmed());
        if (!m.hasMatch())
            continue;
        QList<quint64> counts;
        for (const QString& n : m.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            counts.append(n.toULongLong());
        zones.insert(m.captured(1) + QLatin1Char(' ') + m.captured(2), counts);
    }
    return zones;
}

struct SlabLine
{
    quint64 numObjs = 0;
    quint64 objSize = 0;
    quint64 objPerSlab = 0;
    quint64 pagesPerSlab = 0;
};

QHash<QString, SlabLine> parseSlabinfoText(const QString& text)
{
    QHash<QString, SlabLine> caches;
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        const QStringList cells = l.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() < 6 || l.startsWith(QLatin1Char('#')) || l.startsWith(QLatin1String("slabinfo")))
            continue;
        caches.insert(cells.at(0), {cells.at(2).toULongLong(), cells.at(3).toULongLong(),
                                    cells.at(4).toULongLong(), cells.at(5).toULongLong()});
    }
    return caches;
}

// Objects are allocated and freed all the time (dentries, VMAs' maple nodes, buffer heads; more so while
// other builds run on this machine, and kaleido-cli's own start and exit churn a few caches), so the kernel's
// file is read just before and just after kaleido-cli. A count must lie between those two reads, widened by
// 10 % or 32 slabs' worth of objects, whichever is more; a misread column would be far off, and for every
// cache.
bool closeEnough(quint64 mine, quint64 before, quint64 after, quint64 objPerSlab)
{
    const quint64 lo = std::min(before, after);
    const quint64 hi = std::max(before, after);
    const quint64 slack = std::max<quint64>(hi / 10, 32 * std::max<quint64>(objPerSlab, 1));
    return mine + slack >= lo && mine <= hi + slack;
}

} // namespace

class TestMemoryCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ------------------------------------------------------------------------------ captured trees
    void vmstatIsTheFileItself()
    {
        for (const QString& kernel : test::capturedKernels()) {
            const Run run = cli(withRoot(kernel, {QStringLiteral("vmstat")}));
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out, QString::fromUtf8(test::readFixture(kernel, QStringLiteral("/proc/vmstat"))));
        }
        const Run some =
            cli(withRoot(QStringLiteral("linux-6.18-host"),
                         {QStringLiteral("vmstat"), QStringLiteral("pgfault"), QStringLiteral("oom_")}));
        QCOMPARE(some.out, QStringLiteral("pgfault 37646584\noom_kill 0\n"));
        const Run json =
            cli(withRoot(QStringLiteral("linux-6.1-debian"),
                         {QStringLiteral("--json"), QStringLiteral("vmstat"), QStringLiteral("pgmaj")}));
        QCOMPARE(json.json()
                     .value(QStringLiteral("counters"))
                     .toObject()
                     .value(QStringLiteral("pgmajfault"))
                     .toInt(),
                 30);
        const Run none = cli(withRoot(QStringLiteral("linux-6.1-debian"),
                                      {QStringLiteral("vmstat"), QStringLiteral("no_such_prefix")}));
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("no_such_prefix")));
    }

    void buddy()
    {
        // tests/fixtures/linux-6.18-host/proc/buddyinfo, zone Normal; free pages summed by hand: 224014.
        const Run text = cli(withRoot(QStringLiteral("linux-6.18-host"), {QStringLiteral("buddy")}));
        QCOMPARE(text.exitCode, 0);
        const QStringList header =
            rowStartingWith(text.out, {QStringLiteral("Node"), QStringLiteral("Zone")});
        QCOMPARE(
            header.mid(2, 11),
            (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                         QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"),
                         QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("10")}));
        const QStringList blocks = rowStartingWith(
            text.out, {QStringLiteral("0"), QStringLiteral("Normal"), QStringLiteral("blocks")});
        QCOMPARE(blocks.mid(3, 11).join(QLatin1Char(' ')),
                 QStringLiteral("470 622 977 275 54 3 31 26 12 102 151"));
        QCOMPARE(blocks.value(14), QStringLiteral("224014"));
        const QStringList unusable = rowStartingWith(
            text.out, {QStringLiteral("0"), QStringLiteral("Normal"), QStringLiteral("unusable")});
        QCOMPARE(unusable.value(13), QStringLiteral("0.310")); // order 10: 69390 / 224014

        const QJsonObject json = cli(withRoot(QStringLiteral("linux-6.1-debian"),
                                              {QStringLiteral("--json"), QStringLiteral("buddy")}))
                                     .json();
        QCOMPARE(json.value(QStringLiteral("orders")).toInt(), 11);
        const QJsonArray zones = json.value(QStringLiteral("zones")).toArray();
        QCOMPARE(zones.size(), 2);
        const QJsonObject dma32 = zones.at(1).toObject();
        QCOMPARE(dma32.value(QStringLiteral("zone")).toString(), QStringLiteral("DMA32"));
        QCOMPARE(dma32.value(QStringLiteral("freePages")).toInteger(), 229310);
        QCOMPARE(dma32.value(QStringLiteral("freeBlocks")).toArray().at(10).toInteger(), 222);
        const qint64 page = json.value(QStringLiteral("pageSize")).toInteger();
        QCOMPARE(dma32.value(QStringLiteral("freeBytes")).toArray().at(10).toInteger(), 222 * 1024 * page);
    }

    void zones()
    {
        // tests/fixtures/linux-6.18-host/proc/zoneinfo, zone DMA.
        const Run run = cli(withRoot(QStringLiteral("linux-6.18-host"), {QStringLiteral("zones")}));
        QCOMPARE(run.exitCode, 0);
        const QStringList header = rowStartingWith(run.out, {QStringLiteral("Node"), QStringLiteral("Zone")});
        QCOMPARE(header.mid(2),
                 (QStringList{QStringLiteral("free"), QStringLiteral("min"), QStringLiteral("low"),
                              QStringLiteral("high"), QStringLiteral("boost"), QStringLiteral("spanned"),
                              QStringLiteral("present"), QStringLiteral("managed"),
                              QStringLiteral("protection")}));
        const QStringList dma =
            rowStartingWith(run.out, {QStringLiteral("0"), QStringLiteral("DMA"), QStringLiteral("pages")});
        QCOMPARE(dma.mid(3).join(QLatin1Char(' ')),
                 QStringLiteral("3840 33 41 49 0 4095 3998 3840 0 3019 7499 7499 7499"));
        const QStringList movable = rowStartingWith(
            run.out, {QStringLiteral("0"), QStringLiteral("Movable"), QStringLiteral("pages")});
        QCOMPARE(movable.value(7), QStringLiteral("0")); // present: an empty zone is still listed

        const QJsonObject json = cli(withRoot(QStringLiteral("linux-6.1-debian"),
                                              {QStringLiteral("--json"), QStringLiteral("zones")}))
                                     .json();
        const QJsonObject dma32 = json.value(QStringLiteral("zones")).toArray().at(1).toObject();
        QCOMPARE(dma32.value(QStringLiteral("pages")).toObject().value(QStringLiteral("min")).toInteger(),
                 11085);
        QCOMPARE(
            dma32.value(QStringLiteral("stats")).toObject().value(QStringLiteral("numa_hit")).toInteger(),
            12121);
        QCOMPARE(dma32.value(QStringLiteral("pagesets"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInteger(),
                 2485);
        QVERIFY(!json.value(QStringLiteral("zones"))
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(QStringLiteral("populated"))
                     .toBool());
    }

    void pagetypes()
    {
        const Run run = cli(withRoot(QStringLiteral("linux-6.1-debian"), {QStringLiteral("pagetypes")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Page block order: 9\nPages per block:  512\n")));
        QCOMPARE(
            rowStartingWith(run.out, {QStringLiteral("0"), QStringLiteral("DMA32"), QStringLiteral("46")})
                .size(),
            7);
        QCOMPARE(rowStartingWith(run.out,
                                 {QStringLiteral("0"), QStringLiteral("DMA32"), QStringLiteral("Movable")})
                     .mid(3)
                     .join(QLatin1Char(' ')),
                 QStringLiteral("1 1 1 1 1 0 1 1 1 1 222"));
        const QJsonObject json = cli(withRoot(QStringLiteral("linux-6.18-host"),
                                              {QStringLiteral("--json"), QStringLiteral("pagetypes")}))
                                     .json();
        QCOMPARE(json.value(QStringLiteral("pagesPerBlock")).toInteger(), 512);
        const QJsonObject normal = json.value(QStringLiteral("blockTables"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("rows"))
                                       .toArray()
                                       .at(2)
                                       .toObject();
        QCOMPARE(normal.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("Reclaimable"))
                     .toInteger(),
                 99);
    }

    void slab()
    {
        // tests/fixtures/linux-6.18-host/proc/slabinfo: ext4_inode_cache is the largest cache (5411 slabs × 4
        // pages); dentry 144627 144520 192 21 1 … 6887: 27548K, 64 bytes left in each of 6887 slabs.
        const Run run = cli(withRoot(QStringLiteral("linux-6.18-host"), {QStringLiteral("slab")}));
        QCOMPARE(run.exitCode, 0);
        const QStringList header = rowStartingWith(run.out, {QStringLiteral("OBJS")});
        QCOMPARE(header.join(QLatin1Char(' ')),
                 QStringLiteral("OBJS ACTIVE USE OBJ SIZE SLABS OBJ/SLAB CACHE SIZE FRAG NAME"));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        qsizetype first = 0;
        while (first < lines.size() && !lines.at(first).trimmed().startsWith(QLatin1String("OBJS")))
            ++first;
        QVERIFY(lines.value(first + 1).endsWith(QStringLiteral("ext4_inode_cache")));
        const QStringList dentry = rowStartingWith(run.out, {QStringLiteral("144627")});
        QCOMPARE(dentry.join(QLatin1Char(' ')),
                 QStringLiteral("144627 144520 99% 0.19K 6887 21 27548K 430.44K dentry"));
        QVERIFY(run.out.contains(QStringLiteral(" Active / Total Caches (% used)     : 130 / 235 (55.3%)")));

        const QJsonObject byName =
            cli(withRoot(QStringLiteral("linux-6.18-host"),
                         {QStringLiteral("--json"), QStringLiteral("slab"), QStringLiteral("name")}))
                .json();
        QCOMPARE(byName.value(QStringLiteral("caches")).toArray().size(), 235);
        QCOMPARE(byName.value(QStringLiteral("sortedBy")).toString(), QStringLiteral("name"));

        // One cache in detail, with SLUB's merged-cache view from
        // tests/fixtures/linux-6.1-debian/sys/kernel/slab.
        const QJsonObject detail =
            cli(withRoot(QStringLiteral("linux-6.1-debian"),
                         {QStringLiteral("--json"), QStringLiteral("slab"), QStringLiteral("fs_cache")}))
                .json();
        const QJsonObject cache = detail.value(QStringLiteral("caches")).toArray().at(0).toObject();
        QCOMPARE(cache.value(QStringLiteral("sysfsDirectory")).toString(), QStringLiteral(":A-0000064"));
        QCOMPARE(cache.value(QStringLiteral("names")).toArray().size(), 4);
        QCOMPARE(cache.value(QStringLiteral("aliases")).toInteger(), 3);
        QVERIFY(!cache.contains(QStringLiteral("cacheBytes"))); // an alias: not a line of /proc/slabinfo
        const Run unknown = cli(withRoot(QStringLiteral("linux-6.1-debian"),
                                         {QStringLiteral("slab"), QStringLiteral("no_such_cache")}));
        QCOMPARE(unknown.exitCode, 1);
    }

    void thpAndKsm()
    {
        const QJsonObject thp = cli(withRoot(QStringLiteral("linux-6.18-host"),
                                             {QStringLiteral("--json"), QStringLiteral("thp")}))
                                    .json();
        const QJsonObject enabled =
            thp.value(QStringLiteral("settings")).toObject().value(QStringLiteral("enabled")).toObject();
        QCOMPARE(enabled.value(QStringLiteral("selected")).toString(), QStringLiteral("madvise"));
        QCOMPARE(enabled.value(QStringLiteral("options")).toArray().size(), 3);
        QCOMPARE(thp.value(QStringLiteral("khugepaged"))
                     .toObject()
                     .value(QStringLiteral("pages_to_scan"))
                     .toInteger(),
                 4096);
        QCOMPARE(thp.value(QStringLiteral("sizes")).toArray().size(), 9);
        const Run text = cli(withRoot(QStringLiteral("linux-6.1-debian"), {QStringLiteral("thp")}));
        QCOMPARE(rowStartingWith(text.out, {QStringLiteral("enabled")}).join(QLatin1Char(' ')),
                 QStringLiteral("enabled always always madvise never"));

        const QJsonObject ksmNew = cli(withRoot(QStringLiteral("linux-6.18-host"),
                                                {QStringLiteral("--json"), QStringLiteral("ksm")}))
                                       .json();
        QVERIFY(
            ksmNew.value(QStringLiteral("attributes")).toObject().contains(QStringLiteral("general_profit")));
        const QJsonObject ksmOld = cli(withRoot(QStringLiteral("linux-6.1-debian"),
                                                {QStringLiteral("--json"), QStringLiteral("ksm")}))
                                       .json();
        const QJsonObject old = ksmOld.value(QStringLiteral("attributes")).toObject();
        QVERIFY(!old.contains(QStringLiteral("general_profit")));
        QCOMPARE(old.value(QStringLiteral("run")).toInteger(), 0);
        QCOMPARE(old.value(QStringLiteral("max_page_sharing")).toInteger(), 256);
        QCOMPARE(ksmOld.value(QStringLiteral("savedBytes")).toInteger(), 0);
    }

    void overcommit()
    {
        // CommitLimit by hand: 6.18 12342040 kB, 6.1 490736 kB (see tst_overcommit); Committed_AS from
        // meminfo.
        const QJsonObject json =
            cli(withRoot(QStringLiteral("linux-6.1-debian"),
                         {QStringLiteral("--json"), QStringLiteral("overcommit"), QStringLiteral("256M")}))
                .json();
        QCOMPARE(json.value(QStringLiteral("commitLimitComputedBytes")).toInteger(), 490736LL * 1024);
        QCOMPARE(json.value(QStringLiteral("commitLimitKernelBytes")).toInteger(), 490736LL * 1024);
        QVERIFY(json.value(QStringLiteral("agreesWithKernel")).toBool());
        const QJsonObject request = json.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("bytes")).toInteger(), 256LL * 1024 * 1024);
        // 3656 kB committed + 262144 kB < 490736 kB: granted in mode 2, for root and (less 8192 kB) for a
        // user.
        QVERIFY(
            !request.value(QStringLiteral("mode2Root")).toObject().value(QStringLiteral("refused")).toBool());
        QVERIFY(
            !request.value(QStringLiteral("mode2User")).toObject().value(QStringLiteral("refused")).toBool());
        const QJsonObject big =
            cli(withRoot(QStringLiteral("linux-6.1-debian"),
                         {QStringLiteral("--json"), QStringLiteral("overcommit"), QStringLiteral("487080K")}))
                .json()
                .value(QStringLiteral("request"))
                .toObject();
        // 3656 + 487080 = 490736: exactly the limit, which mode 2 refuses.
        QVERIFY(big.value(QStringLiteral("mode2Root")).toObject().value(QStringLiteral("refused")).toBool());

        const Run text = cli(withRoot(QStringLiteral("linux-6.18-host"), {QStringLiteral("overcommit")}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(
            QRegularExpression(QStringLiteral("CommitLimit \\(kernel\\)\\s+12342040 kB agrees"))));
        QCOMPARE(cli({QStringLiteral("overcommit"), QStringLiteral("lots")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("overcommit"), QStringLiteral("1G"), QStringLiteral("2G")}).exitCode, 2);
    }

    void errorsAreSentences()
    {
        QTemporaryDir empty;
        const Run run = cli({QStringLiteral("--root"), empty.path(), QStringLiteral("pagetypes")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/proc/pagetypeinfo does not exist")));
        QVERIFY(!run.err.contains(empty.path()));
    }

    void rootOnlyCommandsAsUser()
    {
        // slabinfo and pagetypeinfo are 0400: a user gets the sentence and status 1, not an empty table.
        for (const QString& command : {QStringLiteral("slab"), QStringLiteral("pagetypes")}) {
            const Run run = cli({command}, true);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("can only be read with more privileges")),
                     qPrintable(run.err));
        }
        QCOMPARE(cli({QStringLiteral("buddy")}, true).exitCode, 0); // world-readable
    }

    // ------------------------------------------------------------------------------ live machine
    void liveSlabMatchesSlabinfoAndSlabtop()
    {
        if (geteuid() != 0)
            QSKIP("/proc/slabinfo needs root");
        const QString slabtop = QStandardPaths::findExecutable(QStringLiteral("slabtop"));
        if (slabtop.isEmpty())
            QSKIP("slabtop (procps) is not installed");

        // Caches come and go rarely (module load, new filesystem); if the name sets differ, read again.
        QJsonArray caches;
        QHash<QString, SlabLine> kernel, kernelAfter;
        QString peer;
        for (int attempt = 0; attempt < 5; ++attempt) {
            kernel = parseSlabinfoText(readLive(QStringLiteral("/proc/slabinfo")));
            caches = cli({QStringLiteral("--json"), QStringLiteral("slab")})
                         .json()
                         .value(QStringLiteral("caches"))
                         .toArray();
            kernelAfter = parseSlabinfoText(readLive(QStringLiteral("/proc/slabinfo")));
            QProcess top;
            top.start(slabtop, {QStringLiteral("-o")});
            top.waitForFinished(30000);
            peer = QString::fromUtf8(top.readAllStandardOutput());
            const QStringList names = kernel.keys();
            const bool sameNames = kernel.size() == kernelAfter.size() &&
                                   std::all_of(names.cbegin(), names.cend(),
                                               [&](const QString& n) { return kernelAfter.contains(n); });
            if (caches.size() == kernel.size() && sameNames)
                break;
        }
        QVERIFY(caches.size() > 20);
        QCOMPARE(caches.size(), kernel.size());

        int exact = 0;
        for (const QJsonValue& v : caches) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(QStringLiteral("name")).toString();
            QVERIFY2(kernel.contains(name), qPrintable(name));
            const SlabLine& k = kernel.value(name);
            // Sizes and layout are fixed for the life of a cache: exact.
            QCOMPARE(quint64(c.value(QStringLiteral("objSize")).toInteger()), k.objSize);
            QCOMPARE(quint64(c.value(QStringLiteral("objPerSlab")).toInteger()), k.objPerSlab);
            QCOMPARE(quint64(c.value(QStringLiteral("pagesPerSlab")).toInteger()), k.pagesPerSlab);
            const quint64 objs = quint64(c.value(QStringLiteral("numObjs")).toInteger());
            const quint64 after = kernelAfter.value(name).numObjs;
            QVERIFY2(
                closeEnough(objs, k.numObjs, after, k.objPerSlab),
                qPrintable(
                    QStringLiteral("%1: %2 vs %3 and %4").arg(name).arg(objs).arg(k.numObjs).arg(after)));
            exact += objs == k.numObjs || objs == after ? 1 : 0;
        }
        // Most caches are idle between two reads; a misparsed column would differ in all of them.
        QVERIFY2(exact * 2 >= caches.size(),
                 qPrintable(QStringLiteral("%1 of %2 exact").arg(exact).arg(caches.size())));

        // slabtop -o: the same names, OBJ SIZE as it rounds it, OBJ/SLAB exact, OBJS within the same
        // tolerance.
        QHash<QString, QStringList> top;
        bool inTable = false;
        for (const QString& line : peer.split(QLatin1Char('\n'))) {
            const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!inTable) {
                inTable = !cells.isEmpty() && cells.constFirst() == QLatin1String("OBJS");
                continue;
            }
            if (cells.size() == 8)
                top.insert(cells.at(7), cells);
        }
        QCOMPARE(top.size(), caches.size());
        for (const QJsonValue& v : caches) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(QStringLiteral("name")).toString();
            QVERIFY2(top.contains(name), qPrintable(name));
            const QStringList& row = top[name];
            const double objSize = double(c.value(QStringLiteral("objSize")).toInteger());
            char size[64];
            std::snprintf(size, sizeof size, "%.2fK", objSize / 1024.0); // slabtop's printf rounding
            QCOMPARE(row.at(3), QString::fromLatin1(size));
            QCOMPARE(row.at(5).toULongLong(), quint64(c.value(QStringLiteral("objPerSlab")).toInteger()));
            // slabtop ran after the second read of the file: compare with that read and kaleido-cli's.
            const quint64 objs = quint64(c.value(QStringLiteral("numObjs")).toInteger());
            QVERIFY2(closeEnough(row.at(0).toULongLong(), objs, kernelAfter.value(name).numObjs,
                                 row.at(5).toULongLong()),
                     qPrintable(name));
        }
    }

    void liveOvercommitMatchesKernel()
    {
        // CommitLimit only changes when swap or the hugetlb pools are resized: exact. Committed_AS moves with
        // every mmap/munmap on the machine; it must be near the kernel's (within 10 % or 256 MiB).
        const QJsonObject json = cli({QStringLiteral("--json"), QStringLiteral("overcommit")}).json();
        const QString meminfo = readLive(QStringLiteral("/proc/meminfo"));
        const auto field = [&](const QString& name) {
            const auto m = QRegularExpression(QStringLiteral("^%1:\\s+(\\d+) kB$").arg(name),
                                              QRegularExpression::MultilineOption)
                               .match(meminfo);
            return m.captured(1).toLongLong() * 1024;
        };
        QVERIFY(json.value(QStringLiteral("agreesWithKernel")).toBool());
        QCOMPARE(json.value(QStringLiteral("commitLimitComputedBytes")).toInteger(),
                 field(QStringLiteral("CommitLimit")));
        const qint64 committed = json.value(QStringLiteral("committedAsBytes")).toInteger();
        const qint64 kernelCommitted = field(QStringLiteral("Committed_AS"));
        QVERIFY2(qAbs(committed - kernelCommitted) <= std::max<qint64>(kernelCommitted / 10, 256LL << 20),
                 qPrintable(QStringLiteral("%1 vs %2").arg(committed).arg(kernelCommitted)));
        QCOMPARE(json.value(QStringLiteral("memTotalBytes")).toInteger(), field(QStringLiteral("MemTotal")));
    }

    void liveBuddyMatchesBuddyinfo()
    {
        // Free lists change whenever anything allocates. The file is read just before and just after
        // kaleido-cli; zones and orders must match exactly, each zone's free pages must lie between the two
        // reads widened by 1 % + 4 MiB (a few ms of other processes' allocations), and at least half of all
        // (zone, order) counts must equal one of the two reads exactly (most high orders do not move).
        const auto before = parseBuddyText(readLive(QStringLiteral("/proc/buddyinfo")));
        const QJsonObject json = cli({QStringLiteral("--json"), QStringLiteral("buddy")}).json();
        const auto after = parseBuddyText(readLive(QStringLiteral("/proc/buddyinfo")));
        const qint64 page = json.value(QStringLiteral("pageSize")).toInteger();
        QCOMPARE(page, qint64(sysconf(_SC_PAGESIZE)));

        const QJsonArray zones = json.value(QStringLiteral("zones")).toArray();
        QCOMPARE(zones.size(), before.size());
        int cells = 0, exact = 0;
        for (const QJsonValue& v : zones) {
            const QJsonObject z = v.toObject();
            const QString key = QString::number(z.value(QStringLiteral("node")).toInt()) + QLatin1Char(' ') +
                                z.value(QStringLiteral("zone")).toString();
            QVERIFY2(before.contains(key) && after.contains(key), qPrintable(key));
            const QJsonArray blocks = z.value(QStringLiteral("freeBlocks")).toArray();
            QCOMPARE(blocks.size(), before.value(key).size());
            qint64 freeBefore = 0, freeAfter = 0;
            for (qsizetype k = 0; k < blocks.size(); ++k) {
                const quint64 mine = quint64(blocks.at(k).toInteger());
                exact += mine == before.value(key).at(k) || mine == after.value(key).at(k) ? 1 : 0;
                ++cells;
                freeBefore += qint64(before.value(key).at(k)) << k;
                freeAfter += qint64(after.value(key).at(k)) << k;
            }
            const qint64 mine = z.value(QStringLiteral("freePages")).toInteger();
            const qint64 slack = std::max(freeBefore, freeAfter) / 100 + (4LL << 20) / page;
            QVERIFY2(
                mine >= std::min(freeBefore, freeAfter) - slack &&
                    mine <= std::max(freeBefore, freeAfter) + slack,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3..%4").arg(key).arg(mine).arg(freeBefore).arg(freeAfter)));
        }
        QVERIFY2(exact * 2 >= cells, qPrintable(QStringLiteral("%1 of %2 exact").arg(exact).arg(cells)));
    }

    void liveVmstatMatchesProcVmstat()
    {
        // Event counters only grow: kaleido-cli's pgfault lies between two reads of the file around it.
        const QString before = readLive(QStringLiteral("/proc/vmstat"));
        const QJsonObject counters = cli({QStringLiteral("--json"), QStringLiteral("vmstat")})
                                         .json()
                                         .value(QStringLiteral("counters"))
                                         .toObject();
        const QString after = readLive(QStringLiteral("/proc/vmstat"));
        auto value = [](const QString& text, const QString& name) {
            return QRegularExpression(QStringLiteral("^%1 (\\d+)$").arg(name),
                                      QRegularExpression::MultilineOption)
                .match(text)
                .captured(1)
                .toLongLong();
        };
        QCOMPARE(counters.size(), after.count(QLatin1Char('\n')));
        const qint64 mine = counters.value(QStringLiteral("pgfault")).toInteger();
        QVERIFY(value(before, QStringLiteral("pgfault")) <= mine);
        QVERIFY(mine <= value(after, QStringLiteral("pgfault")));
    }
};

QTEST_GUILESS_MAIN(TestMemoryCli)
#include "tst_memorycli.moc"
