// SPDX-License-Identifier: GPL-2.0-or-later
// Memory commands: meminfo, vmstat, buddy, zones, pagetypes, slab here; thp, ksm, overcommit in
// memorytuningcommands.cpp.
#include "memorycommands.h"

#include "buddyinfo.h"
#include "meminfo.h"
#include "pagesize.h"
#include "pagetypeinfo.h"
#include "slabcacheattributes.h"
#include "slabinfo.h"
#include "units.h"
#include "vmstat.h"
#include "zoneinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace kaleido::cli {

namespace memory {

QJsonValue jsonCount(quint64 value)
{
    if (value <= quint64(std::numeric_limits<qint64>::max()))
        return QJsonValue(qint64(value));
    return QJsonValue(double(value));
}

QString renderTable(const Output& table)
{
    QString text;
    QTextStream stream(&text);
    table.printText(stream);
    stream.flush();
    return text;
}

} // namespace memory

using memory::jsonCount;

namespace {

int fail(Output& out, const Error& error)
{
    out.error = error.message();
    return 1;
}

// Lines a parser could not use: listed after the output (and in the JSON), so nothing is dropped silently.
QJsonArray noteSkipped(const QList<Error>& skipped, Output& out)
{
    QJsonArray array;
    for (const Error& e : skipped) {
        out.text +=
            QCoreApplication::translate("kaleido::cli", "warning: %1").arg(e.message()) + QLatin1Char('\n');
        array.append(e.message());
    }
    return array;
}

// slabtop's units: kibibytes with two decimals, rounded as printf does (0.125 → "0.12", like slabtop).
QString kib(double bytes)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.2fK", bytes / 1024.0);
    return QString::fromLatin1(text);
}

int meminfo(const Context& context, Output& out)
{
    const auto info = readMeminfo(context.fs);
    if (!info)
        return fail(out, info.error());
    out.addColumn(QStringLiteral("Field"));
    out.addColumn(QStringLiteral("Value"), true);
    out.addColumn(QStringLiteral("Unit"));
    out.addColumn(QStringLiteral("Size"), true);
    QJsonObject json;
    for (const MemInfo::Field& f : info->fields) {
        const QString name = QString::fromLatin1(info->name(f));
        const quint64 value = f.inKiB ? f.value * 1024 : f.value;
        out.addRow({name, number(f.value), f.inKiB ? QStringLiteral("kB") : QString(),
                    f.inKiB ? Units::formatBytes(value) : QString()});
        json.insert(name, double(value));
    }
    out.json =
        QJsonObject{{QStringLiteral("unit"), QStringLiteral("bytes, or a count for fields without kB")},
                    {QStringLiteral("fields"), json}};
    return 0;
}

// ----------------------------------------------------------------------------------------------- vmstat
int vmstat(const Context& context, Output& out)
{
    const auto stat = readVmstat(context.fs);
    if (!stat)
        return fail(out, stat.error());
    QJsonObject counters;
    for (const VmStat::Counter& c : stat->counters) {
        const QByteArrayView name = stat->name(c);
        const QString nameText = QString::fromLatin1(name);
        const bool wanted = context.args.isEmpty() ||
                            std::any_of(context.args.cbegin(), context.args.cend(),
                                        [&](const QString& prefix) { return nameText.startsWith(prefix); });
        if (!wanted)
            continue;
        // The same "name value" lines as /proc/vmstat, so the two can be diffed.
        out.text += nameText + QLatin1Char(' ') + number(c.value) + QLatin1Char('\n');
        counters.insert(nameText, jsonCount(c.value));
    }
    if (counters.isEmpty()) {
        out.error = QCoreApplication::translate("kaleido::cli", "no counter in /proc/vmstat starts with %1")
                        .arg(context.args.join(QStringLiteral(", ")));
        return 1;
    }
    const QJsonArray skipped = noteSkipped(stat->skippedLines, out);
    out.json = QJsonObject{{QStringLiteral("counters"), counters}, {QStringLiteral("skippedLines"), skipped}};
    return 0;
}

