// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymapmodel.h"

#include "smaps.h"
#include "units.h"
#include "vmflags.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <unistd.h>

namespace kaleido {

namespace {

struct ColumnInfo
{
    const char* title;
    const char* explanation;
    const char* key; ///< the smaps key of a counter column, nullptr for the others
    bool numeric;
};

// clang-format off
constexpr ColumnInfo columns[MemoryMapModel::ColumnCount] = {
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Start"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "The first virtual address of the area, in hexadecimal."),
     nullptr, true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "End"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "The address just past the last byte of the area, in hexadecimal."),
     nullptr, true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Size"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "The length of the area: address space reserved, whether or not any of it is in RAM."),
     nullptr, true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Permissions"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "r read, w write, x execute; p private (copy-on-write) or s shared with other processes."),
     nullptr, false},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Offset"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Where in the file the area starts, in hexadecimal bytes (0 for anonymous memory)."),
     nullptr, true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Device"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "The device (major:minor, hexadecimal) holding the mapped file; 00:00 for anonymous memory."),
     nullptr, false},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Inode"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "The mapped file's inode number on that device; 0 for anonymous memory."),
     nullptr, true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Path"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "The mapped file, or what the kernel calls the area: [heap] (grown with brk), [stack] (the main thread's stack), [vdso] and [vvar] (kernel code and data in every process), or anonymous memory."),
     nullptr, false},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Resident"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Rss: the part of the area in RAM now, shared pages counted in full."),
     "Rss", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Proportional"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Pss: resident memory with each page divided by the number of processes mapping it; summed over all processes it gives the RAM really used."),
     "Pss", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Shared Clean"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Resident pages also mapped by other processes and unchanged since they were read: the kernel can drop them and read them again."),
     "Shared_Clean", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Shared Dirty"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Resident pages also mapped by other processes and modified: they must be written back or swapped before the RAM can be reused."),
     "Shared_Dirty", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Private Clean"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Resident pages only this process maps, unchanged since they were read."),
     "Private_Clean", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Private Dirty"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Resident pages only this process maps and has modified: memory freed only when the process frees it or exits."),
     "Private_Dirty", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Referenced"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Resident memory marked as recently accessed; the kernel keeps such pages in RAM longer."),
     "Referenced", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Anonymous"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Resident memory not backed by a file (including copy-on-write copies of file pages): it can only go to swap."),
     "Anonymous", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Swap"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Anonymous memory of the area that is in swap now."),
     "Swap", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Swap PSS"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "SwapPss: swapped memory with each swapped page divided by the number of processes sharing it."),
     "SwapPss", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Anon Huge Pages"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Anonymous memory held in transparent huge pages (2 MiB on x86-64)."),
     "AnonHugePages", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "File PMD Mapped"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "File pages mapped as huge pages (one page-middle-directory entry each)."),
     "FilePmdMapped", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Locked"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Memory locked in RAM with mlock(): it is never swapped out."),
     "Locked", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "THP Eligible"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Whether the area may use transparent huge pages."),
     "THPeligible", true},
    {QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "Flags"),
     QT_TRANSLATE_NOOP("kaleido::MemoryMapModel", "The kernel's flags of the area (the VmFlags line of smaps), in words; the tooltip lists the two-letter codes."),
     nullptr, false},
};
// clang-format on

QString translated(const char* text)
{
    return QCoreApplication::translate("kaleido::MemoryMapModel", text);
}

bool isFieldColumn(int column)
{
    return column >= MemoryMapModel::RssColumn &&
           column < int(MemoryMapModel::RssColumn) + int(MemoryMapModel::FieldCount);
}

QString hex(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

QString permissionString(quint8 permissions)
{
    QString s(4, QLatin1Char('-'));
    if (permissions & MemoryMap::Read)
        s[0] = QLatin1Char('r');
    if (permissions & MemoryMap::Write)
        s[1] = QLatin1Char('w');
    if (permissions & MemoryMap::Execute)
        s[2] = QLatin1Char('x');
    s[3] = (permissions & MemoryMap::Shared) ? QLatin1Char('s') : QLatin1Char('p');
    return s;
}

QString deviceString(const MemoryMapModel::Mapping& m)
{
    return QStringLiteral("%1:%2").arg(hex(m.deviceMajor, 2), hex(m.deviceMinor, 2));
}

qint64 signedDelta(quint64 after, quint64 before)
{
    return after >= before ? qint64(after - before) : -qint64(before - after);
}

} // namespace

