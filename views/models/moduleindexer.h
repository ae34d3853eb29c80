// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "moduleinfo.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace kaleido {

class ModuleIndexerWorker;

/**
 * Indexes every module of a kernel in the background (ModuleIndexerWorker on a thread of its own), reporting
 * progress and handing modinfo over in batches of about 200. start() again (another release, or
 * modules.dep changed) drops what the previous run would still send; destruction cancels and joins.
 */
class ModuleIndexer : public QObject
{
    Q_OBJECT

public:
    explicit ModuleIndexer(QObject* parent = nullptr);
    ~ModuleIndexer() override;

    /// Indexes /lib/modules/@p release, or @p directory when not empty.
    void start(const QString& release, const QString& directory = QString());
    void cancel();
    bool isRunning() const { return m_running; }
    /// modules.dep's modification time when the running or last index started (invalid when absent).
    QDateTime indexedModified() const { return m_modified; }
    /// Whether modules.dep changed since the index started (depmod ran).
    bool indexOutdated() const;

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    void batchReady(const QList<kaleido::ModuleInfo>& modules);
    void finished();
    void failed(const kaleido::Error& error);

private:
    std::shared_ptr<std::atomic<int>> m_generation;
    QThread* m_thread;
    ModuleIndexerWorker* m_worker;
    bool m_running = false;
    QString m_directory;
    QDateTime m_modified;
};

} // namespace kaleido
