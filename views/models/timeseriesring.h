// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>
#include <vector>

namespace kaleido {

/**
 * The samples of a live chart in a ring: one row per sample (its time in msecs since the epoch and one value
 * per series, NaN where the kernel did not report the value). Memory is bounded by the capacity: storage
 * grows on demand up to it (a short history costs little) and is then reused, so ten series sampled ten times
 * a second for an hour cost the same after the first hour as after the tenth.
 */
class TimeSeriesRing
{
public:
    explicit TimeSeriesRing(int seriesCount, qsizetype capacity = 3600);

    int seriesCount() const { return m_seriesCount; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qsizetype capacity() const { return m_capacity; }
    /// Rows of storage allocated: grows up to capacity(), never beyond it.
    qsizetype allocatedRows() const { return qsizetype(m_data.size()) / stride(); }

    /// Sets the most rows kept (at least 1); keeps the newest rows when it shrinks.
    void setCapacity(qsizetype rows);

    /// Appends a sample (@p values: seriesCount() numbers); when the ring is full, the oldest row is dropped
    /// first. Returns whether a row was dropped.
    bool append(qint64 msecs, const double* values);
    void removeFirst(qsizetype count);
    void clear();

    qint64 time(qsizetype row) const { return qint64(m_data[slot(row) * stride()]); }
    /// NaN when the value was not reported.
    double value(qsizetype row, int series) const { return m_data[slot(row) * stride() + 1 + series]; }
    static bool isMissing(double value) { return std::isnan(value); }

private:
    qsizetype stride() const { return 1 + m_seriesCount; }
    qsizetype slot(qsizetype row) const { return (m_head + row) % allocatedRows(); }
    /// Moves the rows so that row 0 is at the start of the storage.
    void linearize();

    std::vector<double> m_data;
    int m_seriesCount;
    qsizetype m_capacity;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
};

} // namespace kaleido