// ------------------------------------------------------------------------------------------------ buddy
int buddy(const Context& context, Output& out)
{
    const auto info = readBuddyinfo(context.fs);
    if (!info)
        return fail(out, info.error());
    const quint64 pageSize = systemPageSize();
    const int orders = info->orderCount();

    out.text =
        QCoreApplication::translate(
            "kaleido::cli",
            "Free blocks per order from /proc/buddyinfo; an order-k block is 2^k pages of %1 bytes.\n"
            "unusable: the fraction of free memory in blocks too small for an allocation of that order.\n")
            .arg(pageSize);
    out.addColumn(QStringLiteral("Node"));
    out.addColumn(QStringLiteral("Zone"));
    out.addColumn(QString());
    for (int k = 0; k < orders; ++k)
        out.addColumn(QString::number(k), true);
    out.addColumn(QStringLiteral("Free"), true);

    QJsonArray zones;
    for (const BuddyInfo::Zone& z : info->zones) {
        const QString node = QString::number(z.node);
        QStringList blocks{node, z.zone, QStringLiteral("blocks")};
        QStringList bytes{node, z.zone, QStringLiteral("bytes")};
        QStringList unusable{node, z.zone, QStringLiteral("unusable")};
        QJsonArray jsonBlocks, jsonBytes, jsonUnusable;
        for (int k = 0; k < orders; ++k) {
            const bool present = k < z.orderCount();
            const quint64 blockCount = present ? z.freeBlocks.at(k) : 0;
            const quint64 byteCount = z.freeBytesAtOrder(k, pageSize);
            const double index = z.unusableFreeSpaceIndex(k);
            blocks.append(present ? number(blockCount) : QString());
            bytes.append(present ? Units::formatBytes(byteCount) : QString());
            unusable.append(QString::number(index, 'f', 3));
            jsonBlocks.append(jsonCount(blockCount));
            jsonBytes.append(jsonCount(byteCount));
            jsonUnusable.append(index);
        }
        const quint64 freeBytes = z.freeBytes(pageSize);
        blocks.append(number(z.freePages()) + QStringLiteral(" pages"));
        bytes.append(Units::formatBytes(freeBytes));
        unusable.append(QString());
        out.addRow(blocks);
        out.addRow(bytes);
        out.addRow(unusable);
        zones.append(QJsonObject{{QStringLiteral("node"), z.node},
                                 {QStringLiteral("zone"), z.zone},
                                 {QStringLiteral("freeBlocks"), jsonBlocks},
                                 {QStringLiteral("freeBytes"), jsonBytes},
                                 {QStringLiteral("unusableFreeSpaceIndex"), jsonUnusable},
                                 {QStringLiteral("freePages"), jsonCount(z.freePages())},
                                 {QStringLiteral("freeBytesTotal"), jsonCount(freeBytes)}});
    }
    const QJsonArray skipped = noteSkipped(info->skippedLines, out);
    out.json = QJsonObject{{QStringLiteral("pageSize"), jsonCount(pageSize)},
                           {QStringLiteral("orders"), orders},
                           {QStringLiteral("zones"), zones},
                           {QStringLiteral("skippedLines"), skipped}};
    return 0;
}

