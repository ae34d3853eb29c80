// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processframe.h"

#include <QObject>
#include <QThread>

namespace kaleido {

class ProcessFeedWorker;

/**
 * Samples the process table on a thread of its own and hands each tick to the GUI as a ProcessFrame.
 *
 * A new sample is started only by requestSample(), and only when the previous frame was applied
 * (acknowledge()): a slow tick delays the next one instead of queueing frames behind it, so the GUI never
 * falls behind the kernel and never applies two frames in a row.
 * @code
 * clock tick → requestSample(visible rows) ─▶ [thread] sample, diff, command lines, lazy columns
 *                                          ◀─ frameReady(frame) → model.apply(frame) → acknowledge()
 * @endcode
 */
class ProcessFeed : public QObject
{
    Q_OBJECT
public:
    explicit ProcessFeed(KernelFs fs = KernelFs(), QObject* parent = nullptr);
    ~ProcessFeed() override;

    const KernelFs& fs() const { return m_fs; }

    /// Whether thread rows are sampled (from the next sample on).
    void setThreadsEnabled(bool enabled);
    bool threadsEnabled() const { return m_threads; }

    /// Which lazy columns are shown (read for the targets of each request).
    void setLazyGroups(LazyGroups groups) { m_groups = groups; }
    LazyGroups lazyGroups() const { return m_groups; }

    /// Most lazy reads per tick (they are also limited to ~10 ms of the sampling thread's time).
    static constexpr int lazyBudget = 96;

    /**
     * Starts a sample unless one is in flight or its frame was not yet acknowledged; returns whether it
     * started. @p lazyTargets are the processes on screen (visible and selected rows): they are read in full
     * on every tick, and their lazy columns are read.
     */
    bool requestSample(const QList<LazyTarget>& lazyTargets = {});
    /// The GUI applied the last frame: the next request may start.
    void acknowledge();
    bool isBusy() const { return m_busy; }
    /// Ticks whose request was refused because the previous frame was still in progress.
    quint64 skippedRequests() const { return m_skipped; }

Q_SIGNALS:
    void frameReady(const kaleido::ProcessFramePtr& frame);

private:
    KernelFs m_fs;
    QThread m_thread;
    ProcessFeedWorker* m_worker;
    bool m_threads = true;
    LazyGroups m_groups;
    bool m_busy = false;
    quint64 m_skipped = 0;
};

} // namespace kaleido
