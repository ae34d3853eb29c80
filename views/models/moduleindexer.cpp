// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleindexer.h"

#include "moduleindexerworker.h"

#include <QFileInfo>
#include <QThread>

namespace kaleido {

ModuleIndexer::ModuleIndexer(QObject* parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<int>>(0))
    , m_thread(new QThread(this))
    , m_worker(new ModuleIndexerWorker(m_generation))
{
    m_thread->setObjectName(QStringLiteral("ModuleIndexer"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    const auto mine = [this](int generation) { return generation == m_generation->load(); };
    connect(m_worker, &ModuleIndexerWorker::progress, this,
            [this, mine](int generation, int done, int total) {
                if (mine(generation))
                    Q_EMIT progress(done, total);
            });
    connect(m_worker, &ModuleIndexerWorker::batchReady, this,
            [this, mine](int generation, const QList<ModuleInfo>& modules) {
                if (mine(generation))
                    Q_EMIT batchReady(modules);
            });
    connect(m_worker, &ModuleIndexerWorker::finished, this, [this, mine](int generation) {
        if (!mine(generation))
            return;
        m_running = false;
        Q_EMIT finished();
    });
    connect(m_worker, &ModuleIndexerWorker::failed, this, [this, mine](int generation, const Error& error) {
        if (!mine(generation))
            return;
        m_running = false;
        Q_EMIT failed(error);
    });
    m_thread->start(QThread::LowPriority);
}

ModuleIndexer::~ModuleIndexer()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
}

void ModuleIndexer::start(const QString& release, const QString& directory)
{
    const int generation = m_generation->fetch_add(1) + 1;
    m_directory = directory.isEmpty() ? QStringLiteral("/lib/modules/") + release : directory;
    m_modified = QFileInfo(m_directory + QStringLiteral("/modules.dep")).lastModified();
    m_running = true;
    Q_EMIT started();
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(int, generation),
                              Q_ARG(QString, release), Q_ARG(QString, directory));
}

void ModuleIndexer::cancel()
{
    m_generation->fetch_add(1);
    m_running = false;
}

bool ModuleIndexer::indexOutdated() const
{
    if (m_directory.isEmpty())
        return false;
    return QFileInfo(m_directory + QStringLiteral("/modules.dep")).lastModified() != m_modified;
}

} // namespace kaleido