// ------------------------------------------------------------------------------------------------ zones
int zones(const Context& context, Output& out)
{
    const auto info = readZoneinfo(context.fs);
    if (!info)
        return fail(out, info.error());
    const quint64 pageSize = systemPageSize();
    // zoneinfo's own names; "free" is its "pages free" line.
    const QList<QByteArray> keys{"free", "min", "low", "high", "boost", "spanned", "present", "managed"};

    out.text =
        QCoreApplication::translate(
            "kaleido::cli",
            "Per zone from /proc/zoneinfo, in pages and in bytes (page size %1). Below low kswapd wakes,\n"
            "below min allocations reclaim directly; protection is the lowmem reserve per zone index.\n")
            .arg(pageSize);
    out.addColumn(QStringLiteral("Node"));
    out.addColumn(QStringLiteral("Zone"));
    out.addColumn(QString());
    for (const QByteArray& key : keys)
        out.addColumn(QString::fromLatin1(key), true);
    out.addColumn(QStringLiteral("protection"));

    QJsonArray zones;
    for (const ZoneInfo::Zone& z : info->zones) {
        const QString node = QString::number(z.node);
        QStringList pages{node, z.name, QStringLiteral("pages")};
        QStringList bytes{node, z.name, QStringLiteral("bytes")};
        QStringList protection;
        QJsonArray jsonProtection;
        for (const quint64 p : z.protection) {
            protection.append(number(p));
            jsonProtection.append(jsonCount(p));
        }
        for (const QByteArray& key : keys) {
            const auto value = z.field(key);
            pages.append(value ? number(*value) : QStringLiteral("-"));
            bytes.append(value ? Units::formatBytes(pagesToBytes(*value, pageSize)) : QStringLiteral("-"));
        }
        pages.append(protection.join(QLatin1Char(' ')));
        out.addRow(pages);
        out.addRow(bytes);

        QJsonObject fields, stats;
        for (const ZoneInfo::Value& v : z.fields)
            fields.insert(QString::fromLatin1(v.name), jsonCount(v.value));
        for (const ZoneInfo::Value& v : z.stats)
            stats.insert(QString::fromLatin1(v.name), jsonCount(v.value));
        QJsonArray pagesets;
        for (const ZoneInfo::Pageset& p : z.pagesets) {
            QJsonObject pageset{{QStringLiteral("cpu"), p.cpu}};
            for (const ZoneInfo::Value& v : p.values)
                pageset.insert(QString::fromLatin1(v.name), jsonCount(v.value));
            if (p.vmStatsThreshold)
                pageset.insert(QStringLiteral("vm stats threshold"), jsonCount(*p.vmStatsThreshold));
            pagesets.append(pageset);
        }
        zones.append(QJsonObject{{QStringLiteral("node"), z.node},
                                 {QStringLiteral("zone"), z.name},
                                 {QStringLiteral("populated"), z.isPopulated()},
                                 {QStringLiteral("pages"), fields},
                                 {QStringLiteral("protection"), jsonProtection},
                                 {QStringLiteral("stats"), stats},
                                 {QStringLiteral("pagesets"), pagesets}});
    }
    QJsonArray nodes;
    for (const ZoneInfo::Node& n : info->nodes) {
        QJsonObject stats;
        for (const ZoneInfo::Value& v : n.stats)
            stats.insert(QString::fromLatin1(v.name), jsonCount(v.value));
        nodes.append(QJsonObject{{QStringLiteral("node"), n.id}, {QStringLiteral("stats"), stats}});
    }
    const QJsonArray skipped = noteSkipped(info->skippedLines, out);
    out.json = QJsonObject{{QStringLiteral("pageSize"), jsonCount(pageSize)},
                           {QStringLiteral("zones"), zones},
                           {QStringLiteral("nodes"), nodes},
                           {QStringLiteral("skippedLines"), skipped}};
    return 0;
}

// -------------------------------------------------------------------------------------------- pagetypes
int pagetypes(const Context& context, Output& out)
{
    const auto info = readPagetypeinfo(context.fs);
    if (!info)
        return fail(out, info.error());

    // As /proc/pagetypeinfo: the header, the block tables, then free blocks per migrate type and order.
    if (info->pageBlockOrder)
        out.text += QStringLiteral("Page block order: %1\n").arg(*info->pageBlockOrder);
    if (info->pagesPerBlock)
        out.text += QStringLiteral("Pages per block:  %1\n").arg(*info->pagesPerBlock);
    QJsonArray tables;
    for (const PageTypeInfo::BlockTable& table : info->blockTables) {
        Output blocks;
        blocks.addColumn(QStringLiteral("Node"));
        blocks.addColumn(QStringLiteral("Zone"));
        for (const QString& type : table.types)
            blocks.addColumn(type, true);
        QJsonArray rows;
        for (const PageTypeInfo::BlockTable::Row& row : table.rows) {
            QStringList cells{QString::number(row.node), row.zone};
            QJsonObject counts;
            for (qsizetype i = 0; i < row.counts.size(); ++i) {
                cells.append(number(row.counts.at(i)));
                counts.insert(i < table.types.size() ? table.types.at(i) : QString::number(i),
                              jsonCount(row.counts.at(i)));
            }
            blocks.addRow(cells);
            rows.append(QJsonObject{{QStringLiteral("node"), row.node},
                                    {QStringLiteral("zone"), row.zone},
                                    {QStringLiteral("counts"), counts}});
        }
        out.text += QLatin1Char('\n') + table.title + QLatin1Char('\n') + memory::renderTable(blocks);
        tables.append(QJsonObject{{QStringLiteral("title"), table.title},
                                  {QStringLiteral("types"), QJsonArray::fromStringList(table.types)},
                                  {QStringLiteral("rows"), rows}});
    }
    out.text += QLatin1Char('\n') +
                QCoreApplication::translate("kaleido::cli", "Free blocks per migrate type at order") +
                QLatin1Char('\n');

    out.addColumn(QStringLiteral("Node"));
    out.addColumn(QStringLiteral("Zone"));
    out.addColumn(QStringLiteral("Type"));
    for (const int order : info->orders)
        out.addColumn(QString::number(order), true);
    QJsonArray lists;
    for (const PageTypeInfo::FreeList& list : info->freeLists) {
        QStringList cells{QString::number(list.node), list.zone, list.type};
        QJsonArray blocks;
        for (const quint64 count : list.freeBlocks) {
            cells.append(number(count));
            blocks.append(jsonCount(count));
        }
        out.addRow(cells);
        lists.append(QJsonObject{{QStringLiteral("node"), list.node},
                                 {QStringLiteral("zone"), list.zone},
                                 {QStringLiteral("type"), list.type},
                                 {QStringLiteral("freeBlocks"), blocks}});
    }
    const QJsonArray skipped = noteSkipped(info->skippedLines, out);
    QJsonObject json{{QStringLiteral("freeLists"), lists},
                     {QStringLiteral("blockTables"), tables},
                     {QStringLiteral("skippedLines"), skipped}};
    if (info->pageBlockOrder)
        json.insert(QStringLiteral("pageBlockOrder"), *info->pageBlockOrder);
    if (info->pagesPerBlock)
        json.insert(QStringLiteral("pagesPerBlock"), jsonCount(*info->pagesPerBlock));
    out.json = json;
    return 0;
}

