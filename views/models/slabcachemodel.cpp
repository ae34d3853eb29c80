// SPDX-License-Identifier: GPL-2.0-or-later
#include "slabcachemodel.h"

#include "kmallocclasses.h"
#include "pagesize.h"
#include "units.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <iterator>
#include <limits>

namespace kaleido {

namespace {

quint64 saturatingMultiply(quint64 a, quint64 b)
{
    if (a != 0 && b > std::numeric_limits<quint64>::max() / a)
        return std::numeric_limits<quint64>::max();
    return a * b;
}

qint64 clampToSigned(quint64 value)
{
    return qint64(std::min<quint64>(value, quint64(std::numeric_limits<qint64>::max())));
}

qint64 difference(quint64 now, quint64 before)
{
    return clampToSigned(now) - clampToSigned(before);
}

QString number(quint64 value)
{
    return QLocale().toString(value);
}

/// "+12.0 KiB", "−4.00 KiB", "0 B": a signed change of size.
QString signedBytes(qint64 delta)
{
    if (delta == 0)
        return Units::formatBytes(quint64(0));
    const QString magnitude = Units::formatBytes(quint64(delta > 0 ? delta : -delta));
    return (delta > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
}

QString signedCount(qint64 delta)
{
    const QString magnitude = QLocale().toString(quint64(delta >= 0 ? delta : -delta));
    return (delta > 0 ? QStringLiteral("+") : delta < 0 ? QStringLiteral("\u2212") : QString()) + magnitude;
}

QString timeText(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).time(), QLocale::LongFormat);
}

} // namespace

SlabCacheModel::SlabCacheModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_pageSize(systemPageSize())
{}

int SlabCacheModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlabCacheModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

quint64 SlabCacheModel::fragmentationBytes(const SlabInfo::Cache& cache, quint64 pageSize)
{
    const quint64 slabBytes = saturatingMultiply(cache.pagesPerSlab, pageSize);
    const quint64 objectBytes = saturatingMultiply(cache.objPerSlab, cache.objSize);
    if (objectBytes >= slabBytes)
        return 0;
    return saturatingMultiply(slabBytes - objectBytes, cache.numSlabs);
}

SlabCacheModel::Figures SlabCacheModel::figuresOf(const SlabInfo::Cache& cache) const
{
    return Figures{cache.activeObjs, cache.numObjs, cache.numSlabs, cache.cacheBytes(m_pageSize)};
}

void SlabCacheModel::update(const SlabInfo& info, qint64 msecsSinceEpoch)
{
    const bool first = m_sampleCount == 0;
    m_previousMsecs = m_sampleMsecs;
    m_sampleMsecs = msecsSinceEpoch;
    if (first)
        m_baselineMsecs = msecsSinceEpoch;
    ++m_sampleCount;

    // Index the sample by name (a name seen twice keeps its first line, as the kernel never prints that).
    QHash<QString, const SlabInfo::Cache*> incoming;
    incoming.reserve(info.caches.size());
    for (const SlabInfo::Cache& cache : info.caches)
        if (!incoming.contains(cache.name))
            incoming.insert(cache.name, &cache);

    // Caches that are gone: remove their rows, block by block from the end so row numbers stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).cache.name)) {
            --row;
            continue;
        }
        int firstGone = row;
        while (firstGone > 0 && !incoming.contains(m_rows.at(firstGone - 1).cache.name))
            --firstGone;
        beginRemoveRows({}, firstGone, row);
        m_rows.remove(firstGone, row - firstGone + 1);
        endRemoveRows();
        row = firstGone - 1;
    }
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).cache.name, row);

    // Caches that stay: new figures, the old ones become "previous".
    for (Row& row : m_rows) {
        const SlabInfo::Cache& cache = *incoming.value(row.cache.name);
        row.previous = row.now;
        row.cache = cache;
        row.now = figuresOf(cache);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));

    // Caches that are new, in file order. In the first sample they have no previous figures; later they did
    // not exist before, so they grew from nothing, and their baseline (the model's) counted them as nothing.
    QList<Row> added;
    for (const SlabInfo::Cache& cache : info.caches) {
        if (m_rowOf.contains(cache.name))
            continue;
        Row row;
        row.cache = cache;
        row.now = figuresOf(cache);
        if (first) {
            row.base = row.now;
        } else {
            row.previous = Figures{};
            row.base = Figures{};
        }
        row.baseMsecs = m_baselineMsecs;
        m_rowOf.insert(cache.name, int(m_rows.size() + added.size()));
        added.append(std::move(row));
    }
    if (!added.isEmpty()) {
        const int firstRow = int(m_rows.size());
        beginInsertRows({}, firstRow, firstRow + int(added.size()) - 1);
        m_rows.append(std::move(added));
        endInsertRows();
    }
    recomputeTotals();
}

void SlabCacheModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_totals = {};
    m_sampleMsecs = m_previousMsecs = m_baselineMsecs = 0;
    m_sampleCount = 0;
    endResetModel();
}

void SlabCacheModel::resetBaseline()
{
    m_baselineMsecs = m_sampleMsecs;
    for (Row& row : m_rows) {
        row.base = row.now;
        row.baseMsecs = m_sampleMsecs;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ChangeSinceBaseColumn),
                           index(int(m_rows.size()) - 1, ChangeSinceBaseColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, ChangeSinceBaseColumn, ChangeSinceBaseColumn);
}

void SlabCacheModel::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::ToolTipRole});
}

void SlabCacheModel::recomputeTotals()
{
    Totals t;
    t.caches = int(m_rows.size());
    for (const Row& row : std::as_const(m_rows)) {
        const SlabInfo::Cache& c = row.cache;
        t.activeObjects += c.activeObjs;
        t.totalObjects += c.numObjs;
        t.cacheBytes += row.now.cacheBytes;
        t.activeObjectBytes += saturatingMultiply(c.activeObjs, c.objSize);
        t.totalObjectBytes += saturatingMultiply(c.numObjs, c.objSize);
        t.fragmentationBytes += fragmentationBytes(c, m_pageSize);
    }
    m_totals = t;
}

QVariant SlabCacheModel::rawValue(const Row& row, int column) const
{
    const SlabInfo::Cache& c = row.cache;
    switch (column) {
    case NameColumn:
        return c.name;
    case ActiveObjectsColumn:
        return c.activeObjs;
    case TotalObjectsColumn:
        return c.numObjs;
    case UseColumn:
        return c.usePercent();
    case ObjectSizeColumn:
        return c.objSize;
    case ObjectsPerSlabColumn:
        return c.objPerSlab;
    case PagesPerSlabColumn:
        return c.pagesPerSlab;
    case SlabsColumn:
        return c.numSlabs;
    case CacheSizeColumn:
        return row.now.cacheBytes;
    case FragmentationColumn:
        return fragmentationBytes(c, m_pageSize);
    case ChangeColumn:
        return row.previous ? QVariant(difference(row.now.cacheBytes, row.previous->cacheBytes)) : QVariant();
    case ChangeSinceBaseColumn:
        return difference(row.now.cacheBytes, row.base.cacheBytes);
    default:
        return {};
    }
}

QString SlabCacheModel::displayText(const Row& row, int column) const
{
    const SlabInfo::Cache& c = row.cache;
    switch (column) {
    case NameColumn:
        return c.name;
    case ActiveObjectsColumn:
        return number(c.activeObjs);
    case TotalObjectsColumn:
        return number(c.numObjs);
    case UseColumn:
        return c.numObjs == 0 ? tr("–") : tr("%1 %").arg(QLocale().toString(c.usePercent(), 'f', 1));
    case ObjectSizeColumn:
        return Units::formatBytes(c.objSize);
    case ObjectsPerSlabColumn:
        return number(c.objPerSlab);
    case PagesPerSlabColumn:
        return number(c.pagesPerSlab);
    case SlabsColumn:
        return number(c.numSlabs);
    case CacheSizeColumn:
        return Units::formatBytes(row.now.cacheBytes);
    case FragmentationColumn:
        return Units::formatBytes(fragmentationBytes(c, m_pageSize));
    case ChangeColumn:
        return row.previous ? signedBytes(difference(row.now.cacheBytes, row.previous->cacheBytes)) : tr("–");
    case ChangeSinceBaseColumn:
        return signedBytes(difference(row.now.cacheBytes, row.base.cacheBytes));
    default:
        return {};
    }
}

