// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "oomscoremodel.h"
#include "processsampler.h"
#include "processsnapshot.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace kaleido {

/// One tick of Memory ▸ Faults & OOM as the sampling thread hands it to the GUI (shared read-only).
struct FaultsFrame
{
    ProcessSnapshot snapshot; ///< every process, no threads: minflt, majflt, RSS, owner, name
    QList<OomEntry> oom;      ///< user-space processes of the snapshot, when oomRead
    bool oomRead = false;
    qint64 sampleNs = 0;        ///< how long the sampling thread took
    quint64 sequence = 0;       ///< 1 for the first frame
    std::optional<Error> error; ///< /proc could not be read at all
};
using FaultsFramePtr = std::shared_ptr<const FaultsFrame>;

/// FaultsFeed's half on the sampling thread.
class FaultsFeedWorker : public QObject
{
    Q_OBJECT
public:
    explicit FaultsFeedWorker(KernelFs fs);

    /// Samples once and emits frameReady (on the worker's thread).
    void sample(bool withOom);

    /// The OOM view of every user-space process of @p snapshot: oom_score, oom_score_adj and VmSwap read from
    /// /proc (processes that exit meanwhile keep what could be read). Also used by tests.
    static QList<OomEntry> readOom(const KernelFs& fs, const ProcessSnapshot& snapshot);

Q_SIGNALS:
    void frameReady(const kaleido::FaultsFramePtr& frame);

private:
    std::shared_ptr<FaultsFrame> freshFrame();

    KernelFs m_fs;
    ProcessSampler m_sampler;
    std::shared_ptr<FaultsFrame> m_spare[2]; ///< frames the GUI has let go of, reused to keep their capacity
    std::shared_ptr<FaultsFrame> m_previous;
    quint64 m_sequence = 0;
};

/**
 * Samples the process table for Memory ▸ Faults & OOM on a thread of its own (the ProcessFeed pattern), so
 * the GUI thread never reads /proc for thousands of processes. A request starts a sample only when the frame
 * before was acknowledged: a slow tick delays the next one instead of queueing frames.
 * @code
 * tick → requestSample(withOom) ─▶ [thread] stat/statm of every process (+ oom files) ◀─ frameReady → apply
 * @endcode
 */
class FaultsFeed : public QObject
{
    Q_OBJECT
public:
    explicit FaultsFeed(KernelFs fs = KernelFs(), QObject* parent = nullptr);
    ~FaultsFeed() override;

    /// Starts a sample unless one is in flight; @p withOom also reads every process's oom files.
    bool requestSample(bool withOom);
    void acknowledge();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void frameReady(const kaleido::FaultsFramePtr& frame);

private:
    QThread m_thread;
    FaultsFeedWorker* m_worker;
    bool m_busy = false;
};

} // namespace kaleido

Q_DECLARE_METATYPE(kaleido::FaultsFramePtr)