MemoryMapModel::MemoryMapModel(KernelFs fs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fs(std::move(fs))
    , m_thread(std::make_unique<QThread>())
    , m_worker(std::make_unique<QObject>())
{
    m_thread->setObjectName(QStringLiteral("kaleido memory map"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start(QThread::LowPriority);
}

MemoryMapModel::~MemoryMapModel()
{
    // The worker posts its results to this object: it must be finished before this object goes.
    m_thread->quit();
    m_thread->wait();
    m_worker.reset();
}

void MemoryMapModel::setProcess(qint32 pid)
{
    if (pid != m_pid) {
        beginResetModel();
        m_pid = pid;
        m_snapshot = Snapshot{pid, {}, {}};
        m_error.reset();
        endResetModel();
    }
    request();
}

void MemoryMapModel::reload()
{
    request();
}

void MemoryMapModel::request()
{
    if (m_pid <= 0)
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    const KernelFs fs = m_fs;
    const qint32 pid = m_pid;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, fs, pid, generation] {
            auto result = std::make_shared<const Result<Snapshot>>(load(fs, pid));
            QMetaObject::invokeMethod(
                this, [this, generation, result] { finish(generation, *result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void MemoryMapModel::finish(quint64 generation, const Result<Snapshot>& result)
{
    --m_pending;
    if (generation != m_generation)
        return; // a newer request is on its way
    if (!result.ok()) {
        m_error = result.error();
        if (!m_snapshot.mappings.isEmpty()) {
            beginResetModel();
            m_snapshot = Snapshot{m_pid, {}, {}};
            endResetModel();
        }
        Q_EMIT failed(result.error());
        return;
    }
    m_error.reset();
    const Snapshot& next = result.value();
    // The same areas as before (a reload): only the counters changed, keep the rows (and the selection).
    const bool sameAreas = next.pid == m_snapshot.pid && next.mappings.size() == m_snapshot.mappings.size() &&
                           std::equal(next.mappings.cbegin(), next.mappings.cend(),
                                      m_snapshot.mappings.cbegin(), [](const Mapping& a, const Mapping& b) {
                                          return a.start == b.start && a.end == b.end && a.path == b.path;
                                      });
    if (sameAreas) {
        m_snapshot = next;
        if (!m_snapshot.mappings.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_snapshot = next;
        endResetModel();
    }
    Q_EMIT loaded();
}

QString MemoryMapModel::errorText() const
{
    return m_error ? errorSentence(*m_error) : QString();
}

QString MemoryMapModel::errorSentence(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::Vanished:
    case ErrorKind::Absent:
        return translated("The process does not exist any more.");
    case ErrorKind::PermissionDenied:
        if (::geteuid() == 0)
            return translated("Even root may not read %1 (a security module may forbid it).").arg(error.path);
        return translated("This is another user's process: reading its memory map needs root.");
    case ErrorKind::Malformed:
    case ErrorKind::IoError:
        break;
    }
    return error.message();
}

Result<MemoryMapModel::Snapshot> MemoryMapModel::load(const KernelFs& fs, qint32 pid)
{
    const Result<Smaps> smaps = readSmaps(fs, pid);
    if (!smaps.ok())
        return smaps.error();
    return fromSmaps(smaps.value(), pid);
}

MemoryMapModel::Snapshot MemoryMapModel::fromSmaps(const Smaps& smaps, qint32 pid)
{
    // Key ids once, not a lookup by name per area and field.
    std::array<std::optional<quint32>, FieldCount> keyIds;
    for (int f = 0; f < FieldCount; ++f)
        keyIds[f] = smaps.keyId(columns[RssColumn + f].key);

    Snapshot snapshot;
    snapshot.pid = pid;
    snapshot.mappings.reserve(smaps.entries.size());
    for (const Smaps::Entry& entry : smaps.entries) {
        Mapping m;
        m.start = entry.map.start;
        m.end = entry.map.end;
        m.offset = entry.map.offset;
        m.inode = entry.map.inode;
        m.deviceMajor = entry.map.deviceMajor;
        m.deviceMinor = entry.map.deviceMinor;
        m.permissions = entry.map.permissions;
        const QByteArrayView path = smaps.pathname(entry);
        m.mappingKind = mappingKind(path);
        m.kind = kindOf(m.mappingKind, m.permissions);
        m.path = QString::fromUtf8(path);
        if (entry.hasVmFlags)
            m.vmFlags = QString::fromLatin1(smaps.vmFlags(entry).trimmed());
        for (int f = 0; f < FieldCount; ++f) {
            if (!keyIds[f])
                continue;
            if (const std::optional<quint64> v = smaps.value(entry, *keyIds[f])) {
                m.values[f] = *v;
                m.present |= 1U << f;
            }
        }
        snapshot.mappings.append(std::move(m));
    }
    snapshot.totals = totalsOf(snapshot.mappings);
    return snapshot;
}

MemoryMapModel::Totals MemoryMapModel::totalsOf(const QList<Mapping>& mappings)
{
    Totals totals;
    totals.mappings = mappings.size();
    for (const Mapping& m : mappings) {
        totals.size += m.size();
        for (int f = 0; f < FieldCount; ++f)
            totals.values[f] += m.values[f];
    }
    return totals;
}

MemoryMapModel::Kind MemoryMapModel::kindOf(MappingKind mappingKind, quint8 permissions)
{
    switch (mappingKind) {
    case MappingKind::Heap:
        return Kind::Heap;
    case MappingKind::Stack:
    case MappingKind::ThreadStack:
        return Kind::Stack;
    case MappingKind::Vdso:
    case MappingKind::Vvar:
    case MappingKind::Vsyscall:
        return Kind::Vdso;
    case MappingKind::Anonymous:
    case MappingKind::File:
    case MappingKind::NamedAnonymous:
    case MappingKind::OtherPseudo:
        break;
    }
    if ((permissions & (MemoryMap::Read | MemoryMap::Write | MemoryMap::Execute)) == 0)
        return Kind::Guard;
    if (permissions & MemoryMap::Shared)
        return Kind::Shared;
    if (permissions & MemoryMap::Execute)
        return Kind::Code;
    if (mappingKind == MappingKind::File)
        return (permissions & MemoryMap::Write) ? Kind::Data : Kind::FileBacked;
    return Kind::Anonymous;
}

QString MemoryMapModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Code:
        return tr("code");
    case Kind::Data:
        return tr("data");
    case Kind::Heap:
        return tr("heap");
    case Kind::Stack:
        return tr("stack");
    case Kind::Anonymous:
        return tr("anonymous");
    case Kind::FileBacked:
        return tr("file-backed");
    case Kind::Shared:
        return tr("shared");
    case Kind::Guard:
        return tr("guard");
    case Kind::Vdso:
        return tr("vdso/vvar");
    }
    return {};
}

QString MemoryMapModel::columnTitle(int column)
{
    return column >= 0 && column < ColumnCount ? translated(columns[column].title) : QString();
}

QString MemoryMapModel::columnExplanation(int column)
{
    return column >= 0 && column < ColumnCount ? translated(columns[column].explanation) : QString();
}

QString MemoryMapModel::vmFlagWords(QStringView codes)
{
    QStringList words;
    const QByteArray latin1 = codes.toLatin1();
    for (QByteArrayView code : VmFlags::split(latin1)) {
        const QString described = VmFlags::describe(code);
        words.append(described.isEmpty() ? QString::fromLatin1(code) : described);
    }
    return words.join(QStringLiteral(", "));
}

int MemoryMapModel::rowOfAddress(quint64 address) const
{
    const QList<Mapping>& maps = m_snapshot.mappings;
    const auto it = std::upper_bound(maps.cbegin(), maps.cend(), address,
                                     [](quint64 a, const Mapping& m) { return a < m.end; });
    if (it == maps.cend() || address < it->start)
        return -1;
    return int(it - maps.cbegin());
}

int MemoryMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.mappings.size());
}

int MemoryMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemoryMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mapping& m = m_snapshot.mappings.at(index.row());
    const int column = index.column();
    switch (role) {
    case KindRole:
        return int(m.kind);
    case StartRole:
        return m.start;
    case EndRole:
        return m.end;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columns[column].numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == VmFlagsColumn) {
            QStringList lines;
            const QByteArray codes = m.vmFlags.toLatin1(); // split() returns views into it
            for (QByteArrayView code : VmFlags::split(codes))
                lines.append(
                    QStringLiteral("%1: %2").arg(QString::fromLatin1(code), VmFlags::describe(code)));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == PathColumn)
            return m.path.isEmpty() ? kindName(m.kind) : m.path;
        return {};
    case SortRole:
        switch (column) {
        case StartColumn:
            return m.start;
        case EndColumn:
            return m.end;
        case SizeColumn:
            return m.size();
        case PermissionsColumn:
            return permissionString(m.permissions);
        case OffsetColumn:
            return m.offset;
        case DeviceColumn:
            return (quint64(m.deviceMajor) << 32) | m.deviceMinor;
        case InodeColumn:
            return m.inode;
        case PathColumn:
            return m.path;
        case VmFlagsColumn:
            return m.vmFlags;
        default:
            if (isFieldColumn(column)) {
                const auto v = m.value(Field(column - RssColumn));
                return v ? QVariant(*v) : QVariant();
            }
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case StartColumn:
            return hex(m.start, 12);
        case EndColumn:
            return hex(m.end, 12);
        case SizeColumn:
            return Units::formatBytes(m.size());
        case PermissionsColumn:
            return permissionString(m.permissions);
        case OffsetColumn:
            return hex(m.offset, 8);
        case DeviceColumn:
            return deviceString(m);
        case InodeColumn:
            return QString::number(m.inode);
        case PathColumn:
            return m.path.isEmpty() ? tr("anonymous") : m.path;
        case VmFlagsColumn:
            return vmFlagWords(m.vmFlags);
        case ThpEligibleColumn:
            if (!m.has(ThpEligible))
                return QString();
            return m.values[ThpEligible] ? tr("yes") : tr("no");
        default:
            if (isFieldColumn(column)) {
                const auto v = m.value(Field(column - RssColumn));
                return v ? Units::formatBytes(*v) : QString();
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant MemoryMapModel::totalData(int column, int role) const
{
    const Totals& t = m_snapshot.totals;
    const bool bytes = column == SizeColumn || (isFieldColumn(column) && column != ThpEligibleColumn);
    if (role == SortRole || role == Qt::EditRole) {
        if (column == SizeColumn)
            return t.size;
        if (isFieldColumn(column))
            return t.values[column - RssColumn];
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == PathColumn)
        return tr("%n mapping(s)", nullptr, int(t.mappings));
    if (!bytes)
        return {};
    return Units::formatBytes(column == SizeColumn ? t.size : t.values[column - RssColumn]);
}

QVariant MemoryMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole:
        return columnExplanation(section);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columns[section].numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QList<MemoryMapModel::Change> MemoryMapModel::diff(const Snapshot& before, const Snapshot& after)
{
    using Key = std::pair<quint64, QString>;
    QHash<Key, qsizetype> byStart; // before's areas by start and path
    QHash<Key, qsizetype> byEnd;   // and by end and path, for areas growing downwards
    for (qsizetype i = 0; i < before.mappings.size(); ++i) {
        const Mapping& m = before.mappings.at(i);
        byStart.insert({m.start, m.path}, i);
        byEnd.insert({m.end, m.path}, i);
    }
    QList<bool> matched(before.mappings.size(), false);
    QList<Change> changes;
    auto compare = [&changes](const Mapping& b, const Mapping& a) {
        if (a.size() == b.size())
            return;
        Change c;
        c.type = a.size() > b.size() ? Change::Grown : Change::Shrunk;
        c.before = b;
        c.after = a;
        c.sizeDelta = signedDelta(a.size(), b.size());
        c.rssDelta = signedDelta(a.values[Rss], b.values[Rss]);
        changes.append(std::move(c));
    };
    QList<const Mapping*> unmatched;
    for (const Mapping& a : after.mappings) {
        const auto it = byStart.constFind({a.start, a.path});
        if (it != byStart.cend() && !matched.at(*it)) {
            matched[*it] = true;
            compare(before.mappings.at(*it), a);
        } else {
            unmatched.append(&a);
        }
    }
    for (const Mapping* a : std::as_const(unmatched)) {
        const auto it = byEnd.constFind({a->end, a->path});
        if (it != byEnd.cend() && !matched.at(*it)) {
            matched[*it] = true;
            compare(before.mappings.at(*it), *a);
            continue;
        }
        Change c;
        c.type = Change::Added;
        c.after = *a;
        c.sizeDelta = qint64(a->size());
        c.rssDelta = qint64(a->values[Rss]);
        changes.append(std::move(c));
    }
    for (qsizetype i = 0; i < before.mappings.size(); ++i) {
        if (matched.at(i))
            continue;
        const Mapping& b = before.mappings.at(i);
        Change c;
        c.type = Change::Removed;
        c.before = b;
        c.sizeDelta = -qint64(b.size());
        c.rssDelta = -qint64(b.values[Rss]);
        changes.append(std::move(c));
    }
    std::sort(changes.begin(), changes.end(), [](const Change& x, const Change& y) {
        const quint64 ax = x.type == Change::Removed ? x.before.start : x.after.start;
        const quint64 ay = y.type == Change::Removed ? y.before.start : y.after.start;
        return ax != ay ? ax < ay : x.type < y.type;
    });
    return changes;
}

} // namespace kaleido