QString SlabCacheModel::toolTip(const Row& row, int column) const
{
    const SlabInfo::Cache& c = row.cache;
    QString text;
    switch (column) {
    case NameColumn:
        if (const auto kmalloc = KmallocClasses::parseName(c.name))
            text = tr("%1: a kmalloc() size class — requests of %2 to %3 bytes are rounded up to %3 bytes "
                      "here (%4). Select the row to read more.")
                       .arg(c.name, number(kmalloc->smallestRequest), number(kmalloc->size),
                            KmallocClasses::variantDescription(kmalloc->variant));
        else
            text = tr("%1: a dedicated cache for one kind of kernel object").arg(c.name);
        break;
    case ActiveObjectsColumn:
    case TotalObjectsColumn:
        text = tr("%1 of %2 object slots hold a live object; %3 are free")
                   .arg(number(c.activeObjs), number(c.numObjs),
                        number(c.numObjs >= c.activeObjs ? c.numObjs - c.activeObjs : 0));
        break;
    case UseColumn:
        text = tr("Free object slots: %1 × %2 bytes = %3")
                   .arg(number(c.numObjs >= c.activeObjs ? c.numObjs - c.activeObjs : 0), number(c.objSize),
                        Units::formatBytes(saturatingMultiply(
                            c.numObjs >= c.activeObjs ? c.numObjs - c.activeObjs : 0, c.objSize)));
        break;
    case ObjectSizeColumn:
        text = tr("%1 bytes per object slot").arg(number(c.objSize));
        break;
    case ObjectsPerSlabColumn:
    case PagesPerSlabColumn:
        text = tr("A slab of %1 page(s) = %2 bytes holds %3 objects of %4 bytes")
                   .arg(number(c.pagesPerSlab), number(saturatingMultiply(c.pagesPerSlab, m_pageSize)),
                        number(c.objPerSlab), number(c.objSize));
        break;
    case SlabsColumn:
        text = tr("%1 slabs, %2 of them with at least one live object")
                   .arg(number(c.numSlabs), number(c.activeSlabs));
        break;
    case CacheSizeColumn:
        text = tr("%1 slabs × %2 page(s) × %3 bytes = %4 bytes")
                   .arg(number(c.numSlabs), number(c.pagesPerSlab), number(m_pageSize),
                        number(row.now.cacheBytes));
        break;
    case FragmentationColumn: {
        const quint64 slabBytes = saturatingMultiply(c.pagesPerSlab, m_pageSize);
        const quint64 objectBytes = saturatingMultiply(c.objPerSlab, c.objSize);
        const quint64 perSlab = objectBytes >= slabBytes ? 0 : slabBytes - objectBytes;
        const quint64 total = fragmentationBytes(c, m_pageSize);
        text = tr("%1 − %2 × %3 = %4 bytes per slab, × %5 slabs = %6 bytes")
                   .arg(number(slabBytes), number(c.objPerSlab), number(c.objSize), number(perSlab),
                        number(c.numSlabs), number(total));
        if (row.now.cacheBytes > 0)
            text += tr(" (%1 % of the cache)")
                        .arg(QLocale().toString(100.0 * double(total) / double(row.now.cacheBytes), 'f', 1));
        break;
    }
    case ChangeColumn:
        if (!row.previous) {
            text = tr("No earlier sample to compare with yet");
        } else {
            text = tr("Since the previous sample (%1): size %2, active objects %3, slabs %4")
                       .arg(timeText(m_previousMsecs),
                            signedBytes(difference(row.now.cacheBytes, row.previous->cacheBytes)),
                            signedCount(difference(row.now.activeObjects, row.previous->activeObjects)),
                            signedCount(difference(row.now.slabs, row.previous->slabs)));
        }
        break;
    case ChangeSinceBaseColumn:
        text = tr("Since %1: size %2, active objects %3, slabs %4")
                   .arg(timeText(row.baseMsecs),
                        signedBytes(difference(row.now.cacheBytes, row.base.cacheBytes)),
                        signedCount(difference(row.now.activeObjects, row.base.activeObjects)),
                        signedCount(difference(row.now.slabs, row.base.slabs)));
        break;
    default:
        break;
    }
    if (!m_live)
        text +=
            QLatin1Char('\n') +
            tr("Stopped: these figures are from %1 and are no longer updated.").arg(timeText(m_sampleMsecs));
    return text;
}

