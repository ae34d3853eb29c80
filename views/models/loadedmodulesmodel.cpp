// SPDX-License-Identifier: GPL-2.0-or-later
#include "loadedmodulesmodel.h"

#include "chartroles.h"
#include "kerneltaint.h"
#include "units.h"

#include <QColor>
#include <QHash>
#include <QLocale>

namespace kaleido {

namespace {

QString bytes(quint64 value)
{
    return Units::formatBytes(value);
}

} // namespace

LoadedModulesModel::LoadedModulesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int LoadedModulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.rows.size());
}

int LoadedModulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LoadedModulesModel::State LoadedModulesModel::stateOf(const LoadedModulesSnapshot::Row& row)
{
    if (row.builtIn)
        return State::BuiltIn;
    if (row.module.permanent)
        return State::Permanent;
    switch (row.module.state) {
    case LoadedModule::State::Live:
        return State::Live;
    case LoadedModule::State::Loading:
        return State::Loading;
    case LoadedModule::State::Unloading:
        return State::Unloading;
    case LoadedModule::State::Unknown:
        break;
    }
    return State::Unknown;
}

QString LoadedModulesModel::stateName(State state)
{
    switch (state) {
    case State::Live:
        return tr("Live");
    case State::Loading:
        return tr("Loading");
    case State::Unloading:
        return tr("Unloading");
    case State::Permanent:
        return tr("Permanent");
    case State::BuiltIn:
        return tr("Built-in");
    case State::Unknown:
        break;
    }
    return tr("Unknown");
}

QString LoadedModulesModel::taintMeanings(const QString& letters)
{
    QStringList lines;
    for (const TaintFlag& flag : parseTaintLetters(letters.toLatin1()))
        lines.append(tr("%1: %2").arg(flag.name(), flag.meaning()));
    return lines.join(QLatin1Char('\n'));
}

int LoadedModulesModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_snapshot.rows.size(); ++i)
        if (m_snapshot.rows[i].name == name)
            return int(i);
    return -1;
}

int LoadedModulesModel::loadedCount() const
{
    int n = 0;
    for (const auto& row : m_snapshot.rows)
        n += row.builtIn ? 0 : 1;
    return n;
}

QVariant LoadedModulesModel::cell(const LoadedModulesSnapshot::Row& row, int column, int role) const
{
    const LoadedModule& m = row.module;
    const SysfsModule* s = row.sysfs ? &*row.sysfs : nullptr;
    const State state = stateOf(row);
    if (role == ModuleNameRole)
        return row.name;
    if (role == StateRole)
        return int(state);
    if (role == BuiltInRole)
        return row.builtIn;

    if (role == ChartRoles::RawValueRole) {
        switch (column) {
        case NameColumn:
            return row.name;
        case SizeColumn:
            return row.builtIn ? QVariant() : QVariant(m.size);
        case CoreSizeColumn:
            return s && s->coreSize ? QVariant(*s->coreSize) : QVariant();
        case InitSizeColumn:
            return s && s->initSize ? QVariant(*s->initSize) : QVariant();
        case RefcountColumn:
            return m.refcount ? QVariant(*m.refcount) : QVariant();
        case UsedByColumn:
            return qint64(m.holders.size());
        case StateColumn:
            return int(state);
        case TaintColumn:
            return m.taints;
        case VersionColumn:
            return s && s->version ? *s->version : QString();
        case SrcVersionColumn:
            return s && s->srcVersion ? *s->srcVersion : QString();
        case AddressColumn:
            return m.address ? QVariant(*m.address) : QVariant();
        }
        return {};
    }

    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return row.name;
        case SizeColumn:
            return row.builtIn ? QString() : bytes(m.size);
        case CoreSizeColumn:
            return s && s->coreSize ? bytes(*s->coreSize) : QString();
        case InitSizeColumn:
            return s && s->initSize ? bytes(*s->initSize) : QString();
        case RefcountColumn:
            if (row.builtIn)
                return QString();
            return m.refcount ? QLocale().toString(*m.refcount) : tr("–");
        case UsedByColumn:
            return m.permanent && m.holders.isEmpty() ? tr("[permanent]")
                                                      : m.holders.join(QStringLiteral(", "));
        case StateColumn:
            return stateName(state);
        case TaintColumn:
            return m.taints;
        case VersionColumn:
            return s && s->version ? *s->version : QString();
        case SrcVersionColumn:
            return s && s->srcVersion ? *s->srcVersion : QString();
        case AddressColumn:
            if (!m.address)
                return QString();
            if (m.addressHidden())
                return tr("hidden");
            return QStringLiteral("0x%1").arg(*m.address, 16, 16, QLatin1Char('0'));
        }
        return {};
    }

    if (role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn:
            return row.builtIn
                       ? tr("%1 is compiled into the kernel: it cannot be loaded or unloaded, only its "
                            "parameters may be changed.")
                             .arg(row.name)
                       : QVariant();
        case UsedByColumn:
            if (m.holders.isEmpty())
                return QVariant();
            return tr("%n module(s) use %1 and must be unloaded before it.", nullptr, int(m.holders.size()))
                .arg(row.name);
        case RefcountColumn:
            if (m.refcount && *m.refcount > m.holders.size())
                return tr("%1 is also used by something other than modules (a mounted file system, an open "
                          "device, a network interface…): references %2, holding modules %3.")
                    .arg(row.name)
                    .arg(*m.refcount)
                    .arg(m.holders.size());
            return QVariant();
        case TaintColumn:
            return m.taints.isEmpty() ? QVariant() : QVariant(taintMeanings(m.taints));
        case StateColumn:
            switch (state) {
            case State::Permanent:
                return tr("Loaded without an exit function: the kernel can never unload it.");
            case State::BuiltIn:
                return tr("Compiled into the kernel image.");
            case State::Loading:
                return tr("Its init function is still running.");
            case State::Unloading:
                return tr("It is being removed.");
            default:
                return QVariant();
            }
        case AddressColumn:
            if (m.addressHidden())
                return tr(
                    "The kernel hides module addresses from this user (kptr_restrict); root can see them.");
            return QVariant();
        }
        return {};
    }

    if (role == Qt::ForegroundRole && row.builtIn)
        return QColor(Qt::gray);
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case SizeColumn:
        case CoreSizeColumn:
        case InitSizeColumn:
        case RefcountColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QVariant LoadedModulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_snapshot.rows[index.row()], index.column(), role);
}