// ------------------------------------------------------------------------------------------------- slab
struct SlabSort
{
    const char* key;
    bool (*less)(const SlabInfo::Cache&, const SlabInfo::Cache&, quint64 pageSize);
};

// Descending by the chosen column, as slabtop sorts; ties by name so the output is stable.
const SlabSort kSlabSorts[] = {
    {"size", [](const SlabInfo::Cache& a, const SlabInfo::Cache& b,
                quint64 p) { return a.cacheBytes(p) > b.cacheBytes(p); }},
    {"objs",
     [](const SlabInfo::Cache& a, const SlabInfo::Cache& b, quint64) { return a.numObjs > b.numObjs; }},
    {"active",
     [](const SlabInfo::Cache& a, const SlabInfo::Cache& b, quint64) { return a.activeObjs > b.activeObjs; }},
    {"objsize",
     [](const SlabInfo::Cache& a, const SlabInfo::Cache& b, quint64) { return a.objSize > b.objSize; }},
    {"use", [](const SlabInfo::Cache& a, const SlabInfo::Cache& b,
               quint64) { return a.usePercent() > b.usePercent(); }},
    {"slabs",
     [](const SlabInfo::Cache& a, const SlabInfo::Cache& b, quint64) { return a.numSlabs > b.numSlabs; }},
    {"frag", [](const SlabInfo::Cache& a, const SlabInfo::Cache& b,
                quint64 p) { return a.leftoverBytes(p) > b.leftoverBytes(p); }},
    {"name", [](const SlabInfo::Cache& a, const SlabInfo::Cache& b, quint64) { return a.name < b.name; }},
};

// One cache in detail: its /proc/slabinfo line and, where readable, SLUB's view from /sys/kernel/slab.
int slabDetail(const Context& context, const SlabInfo& info, Output& out)
{
    const quint64 pageSize = systemPageSize();
    const auto sysfs = readSlabSysfs(context.fs, context.args);
    out.addColumn(QStringLiteral("Cache"));
    out.addColumn(QStringLiteral("Attribute"));
    out.addColumn(QStringLiteral("Value"), true);
    QJsonArray caches;
    for (const QString& name : context.args) {
        const SlabInfo::Cache* c = info.find(name);
        const SlabCacheAttributes* attributes = sysfs ? sysfs->find(name) : nullptr;
        if (!c && !attributes) {
            out.error = QCoreApplication::translate("kaleido::cli", "no slab cache is called %1").arg(name);
            return 1;
        }
        QJsonObject json{{QStringLiteral("name"), name}};
        auto row = [&](const QString& key, const QString& value) { out.addRow({name, key, value}); };
        if (c) {
            row(QStringLiteral("active_objs"), number(c->activeObjs));
            row(QStringLiteral("num_objs"), number(c->numObjs));
            row(QStringLiteral("objsize"), number(c->objSize));
            row(QStringLiteral("objperslab"), number(c->objPerSlab));
            row(QStringLiteral("pagesperslab"), number(c->pagesPerSlab));
            row(QStringLiteral("num_slabs"), number(c->numSlabs));
            row(QStringLiteral("cache size"), number(c->cacheBytes(pageSize)));
            row(QStringLiteral("leftover"), number(c->leftoverBytes(pageSize)));
            json.insert(QStringLiteral("cacheBytes"), jsonCount(c->cacheBytes(pageSize)));
            json.insert(QStringLiteral("leftoverBytes"), jsonCount(c->leftoverBytes(pageSize)));
        }
        if (attributes) {
            row(QStringLiteral("sysfs directory"), attributes->directory);
            row(QStringLiteral("names"), attributes->names.join(QLatin1Char(' ')));
            json.insert(QStringLiteral("sysfsDirectory"), attributes->directory);
            json.insert(QStringLiteral("names"), QJsonArray::fromStringList(attributes->names));
            for (const KernelAttribute& a : attributes->attributes.items) {
                row(a.name, a.error ? a.error->message() : QString::fromUtf8(a.text));
                if (const auto n = attributes->number(a.name))
                    json.insert(a.name, jsonCount(*n));
                else if (const auto count = attributes->count(a.name))
                    json.insert(a.name, jsonCount(count->total));
            }
            if (const auto padding = attributes->paddingBytes()) {
                row(QStringLiteral("padding"), number(*padding));
                json.insert(QStringLiteral("paddingBytes"), jsonCount(*padding));
            }
        } else if (!sysfs) {
            row(QStringLiteral("sysfs"), sysfs.error().message());
        }
        caches.append(json);
    }
    out.json = QJsonObject{{QStringLiteral("caches"), caches}};
    return 0;
}

