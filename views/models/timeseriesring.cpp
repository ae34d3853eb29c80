// SPDX-License-Identifier: GPL-2.0-or-later
#include "timeseriesring.h"

#include <algorithm>

namespace kaleido {

TimeSeriesRing::TimeSeriesRing(int seriesCount, qsizetype capacity)
    : m_seriesCount(std::max(0, seriesCount))
    , m_capacity(std::max<qsizetype>(1, capacity))
{}

void TimeSeriesRing::linearize()
{
    if (m_head == 0)
        return;
    std::rotate(m_data.begin(), m_data.begin() + m_head * stride(), m_data.end());
    m_head = 0;
}

void TimeSeriesRing::setCapacity(qsizetype rows)
{
    rows = std::max<qsizetype>(1, rows);
    if (m_size > rows)
        removeFirst(m_size - rows);
    m_capacity = rows;
    if (allocatedRows() > rows) {
        linearize();
        m_data.resize(size_t(m_size * stride()));
        m_data.shrink_to_fit();
    }
}

bool TimeSeriesRing::append(qint64 msecs, const double* values)
{
    bool dropped = false;
    if (m_size == m_capacity) {
        removeFirst(1);
        dropped = true;
    }
    if (m_size == allocatedRows()) {
        // Full storage below capacity: grow (geometrically, up to the capacity) with the rows in order.
        linearize();
        const qsizetype rows = std::min(m_capacity, std::max<qsizetype>(64, allocatedRows() * 2));
        m_data.reserve(size_t(rows * stride()));
        m_data.resize(size_t(rows * stride()));
    }
    double* row = &m_data[slot(m_size) * stride()];
    row[0] = double(msecs);
    std::copy(values, values + m_seriesCount, row + 1);
    ++m_size;
    return dropped;
}

void TimeSeriesRing::removeFirst(qsizetype count)
{
    count = std::clamp<qsizetype>(count, 0, m_size);
    if (count == 0)
        return;
    m_head = (m_head + count) % allocatedRows();
    m_size -= count;
    if (m_size == 0)
        m_head = 0;
}

void TimeSeriesRing::clear()
{
    m_head = 0;
    m_size = 0;
}

} // namespace kaleido
