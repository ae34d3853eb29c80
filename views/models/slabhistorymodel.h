// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chartroles.h"
#include "ringbuffer.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

struct SlabInfo;

/**
 * The sizes of the largest slab caches over time, as a ChartRoles table for TimeSeriesChart: row = sample
 * (oldest first), column 0 = time, columns 1… = one cache each (its cache size in bytes).
 *
 * Every sample keeps the size of every cache (in pages, 4 bytes each), so a cache that becomes one of the
 * largest, or the one the user selects (setPinnedCache()), shows its past too. Rows older than the history
 * length fall off the front, and at most maxSamplesPerSecond samples per second of history are kept however
 * fast they come, so memory is bounded: about 1 KiB per sample for 250 caches, 600 KiB for 10 minutes at 1 s,
 * 6 MiB at the ten samples a second of the fastest refresh.
 *
 * TimeSeriesModel does not fit: its series are fixed when it is made, while these columns follow the largest
 * caches and the selection, and a cache that enters the chart brings its past.
 *
 * Which caches are columns is decided at each sample: the topCount() largest, where a charted cache gives its
 * place to a larger one only when that one is more than 5 % larger, so two caches of nearly equal size do not
 * take turns. A change of columns resets the model; a cache that stays keeps its column (and colour).
 */
class SlabHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn = 0,
        FirstSeriesColumn = 1
    };
    /// Samples kept per second of history at most (the fastest refresh: 100 ms).
    static constexpr int maxSamplesPerSecond = 10;

    explicit SlabHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Appends one sample of @p info taken at @p msecsSinceEpoch, with @p pageSize bytes per page. A time
    /// earlier than the last sample (the wall clock was set back) starts a new history.
    void addSample(qint64 msecsSinceEpoch, const SlabInfo& info, quint64 pageSize);
    void clear();

    int historySeconds() const { return m_historySeconds; }
    void setHistorySeconds(int seconds);

    /// How many of the largest caches are charted (1 … colorCount()).
    int topCount() const { return m_topCount; }
    void setTopCount(int count);

    /// A cache charted in addition to the largest ones (the selected row); empty for none.
    QString pinnedCache() const { return m_pinned; }
    void setPinnedCache(const QString& name);

    /// The caches charted, in column order (column = index + FirstSeriesColumn).
    QStringList chartedCaches() const;

    /// Bytes of cache @p name at @p row; nullopt when it did not exist in that sample.
    std::optional<quint64> bytesAt(int row, const QString& name) const;
    qint64 timeAt(int row) const { return m_samples.at(row).msecs; }

    /// Distinct colours for the columns, in order.
    static const QList<QColor>& colors();

private:
    struct Sample
    {
        qint64 msecs = 0;
        QList<quint32> pages; ///< by cache id; shorter than the id table when later caches did not exist yet;
                              ///< UINT32_MAX: absent in this sample
    };
    static constexpr quint32 kAbsent = 0xffffffffU;

    std::optional<quint64> bytesOf(const Sample& sample, int id) const;
    struct Columns
    {
        QList<int> charted;
        int pinnedId = -1;
    };
    /// The charted caches once @p newest is the newest sample.
    Columns columnsFor(const Sample& newest) const;
    /// Recomputes the charted caches from the newest sample; resets the model when they change.
    void applyColumns();
    void trim();

    /// At most maxSamplesPerSecond a second over the history, and one more for the span's two ends.
    static qsizetype capacityFor(int seconds) { return qsizetype(seconds) * maxSamplesPerSecond + 1; }

    int m_historySeconds = 600; // before m_samples: its capacity is computed from it
    RingBuffer<Sample> m_samples;
    QHash<QString, int> m_ids;
    QStringList m_names; // by id
    QList<int> m_slots;  // charted cache ids, by column − 1 (top caches, in their stable order)
    int m_pinnedId = -1; // charted after the slots when not among them
    QString m_pinned;
    quint64 m_pageSize = 4096;
    int m_topCount = 8;
};

} // namespace kaleido
