// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "memoryseries.h"
#include "timeseriesmodel.h"

namespace kaleido {

struct MemInfo;

/**
 * The history of /proc/meminfo samples behind Memory ▸ Overview: a TimeSeriesModel whose series are
 * memorySeries(), in bytes. Old rows fall off the front once they are older than the history length, so the
 * span is kept in time, not in count (changing the refresh interval keeps the span), in bounded memory.
 */
class MemoryHistoryModel : public TimeSeriesModel
{
    Q_OBJECT
public:
    explicit MemoryHistoryModel(QObject* parent = nullptr);

    using TimeSeriesModel::addSample;
    /// Appends one sample taken at @p msecsSinceEpoch.
    void addSample(qint64 msecsSinceEpoch, const MemInfo& info);
};

} // namespace kaleido
