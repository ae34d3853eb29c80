// SPDX-License-Identifier: GPL-2.0-or-later
#include "processdetailsmodel.h"

#include "processdetailsreader.h"
#include "procstat.h"

#include <QFont>
#include <QSet>

namespace kaleido {

namespace {

// Section items carry internal id 0, field rows their section + 1.
constexpr quintptr sectionId = 0;

bool isSection(const QModelIndex& index)
{
    return index.internalId() == sectionId;
}

} // namespace

ProcessDetailsModel::ProcessDetailsModel(KernelFs fs, QObject* parent)
    : QAbstractItemModel(parent)
    , m_reader(new ProcessDetailsReader(std::move(fs), this))
{}

void ProcessDetailsModel::setProcess(qint32 pid, quint64 startTime)
{
    beginResetModel();
    m_pid = pid > 0 ? pid : 0;
    m_startTime = startTime;
    m_details = ProcessDetails();
    m_hasData = false;
    m_stateDetail.clear();
    if (m_pid == 0) {
        m_state = State::NoProcess;
    } else if (auto details = m_reader->read(m_pid);
               details && (startTime == 0 || details->startTime == startTime)) {
        m_details = std::move(details).value();
        m_startTime = m_details.startTime;
        m_hasData = true;
        m_state = State::Live;
    } else {
        m_state = State::Live; // setGone() decides which way it is gone
        setGone(details ? Error{ErrorKind::Vanished, QString(), 0, QString()} : details.error());
    }
    endResetModel();
    Q_EMIT stateChanged(m_state);
}

void ProcessDetailsModel::refresh()
{
    if (m_state != State::Live)
        return;
    const auto details = m_reader->read(m_pid);
    if (!details) {
        setGone(details.error());
        if (m_state != State::Live)
            Q_EMIT stateChanged(m_state);
        return;
    }
    if (details->startTime != m_startTime) {
        setGone(Error{ErrorKind::Vanished, QString(), 0, QString()});
        Q_EMIT stateChanged(m_state);
        return;
    }
    apply(*details);
}

void ProcessDetailsModel::setGone(const Error& error)
{
    if (error.kind != ErrorKind::Vanished && error.kind != ErrorKind::Absent) {
        // Still there, but not readable now (e.g. hidepid): keep showing the last values only if there are
        // any.
        if (m_hasData)
            return;
        m_state = State::Unreadable;
        m_stateDetail = error.message();
        return;
    }
    const auto now = readProcStat(m_reader->fs(), m_pid);
    if (now && now->startTime != m_startTime && m_startTime != 0) {
        m_state = State::PidReused;
        m_stateDetail = QString::fromUtf8(now->comm);
    } else {
        m_state = State::Exited;
    }
}

QString ProcessDetailsModel::stateText() const
{
    switch (m_state) {
    case State::NoProcess:
        return tr("No process selected.");
    case State::Live:
        return {};
    case State::Exited:
        return m_hasData ? tr("This process has exited. The values shown are the last ones read.")
                         : tr("This process has exited.");
    case State::PidReused:
        return m_hasData
                   ? tr("This process has exited; PID %1 now belongs to another process (%2). The values "
                        "shown are the last ones read.")
                         .arg(m_pid)
                         .arg(m_stateDetail)
                   : tr("This process has exited; PID %1 now belongs to another process (%2).")
                         .arg(m_pid)
                         .arg(m_stateDetail);
    case State::Unreadable:
        return tr("The details of PID %1 cannot be read: %2").arg(m_pid).arg(m_stateDetail);
    }
    return {};
}

void ProcessDetailsModel::apply(const ProcessDetails& next)
{
    m_details.name = next.name;
    for (int s = 0; s < ProcessDetails::SectionCount; ++s) {
        const auto section = ProcessDetails::Section(s);
        ProcessDetails::Part& part = m_details.sections[s];
        const ProcessDetails::Part& nextPart = next.sections[s];
        if (part.summary != nextPart.summary || part.available != nextPart.available) {
            part.summary = nextPart.summary;
            part.available = nextPart.available;
            const QModelIndex summary = sectionIndex(section, ValueColumn);
            Q_EMIT dataChanged(summary, summary);
        }
        applyRows(section, nextPart.rows);
    }
}

void ProcessDetailsModel::applyRows(ProcessDetails::Section section, const QList<ProcessDetails::Row>& next)
{
    QList<ProcessDetails::Row>& rows = m_details.sections[section].rows;
    const QModelIndex parent = sectionIndex(section);
    QSet<QString> present;
    present.reserve(rows.size());
    for (const ProcessDetails::Row& row : std::as_const(rows))
        present.insert(row.key);

    int i = 0;
    for (qsizetype n = 0; n < next.size();) {
        const ProcessDetails::Row& row = next.at(n);
        // Both lists keep their order, so an old row is here or further down (rows before it went away).
        int found = -1;
        if (present.contains(row.key)) {
            for (int j = i; j < rows.size(); ++j) {
                if (rows.at(j).key == row.key) {
                    found = j;
                    break;
                }
            }
        }
        if (found < 0) {
            // New rows come in runs (a process opens many files at once): one insertion per run.
            qsizetype end = n + 1;
            while (end < next.size() && !present.contains(next.at(end).key))
                ++end;
            beginInsertRows(parent, i, i + int(end - n) - 1);
            rows.insert(i, end - n, ProcessDetails::Row());
            for (qsizetype k = n; k < end; ++k)
                rows[i + (k - n)] = next.at(k);
            endInsertRows();
            i += int(end - n);
            n = end;
            continue;
        }
        if (found > i) {
            beginRemoveRows(parent, i, found - 1);
            rows.remove(i, found - i);
            endRemoveRows();
        }
        if (!(rows.at(i) == row)) {
            const bool fieldChanged = rows.at(i).field != row.field;
            rows[i] = row;
            Q_EMIT dataChanged(index(i, fieldChanged ? FieldColumn : ValueColumn, parent),
                               index(i, ValueColumn, parent));
        }
        ++i;
        ++n;
    }
    if (i < rows.size()) {
        beginRemoveRows(parent, i, int(rows.size()) - 1);
        rows.remove(i, rows.size() - i);
        endRemoveRows();
    }
}

QModelIndex ProcessDetailsModel::sectionIndex(ProcessDetails::Section section, int column) const
{
    if (!m_hasData || section < 0 || section >= ProcessDetails::SectionCount)
        return {};
    return createIndex(int(section), column, sectionId);
}

QModelIndex ProcessDetailsModel::findRow(ProcessDetails::Section section, const QString& key,
                                         int column) const
{
    if (!m_hasData || section < 0 || section >= ProcessDetails::SectionCount)
        return {};
    const auto& rows = m_details.sections[section].rows;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).key == key)
            return createIndex(i, column, quintptr(section) + 1);
    }
    return {};
}

