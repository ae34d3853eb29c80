// SPDX-License-Identifier: GPL-2.0-or-later
#include "memoryhistorymodel.h"

#include "meminfo.h"

namespace kaleido {

namespace {
QList<TimeSeriesDefinition> definitions()
{
    QList<TimeSeriesDefinition> result;
    for (const MemorySeries& s : memorySeries())
        result.append({s.key(), s.translatedLabel(), s.translatedExplanation(), s.color, ValueUnit::Bytes});
    return result;
}
} // namespace

MemoryHistoryModel::MemoryHistoryModel(QObject* parent)
    : TimeSeriesModel(definitions(), parent)
{}

void MemoryHistoryModel::addSample(qint64 msecsSinceEpoch, const MemInfo& info)
{
    QList<std::optional<double>> values;
    values.reserve(memorySeries().size());
    for (const MemorySeries& s : memorySeries()) {
        const auto v = s.valueIn(info);
        values.append(v ? std::optional<double>(double(*v)) : std::nullopt);
    }
    addSample(msecsSinceEpoch, values);
}

} // namespace kaleido
