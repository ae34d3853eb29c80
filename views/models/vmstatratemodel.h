// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chartroles.h"
#include "vmstat.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QVarLengthArray>

#include <optional>

namespace kaleido {

/**
 * One line of the Memory ▸ Faults & OOM chart: an event counter of /proc/vmstat shown as a rate, with its
 * unit, colour and a one-sentence explanation. Labels, units and explanations are translated when shown.
 */
struct VmstatRateSeries
{
    const char* counter;     ///< the /proc/vmstat name
    const char* label;       ///< QT_TRANSLATE_NOOP in context "kaleido::VmstatRateSeries"
    const char* unitLabel;   ///< "faults/s", "pages/s", …, same context
    const char* explanation; ///< same context
    QColor color;
    bool shownByDefault = true;

    QString key() const { return QString::fromLatin1(counter); }
    QString translatedLabel() const;
    QString translatedUnit() const;
    QString translatedExplanation() const;
};

/// The series of the fault-rate chart, in legend order: pgfault, pgmajfault, pswpin, pswpout, pgpgin,
/// pgpgout.
const QList<VmstatRateSeries>& vmstatRateSeries();

/**
 * Rates of the /proc/vmstat event counters behind Memory ▸ Faults & OOM, as a ChartRoles table: row = the
 * interval between two samples (oldest first, timed at its end), column 0 = time, columns 1… =
 * vmstatRateSeries() in units per second (pgpgin and pgpgout, which the kernel counts in KiB, in KiB/s).
 *
 * The first sample only sets the baseline. A rate is the counter's difference over the CLOCK_MONOTONIC time
 * between the samples, so a change of the wall clock never bends it. A counter the kernel does not report, or
 * one that went backwards (a reset), has no value in that row (RawValueRole invalid, the chart leaves a gap)
 * and its state says why; a rate is never negative. Old rows fall off the front once they are older than the
 * history length, and there are never more than maximumRows(): memory stays constant however long it runs.
 */
class VmstatRateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn = 0,
        FirstSeriesColumn = 1
    };

    /// Why a series has (or lacks) a value in a row.
    enum class State : quint8
    {
        Rate,          ///< a rate was computed
        Waiting,       ///< only one sample so far: a rate needs two
        NotReported,   ///< this kernel does not report the counter
        WentBackwards, ///< the counter is smaller than in the sample before: reset, no rate for that interval
    };

    /// 10 samples a second for an hour, and the newest.
    static constexpr int defaultMaximumRows = 36'001;

    explicit VmstatRateModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /**
     * Records a sample of /proc/vmstat read at wall-clock time @p msecsSinceEpoch and CLOCK_MONOTONIC
     * @p monotonicNs. From the second sample on, appends one row of rates. A sample no later (monotonic) than
     * the one before is ignored; a wall-clock time earlier than the last row starts a new history (rows stay
     * ordered by time) but keeps the baseline.
     */
    void addSample(qint64 msecsSinceEpoch, qint64 monotonicNs, const VmStat& stat);
    /// Forgets every row and the baseline: the next sample is a first one again.
    void clear();

    int historySeconds() const { return m_historySeconds; }
    void setHistorySeconds(int seconds);
    int maximumRows() const { return m_maximumRows; }
    void setMaximumRows(int rows);

    qint64 timeAt(int row) const { return m_rows.at(row).msecs; }
    /// Series @p series (0-based into vmstatRateSeries()) at @p row, per second; nullopt when there is none.
    std::optional<double> rateAt(int row, int series) const;
    State stateAt(int row, int series) const;

    /// The state and rate of series @p series after the latest sample (Waiting before two samples).
    State latestState(int series) const;
    std::optional<double> latestRate(int series) const;
    /// Seconds between the last two samples (0 before two samples).
    double latestIntervalSeconds() const { return m_latestInterval; }
    /// How many samples were taken (including the baseline).
    quint64 sampleCount() const { return m_samples; }

    /// The latest sample's counter @p name, since boot; nullopt before a sample or when it lacks the counter.
    std::optional<quint64> latestCounter(QByteArrayView name) const;
    /// OOM kills since boot (oom_kill; kernels before 4.13 lack it).
    std::optional<quint64> oomKills() const { return latestCounter("oom_kill"); }
    /// OOM kills since the first sample that reported oom_kill (re-based after a reset).
    std::optional<quint64> oomKillsSinceFirstSample() const;

    /// Text for @p state, for cells, legends and tooltips.
    static QString stateText(State state);

Q_SIGNALS:
    /// A sample was recorded (also the first, which adds no row): latest*() changed.
    void sampled();

private:
    struct Row
    {
        qint64 msecs = 0;
        QVarLengthArray<double, 8> rates; ///< per second; NaN when there is none
        QVarLengthArray<State, 8> states;
    };
    void trim();

    QList<Row> m_rows;
    std::optional<VmStat> m_last;
    qint64 m_lastNs = 0;
    QVarLengthArray<State, 8> m_latestStates;
    QVarLengthArray<double, 8> m_latestRates;
    double m_latestInterval = 0;
    quint64 m_samples = 0;
    std::optional<quint64> m_oomKillBase;
    int m_historySeconds = 600;
    int m_maximumRows = defaultMaximumRows;
};

} // namespace kaleido
