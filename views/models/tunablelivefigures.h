// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "pagesize.h"
#include "tunableeffects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

/// One live figure beside a tunable: a counter or amount the setting moves.
struct LiveFigure
{
    QString id;     ///< stable name for tests and change tracking: "meminfo.AnonHugePages"
    QString label;  ///< "AnonHugePages", as the kernel names it where it has a name
    QString value;  ///< with its unit: "12.0 MiB", "6,058", "16,894 pages (66.0 MiB)"
    QString change; ///< since the previous sample of the same topic: "+3", "−1.50 MiB"; empty when unchanged
    QString toolTip; ///< what it counts, and the file it comes from
};

/// A used-against-limit bar: Committed_AS against CommitLimit, swap used against swap.
struct LiveGauge
{
    QString title;
    quint64 value = 0;    ///< bytes
    quint64 limit = 0;    ///< bytes
    QString valueLabel;   ///< "Committed_AS"
    QString limitLabel;   ///< "CommitLimit"
    bool enforced = true; ///< false: the limit is shown but the kernel does not hold anyone to it
};

/// Everything the details pane shows under "What it affects now".
struct LiveFigures
{
    TunableTopic topic = TunableTopic::None;
    QList<LiveFigure> figures;
    std::optional<LiveGauge> gauge;
    QStringList notes; ///< plain sentences: the CommitLimit formula with numbers, whether it is enforced, …
    QStringList errors; ///< sources that could not be read, in words

    const LiveFigure* find(const QString& id) const;
};

/// The before → after of the last drop_caches Kaleido ran.
struct CacheDropRecord
{
    QString value; ///< "1", "2" or "3"
    QDateTime when;
    CacheFigures before;
    CacheFigures after;
};

/**
 * Reads, on demand, the live figures a memory tunable affects (TunableTopic) from /proc/meminfo,
 * /proc/vmstat, /proc/zoneinfo, /proc/buddyinfo, /proc/sys/vm, and the THP and KSM directories of
 * /sys/kernel/mm, and words them with units. Only the selected topic's sources are read. Each sample of the
 * same topic reports what changed since the previous one. Headless (models layer): the page shows, tests
 * read.
 */
class TunableLiveFigures
{
    Q_DECLARE_TR_FUNCTIONS(kaleido::TunableLiveFigures)

public:
    explicit TunableLiveFigures(KernelFs fs = KernelFs(), quint64 pageSize = systemPageSize());

    LiveFigures sample(TunableTopic topic);

    /// drop_caches is about to run: remembers the cache figures.
    void beginCacheDrop();
    /// It ran (or failed: @p done false forgets the start): the figures now are the "after".
    void finishCacheDrop(const QString& value, bool done);
    const std::optional<CacheDropRecord>& lastCacheDrop() const { return m_lastDrop; }

private:
    enum class Kind
    {
        Count,
        Bytes,
        Pages,
    };

    void add(LiveFigures& out, const QString& id, const QString& label, Kind kind, quint64 raw,
             const QString& toolTip, const QString& shownValue = QString());
    QString formatValue(Kind kind, quint64 raw) const;
    QString formatChange(Kind kind, qint64 change) const;

    void sampleOvercommit(LiveFigures& out);
    void sampleSwap(LiveFigures& out);
    void sampleWatermarks(LiveFigures& out);
    void sampleCaches(LiveFigures& out);
    void sampleCompaction(LiveFigures& out);
    void sampleHugepages(LiveFigures& out, bool khugepaged);
    void sampleKsm(LiveFigures& out);
    void sampleConsoleLog(LiveFigures& out);
    /// Free memory in blocks large enough for a huge page (buddyinfo).
    void addHugeBlocks(LiveFigures& out);

    KernelFs m_fs;
    quint64 m_pageSize;
    TunableTopic m_topic = TunableTopic::None;
    QHash<QString, quint64> m_previous;
    QHash<QString, quint64> m_current;
    std::optional<CacheFigures> m_dropBefore;
    std::optional<CacheDropRecord> m_lastDrop;
};

} // namespace kaleido
