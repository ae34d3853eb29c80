// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "faultsframe.h"
#include "kernelfs.h"

#include <QObject>
#include <QThread>

namespace kaleido {

class FaultsFeedWorker;

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
