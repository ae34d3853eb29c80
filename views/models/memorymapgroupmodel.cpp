// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymapgroupmodel.h"

#include "units.h"

namespace kaleido {

namespace {

using Mapping = MemoryMapModel::Mapping;

bool isFieldColumn(int column)
{
    return column >= MemoryMapGroupModel::RssColumn && column <= MemoryMapGroupModel::LockedColumn;
}

/// The MemoryMapModel::Field a counter column sums.
int fieldOf(int column)
{
    return column - MemoryMapGroupModel::RssColumn; // Rss … Locked, in the source's order
}

} // namespace

MemoryMapGroupModel::MemoryMapGroupModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MemoryMapGroupModel::setSourceModel(MemoryMapModel* source)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    beginResetModel();
    m_source = source;
    m_groups.clear();
    m_groupOfSourceRow.clear();
    if (m_source) {
        m_groups = groupsOf(m_source->mappings());
        m_groupOfSourceRow.fill(-1, m_source->rowCount());
        for (int g = 0; g < m_groups.size(); ++g) {
            for (int row : std::as_const(m_groups.at(g).rows))
                m_groupOfSourceRow[row] = g;
        }
    }
    endResetModel();
    if (!m_source)
        return;
    m_connections.append(
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }));
    m_connections.append(connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
    }));
    m_connections.append(connect(m_source, &QAbstractItemModel::dataChanged, this, [this] { updateSums(); }));
    m_connections.append(connect(m_source, &QObject::destroyed, this, [this] { setSourceModel(nullptr); }));
}

void MemoryMapGroupModel::rebuild()
{
    m_groups = m_source ? groupsOf(m_source->mappings()) : QList<Group>();
    m_groupOfSourceRow.fill(-1, m_source ? m_source->rowCount() : 0);
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int row : std::as_const(m_groups.at(g).rows))
            m_groupOfSourceRow[row] = g;
    }
}

void MemoryMapGroupModel::updateSums()
{
    if (!m_source)
        return;
    // The same areas (the source only reports dataChanged when they did not move): new sums, same groups.
    const QList<Group> next = groupsOf(m_source->mappings());
    if (next.size() != m_groups.size()) { // not expected; stay consistent anyway
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    m_groups = next;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<MemoryMapGroupModel::Group> MemoryMapGroupModel::groupsOf(const QList<Mapping>& mappings)
{
    QList<Group> groups;
    QHash<QString, int> byPath;
    // Per group and kind: resident bytes, then size (the colour follows what is in RAM, not reservations).
    using Weights = std::array<std::pair<quint64, quint64>, MemoryMapModel::kindCount>;
    const Weights kindBytes{};
    QList<Weights> bytesPerKind;
    for (int row = 0; row < mappings.size(); ++row) {
        const Mapping& m = mappings.at(row);
        auto it = byPath.constFind(m.path);
        if (it == byPath.cend()) {
            it = byPath.insert(m.path, int(groups.size()));
            Group g;
            g.path = m.path;
            groups.append(std::move(g));
            bytesPerKind.append(kindBytes);
        }
        Group& g = groups[*it];
        g.rows.append(row);
        g.size += m.size();
        for (int f = 0; f < MemoryMapModel::FieldCount; ++f)
            g.values[f] += m.values[f];
        const QString permissions = MemoryMapModel::permissionText(m.permissions);
        if (!g.permissions.contains(permissions))
            g.permissions.append(permissions);
        g.kinds |= 1U << int(m.kind);
        auto& weight = bytesPerKind[*it][int(m.kind)];
        weight.first += m.values[MemoryMapModel::Rss];
        weight.second += m.size();
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const auto& bytes = bytesPerKind.at(g);
        int largest = 0;
        for (int k = 1; k < MemoryMapModel::kindCount; ++k) {
            if (bytes[k] > bytes[largest])
                largest = k;
        }
        groups[g].largestKind = MemoryMapModel::Kind(largest);
    }
    return groups;
}

int MemoryMapGroupModel::rowOfSourceRow(int sourceRow) const
{
    return m_groupOfSourceRow.value(sourceRow, -1);
}

int MemoryMapGroupModel::rowOfPath(const QString& path) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).path == path)
            return g;
    }
    return -1;
}

