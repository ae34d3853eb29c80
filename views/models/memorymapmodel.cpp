// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymapmodel.h"

#include "memorymapchanges.h"
#include "memorymaploader.h"

#include "pidfs.h"
#include "smaps.h"
#include "units.h"
#include "vmflags.h"

#include <QCoreApplication>
#include <QDateTime>
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
    return MemoryMapModel::permissionText(permissions);
}

QString deviceString(const MemoryMapModel::Mapping& m)
{
    return QStringLiteral("%1:%2").arg(hex(m.deviceMajor, 2), hex(m.deviceMinor, 2));
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

void MemoryMapModel::resetTo(qint32 pid)
{
    beginResetModel();
    m_pid = pid;
    m_snapshot = Snapshot{pid, {}, {}};
    m_error.reset();
    m_baseline.reset();
    m_changes.clear();
    m_rowChanges.clear();
    endResetModel();
}

void MemoryMapModel::setProcess(qint32 pid)
{
    if (pid != m_pid)
        resetTo(pid);
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
    const KernelFs fs = m_fs;
    const qint32 pid = m_pid;
    const std::shared_ptr<std::atomic<qint64>> progress = m_progress;
    const qint64 hint = m_snapshot.sourceBytes;
    post(++m_generation, [fs, pid, progress, hint] { return load(fs, pid, progress.get(), hint); });
}

void MemoryMapModel::applySmapsText(qint32 pid, QByteArray text)
{
    if (pid <= 0)
        return;
    if (pid != m_pid)
        resetTo(pid);
    const std::shared_ptr<std::atomic<qint64>> progress = m_progress;
    progress->store(text.size(), std::memory_order_relaxed);
    auto shared = std::make_shared<QByteArray>(std::move(text));
    post(++m_generation, [pid, shared]() -> Result<Snapshot> {
        const qint64 bytes = shared->size();
        const auto smaps = parseSmapsOwned(std::move(*shared), PidFs::path(pid, u"smaps"));
        if (!smaps)
            return smaps.error();
        Snapshot snapshot = fromSmaps(*smaps, pid);
        snapshot.sourceBytes = bytes;
        return snapshot;
    });
}

void MemoryMapModel::post(quint64 generation, std::function<Result<Snapshot>()> work)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, generation, work = std::move(work)] {
            auto result = std::make_shared<const Result<Snapshot>>(work());
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
        const bool hadChanges = !m_changes.isEmpty();
        m_changes.clear();
        m_rowChanges.clear();
        if (!m_snapshot.mappings.isEmpty()) {
            beginResetModel();
            m_snapshot = Snapshot{m_pid, {}, {}};
            endResetModel();
        }
        if (hadChanges)
            Q_EMIT changesUpdated();
        Q_EMIT failed(result.error());
        return;
    }
    m_error.reset();
    Snapshot next = result.value();
    if (next.takenMs == 0)
        next.takenMs = QDateTime::currentMSecsSinceEpoch();
    // The same areas as before (a reload): only the counters changed, keep the rows (and the selection).
    const bool sameAreas = next.pid == m_snapshot.pid && next.mappings.size() == m_snapshot.mappings.size() &&
                           std::equal(next.mappings.cbegin(), next.mappings.cend(),
                                      m_snapshot.mappings.cbegin(), [](const Mapping& a, const Mapping& b) {
                                          return a.start == b.start && a.end == b.end && a.path == b.path;
                                      });
    if (sameAreas) {
        m_snapshot = std::move(next);
        updateChanges();
        if (!m_snapshot.mappings.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_snapshot = std::move(next);
        updateChanges();
        endResetModel();
    }
    if (m_baseline)
        Q_EMIT changesUpdated();
    Q_EMIT loaded();
}

void MemoryMapModel::updateChanges()
{
    m_changes.clear();
    m_rowChanges.clear();
    if (!m_baseline)
        return;
    m_changes = diff(*m_baseline, m_snapshot);
    m_rowChanges.fill(-1, m_snapshot.mappings.size());
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const Change& c = m_changes.at(i);
        if (c.type == Change::Removed)
            continue;
        const int row = rowOfAddress(c.after.start);
        if (row >= 0)
            m_rowChanges[row] = qint32(i);
    }
}

void MemoryMapModel::setBaseline(const Snapshot& baseline)
{
    m_baseline = baseline;
    updateChanges();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT changesUpdated();
}

void MemoryMapModel::clearBaseline()
{
    if (!m_baseline)
        return;
    m_baseline.reset();
    updateChanges();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT changesUpdated();
}

const MemoryMapModel::Snapshot& MemoryMapModel::baseline() const
{
    static const Snapshot none;
    return m_baseline ? *m_baseline : none;
}

