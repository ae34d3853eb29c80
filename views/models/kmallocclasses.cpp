// SPDX-License-Identifier: GPL-2.0-or-later
#include "kmallocclasses.h"

#include "slabcachemodel.h"
#include "units.h"

#include <QCoreApplication>
#include <QLocale>

namespace kaleido {

namespace {

/// "192" → 192, "1k" → 1024, "2M" → 2 MiB; nullopt otherwise.
std::optional<quint64> parseClassSize(QStringView text)
{
    quint64 multiplier = 1;
    if (text.endsWith(u'k')) {
        multiplier = 1024;
        text.chop(1);
    } else if (text.endsWith(u'M')) {
        multiplier = 1024 * 1024;
        text.chop(1);
    }
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (QChar c : text) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const quint64 value = text.toULongLong() * multiplier;
    if (value == 0)
        return std::nullopt;
    return value;
}

QString prefixOf(KmallocClasses::Variant variant, int copy)
{
    using Variant = KmallocClasses::Variant;
    switch (variant) {
    case Variant::Normal:
        return QStringLiteral("kmalloc-");
    case Variant::Cgroup:
        return QStringLiteral("kmalloc-cg-");
    case Variant::Reclaimable:
        return QStringLiteral("kmalloc-rcl-");
    case Variant::Dma:
        return QStringLiteral("dma-kmalloc-");
    case Variant::Random:
        return QStringLiteral("kmalloc-rnd-%1-").arg(copy, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString count(quint64 value)
{
    return QLocale().toString(value);
}

} // namespace

std::optional<KmallocClasses::Name> KmallocClasses::parseName(QStringView name)
{
    Name result;
    QStringView rest;
    if (name.startsWith(u"dma-kmalloc-")) {
        result.variant = Variant::Dma;
        rest = name.sliced(12);
    } else if (name.startsWith(u"kmalloc-cg-")) {
        result.variant = Variant::Cgroup;
        rest = name.sliced(11);
    } else if (name.startsWith(u"kmalloc-rcl-")) {
        result.variant = Variant::Reclaimable;
        rest = name.sliced(12);
    } else if (name.startsWith(u"kmalloc-rnd-")) {
        result.variant = Variant::Random;
        rest = name.sliced(12);
        const qsizetype dash = rest.indexOf(u'-');
        if (dash <= 0)
            return std::nullopt;
        bool ok = false;
        result.copy = rest.first(dash).toInt(&ok);
        if (!ok)
            return std::nullopt;
        rest = rest.sliced(dash + 1);
    } else if (name.startsWith(u"kmalloc-")) {
        rest = name.sliced(8);
    } else {
        return std::nullopt;
    }
    const auto size = parseClassSize(rest);
    if (!size)
        return std::nullopt;
    result.size = *size;
    result.smallestRequest = smallestRequest(*size);
    return result;
}

quint64 KmallocClasses::smallestRequest(quint64 size)
{
    // The kernel's ladder (kmalloc_info[] in mm/slab_common.c): 8, 16, 32, 64, 96, 128, 192, 256, then powers
    // of two. 96 and 192 sit between 64/128 and 128/256 to halve the worst waste there.
    switch (size) {
    case 8:
        return 1;
    case 96:
        return 65;
    case 128:
        return 97;
    case 192:
        return 129;
    case 256:
        return 193;
    default:
        return size <= 8 ? 1 : size / 2 + 1;
    }
}

QString KmallocClasses::variantDescription(Variant variant)
{
    switch (variant) {
    case Variant::Normal:
        return tr("ordinary requests");
    case Variant::Cgroup:
        return tr("requests charged to the caller's memory cgroup");
    case Variant::Reclaimable:
        return tr("requests for memory the kernel can reclaim");
    case Variant::Dma:
        return tr("requests for memory old devices can reach (ZONE_DMA)");
    case Variant::Random:
        return tr("one of several copies picked by the calling code's address, a hardening measure");
    }
    return {};
}

QString KmallocClasses::explanationHtml(const SlabCacheModel* model, const QString& selectedCache)
{
    QString html;
    const auto selected = parseName(selectedCache);
    if (selected && model && model->rowOf(selectedCache) >= 0) {
        const quint64 size = selected->size;
        const quint64 from = selected->smallestRequest;
        const quint64 worst = size - from;
        const double average = double(worst) / 2.0;
        html += QStringLiteral("<h3>%1</h3>").arg(selectedCache.toHtmlEscaped());
        html += QStringLiteral("<p>") +
                tr("Serves kmalloc() requests of %1 to %2 bytes (%3). Each takes a "
                   "%2-byte slot: a %1-byte request leaves %4 bytes of it unused; if "
                   "request sizes were spread evenly over the range, about %5 bytes "
                   "(%6 %) per object would be lost on average.")
                    .arg(count(from), count(size), variantDescription(selected->variant), count(worst),
                         QLocale().toString(average, 'f', 0),
                         QLocale().toString(100.0 * average / double(size), 'f', 0)) +
                QStringLiteral("</p>");

        // The same size in every variant this kernel has, with the last sample's figures.
        QString rows;
        for (Variant variant : {Variant::Normal, Variant::Cgroup, Variant::Reclaimable, Variant::Dma}) {
            QString name = prefixOf(variant, -1) + selectedCache.section(u'-', -1);
            const int row = model->rowOf(name);
            if (row < 0)
                continue;
            const SlabCacheModel::Row& r = model->rowAt(row);
            const bool isSelected = name == selectedCache;
            rows += QStringLiteral("<tr><td>%1%2%3</td><td align=right>%4</td><td align=right>%5</td>"
                                   "<td align=right>%6</td></tr>")
                        .arg(isSelected ? QStringLiteral("<b>") : QString(), name.toHtmlEscaped(),
                             isSelected ? QStringLiteral("</b>") : QString(), count(r.cache.activeObjs),
                             count(r.cache.numObjs), Units::formatBytes(r.now.cacheBytes));
        }
        if (!rows.isEmpty()) {
            html += QStringLiteral("<table cellspacing=0 cellpadding=2><tr><th align=left>%1</th><th "
                                   "align=right>%2</th><th align=right>%3</th><th align=right>%4</th></tr>")
                        .arg(tr("Cache"), tr("Active"), tr("Objects"), tr("Size")) +
                    rows + QStringLiteral("</table>");
        }
        if (!model->isLive())
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("These figures are the last ones received; they are no longer updated."));
        html += QStringLiteral("<hr>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("The kmalloc size classes"));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "kmalloc() is the kernel's general-purpose allocator, its malloc(). Instead of a cache for "
                "every possible size it keeps a ladder of caches, one per <i>size class</i>: kmalloc-8, "
                "-16, -32, -64, -96, -128, -192, -256, -512, -1k, -2k, -4k and -8k. A request goes to the "
                "smallest class it fits in and gets that class's whole slot: 100 bytes are served from "
                "kmalloc-128, and 28 bytes of the slot stay unused."));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "Above 256 bytes the classes double, so a request just over a class boundary wastes almost "
                "half its slot (257 bytes take a 512-byte slot). The 96- and 192-byte classes halve that "
                "worst case where small objects are most common. This rounding waste is inside the "
                "objects: the kernel counts a full slot as one object, so no column of this table shows "
                "it — the <i>Waste (est.)</i> column counts only the end of each slab that cannot hold "
                "another slot. Frequently used kernel objects get their own caches (task_struct, dentry, "
                "inode caches) precisely to avoid this rounding."));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(
                tr("Requests larger than the largest class (8 KiB with SLUB and 4 KiB pages) bypass the slab "
                   "caches: the page allocator hands out a power-of-two number of whole pages. The kernel "
                   "counts those pages in /proc/meminfo's Slab (as SUnreclaim) but in no cache, one reason "
                   "why the caches' total differs from Slab."));
    html += QStringLiteral("<p>%1</p><ul>")
                .arg(tr("Each class exists in several variants, so that objects with "
                        "different needs do not share slabs:"));
    html +=
        QStringLiteral("<li>%1</li>")
            .arg(tr("<b>kmalloc-cg-N</b>: requests marked __GFP_ACCOUNT (memory a user's actions cause, such "
                    "as pipe buffers or file-descriptor tables), charged to the memory cgroup of the "
                    "process that asked. Kept apart since Linux 5.14 so that charged and uncharged objects "
                    "never share a slab."));
    html += QStringLiteral("<li>%1</li>")
                .arg(tr("<b>kmalloc-rcl-N</b>: requests marked __GFP_RECLAIMABLE, for memory the kernel can "
                        "free under pressure; its slabs count as SReclaimable, the others as SUnreclaim."));
    html +=
        QStringLiteral("<li>%1</li>")
            .arg(tr("<b>dma-kmalloc-N</b>: requests marked GFP_DMA, from devices that can only address the "
                    "lowest 16 MiB of memory (ZONE_DMA). Usually empty on modern machines."));
    html +=
        QStringLiteral("<li>%1</li></ul>")
            .arg(tr("<b>kmalloc-rnd-NN-N</b> (Linux 6.6 and later, CONFIG_RANDOM_KMALLOC_CACHES): several "
                    "copies of each class, one picked from the address of the calling code, so an attacker "
                    "cannot easily place objects next to a victim's."));
    html +=
        QStringLiteral("<p><small>%1</small></p>")
            .arg(tr("SLUB may merge other caches whose slot size and flags match into a kmalloc cache, so "
                    "not every object counted there came from kmalloc()."));
    return html;
}

} // namespace kaleido
