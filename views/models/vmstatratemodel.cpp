// SPDX-License-Identifier: GPL-2.0-or-later
#include "vmstatratemodel.h"

#include "units.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kaleido {

namespace {
constexpr double kNoRate = std::numeric_limits<double>::quiet_NaN();
} // namespace

QString VmstatRateSeries::translatedLabel() const
{
    return QCoreApplication::translate("kaleido::VmstatRateSeries", label);
}

QString VmstatRateSeries::translatedUnit() const
{
    return QCoreApplication::translate("kaleido::VmstatRateSeries", unitLabel);
}

QString VmstatRateSeries::translatedExplanation() const
{
    return QCoreApplication::translate("kaleido::VmstatRateSeries", explanation);
}

const QList<VmstatRateSeries>& vmstatRateSeries()
{
    static const QList<VmstatRateSeries> series = {
        {"pgfault", QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "Page faults"),
         QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "faults/s"),
         QT_TRANSLATE_NOOP(
             "kaleido::VmstatRateSeries",
             "Every time a program touches a page of its address space that has no page behind it "
             "yet — freshly allocated memory, a copy-on-write after fork(), a file page that is "
             "already cached — the processor stops it and the kernel puts a page there. This counts "
             "all of them; the minor ones are these minus the major ones."),
         QColor(0x1f, 0x77, 0xb4)},
        {"pgmajfault", QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "Major faults"),
         QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "faults/s"),
         QT_TRANSLATE_NOOP(
             "kaleido::VmstatRateSeries",
             "Page faults the kernel could only settle by reading the page first, from a file or "
             "from swap: the program waits for the disk. A lasting rate here means RAM is too "
             "small for the work (thrashing), or a program is starting from a cold cache."),
         QColor(0xd6, 0x27, 0x28)},
        {"pswpin", QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "Swapped in"),
         QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "pages/s"),
         QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries",
                           "Pages read back from swap because a program needed them again."),
         QColor(0x94, 0x67, 0xbd)},
        {"pswpout", QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "Swapped out"),
         QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "pages/s"),
         QT_TRANSLATE_NOOP(
             "kaleido::VmstatRateSeries",
             "Pages of anonymous memory the kernel wrote to swap to free RAM for something else."),
         QColor(0xe3, 0x77, 0xc2)},
        {"pgpgin", QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "Read from storage"),
         QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "KiB/s"),
         QT_TRANSLATE_NOOP(
             "kaleido::VmstatRateSeries",
             "Data the kernel asked block devices to read into memory, files and swap together. "
             "Hidden at first: it is in KiB, not in faults."),
         QColor(0x2c, 0xa0, 0x2c), false},
        {"pgpgout", QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "Written to storage"),
         QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries", "KiB/s"),
         QT_TRANSLATE_NOOP("kaleido::VmstatRateSeries",
                           "Data the kernel wrote from memory to block devices: dirty file pages and swap. "
                           "Hidden at first: it is in KiB, not in faults."),
         QColor(0xff, 0x7f, 0x0e), false},
    };
    return series;
}

VmstatRateModel::VmstatRateModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    const auto& series = vmstatRateSeries();
    m_latestStates.resize(series.size());
    m_latestRates.resize(series.size());
    std::fill(m_latestStates.begin(), m_latestStates.end(), State::Waiting);
    std::fill(m_latestRates.begin(), m_latestRates.end(), kNoRate);
}

int VmstatRateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VmstatRateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstSeriesColumn + int(vmstatRateSeries().size());
}

std::optional<double> VmstatRateModel::rateAt(int row, int series) const
{
    const double v = m_rows.at(row).rates.at(series);
    if (std::isnan(v))
        return std::nullopt;
    return v;
}

VmstatRateModel::State VmstatRateModel::stateAt(int row, int series) const
{
    return m_rows.at(row).states.at(series);
}

VmstatRateModel::State VmstatRateModel::latestState(int series) const
{
    return m_latestStates.value(series, State::Waiting);
}

std::optional<double> VmstatRateModel::latestRate(int series) const
{
    const double v = m_latestRates.value(series, kNoRate);
    if (std::isnan(v))
        return std::nullopt;
    return v;
}

std::optional<quint64> VmstatRateModel::latestCounter(QByteArrayView name) const
{
    if (!m_last)
        return std::nullopt;
    return m_last->value(name);
}

std::optional<quint64> VmstatRateModel::oomKillsSinceFirstSample() const
{
    const auto now = oomKills();
    if (!now || !m_oomKillBase)
        return std::nullopt;
    return *now - *m_oomKillBase;
}

QString VmstatRateModel::stateText(State state)
{
    switch (state) {
    case State::Rate:
        return {};
    case State::Waiting:
        return tr("waiting for a second sample");
    case State::NotReported:
        return tr("not reported by this kernel");
    case State::WentBackwards:
        return tr("counter went backwards (reset): no rate for this interval");
    }
    return {};
}

