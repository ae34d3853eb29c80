// SPDX-License-Identifier: GPL-2.0-or-later
#include "zonehistorymodel.h"

#include "units.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace kaleido {

namespace {

qint64 clampedBytes(std::optional<quint64> pages, quint64 pageSize)
{
    if (!pages)
        return -1;
    return qint64(
        std::min<quint64>(pagesToBytes(*pages, pageSize), quint64(std::numeric_limits<qint64>::max())));
}

} // namespace

ZoneHistoryModel::ZoneHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

qsizetype ZoneHistoryModel::capacity() const
{
    return qsizetype(m_historySeconds) * 1000 / minimumIntervalMs + 1;
}

qsizetype ZoneHistoryModel::sampleCount(const ZoneKey& zone) const
{
    const auto it = m_histories.constFind(zone);
    return it == m_histories.cend() ? 0 : it->size();
}

const ZoneHistoryModel::History* ZoneHistoryModel::shown() const
{
    const auto it = m_histories.constFind(m_zone);
    return it == m_histories.cend() ? nullptr : &*it;
}

void ZoneHistoryModel::setZone(const ZoneKey& zone)
{
    if (zone == m_zone)
        return;
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

void ZoneHistoryModel::addSample(const ZonesSample& sample)
{
    if (!sample.zoneinfo)
        return; // nothing to record; the page says why
    if (sample.msecs < m_lastMsecs)
        clear();
    m_lastMsecs = sample.msecs;
    for (const ZoneInfo::Zone& zone : sample.zoneinfo->zones) {
        Point point;
        point.msecs = sample.msecs;
        point.bytes = {clampedBytes(zone.freePages(), sample.pageSize),
                       clampedBytes(zone.min(), sample.pageSize), clampedBytes(zone.low(), sample.pageSize),
                       clampedBytes(zone.high(), sample.pageSize)};
        append(ZoneKey{zone.node, zone.name}, point);
    }
}

void ZoneHistoryModel::append(const ZoneKey& key, const Point& point)
{
    auto it = m_histories.find(key);
    if (it == m_histories.end())
        it = m_histories.insert(key, History(capacity()));
    History& history = *it;
    const bool shownHere = key == m_zone;

    if (history.isFull()) {
        if (shownHere)
            beginRemoveRows({}, 0, 0);
        history.removeFirst(1);
        if (shownHere)
            endRemoveRows();
    }
    const int row = int(history.size());
    if (shownHere)
        beginInsertRows({}, row, row);
    history.append(point);
    if (shownHere)
        endInsertRows();

    const qint64 oldestKept = point.msecs - qint64(m_historySeconds) * 1000;
    qsizetype drop = 0;
    while (drop < history.size() && history.at(drop).msecs < oldestKept)
        ++drop;
    if (drop > 0) {
        if (shownHere)
            beginRemoveRows({}, 0, int(drop) - 1);
        history.removeFirst(drop);
        if (shownHere)
            endRemoveRows();
    }
}

void ZoneHistoryModel::clear()
{
    beginResetModel();
    m_histories.clear();
    m_lastMsecs = 0;
    endResetModel();
}

void ZoneHistoryModel::setHistorySeconds(int seconds)
{
    seconds = std::max(10, seconds);
    if (seconds == m_historySeconds)
        return;
    beginResetModel();
    m_historySeconds = seconds;
    for (History& history : m_histories) {
        history.setCapacity(capacity());
        const qint64 oldestKept = history.isEmpty() ? 0 : history.last().msecs - qint64(seconds) * 1000;
        qsizetype drop = 0;
        while (drop < history.size() && history.at(drop).msecs < oldestKept)
            ++drop;
        history.removeFirst(drop);
    }
    endResetModel();
}

qint64 ZoneHistoryModel::timeAt(int row) const
{
    const History* history = shown();
    return history ? history->at(row).msecs : 0;
}

int ZoneHistoryModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    const History* history = shown();
    return history ? int(history->size()) : 0;
}

int ZoneHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZoneHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point& point = shown()->at(index.row());
    if (index.column() == TimeColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(point.msecs).time(),
                                      QLocale::LongFormat);
        case ChartRoles::RawValueRole:
            return point.msecs;
        default:
            return {};
        }
    }
    const qint64 bytes = point.bytes.at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return bytes >= 0 ? Units::formatBytes(quint64(bytes)) : tr("not reported");
    case ChartRoles::RawValueRole:
        return bytes >= 0 ? QVariant(bytes) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ZoneHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    struct Series
    {
        const char* key;
        QString label;
        QString explanation;
        QColor color;
    };
    const Series series[ColumnCount] = {
        {"time", tr("Time"), tr("When the sample was taken (local time)"), QColor()},
        {"free", tr("Free"),
         tr("Memory of the zone the buddy allocator can hand out (\"pages free\" in /proc/zoneinfo)"),
         QColor(0x1f, 0x77, 0xb4)},
        {"min", tr("Min"),
         tr("The min watermark: below it an allocating task reclaims memory itself before it gets "
            "any, and stalls"),
         QColor(0xd6, 0x27, 0x28)},
        {"low", tr("Low"),
         tr("The low watermark: below it the kernel wakes kswapd to reclaim memory in the background"),
         QColor(0xff, 0x7f, 0x0e)},
        {"high", tr("High"),
         tr("The high watermark: kswapd reclaims until free memory is above it, then sleeps"),
         QColor(0x2c, 0xa0, 0x2c)},
    };
    const Series& s = series[section];
    switch (role) {
    case Qt::DisplayRole:
        return s.label;
    case Qt::ToolTipRole:
        return s.explanation;
    case Qt::DecorationRole:
        return section == TimeColumn ? QVariant() : QVariant(s.color);
    case ChartRoles::SeriesKeyRole:
        return QString::fromLatin1(s.key);
    case ChartRoles::UnitRole:
        return section == TimeColumn ? QVariant() : QVariant::fromValue(ValueUnit::Bytes);
    default:
        return {};
    }
}

} // namespace kaleido