std::optional<MemoryMapModel::Change::Type> MemoryMapModel::changeAt(int row) const
{
    if (row < 0 || row >= m_rowChanges.size() || m_rowChanges.at(row) < 0)
        return std::nullopt;
    return m_changes.at(m_rowChanges.at(row)).type;
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

Result<MemoryMapModel::Snapshot> MemoryMapModel::load(const KernelFs& fs, qint32 pid,
                                                      std::atomic<qint64>* progress, qint64 sizeHint)
{
    return MemoryMapLoader::load(fs, pid, progress, sizeHint);
}

MemoryMapModel::Snapshot MemoryMapModel::fromSmaps(const Smaps& smaps, qint32 pid)
{
    // Key ids once, not a lookup by name per area and field: key id → Field, or -1 for keys not shown.
    QList<qint8> fieldOfKey(smaps.keys.size(), -1);
    for (int f = 0; f < FieldCount; ++f) {
        if (const auto key = smaps.keyId(columns[RssColumn + f].key))
            fieldOfKey[*key] = qint8(f);
    }
    // Many areas share a path (a library's four areas) or a flag line: one string each, shared.
    QHash<QByteArrayView, QString> paths;
    QHash<QByteArrayView, QString> flagLines;
    auto interned = [](QHash<QByteArrayView, QString>& pool, QByteArrayView bytes, bool latin1) {
        if (bytes.isEmpty())
            return QString();
        auto it = pool.constFind(bytes);
        if (it == pool.cend())
            it = pool.insert(bytes, latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes));
        return *it;
    };

    Snapshot snapshot;
    snapshot.pid = pid;
    snapshot.mappings.resize(smaps.entries.size());
    Mapping* out = snapshot.mappings.data();
    for (const Smaps::Entry& entry : smaps.entries) {
        Mapping& m = *out++;
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
        m.path = interned(paths, path, false);
        if (entry.hasVmFlags)
            m.vmFlags = interned(flagLines, smaps.vmFlags(entry).trimmed(), true);
        const Smaps::Field* field = smaps.fields.constData() + entry.firstField;
        for (qsizetype i = 0; i < entry.fieldCount; ++i, ++field) {
            const int f = fieldOfKey.at(field->key);
            if (f < 0 || (m.present & (1U << f)))
                continue; // a key printed twice counts once, as Smaps::value() takes the first
            m.values[f] = field->inKiB ? field->value * 1024 : field->value;
            m.present |= 1U << f;
        }
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

QString MemoryMapModel::kindExplanation(Kind kind)
{
    switch (kind) {
    case Kind::Code:
        return tr("Executable areas: the machine code of the program and its libraries (or of a JIT).");
    case Kind::Data:
        return tr("A file's writable private copy: initialised global variables (.data) of the program and "
                  "its libraries.");
    case Kind::Heap:
        return tr("[heap]: the area malloc() grows with brk() for small allocations.");
    case Kind::Stack:
        return tr("[stack]: the main thread's stack, growing downwards.");
    case Kind::Anonymous:
        return tr("Memory not backed by a file: large malloc() blocks, thread stacks, zeroed globals (.bss), "
                  "caches of the program.");
    case Kind::FileBacked:
        return tr("A file mapped read-only: constants (.rodata), fonts, locale data; the kernel can drop "
                  "these pages and read them again.");
    case Kind::Shared:
        return tr("Mapped shared (MAP_SHARED): shared memory or a file whose changes other processes see.");
    case Kind::Guard:
        return tr("No access at all (---p): guard pages that catch overruns, and address space reserved "
                  "but not usable yet.");
    case Kind::Vdso:
        return tr("[vdso], [vvar], [vsyscall]: code and data the kernel maps into every process so that "
                  "some system calls need no switch into the kernel.");
    }
    return {};
}

QColor MemoryMapModel::kindColor(Kind kind)
{
    // Okabe–Ito, told apart also with the common colour-vision deficiencies; guard pages in a quiet grey.
    switch (kind) {
    case Kind::Code:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    case Kind::Data:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Kind::Heap:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Kind::Stack:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Kind::Anonymous:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Kind::FileBacked:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Kind::Shared:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case Kind::Guard:
        return QColor(0xB8, 0xB8, 0xB8); // grey
    case Kind::Vdso:
        return QColor(0x44, 0x33, 0x33); // near black
    }
    return {};
}

QString MemoryMapModel::permissionText(quint8 permissions)
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

QString MemoryMapModel::changeName(Change::Type type)
{
    return MemoryMapChanges::name(type);
}

QColor MemoryMapModel::changeColor(Change::Type type)
{
    return MemoryMapChanges::color(type);
}

QString MemoryMapModel::changeSentence(const Change& change)
{
    return MemoryMapChanges::sentence(change);
}

QString MemoryMapModel::diffSummary(const Snapshot& before, const Snapshot& after,
                                    const QList<Change>& changes)
{
    return MemoryMapChanges::summary(before, after, changes);
}

QList<MemoryMapModel::Change> MemoryMapModel::diff(const Snapshot& before, const Snapshot& after)
{
    return MemoryMapChanges::diff(before, after);
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
    case ChangeRole:
        if (const auto change = changeAt(index.row()))
            return int(*change);
        return {};
    case Qt::BackgroundRole:
        if (const auto change = changeAt(index.row()))
            return changeColor(*change);
        return {};
    case Qt::DecorationRole:
        if (column == PathColumn)
            return kindColor(m.kind);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columns[column].numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.row() < m_rowChanges.size() && m_rowChanges.at(index.row()) >= 0)
            lines.append(changeSentence(m_changes.at(m_rowChanges.at(index.row()))));
        if (column == VmFlagsColumn) {
            const QByteArray codes = m.vmFlags.toLatin1(); // split() returns views into it
            for (QByteArrayView code : VmFlags::split(codes))
                lines.append(
                    QStringLiteral("%1: %2").arg(QString::fromLatin1(code), VmFlags::describe(code)));
        } else if (column == PathColumn) {
            lines.append((m.path.isEmpty() ? tr("anonymous memory") : m.path) + QStringLiteral(" (") +
                         kindName(m.kind) + QLatin1Char(')'));
        }
        if (lines.isEmpty())
            return {};
        return lines.join(QLatin1Char('\n'));
    }
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
        case VmFlagsColumn: {
            auto it = m_flagWords.constFind(m.vmFlags);
            if (it == m_flagWords.cend())
                it = m_flagWords.insert(m.vmFlags, vmFlagWords(m.vmFlags));
            return *it;
        }
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
        return tr("Total of %1 areas").arg(t.mappings);
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

} // namespace kaleido
