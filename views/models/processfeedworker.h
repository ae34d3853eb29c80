// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processframe.h"
#include "processsampler.h"

#include <QObject>

#include <memory>

namespace kaleido {

/// ProcessFeed's half on the sampling thread: owns the sampler and the previous frame to diff against.
class ProcessFeedWorker : public QObject
{
    Q_OBJECT
public:
    explicit ProcessFeedWorker(KernelFs fs);

    /// Off-screen processes that did not run are read in full at least this often (ticks).
    static constexpr int fullReadEvery = 8;

    /// Samples once and emits frameReady (on the worker's thread).
    void sample(bool threads, kaleido::LazyGroups groups, const QList<kaleido::LazyTarget>& targets);

    /// Reads the lazy groups of one process (also used by tests).
    static LazyValues readLazy(const KernelFs& fs, const LazyTarget& target, LazyGroups groups);

Q_SIGNALS:
    void frameReady(const kaleido::ProcessFramePtr& frame);

private:
    std::shared_ptr<ProcessFrame> freshFrame();
    qint64 bootTimeMs() const;

    KernelFs m_fs;
    ProcessSampler m_sampler;
    std::shared_ptr<ProcessFrame> m_previous;
    std::shared_ptr<ProcessFrame> m_spare[2]; ///< frames the GUI has let go of, reused to keep their capacity
    quint64 m_sequence = 0;
};

} // namespace kaleido
