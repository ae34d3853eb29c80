// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "faultsframe.h"
#include "kernelfs.h"
#include "processsampler.h"

#include <QObject>

#include <memory>

namespace kaleido {

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

} // namespace kaleido