int slab(const Context& context, Output& out)
{
    const auto info = readSlabinfo(context.fs);
    if (!info)
        return fail(out, info.error());
    const quint64 pageSize = systemPageSize();

    const SlabSort* sort = &kSlabSorts[0];
    if (context.args.size() == 1) {
        for (const SlabSort& s : kSlabSorts) {
            if (context.args.constFirst() == QLatin1String(s.key))
                sort = &s;
        }
    }
    if (!context.args.isEmpty() &&
        (context.args.size() > 1 || QLatin1String(sort->key) != context.args.constFirst()))
        return slabDetail(context, *info, out);

    QList<SlabInfo::Cache> caches = info->caches;
    std::stable_sort(caches.begin(), caches.end(), [&](const SlabInfo::Cache& a, const SlabInfo::Cache& b) {
        if (sort->less(a, b, pageSize))
            return true;
        return !sort->less(b, a, pageSize) && a.name < b.name;
    });

    // slabtop's header, from the same numbers.
    quint64 activeObjs = 0, numObjs = 0, activeSlabs = 0, numSlabs = 0, activeCaches = 0;
    double activeSize = 0, totalSize = 0;
    quint64 minObj = std::numeric_limits<quint64>::max(), maxObj = 0;
    for (const SlabInfo::Cache& c : caches) {
        activeObjs += c.activeObjs;
        numObjs += c.numObjs;
        activeSlabs += c.activeSlabs;
        numSlabs += c.numSlabs;
        activeCaches += c.activeObjs > 0 ? 1 : 0;
        activeSize += double(c.activeObjs) * double(c.objSize);
        totalSize += double(c.numObjs) * double(c.objSize);
        minObj = std::min(minObj, c.objSize);
        maxObj = std::max(maxObj, c.objSize);
    }
    auto percent = [](double part, double whole) -> QString {
        return QString::number(whole > 0 ? 100.0 * part / whole : 0.0, 'f', 1) + QLatin1Char('%');
    };
    out.text = QStringLiteral(" Active / Total Objects (% used)    : %1 / %2 (%3)\n"
                              " Active / Total Slabs (% used)      : %4 / %5 (%6)\n"
                              " Active / Total Caches (% used)     : %7 / %8 (%9)\n")
                   .arg(number(activeObjs), number(numObjs), percent(double(activeObjs), double(numObjs)),
                        number(activeSlabs), number(numSlabs), percent(double(activeSlabs), double(numSlabs)),
                        number(activeCaches), number(quint64(caches.size())),
                        percent(double(activeCaches), double(caches.size())));
    out.text += QStringLiteral(" Active / Total Size (% used)       : %1 / %2 (%3)\n"
                               " Minimum / Average / Maximum Object : %4 / %5 / %6\n")
                    .arg(kib(activeSize), kib(totalSize), percent(activeSize, totalSize),
                         kib(caches.isEmpty() ? 0.0 : double(minObj)),
                         kib(numObjs > 0 ? totalSize / double(numObjs) : 0.0), kib(double(maxObj)));
    out.text += QCoreApplication::translate(
        "kaleido::cli",
        " FRAG: bytes left over at the end of the slabs, num_slabs × pages × page size − OBJS × OBJ SIZE\n");

    for (const char* header :
         {"OBJS", "ACTIVE", "USE", "OBJ SIZE", "SLABS", "OBJ/SLAB", "CACHE SIZE", "FRAG"})
        out.addColumn(QString::fromLatin1(header), true);
    out.addColumn(QStringLiteral("NAME"));
    QJsonArray jsonCaches;
    for (const SlabInfo::Cache& c : caches) {
        // USE as slabtop prints it: the integer percentage, rounded down.
        const quint64 use = c.numObjs == 0 ? 0 : quint64(c.usePercent());
        out.addRow({number(c.numObjs), number(c.activeObjs), number(use) + QLatin1Char('%'),
                    kib(double(c.objSize)), number(c.numSlabs), number(c.objPerSlab),
                    number(c.cacheBytes(pageSize) / 1024) + QLatin1Char('K'),
                    kib(double(c.leftoverBytes(pageSize))), c.name});
        jsonCaches.append(
            QJsonObject{{QStringLiteral("name"), c.name},
                        {QStringLiteral("activeObjs"), jsonCount(c.activeObjs)},
                        {QStringLiteral("numObjs"), jsonCount(c.numObjs)},
                        {QStringLiteral("objSize"), jsonCount(c.objSize)},
                        {QStringLiteral("objPerSlab"), jsonCount(c.objPerSlab)},
                        {QStringLiteral("pagesPerSlab"), jsonCount(c.pagesPerSlab)},
                        {QStringLiteral("activeSlabs"), jsonCount(c.activeSlabs)},
                        {QStringLiteral("numSlabs"), jsonCount(c.numSlabs)},
                        {QStringLiteral("cacheBytes"), jsonCount(c.cacheBytes(pageSize))},
                        {QStringLiteral("usePercent"), c.usePercent()},
                        {QStringLiteral("leftoverBytes"), jsonCount(c.leftoverBytes(pageSize))}});
    }
    const QJsonArray skipped = noteSkipped(info->skippedLines, out);
    out.json = QJsonObject{{QStringLiteral("version"), info->version},
                           {QStringLiteral("pageSize"), jsonCount(pageSize)},
                           {QStringLiteral("sortedBy"), QString::fromLatin1(sort->key)},
                           {QStringLiteral("caches"), jsonCaches},
                           {QStringLiteral("skippedLines"), skipped}};
    return 0;
}

} // namespace

