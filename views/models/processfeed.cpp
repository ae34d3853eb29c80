// SPDX-License-Identifier: GPL-2.0-or-later
#include "processfeed.h"

#include "processfeedworker.h"

#include <QMetaObject>

namespace kaleido {

ProcessFeed::ProcessFeed(KernelFs fs, QObject* parent)
    : QObject(parent)
    , m_fs(std::move(fs))
    , m_worker(new ProcessFeedWorker(m_fs))
{
    qRegisterMetaType<ProcessFramePtr>();
    m_thread.setObjectName(QStringLiteral("kaleido-processes"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProcessFeedWorker::frameReady, this, &ProcessFeed::frameReady, Qt::QueuedConnection);
    m_thread.start(QThread::LowPriority);
}

ProcessFeed::~ProcessFeed()
{
    m_thread.quit();
    m_thread.wait();
}

void ProcessFeed::setThreadsEnabled(bool enabled)
{
    m_threads = enabled;
}

bool ProcessFeed::requestSample(const QList<LazyTarget>& lazyTargets)
{
    if (m_busy) {
        ++m_skipped;
        return false;
    }
    m_busy = true;
    const bool threads = m_threads;
    const LazyGroups groups = m_groups;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, threads, groups, lazyTargets] { worker->sample(threads, groups, lazyTargets); },
        Qt::QueuedConnection);
    return true;
}

void ProcessFeed::acknowledge()
{
    m_busy = false;
}

} // namespace kaleido
