// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chartroles.h"
#include "ringbuffer.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace kaleido {

/// One line of a live chart: a stable key (settings, exports), its shown name and explanation, colour and
/// unit.
struct TimeSeriesDefinition
{
    QString key;
    QString label;
    QString explanation;
    QColor color;
    ValueUnit unit = ValueUnit::Count;
    QString unitLabel =
        {}; ///< for ValueUnit::PerSecond: what is counted, e.g. "faults/s" (ChartRoles::UnitLabelRole)
};

/**
 * The history behind a live chart (the ChartRoles contract: row = sample, oldest first; column 0 = time,
 * columns 1… = one series each), kept in a TimeSeriesRing. Rows older than historySeconds() before the newest
 * fall off the front, and the ring's capacity is sized for the fastest refresh (10 samples a second) over
 * that span, so memory stays bounded whatever the interval. Pages with their own sample types wrap this model
 * (see MemoryHistoryModel) or call addSample() directly.
 */
class TimeSeriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn = 0,
        FirstSeriesColumn = 1
    };
    /// The fastest refresh the application offers (RefreshClock's 100 ms), which sizes the ring.
    static constexpr int maxSamplesPerSecond = 10;

    explicit TimeSeriesModel(QList<TimeSeriesDefinition> series, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<TimeSeriesDefinition>& series() const { return m_series; }

    /// Appends one sample; @p values holds one entry per series (nullopt: not reported). A time earlier than
    /// the last sample (the wall clock was set back) starts a new history, since the rows must stay ordered
    /// by time.
    void addSample(qint64 msecsSinceEpoch, const QList<std::optional<double>>& values);
    void clear();

    int historySeconds() const { return m_historySeconds; }
    void setHistorySeconds(int seconds);

    qint64 timeAt(int row) const { return m_rows.at(row).msecs; }
    std::optional<double> valueAt(int row, int seriesIndex) const;
    /// Rows the ring may hold (sized for maxSamplesPerSecond over the history) and rows of storage it holds.
    qsizetype capacity() const { return m_rows.capacity(); }
    qsizetype allocatedRows() const { return m_rows.allocated(); }

private:
    void trim();

    struct Row
    {
        qint64 msecs = 0;
        QVarLengthArray<double, 12> values; // NaN: not reported
    };

    QList<TimeSeriesDefinition> m_series;
    int m_historySeconds = 600; // before m_rows: its capacity is computed from it
    RingBuffer<Row> m_rows;
};

} // namespace kaleido