void registerMemoryCommands(QList<Command>& commands)
{
    commands.append({QStringLiteral("meminfo"), QString(),
                     QT_TRANSLATE_NOOP("kaleido::cli", "/proc/meminfo, with sizes in binary units"),
                     meminfo});
    commands.append({QStringLiteral("vmstat"), QStringLiteral("[PREFIX…]"),
                     QT_TRANSLATE_NOOP("kaleido::cli", "/proc/vmstat counters (those starting with PREFIX)"),
                     vmstat});
    commands.append(
        {QStringLiteral("buddy"), QString(),
         QT_TRANSLATE_NOOP("kaleido::cli", "free blocks per order, bytes and unusable free space index"),
         buddy});
    commands.append({QStringLiteral("zones"), QString(),
                     QT_TRANSLATE_NOOP("kaleido::cli", "per zone: free pages, watermarks, sizes, protection"),
                     zones});
    commands.append(
        {QStringLiteral("pagetypes"), QString(),
         QT_TRANSLATE_NOOP("kaleido::cli", "/proc/pagetypeinfo: free blocks per migrate type (root)"),
         pagetypes});
    commands.append(
        {QStringLiteral("slab"), QStringLiteral("[size|objs|active|objsize|use|slabs|frag|name|CACHE…]"),
         QT_TRANSLATE_NOOP("kaleido::cli", "slab caches like slabtop -o, or one cache in detail (root)"),
         slab});
    commands.append(
        {QStringLiteral("thp"), QString(),
         QT_TRANSLATE_NOOP("kaleido::cli", "transparent huge page settings, khugepaged, per-size THP"),
         memory::thp});
    commands.append({QStringLiteral("ksm"), QString(),
                     QT_TRANSLATE_NOOP("kaleido::cli", "kernel samepage merging: settings and counters"),
                     memory::ksm});
    commands.append(
        {QStringLiteral("overcommit"), QStringLiteral("[SIZE]"),
         QT_TRANSLATE_NOOP("kaleido::cli", "overcommit policy, CommitLimit computed and the kernel's"),
         memory::overcommit});
}

} // namespace kaleido::cli