QString ProcessDetailsModel::value(ProcessDetails::Section section, const QString& key) const
{
    const QModelIndex found = findRow(section, key);
    return found.isValid() ? found.data().toString() : QString();
}

QModelIndex ProcessDetailsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProcessDetailsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isSection(child))
        return {};
    return createIndex(int(child.internalId() - 1), FieldColumn, sectionId);
}

int ProcessDetailsModel::rowCount(const QModelIndex& parent) const
{
    if (!m_hasData)
        return 0;
    if (!parent.isValid())
        return ProcessDetails::SectionCount;
    if (parent.column() != FieldColumn || !isSection(parent))
        return 0;
    return int(m_details.sections[parent.row()].rows.size());
}

int ProcessDetailsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ProcessDetailsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isSection(index)) {
        const auto section = ProcessDetails::Section(index.row());
        const ProcessDetails::Part& part = m_details.sections[section];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == FieldColumn ? ProcessDetailsReader::sectionTitle(section) : part.summary;
        case Qt::ToolTipRole:
            return ProcessDetailsReader::sectionToolTip(section);
        case Qt::FontRole:
            if (index.column() == FieldColumn) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case SectionRole:
            return int(section);
        default:
            return {};
        }
    }

    const auto section = ProcessDetails::Section(index.internalId() - 1);
    const ProcessDetails::Row& row = m_details.sections[section].rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FieldColumn ? row.field : row.value;
    case Qt::ToolTipRole: {
        // A long text may be cut off in the view: the tooltip repeats it in full.
        const QString& text = index.column() == ValueColumn ? row.value : row.field;
        if (text.size() > 24)
            return QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(text.toHtmlEscaped(), row.toolTip.toHtmlEscaped());
        return row.toolTip;
    }
    case KeyRole:
        return row.key;
    case PidRole:
        return row.pid;
    case SectionRole:
        return int(section);
    default:
        return {};
    }
}

QVariant ProcessDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == FieldColumn ? tr("Field") : tr("Value");
    if (role == Qt::ToolTipRole)
        return section == FieldColumn ? tr("What the kernel reports; hover a row for an explanation")
                                      : tr("The value now, in words and units");
    return {};
}

} // namespace kaleido
