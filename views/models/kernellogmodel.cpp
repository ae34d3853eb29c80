// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernellogmodel.h"

#include "chartroles.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace kaleido {

namespace {

struct LevelColours
{
    const char* light;
    const char* dark;
};

// Index = priority. Info (6) uses the palette's own text colour. The dark variants are lighter so they keep
// their contrast on a dark base.
constexpr LevelColours levelColours[] = {
    {"#b71c1c", "#ff6e6e"}, // emerg
    {"#b71c1c", "#ff6e6e"}, // alert
    {"#b71c1c", "#ff6e6e"}, // crit
    {"#c62828", "#ff8a80"}, // err
    {"#a85200", "#ffb74d"}, // warn
    {"#1558b0", "#82b1ff"}, // notice
    {nullptr, nullptr},     // info
    {"#6b6b6b", "#9e9e9e"}, // debug
};

} // namespace

KernelLogModel::KernelLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int KernelLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KernelLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KernelLogModel::timeText(quint64 timestampUs) const
{
    if (m_timestampMode == TimestampMode::WallClock) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch((m_bootEpochUs + qint64(timestampUs)) / 1000);
        return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }
    return QStringLiteral("[%1.%2]")
        .arg(timestampUs / 1000000, 5, 10, QLatin1Char(' '))
        .arg(timestampUs % 1000000, 6, 10, QLatin1Char('0'));
}

QString KernelLogModel::deviceText(const KmsgRecord& record) const
{
    QString device = record.property(QStringLiteral("DEVICE"));
    if (device.startsWith(QLatin1Char('+')))
        device.remove(0, 1); // "+pci_bus:0000:00": subsystem:name
    if (device.isEmpty())
        device = record.property(QStringLiteral("SUBSYSTEM"));
    return device;
}

QVariant KernelLogModel::foreground(const Row& row) const
{
    if (row.gap)
        return QBrush(QColor(m_dark ? "#9e9e9e" : "#6b6b6b"));
    const int priority = row.record.priority;
    if (priority < 0 || priority > 7)
        return {};
    const char* colour = m_dark ? levelColours[priority].dark : levelColours[priority].light;
    if (!colour)
        return {};
    return QBrush(QColor(colour));
}

QVariant KernelLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const KmsgRecord& r = row.record;
    switch (role) {
    case PriorityRole:
        return row.gap ? -1 : r.priority;
    case FacilityRole:
        return row.gap ? -1 : r.facility;
    case SequenceRole:
        return r.sequence;
    case TimestampUsRole:
        return r.timestampUs;
    case IsGapRole:
        return row.gap;
    case HighlightRole:
        return !row.gap && m_highlight && r.sequence >= m_highlight->first &&
               r.sequence <= m_highlight->second;
    case MessageRole:
        return r.message;
    case Qt::ForegroundRole:
        return foreground(row);
    case Qt::FontRole:
        if (row.gap || r.priority <= 2) {
            QFont font;
            font.setBold(!row.gap);
            font.setItalic(row.gap);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (data(index, HighlightRole).toBool())
            return QBrush(QColor(m_dark ? "#4a4220" : "#fff3b0"));
        return {};
    default:
        break;
    }

    if (row.gap) {
        if (role == Qt::DisplayRole && index.column() == MessageColumn) {
            if (row.lost)
                return tr("— records lost: %1, overwritten by the kernel before they were read —")
                    .arg(QLocale().toString(*row.lost));
            return tr("— records lost: the kernel overwrote them before they were read —");
        }
        if (role == Qt::ToolTipRole)
            return tr(
                "The kernel keeps its log in a ring buffer of fixed size. Records that arrived faster than "
                "they were read were overwritten; the log continues after them.");
        if (role == ChartRoles::RawValueRole && index.column() == TimeColumn)
            return r.sequence;
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            if (m_timestampMode == TimestampMode::Relative) // seconds, right-aligned: no dmesg padding
                return QStringLiteral("%1.%2")
                    .arg(r.timestampUs / 1000000)
                    .arg(r.timestampUs % 1000000, 6, 10, QLatin1Char('0'));
            return timeText(r.timestampUs);
        case LevelColumn:
            return KmsgRecord::priorityName(r.priority);
        case FacilityColumn:
            return KmsgRecord::facilityName(r.facility);
        case DeviceColumn:
            return deviceText(r);
        case MessageColumn: {
            QString text = r.message;
            text.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
            return text;
        }
        }
        return {};
    case ChartRoles::RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return r.sequence;
        case LevelColumn:
            return r.priority;
        case FacilityColumn:
            return r.facility;
        case DeviceColumn:
            return deviceText(r);
        case MessageColumn:
            return r.message;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn && m_timestampMode == TimestampMode::Relative)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("Record %1, %2 s after boot")
                          .arg(r.sequence)
                          .arg(data(index.siblingAtColumn(TimeColumn)).toString());
        if (m_timestampMode == TimestampMode::WallClock)
            tip = tr("Record %1, at %2").arg(r.sequence).arg(timeText(r.timestampUs));
        tip += QLatin1Char('\n') + tr("Level %1 (%2), facility %3")
                                       .arg(KmsgRecord::priorityName(r.priority))
                                       .arg(r.priority)
                                       .arg(KmsgRecord::facilityName(r.facility));
        for (const KmsgRecord::Property& p : r.properties)
            tip += QLatin1Char('\n') + p.key + QLatin1Char('=') + p.value;
        if (index.column() == MessageColumn)
            tip += QStringLiteral("\n\n") + r.message;
        return tip;
    }
    default:
        return {};
    }
}

