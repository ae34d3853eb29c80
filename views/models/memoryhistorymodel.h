// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chartroles.h"
#include "memoryseries.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVarLengthArray>

#include <optional>

namespace kaleido {

struct MemInfo;

/**
 * The history of /proc/meminfo samples behind Memory ▸ Overview, as a table: row = sample (oldest first),
 * column 0 = time, columns 1… = memorySeries(). Old rows fall off the front once they are older than the history
 * length, so the model is a ring buffer in time, not in count (changing the refresh interval keeps the span).
 */
class MemoryHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn = 0, FirstSeriesColumn = 1 };

    explicit MemoryHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Appends one sample taken at @p msecsSinceEpoch. A time earlier than the last sample (the wall clock was
    /// set back) starts a new history, since the rows must stay ordered by time.
    void addSample(qint64 msecsSinceEpoch, const MemInfo& info);
    void clear();

    int historySeconds() const { return m_historySeconds; }
    void setHistorySeconds(int seconds);

    qint64 timeAt(int row) const { return m_samples.at(row).msecs; }
    /// Bytes of series @p seriesIndex (0-based into memorySeries()) at @p row; nullopt when the kernel lacked it.
    std::optional<qint64> valueAt(int row, int seriesIndex) const;

private:
    struct Sample
    {
        qint64 msecs = 0;
        QVarLengthArray<qint64, 12> values; // -1: not reported
    };
    void trim();

    QList<Sample> m_samples;
    int m_historySeconds = 600;
};

} // namespace kaleido
