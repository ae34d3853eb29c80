// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleparametersmodel.h"

#include "parameterfield.h"

#include <QColor>
#include <QMap>

#include <algorithm>

namespace kaleido {

namespace {

ModuleParametersModel::Access accessOf(const SysfsModule::Parameter& p)
{
    using Access = ModuleParametersModel::Access;
    if (p.mode) {
        if (*p.mode & 0222)
            return Access::Writable;
        if (*p.mode & 0044)
            return Access::ReadOnly;
        return Access::RootOnly;
    }
    if (p.readError && p.readError->kind == ErrorKind::PermissionDenied)
        return Access::RootOnly;
    return Access::ReadOnly;
}

} // namespace

ModuleParametersModel::ModuleParametersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString ModuleParametersModel::accessName(Access access)
{
    switch (access) {
    case Access::Writable:
        return tr("Writable");
    case Access::ReadOnly:
        return tr("Read-only");
    case Access::RootOnly:
        return tr("Root only");
    case Access::Hidden:
        return tr("Hidden");
    }
    return {};
}

QString ModuleParametersModel::accessExplanation(Access access)
{
    switch (access) {
    case Access::Writable:
        return tr(
            "Can be changed while the module is loaded (the change goes through the privileged helper).");
    case Access::ReadOnly:
        return tr(
            "Read-only (mode 0444): set at load only. Use “Reload with these parameters…” to change it.");
    case Access::RootOnly:
        return tr("Only root can read it (mode 0400); set at load only.");
    case Access::Hidden:
        return tr(
            "Declared by the module but not shown in /sys (mode 0): it can only be given at load time.");
    }
    return {};
}

void ModuleParametersModel::clear()
{
    beginResetModel();
    m_module.clear();
    m_rows.clear();
    endResetModel();
}

void ModuleParametersModel::setModule(const QString& module, const std::optional<SysfsModule>& sysfs,
                                      const QList<ModuleInfo::Parameter>& declared)
{
    QMap<QString, Row> byName;
    if (sysfs) {
        for (const SysfsModule::Parameter& p : sysfs->parameters) {
            Row& row = byName[p.name];
            row.name = p.name;
            row.sysfs = p;
            row.access = accessOf(p);
        }
    }
    for (const ModuleInfo::Parameter& p : declared) {
        Row& row = byName[p.name];
        row.name = p.name;
        row.declared = p;
        if (!row.sysfs)
            row.access = Access::Hidden;
    }
    QList<Row> rows = byName.values(); // sorted by name

    bool sameRows = module == m_module && rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].name == m_rows[i].name;
    if (!sameRows) {
        beginResetModel();
        m_module = module;
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int i = 0; i < int(rows.size()); ++i) {
        bool changed = false;
        for (int column = 0; column < ColumnCount && !changed; ++column) {
            const QModelIndex cell = index(i, column);
            const QVariant before = data(cell);
            const QVariant tipBefore = data(cell, Qt::ToolTipRole);
            std::swap(m_rows[i], rows[i]);
            changed = data(cell) != before || data(cell, Qt::ToolTipRole) != tipBefore;
            std::swap(m_rows[i], rows[i]);
        }
        m_rows[i] = rows[i];
        if (changed)
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int ModuleParametersModel::rowOf(const QString& parameter) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].name == parameter)
            return int(i);
    return -1;
}

int ModuleParametersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModuleParametersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModuleParametersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const QString type = row.declared && row.declared->type ? *row.declared->type : QString();
    const std::optional<QString> value = row.sysfs ? row.sysfs->value : std::nullopt;
    switch (role) {
    case AccessRole:
        return int(row.access);
    case ParameterNameRole:
        return row.name;
    case TypeRole:
        return type;
    case CurrentValueRole:
        return value ? QVariant(*value) : QVariant();
    case FieldRole:
        return QVariant::fromValue(parameterField(row.name, row.declared ? row.declared->type : std::nullopt,
                                                  row.declared ? row.declared->description : std::nullopt));
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ValueColumn:
            if (value)
                return *value;
            if (role == Qt::EditRole)
                return QString();
            if (row.access == Access::Hidden)
                return tr("(not visible)");
            return tr("(root only)");
        case TypeColumn:
            return type;
        case AccessColumn:
            return accessName(row.access);
        case DescriptionColumn:
            return row.declared && row.declared->description ? *row.declared->description : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ValueColumn:
            if (row.access == Access::Writable)
                return tr("Double-click to change it; the kernel applies it at once.");
            return accessExplanation(row.access);
        case AccessColumn:
            return accessExplanation(row.access);
        case DescriptionColumn:
            return row.declared && row.declared->description ? *row.declared->description : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && !value)
            return QColor(Qt::gray);
        return {};
    }
    return {};
}

QVariant ModuleParametersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Parameter");
        case ValueColumn:
            return tr("Value");
        case TypeColumn:
            return tr("Type");
        case AccessColumn:
            return tr("Access");
        case DescriptionColumn:
            return tr("Description");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The parameter's name, as given on the modprobe command line.");
        case ValueColumn:
            return tr("The current value, read from /sys/module/<module>/parameters.");
        case TypeColumn:
            return tr("The type the module declares (modinfo parmtype).");
        case AccessColumn:
            return tr("Whether it can be changed now (Writable) or only when the module is loaded.");
        case DescriptionColumn:
            return tr("What the module says the parameter does (modinfo parm).");
        }
    }
    return {};
}

Qt::ItemFlags ModuleParametersModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn && m_rows[index.row()].access == Access::Writable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ModuleParametersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != ValueColumn)
        return false;
    const Row& row = m_rows[index.row()];
    if (row.access != Access::Writable)
        return false;
    const QString old = row.sysfs && row.sysfs->value ? *row.sysfs->value : QString();
    const QString text = value.toString();
    if (text == old)
        return false;
    Q_EMIT writeRequested(m_module, row.name, old, text);
    return false; // the kernel decides; the value is read back on the next refresh
}

} // namespace kaleido