QVariant LoadedModulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Module");
        case SizeColumn:
            return tr("Size");
        case CoreSizeColumn:
            return tr("Core");
        case InitSizeColumn:
            return tr("Init");
        case RefcountColumn:
            return tr("Refs");
        case UsedByColumn:
            return tr("Used by");
        case StateColumn:
            return tr("State");
        case TaintColumn:
            return tr("Taint");
        case VersionColumn:
            return tr("Version");
        case SrcVersionColumn:
            return tr("Srcversion");
        case AddressColumn:
            return tr("Address");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The module's name as the kernel knows it (dashes become underscores).");
        case SizeColumn:
            return tr("Memory of all its sections, as /proc/modules reports it.");
        case CoreSizeColumn:
            return tr("Memory that stays while the module is loaded (/sys/module/<module>/coresize).");
        case InitSizeColumn:
            return tr("Memory used only while its init function runs; 0 once it is live.");
        case RefcountColumn:
            return tr("How many references keep it loaded: holding modules plus other users such as mounts, "
                      "open devices or network interfaces. Unload is refused while it is above 0.");
        case UsedByColumn:
            return tr("Modules that use this one (its holders): they must be unloaded first.");
        case StateColumn:
            return tr("Live, Loading (init running), Unloading, Permanent (cannot be unloaded) or Built-in.");
        case TaintColumn:
            return tr(
                "Why this module taints the kernel, one letter per reason; hover a cell for the meanings.");
        case VersionColumn:
            return tr("The version the module declares (MODULE_VERSION), if any.");
        case SrcVersionColumn:
            return tr("A checksum of the module's source, to tell builds of the same version apart.");
        case AddressColumn:
            return tr(
                "Where its code starts in kernel memory; \"hidden\" when kptr_restrict hides addresses.");
        }
    }
    return {};
}

void LoadedModulesModel::update(const LoadedModulesSnapshot& snapshot)
{
    // Remove rows that are gone, bottom up, in contiguous runs.
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < snapshot.rows.size(); ++i)
        incoming.insert(snapshot.rows[i].name, i);
    for (int row = int(m_snapshot.rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_snapshot.rows[row].name)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_snapshot.rows[first - 1].name))
            --first;
        beginRemoveRows({}, first, row);
        m_snapshot.rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Update kept rows, cell by cell.
    static const int compared[] = {Qt::DisplayRole, Qt::ToolTipRole, ChartRoles::RawValueRole, StateRole};
    QHash<QString, int> kept;
    for (int row = 0; row < int(m_snapshot.rows.size()); ++row) {
        LoadedModulesSnapshot::Row& mine = m_snapshot.rows[row];
        const LoadedModulesSnapshot::Row& theirs = snapshot.rows[incoming.value(mine.name)];
        kept.insert(mine.name, row);
        int firstChanged = -1;
        int lastChanged = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            for (int role : compared) {
                if (cell(mine, column, role) != cell(theirs, column, role)) {
                    if (firstChanged < 0)
                        firstChanged = column;
                    lastChanged = column;
                    break;
                }
            }
        }
        mine = theirs;
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(row, firstChanged), index(row, lastChanged));
    }

    // Append new rows.
    QList<LoadedModulesSnapshot::Row> added;
    for (const auto& row : snapshot.rows)
        if (!kept.contains(row.name))
            added.append(row);
    if (!added.isEmpty()) {
        const int first = int(m_snapshot.rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_snapshot.rows.append(added);
        endInsertRows();
    }
    m_snapshot.support = snapshot.support;
    m_snapshot.error = snapshot.error;
    m_snapshot.sysfsReads = snapshot.sysfsReads;
}

} // namespace kaleido