QVariant KernelLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return m_timestampMode == TimestampMode::WallClock ? tr("Time") : tr("Since boot (s)");
        case LevelColumn:
            return tr("Level");
        case FacilityColumn:
            return tr("Facility");
        case DeviceColumn:
            return tr("Device");
        case MessageColumn:
            return tr("Message");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return m_timestampMode == TimestampMode::WallClock
                       ? tr("When the kernel logged the record, on the wall clock: boot time plus the "
                            "record's "
                            "timestamp, like dmesg -T. After a suspend these times are too early, because "
                            "the "
                            "kernel's clock stands still while the machine sleeps.")
                       : tr("Seconds since boot when the kernel logged the record (its own timestamp, in "
                            "microseconds), like dmesg");
        case LevelColumn:
            return tr(
                "How serious the message is, from emerg (the system is unusable) through err and warn to "
                "debug");
        case FacilityColumn:
            return tr("Who wrote the message: kern for the kernel itself, user for programs writing to "
                      "/dev/kmsg, and so on");
        case DeviceColumn:
            return tr("The device the message is about, when the driver says (the record's DEVICE or "
                      "SUBSYSTEM property)");
        case MessageColumn:
            return tr("The message; drivers and modules usually begin it with their name. ↵ marks a line "
                      "break within one message");
        }
    }
    return {};
}

int KernelLogModel::append(const QList<KmsgRecord>& records)
{
    QList<Row> fresh;
    for (const KmsgRecord& record : records) {
        if (m_lastSequence && record.sequence <= *m_lastSequence)
            continue;
        m_lastSequence = record.sequence;
        fresh.append(Row{record, false, std::nullopt});
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows += fresh;
    m_recordCount += fresh.size();
    endInsertRows();
    trim();
    return int(fresh.size());
}

void KernelLogModel::addGap(const KmsgReader::Gap& gap)
{
    Row row;
    row.gap = true;
    row.record.sequence = gap.afterSequence;
    if (!m_rows.isEmpty())
        row.record.timestampUs = m_rows.constLast().record.timestampUs;
    if (gap.resumedSequence && *gap.resumedSequence > gap.afterSequence + 1 && m_lastSequence)
        row.lost = *gap.resumedSequence - gap.afterSequence - 1;
    if (row.lost)
        m_lost += *row.lost;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
    trim();
}

void KernelLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_recordCount = 0;
    m_lost = 0;
    endResetModel();
}

void KernelLogModel::setCapacity(int rows)
{
    m_capacity = std::max(1, rows);
    trim();
}

void KernelLogModel::trim()
{
    const int excess = int(m_rows.size()) - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    for (int i = 0; i < excess; ++i) {
        if (!m_rows.at(i).gap)
            --m_recordCount;
    }
    m_rows.remove(0, excess);
    endRemoveRows();
}

void KernelLogModel::setTimestampMode(TimestampMode mode)
{
    if (mode == m_timestampMode)
        return;
    m_timestampMode = mode;
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, MessageColumn));
}

void KernelLogModel::setBootEpochUs(qint64 epochUs)
{
    if (epochUs == m_bootEpochUs)
        return;
    m_bootEpochUs = epochUs;
    if (m_timestampMode == TimestampMode::WallClock && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void KernelLogModel::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole});
}

QModelIndex KernelLogModel::indexOfSequence(quint64 sequence) const
{
    // Rows are in sequence order (a gap row carries the sequence before it, so compare records only).
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sequence,
                                     [](const Row& row, quint64 s) { return row.record.sequence < s; });
    for (auto i = it; i != m_rows.cend() && i->record.sequence == sequence; ++i) {
        if (!i->gap)
            return index(int(i - m_rows.cbegin()), 0);
    }
    return {};
}

void KernelLogModel::setHighlight(std::optional<std::pair<quint64, quint64>> range)
{
    if (range == m_highlight)
        return;
    m_highlight = range;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {HighlightRole, Qt::BackgroundRole});
}

QString KernelLogModel::messagePrefix(const QString& message)
{
    const qsizetype colon = message.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon > 64)
        return {};
    const QString prefix = message.left(colon);
    for (QChar c : prefix) {
        if (c.isSpace())
            return {};
    }
    return prefix;
}

QString KernelLogModel::lineText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row& r = m_rows.at(row);
    if (r.gap)
        return data(index(row, MessageColumn)).toString();
    const QString prefix =
        QStringLiteral("%1 %2:%3: ")
            .arg(timeText(r.record.timestampUs), KmsgRecord::facilityName(r.record.facility).leftJustified(6),
                 KmsgRecord::priorityName(r.record.priority).leftJustified(6));
    // The further lines of a multi-line message are indented under its first, so each record stays a block.
    QString message = r.record.message;
    message.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(prefix.size(), QLatin1Char(' ')));
    return prefix + message;
}

} // namespace kaleido
