// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chartroles.h"
#include "slabinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * The kernel's slab caches as `slabtop` shows them, one row per /proc/slabinfo line: objects, object size,
 * slab geometry, the memory each cache holds, how full it is, and an estimate of the bytes no object can use.
 *
 * update() takes one sample. Rows are matched by cache name, so a cache keeps its row (and the view its
 * selection) from sample to sample; caches that appear are appended, caches that disappear are removed. Each
 * row keeps the previous sample's figures and those of its baseline (the first sample it appeared in, or the
 * last resetBaseline()), so the growth since the last sample and since the baseline are columns like the
 * others.
 *
 * Raw values are in ChartRoles::RawValueRole (bytes, counts, percent as double, signed byte changes), for
 * sorting with a QSortFilterProxyModel (sortRole = RawValueRole); units appear only in Qt::DisplayRole.
 *
 * A model that is not live (setLive(false): the source stopped) keeps its rows but greys them out and says in
 * every tooltip that the figures are no longer updated; clear() removes them when there is nothing true to
 * show.
 */
class SlabCacheModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ActiveObjectsColumn,
        TotalObjectsColumn,
        UseColumn,
        ObjectSizeColumn,
        ObjectsPerSlabColumn,
        PagesPerSlabColumn,
        SlabsColumn,
        CacheSizeColumn,
        FragmentationColumn,
        ChangeColumn,          ///< cache size now − at the previous sample
        ChangeSinceBaseColumn, ///< cache size now − at the baseline
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        /// On any cell of a row: the cache's name (for the page: the kmalloc explanation, the chart's pinned
        /// cache).
        CacheNameRole = Qt::UserRole + 400,
    };

    /// The figures of one cache in one sample, in bytes where they are sizes.
    struct Figures
    {
        quint64 activeObjects = 0;
        quint64 totalObjects = 0;
        quint64 slabs = 0;
        quint64 cacheBytes = 0;
    };

    struct Row
    {
        SlabInfo::Cache cache;
        Figures now;
        std::optional<Figures> previous; ///< absent in the row's first sample
        Figures base;
        qint64 baseMsecs = 0; ///< when the baseline was taken
    };

    /// Sums over every cache of the last sample.
    struct Totals
    {
        int caches = 0;
        quint64 activeObjects = 0;
        quint64 totalObjects = 0;
        quint64 cacheBytes = 0; ///< Σ slabs × pages per slab × page size: the memory the caches hold
        quint64 activeObjectBytes = 0;  ///< Σ active objects × object size: held by live objects
        quint64 totalObjectBytes = 0;   ///< Σ objects × object size: every object slot, used or free
        quint64 fragmentationBytes = 0; ///< Σ fragmentationBytes()
    };

    explicit SlabCacheModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Bytes per page for the slab sizes (default: this machine's). Takes effect at the next update().
    void setPageSize(quint64 bytes) { m_pageSize = bytes; }
    quint64 pageSize() const { return m_pageSize; }

    /// Takes one sample taken at @p msecsSinceEpoch.
    void update(const SlabInfo& info, qint64 msecsSinceEpoch);
    /// Removes every row and forgets baselines and previous samples.
    void clear();
    /// From now on, "since baseline" counts from the current figures.
    void resetBaseline();

    /// Whether the rows are being updated; false greys them out (the source stopped, the figures are old).
    bool isLive() const { return m_live; }
    void setLive(bool live);

    qint64 sampleMsecs() const { return m_sampleMsecs; }
    int sampleCount() const { return m_sampleCount; }
    qint64 baselineMsecs() const { return m_baselineMsecs; }
    const Totals& totals() const { return m_totals; }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    /// The row of the cache called @p name, or −1.
    int rowOf(const QString& name) const { return m_rowOf.value(name, -1); }

    /**
     * Estimated internal fragmentation of @p cache in bytes: for each slab, its size (pages per slab × page
     * size) minus objects per slab × object size — the tail too small for one more object — times the number
     * of slabs. 0 for a slab whose objects claim more than its size (inconsistent counts).
     */
    static quint64 fragmentationBytes(const SlabInfo::Cache& cache, quint64 pageSize);

private:
    Figures figuresOf(const SlabInfo::Cache& cache) const;
    QVariant rawValue(const Row& row, int column) const;
    QString displayText(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    void recomputeTotals();

    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    Totals m_totals;
    quint64 m_pageSize;
    qint64 m_sampleMsecs = 0;
    qint64 m_previousMsecs = 0;
    qint64 m_baselineMsecs = 0;
    int m_sampleCount = 0;
    bool m_live = true;
};

} // namespace kaleido