QVariant SlabCacheModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case ChartRoles::RawValueRole:
        return rawValue(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case CacheNameRole:
        return row.cache.name;
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (m_live)
            return {};
        // Greyed out as disabled text is (a headless model, e.g. in tests, has no palette: plain grey).
        if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QColor(Qt::gray);
    default:
        return {};
    }
}

QVariant SlabCacheModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == ChartRoles::UnitRole) {
        switch (section) {
        case ObjectSizeColumn:
        case CacheSizeColumn:
        case FragmentationColumn:
        case ChangeColumn:
        case ChangeSinceBaseColumn:
            return QVariant::fromValue(ValueUnit::Bytes);
        case NameColumn:
        case UseColumn:
            return {};
        default:
            return QVariant::fromValue(ValueUnit::Count);
        }
    }
    if (role == ChartRoles::SeriesKeyRole) {
        static const char* const keys[] = {
            "name",        "active_objs",         "num_objs",     "use_percent",
            "objsize",     "objperslab",          "pagesperslab", "num_slabs",
            "cache_bytes", "fragmentation_bytes", "change_bytes", "change_since_baseline_bytes"};
        static_assert(std::size(keys) == ColumnCount);
        return QString::fromLatin1(keys[section]);
    }
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Cache");
        case ActiveObjectsColumn:
            return tr("Active");
        case TotalObjectsColumn:
            return tr("Objects");
        case UseColumn:
            return tr("Use");
        case ObjectSizeColumn:
            return tr("Obj. size");
        case ObjectsPerSlabColumn:
            return tr("Obj./slab");
        case PagesPerSlabColumn:
            return tr("Pages/slab");
        case SlabsColumn:
            return tr("Slabs");
        case CacheSizeColumn:
            return tr("Cache size");
        case FragmentationColumn:
            return tr("Waste (est.)");
        case ChangeColumn:
            return tr("Change");
        case ChangeSinceBaseColumn:
            return tr("Since %1").arg(m_baselineMsecs > 0 ? timeText(m_baselineMsecs) : tr("start"));
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr(
                "The cache's name as /proc/slabinfo prints it. Caches of compatible size and flags may be "
                "merged by the kernel: one line then serves several names. kmalloc-N lines are the "
                "general-purpose size classes (select one to read how they work).");
        case ActiveObjectsColumn:
            return tr("Objects in use (active_objs, a count). Under SLUB the objects held in per-CPU slabs "
                      "count as in use, so this is an upper bound.");
        case TotalObjectsColumn:
            return tr("Object slots in the cache's slabs, used or free (num_objs, a count)");
        case UseColumn:
            return tr("Active objects ÷ objects, in percent: how full the cache's slabs are. Low values mean "
                      "memory held by free slots.");
        case ObjectSizeColumn:
            return tr("Bytes per object slot (objsize), including alignment and any debugging metadata");
        case ObjectsPerSlabColumn:
            return tr("How many objects fit in one slab (objperslab, a count)");
        case PagesPerSlabColumn:
            return tr("Pages per slab (pagesperslab, a count of %1-byte pages): the slab is one "
                      "block of 2^order contiguous pages")
                .arg(number(m_pageSize));
        case SlabsColumn:
            return tr("Slabs the cache holds (num_slabs, a count)");
        case CacheSizeColumn:
            return tr("Memory held by the cache: slabs × pages per slab × page size, in bytes (slabtop's "
                      "CACHE SIZE)");
        case FragmentationColumn:
            return tr(
                "Estimated internal fragmentation, in bytes: for each slab, its size (pages per slab × page "
                "size) minus objects per slab × object size — the tail too small for one more object — "
                "times the number of slabs. Not included: free object slots (see Use), padding inside each "
                "slot (object size already contains it), and the rounding of kmalloc() requests up to "
                "their size class, which the kernel does not count.");
        case ChangeColumn:
            return tr(
                "Change of the cache size since the previous sample, in bytes (+ grew, − shrank). A cache "
                "that appeared since counts from 0.");
        case ChangeSinceBaseColumn:
            return tr("Change of the cache size since %1 (when the page started reading, or when you last "
                      "pressed \"Compare from now\"), in bytes. A cache that appeared since counts from 0.")
                .arg(m_baselineMsecs > 0 ? timeText(m_baselineMsecs) : tr("the first sample"));
        }
    }
    return {};
}

} // namespace kaleido
