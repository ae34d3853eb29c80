// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "kernelfs.h"
#include "memorymaps.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace kaleido {

struct Smaps;

/**
 * One process's memory map: a row per virtual memory area of /proc/PID/smaps, with the kernel's per-area
 * counters (Rss, Pss, Shared/Private Clean/Dirty, Swap, …) and its VmFlags decoded to words.
 *
 * Reading and parsing happen on a worker thread: setProcess() and reload() return at once and the rows
 * arrive with loaded() (or the reason they could not, with failed()). A new PID resets the model; a reload
 * of the same PID whose areas did not move only reports dataChanged, so the selection survives.
 *
 * takeSnapshot() keeps the current rows; diff() and diffAgainst() say which areas were added, removed, grew
 * or shrank since (matched by start address and path, or by end address and path for areas that grow
 * downwards, like the stack) — watching the heap grow. With setBaseline() the model does that itself after
 * every read: changes() lists what changed, ChangeRole and the row colours mark the rows that did, and
 * diffSummary() says it in words.
 *
 * A process of another user cannot be read from /proc by a normal user: applySmapsText() takes the bytes of
 * its smaps from elsewhere (the privileged helper's stream) and parses them on the same worker.
 */
class MemoryMapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartColumn,
        EndColumn,
        SizeColumn,
        PermissionsColumn,
        OffsetColumn,
        DeviceColumn,
        InodeColumn,
        PathColumn,
        RssColumn,
        PssColumn,
        SharedCleanColumn,
        SharedDirtyColumn,
        PrivateCleanColumn,
        PrivateDirtyColumn,
        ReferencedColumn,
        AnonymousColumn,
        SwapColumn,
        SwapPssColumn,
        AnonHugePagesColumn,
        FilePmdMappedColumn,
        LockedColumn,
        ThpEligibleColumn,
        VmFlagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// The smaps counters kept per area, in column order (RssColumn + field is the column).
    enum Field
    {
        Rss,
        Pss,
        SharedClean,
        SharedDirty,
        PrivateClean,
        PrivateDirty,
        Referenced,
        Anonymous,
        Swap,
        SwapPss,
        AnonHugePages,
        FilePmdMapped,
        Locked,
        ThpEligible, ///< a flag (0/1), not bytes
        FieldCount
    };

    /// What an area holds, for its colour in the address-space strip.
    enum class Kind
    {
        Code,       ///< executable
        Data,       ///< a file's writable private data (.data)
        Heap,       ///< [heap]
        Stack,      ///< [stack]
        Anonymous,  ///< anonymous memory (mmap, BSS, thread stacks, malloc arenas)
        FileBacked, ///< a file mapped read-only (.rodata, fonts, locale archives)
        Shared,     ///< MAP_SHARED (shared memory, shared file mappings)
        Guard,      ///< no access at all (---p): guard pages, reserved address space
        Vdso,       ///< [vdso], [vvar], [vsyscall]: the kernel's pages in every process
    };
    Q_ENUM(Kind)

    enum Role
    {
        SortRole = Qt::UserRole + 300, ///< the raw value (numbers as numbers)
        KindRole,                      ///< int(Kind)
        StartRole,                     ///< quint64 start address
        EndRole,                       ///< quint64 end address (one past the last byte)
        ChangeRole, ///< int(Change::Type) of the row against the baseline; invalid when unchanged or no
                    ///< baseline
    };

    struct Mapping
    {
        quint64 start = 0;
        quint64 end = 0;
        quint64 offset = 0;
        quint64 inode = 0;
        quint32 deviceMajor = 0;
        quint32 deviceMinor = 0;
        quint8 permissions = 0; ///< MemoryMap::Permission bits
        MappingKind mappingKind = MappingKind::Anonymous;
        Kind kind = Kind::Anonymous;
        QString path;                             ///< as the kernel prints it; empty for anonymous areas
        QString vmFlags;                          ///< the codes, "rd wr mr mw me ac"
        std::array<quint64, FieldCount> values{}; ///< bytes (ThpEligible: the number)
        quint32 present = 0;                      ///< bit per Field: the kernel printed it

        quint64 size() const { return end - start; }
        bool has(Field field) const { return present & (1U << field); }
        std::optional<quint64> value(Field field) const
        {
            return has(field) ? std::optional<quint64>(values[field]) : std::nullopt;
        }
    };

    /// Sums over all areas, as `pmap -X` prints them under its "====" line.
    struct Totals
    {
        qsizetype mappings = 0;
        quint64 size = 0;
        std::array<quint64, FieldCount> values{};
    };

    struct Snapshot
    {
        qint32 pid = 0;
        QList<Mapping> mappings; ///< in address order
        Totals totals;
        qint64 sourceBytes = 0; ///< the length of the smaps text it was made from
        qint64 takenMs = 0;     ///< when it was read, milliseconds since the epoch (0: unknown)
    };

    struct Change
    {
        enum Type
        {
            Added,
            Removed,
            Grown,
            Shrunk,
        };
        Type type = Added;
        Mapping before; ///< empty for Added
        Mapping after;  ///< empty for Removed
        qint64 sizeDelta = 0;
        qint64 rssDelta = 0;
    };

    explicit MemoryMapModel(KernelFs fs = KernelFs(), QObject* parent = nullptr);
    ~MemoryMapModel() override;

    qint32 pid() const { return m_pid; }
    /// Shows @p pid's map: the rows go at once, the new ones come with loaded() (or failed()).
    void setProcess(qint32 pid);
    /// Reads the same process's map again.
    void reload();
    /// A read is under way.
    bool isLoading() const { return m_pending > 0; }
    /// Bytes of smaps read so far by the read under way (for a progress bar; safe to call at any time).
    qint64 bytesRead() const { return m_progress->load(std::memory_order_relaxed); }
    /// The length of this process's smaps at the last read (0 before the first): what the next read will
    /// roughly need.
    qint64 expectedBytes() const { return m_snapshot.sourceBytes; }
    /// Shows @p pid's map from the bytes of its smaps read elsewhere (the privileged helper's stream); parsed
    /// on the worker like a read, with loaded() or failed() after.
    void applySmapsText(qint32 pid, QByteArray text);
    /// Why the last read failed (nullopt after a successful one).
    const std::optional<Error>& error() const { return m_error; }
    /// The last failure as one plain sentence, or empty.
    QString errorText() const;

    const QList<Mapping>& mappings() const { return m_snapshot.mappings; }
    const Mapping& mapping(int row) const { return m_snapshot.mappings.at(row); }
    /// The row of the area containing @p address, or -1.
    int rowOfAddress(quint64 address) const;
    const Totals& totals() const { return m_snapshot.totals; }
    /// A totals cell as shown under the column (empty for columns without a sum).
    QVariant totalData(int column, int role = Qt::DisplayRole) const;

    /// The current rows, to compare later ones against.
    Snapshot takeSnapshot() const { return m_snapshot; }
    /// What changed from @p before to now (only meaningful for the same PID).
    QList<Change> diffAgainst(const Snapshot& before) const { return diff(before, m_snapshot); }
    static QList<Change> diff(const Snapshot& before, const Snapshot& after);

    /// Compares every read from now on against @p baseline (of this PID): changes(), ChangeRole, row colours.
    void setBaseline(const Snapshot& baseline);
    void clearBaseline();
    bool hasBaseline() const { return m_baseline.has_value(); }
    const Snapshot& baseline() const;
    /// What changed since the baseline, as of the last read (empty without a baseline).
    const QList<Change>& changes() const { return m_changes; }
    /// The change of @p row against the baseline, or nullopt.
    std::optional<Change::Type> changeAt(int row) const;
    /// "2 mappings added (+1.0 MiB), [heap] grew by 132 KiB …": the changes from @p before to @p after in
    /// plain words with byte sizes.
    static QString diffSummary(const Snapshot& before, const Snapshot& after, const QList<Change>& changes);
    /// "added", "removed", "grew", "shrank".
    static QString changeName(Change::Type type);
    /// The background of a changed row (translucent, so it reads on light and dark themes).
    static QColor changeColor(Change::Type type);
    /// One change as a sentence, for the row's tooltip.
    static QString changeSentence(const Change& change);

    /// Reads and converts @p pid's smaps (what the worker runs; blocking). @p progress, when given, follows
    /// the bytes read; @p sizeHint is the length expected (to allocate once).
    static Result<Snapshot> load(const KernelFs& fs, qint32 pid, std::atomic<qint64>* progress = nullptr,
                                 qint64 sizeHint = 0);
    /// Converts parsed smaps into rows.
    static Snapshot fromSmaps(const Smaps& smaps, qint32 pid = 0);
    static Totals totalsOf(const QList<Mapping>& mappings);
    static Kind kindOf(MappingKind mappingKind, quint8 permissions);
    /// "code", "heap", … for legends.
    static QString kindName(Kind kind);
    /// What a kind of area is, one sentence for the legend's tooltip.
    static QString kindExplanation(Kind kind);
    /// The colour of a kind in the address-space strip and the legend.
    static QColor kindColor(Kind kind);
    static constexpr int kindCount = int(Kind::Vdso) + 1;
    /// "r-xp" for MemoryMap::Permission bits.
    static QString permissionText(quint8 permissions);
    static QString columnTitle(int column);
    /// What a column shows, for its header tooltip.
    static QString columnExplanation(int column);
    /// @p error as a sentence about this process's memory map.
    static QString errorSentence(const Error& error);
    /// "readable, writable, may read, …" for VmFlags codes.
    static QString vmFlagWords(QStringView codes);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const kaleido::Error& error);
    /// changes() was recomputed (after a read with a baseline, or when the baseline was set or cleared).
    void changesUpdated();

private:
    void resetTo(qint32 pid);
    void request();
    void post(quint64 generation, std::function<Result<Snapshot>()> work);
    void finish(quint64 generation, const Result<Snapshot>& result);
    void updateChanges();

    KernelFs m_fs;
    qint32 m_pid = 0;
    Snapshot m_snapshot;
    std::optional<Error> m_error;
    std::optional<Snapshot> m_baseline;
    QList<Change> m_changes;
    QList<qint32> m_rowChanges;                  ///< per row: its index in m_changes, or -1
    mutable QHash<QString, QString> m_flagWords; ///< vmFlagWords() per distinct VmFlags line
    std::shared_ptr<std::atomic<qint64>> m_progress = std::make_shared<std::atomic<qint64>>(0);
    quint64 m_generation = 0;
    int m_pending = 0;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_worker; ///< lives in m_thread; reads run in its event loop
};

} // namespace kaleido