int MemoryMapGroupModel::sourceColumn(int column)
{
    if (column == SizeColumn)
        return MemoryMapModel::SizeColumn;
    if (isFieldColumn(column))
        return MemoryMapModel::RssColumn + fieldOf(column);
    return -1;
}

QVariant MemoryMapGroupModel::totalData(int column, int role) const
{
    if (!m_source)
        return {};
    if (column == PathColumn && role == Qt::DisplayRole)
        return tr("Groups: %1").arg(m_groups.size());
    if (column == MappingsColumn) {
        if (role == Qt::DisplayRole)
            return QString::number(m_source->totals().mappings);
        if (role == SortRole || role == Qt::EditRole)
            return qint64(m_source->totals().mappings);
        return {};
    }
    const int source = sourceColumn(column);
    return source < 0 ? QVariant() : m_source->totalData(source, role);
}

int MemoryMapGroupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int MemoryMapGroupModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemoryMapGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group& g = m_groups.at(index.row());
    const int column = index.column();
    switch (role) {
    case RowsRole:
        return QVariant::fromValue(g.rows);
    case KeyRole:
        return g.path;
    case KindRole:
        return int(g.largestKind);
    case Qt::DecorationRole:
        if (column == PathColumn)
            return MemoryMapModel::kindColor(g.largestKind);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (column == PathColumn || column == PermissionsColumn || column == KindsColumn)
                ? Qt::AlignLeft | Qt::AlignVCenter
                : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == PathColumn)
            return g.path.isEmpty()
                       ? tr("All anonymous memory (areas not backed by a file); areas: %1").arg(g.rows.size())
                       : tr("%1; areas: %2").arg(g.path).arg(g.rows.size());
        return {};
    case SortRole:
    case Qt::DisplayRole: {
        const bool raw = role == SortRole;
        switch (column) {
        case PathColumn:
            if (raw)
                return g.path;
            return g.path.isEmpty() ? tr("anonymous") : g.path;
        case MappingsColumn:
            return raw ? QVariant(qint64(g.rows.size())) : QVariant(QString::number(g.rows.size()));
        case SizeColumn:
            return raw ? QVariant(g.size) : QVariant(Units::formatBytes(g.size));
        case PermissionsColumn:
            return g.permissions.join(QLatin1Char(' '));
        case KindsColumn: {
            QStringList names;
            for (int k = 0; k < MemoryMapModel::kindCount; ++k) {
                if (g.kinds & (1U << k))
                    names.append(MemoryMapModel::kindName(MemoryMapModel::Kind(k)));
            }
            return names.join(QStringLiteral(", "));
        }
        default:
            if (isFieldColumn(column)) {
                const quint64 v = g.values[fieldOf(column)];
                return raw ? QVariant(v) : QVariant(Units::formatBytes(v));
            }
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant MemoryMapGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int source = sourceColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case PathColumn:
            return tr("File");
        case MappingsColumn:
            return tr("Areas");
        case PermissionsColumn:
            return tr("Permissions");
        case KindsColumn:
            return tr("Kinds");
        default:
            return MemoryMapModel::columnTitle(source);
        }
    case Qt::ToolTipRole:
        switch (section) {
        case PathColumn:
            return tr(
                "The mapped file, or the kernel's name for the area ([heap], [stack], …); all anonymous "
                "memory is one row.");
        case MappingsColumn:
            return tr("How many areas (lines of /proc/PID/maps) the file or name has: a library usually has "
                      "four, for its read-only, code, relocated and writable parts.");
        case PermissionsColumn:
            return tr("The distinct permissions of its areas: r read, w write, x execute; p private or s "
                      "shared.");
        case KindsColumn:
            return tr("What its areas hold, as coloured in the address-space strip.");
        default:
            return tr("Summed over the file's areas. %1").arg(MemoryMapModel::columnExplanation(source));
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (section == PathColumn || section == PermissionsColumn || section == KindsColumn)
                ? Qt::AlignLeft | Qt::AlignVCenter
                : Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace kaleido
