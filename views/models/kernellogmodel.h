// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kmsgreader.h"
#include "kmsgrecord.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <utility>

namespace kaleido {

/**
 * The kernel log as a table, one row per record in log order: time, level, facility, device and message, the
 * way `dmesg` shows them. A message that spans several lines stays one row; its line breaks show as "↵".
 *
 * append() takes records as a KernelLogFeed delivers them and drops any whose sequence number is not newer
 * than the last one held (a stream that reconnects sends the whole buffer again). addGap() inserts a row that
 * says records were lost (the kernel's ring buffer overwrote them before they were read). At most capacity()
 * rows are kept; the oldest go first.
 *
 * Times are relative (seconds since boot, as the kernel stamps them) or wall clock (boot epoch + timestamp,
 * like `dmesg -T`). Rows are coloured by level: emerg…crit bold red, err red, warn orange, notice blue, info
 * in the normal text colour, debug grey; setDarkBackground() picks colours that read on a dark palette.
 * Rows in the highlight range (an operation's log lines) get a tinted background.
 */
class KernelLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        FacilityColumn,
        DeviceColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        PriorityRole = Qt::UserRole + 700, ///< int 0 (emerg) … 7 (debug); -1 on a gap row
        FacilityRole,                      ///< int (0 kern, 1 user, …); -1 on a gap row
        SequenceRole,                      ///< quint64; on a gap row the last record before the gap
        TimestampUsRole,                   ///< quint64 microseconds since boot
        IsGapRole,                         ///< bool
        HighlightRole,                     ///< bool: within setHighlight()'s range
        MessageRole,                       ///< QString: the whole message, line breaks kept
    };
    Q_ENUM(Role)

    enum class TimestampMode
    {
        Relative,
        WallClock,
    };
    Q_ENUM(TimestampMode)

    explicit KernelLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Appends the records newer than the last one held; returns how many were taken.
    int append(const QList<KmsgRecord>& records);
    void addGap(const KmsgReader::Gap& gap);
    /// Removes every row (the view only: the kernel's buffer is untouched). Sequence numbers already seen
    /// stay seen, so a resent buffer does not bring them back.
    void clear();

    int capacity() const { return m_capacity; }
    /// Keeps at most @p rows rows (at least 1), dropping the oldest now and later.
    void setCapacity(int rows);

    TimestampMode timestampMode() const { return m_timestampMode; }
    void setTimestampMode(TimestampMode mode);
    /// Wall-clock microseconds since the Unix epoch at boot (kmsgBootEpochUs()).
    void setBootEpochUs(qint64 epochUs);
    qint64 bootEpochUs() const { return m_bootEpochUs; }

    void setDarkBackground(bool dark);

    /// The row of the record with sequence @p sequence (column 0), or an invalid index when it is not held.
    QModelIndex indexOfSequence(quint64 sequence) const;
    void setHighlight(std::optional<std::pair<quint64, quint64>> range);
    std::optional<std::pair<quint64, quint64>> highlight() const { return m_highlight; }

    /// Records held (gap rows not counted), and records known lost.
    qsizetype recordCount() const { return m_recordCount; }
    quint64 lostCount() const { return m_lost; }
    std::optional<quint64> lastSequence() const { return m_lastSequence; }

    /// Row @p row as one line of text, as dmesg prints it: "[   12.345678] kern  :warn  : message".
    QString lineText(int row) const;

    /// The name a message begins with, as pr_fmt writes it ("pnp" for "pnp: PnP ACPI init"); empty when the
    /// message has no such prefix (a space before the colon, or none).
    static QString messagePrefix(const QString& message);

    /// "[   12.345678]" or the wall-clock time, for @p timestampUs in the current mode.
    QString timeText(quint64 timestampUs) const;

private:
    struct Row
    {
        KmsgRecord record;
        bool gap = false;
        std::optional<quint64> lost; ///< gap rows: how many records, when known
    };

    QVariant foreground(const Row& row) const;
    QString deviceText(const KmsgRecord& record) const;
    void trim();

    QList<Row> m_rows;
    int m_capacity = 100000;
    TimestampMode m_timestampMode = TimestampMode::Relative;
    qint64 m_bootEpochUs = 0;
    bool m_dark = false;
    std::optional<std::pair<quint64, quint64>> m_highlight;
    std::optional<quint64> m_lastSequence;
    qsizetype m_recordCount = 0;
    quint64 m_lost = 0;
};

} // namespace kaleido
