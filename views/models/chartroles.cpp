// SPDX-License-Identifier: GPL-2.0-or-later
#include "chartroles.h"

#include "units.h"

#include <QAbstractItemModel>
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

} // namespace kaleido
