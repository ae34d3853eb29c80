// SPDX-License-Identifier: GPL-2.0-or-later
#include "faultsfeed.h"

#include "faultsfeedworker.h"

#include <QMetaObject>

namespace kaleido {

FaultsFeed::FaultsFeed(KernelFs fs, QObject* parent)
    : QObject(parent)
    , m_worker(new FaultsFeedWorker(std::move(fs)))
{
    qRegisterMetaType<FaultsFramePtr>();
    m_thread.setObjectName(QStringLiteral("kaleido-faults"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FaultsFeedWorker::frameReady, this, &FaultsFeed::frameReady, Qt::QueuedConnection);
    m_thread.start(QThread::LowPriority);
}

FaultsFeed::~FaultsFeed()
{
    m_thread.quit();
    m_thread.wait();
}

bool FaultsFeed::requestSample(bool withOom)
{
    if (m_busy)
        return false;
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, withOom] { worker->sample(withOom); }, Qt::QueuedConnection);
    return true;
}

void FaultsFeed::acknowledge()
{
    m_busy = false;
}

} // namespace kaleido
