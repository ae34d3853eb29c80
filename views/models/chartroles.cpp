// SPDX-License-Identifier: GPL-2.0-or-later
#include "chartroles.h"

#include "units.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace kaleido {

QString formatChartValue(const QAbstractItemModel& model, int column, double value)
{
    const auto unit = model.headerData(column, Qt::Horizontal, ChartRoles::UnitRole).value<ValueUnit>();
    switch (unit) {
    case ValueUnit::Bytes:
        return Units::formatBytes(value);
    case ValueUnit::PerSecond:
        return Units::formatRate(
            value, model.headerData(column, Qt::Horizontal, ChartRoles::UnitLabelRole).toString());
    case ValueUnit::Count:
        break;
    }
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

QVariant chartTimeCell(qint64 msecs, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).time(), QLocale::LongFormat);
    case ChartRoles::RawValueRole:
        return msecs;
    default:
        return {};
    }
}

QVariant chartTimeHeader(int role, const QString& toolTip)
{
    switch (role) {
    case Qt::DisplayRole:
        return QCoreApplication::translate("kaleido::ChartRoles", "Time");
    case ChartRoles::SeriesKeyRole:
        return QStringLiteral("time");
    case Qt::ToolTipRole:
        return toolTip;
    default:
        return {};
    }
}

} // namespace kaleido
