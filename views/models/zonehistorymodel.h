// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chartroles.h"
#include "ringbuffer.h"
#include "zonessample.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>

namespace kaleido {

/**
 * Free memory against the min, low and high watermarks over time, for the chart of Memory ▸ Zones
 * (ChartRoles: column 0 the time, then Free, Min, Low, High in bytes). Every zone's history is recorded with
 * each sample; the model shows the selected zone's, so switching zones keeps what was recorded.
 *
 * Memory stays constant: each zone keeps its samples in a RingBuffer sized for the history length at the
 * fastest refresh (one sample every minimumIntervalMs), and samples older than the history length fall off
 * the front too.
 */
class ZoneHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        FreeColumn,
        MinColumn,
        LowColumn,
        HighColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// The fastest sampling the buffers are sized for (10 per second).
    static constexpr int minimumIntervalMs = 100;

    explicit ZoneHistoryModel(QObject* parent = nullptr);

    ZoneKey zone() const { return m_zone; }
    void setZone(const ZoneKey& zone);

    /// Records every zone of @p sample. A time earlier than the last sample (the clock was set back) starts
    /// a new history, since the rows must stay ordered by time.
    void addSample(const ZonesSample& sample);
    void clear();

    int historySeconds() const { return m_historySeconds; }
    void setHistorySeconds(int seconds);
    /// Samples each zone keeps at most.
    qsizetype capacity() const;
    /// Samples recorded for @p zone.
    qsizetype sampleCount(const ZoneKey& zone) const;

    qint64 timeAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Point
    {
        qint64 msecs = 0;
        std::array<qint64, ColumnCount - 1> bytes{}; ///< −1: not reported
    };
    using History = RingBuffer<Point>;

    const History* shown() const;
    void append(const ZoneKey& key, const Point& point);

    ZoneKey m_zone;
    QHash<ZoneKey, History> m_histories;
    qint64 m_lastMsecs = 0;
    int m_historySeconds = 600;
};

} // namespace kaleido