QVariant VmstatRateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (index.column() == TimeColumn)
        return chartTimeCell(row.msecs, role);
    const int series = index.column() - FirstSeriesColumn;
    const auto rate = rateAt(index.row(), series);
    switch (role) {
    case Qt::DisplayRole:
        return rate ? Units::formatRate(*rate, vmstatRateSeries().at(series).translatedUnit())
                    : stateText(row.states.at(series));
    case Qt::ToolTipRole:
        return rate ? QVariant() : QVariant(stateText(row.states.at(series)));
    case ChartRoles::RawValueRole:
        return rate ? QVariant(*rate) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant VmstatRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimeColumn)
        return chartTimeHeader(role, tr("When the interval ended (local time)"));
    const VmstatRateSeries& series = vmstatRateSeries().at(section - FirstSeriesColumn);
    switch (role) {
    case Qt::DisplayRole:
        return series.translatedLabel();
    case Qt::ToolTipRole:
        return tr("%1 (%2 in /proc/vmstat, in %3)")
            .arg(series.translatedExplanation(), series.key(), series.translatedUnit());
    case Qt::DecorationRole:
        return series.color;
    case ChartRoles::SeriesKeyRole:
        return series.key();
    case ChartRoles::UnitRole:
        return QVariant::fromValue(ValueUnit::PerSecond);
    case ChartRoles::UnitLabelRole:
        return series.translatedUnit();
    default:
        return {};
    }
}

void VmstatRateModel::addSample(qint64 msecsSinceEpoch, qint64 monotonicNs, const VmStat& stat)
{
    const auto& allSeries = vmstatRateSeries();
    if (m_last && monotonicNs <= m_lastNs)
        return; // no time passed: nothing to divide by

    if (const auto kills = stat.value("oom_kill")) {
        if (!m_oomKillBase || (m_last && m_last->value("oom_kill") && *kills < *m_last->value("oom_kill")))
            m_oomKillBase = kills; // first seen, or reset: count from here
    }

    ++m_samples;
    if (!m_last) {
        for (qsizetype i = 0; i < allSeries.size(); ++i) {
            m_latestStates[i] = stat.has(allSeries[i].counter) ? State::Waiting : State::NotReported;
            m_latestRates[i] = kNoRate;
        }
        m_last = stat;
        m_lastNs = monotonicNs;
        m_latestInterval = 0;
        Q_EMIT sampled();
        return;
    }

    const double seconds = double(monotonicNs - m_lastNs) / 1e9;
    Row row;
    row.msecs = msecsSinceEpoch;
    row.rates.reserve(allSeries.size());
    row.states.reserve(allSeries.size());
    for (const VmstatRateSeries& series : allSeries) {
        const VmStatDelta delta = vmstatDelta(*m_last, stat, series.counter);
        switch (delta.state) {
        case VmStatDelta::State::Moved:
            row.rates.append(double(delta.delta) / seconds);
            row.states.append(State::Rate);
            break;
        case VmStatDelta::State::NotReported:
            row.rates.append(kNoRate);
            row.states.append(State::NotReported);
            break;
        case VmStatDelta::State::WentBackwards:
            row.rates.append(kNoRate);
            row.states.append(State::WentBackwards);
            break;
        }
    }
    for (qsizetype i = 0; i < allSeries.size(); ++i) {
        m_latestStates[i] = row.states[i];
        m_latestRates[i] = row.rates[i];
    }
    m_last = stat;
    m_lastNs = monotonicNs;
    m_latestInterval = seconds;

    if (!m_rows.isEmpty() && msecsSinceEpoch < m_rows.constLast().msecs) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(std::move(row));
    endInsertRows();
    trim();
    Q_EMIT sampled();
}

void VmstatRateModel::clear()
{
    m_last.reset();
    m_lastNs = 0;
    m_latestInterval = 0;
    m_samples = 0;
    m_oomKillBase.reset();
    std::fill(m_latestStates.begin(), m_latestStates.end(), State::Waiting);
    std::fill(m_latestRates.begin(), m_latestRates.end(), kNoRate);
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    Q_EMIT sampled();
}

void VmstatRateModel::setHistorySeconds(int seconds)
{
    m_historySeconds = std::max(10, seconds);
    trim();
}

void VmstatRateModel::setMaximumRows(int rows)
{
    m_maximumRows = std::max(2, rows);
    trim();
}

void VmstatRateModel::trim()
{
    if (m_rows.isEmpty())
        return;
    const qint64 oldestKept = m_rows.constLast().msecs - qint64(m_historySeconds) * 1000;
    const auto firstKept = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                        [oldestKept](const Row& r) { return r.msecs >= oldestKept; });
    const int drop = std::max(int(firstKept - m_rows.cbegin()), int(m_rows.size()) - m_maximumRows);
    if (drop <= 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_rows.remove(0, drop);
    endRemoveRows();
}

} // namespace kaleido
