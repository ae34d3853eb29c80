// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "moduleinfo.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace kaleido {

/**
 * Reads the modinfo of every module of one kernel on ModuleIndexer's thread: modules.dep and modules.builtin
 * for the list, then libkmod per module (each .ko is read, and decompressed when .xz/.zst). Owns its own
 * ModuleDatabase: a libkmod context is not thread-safe.
 */
class ModuleIndexerWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int batchSize = 200;

    explicit ModuleIndexerWorker(std::shared_ptr<std::atomic<int>> generation, QObject* parent = nullptr);

public Q_SLOTS:
    /// Indexes /lib/modules/@p release (or @p directory); stops early when the generation moves on.
    void run(int generation, const QString& release, const QString& directory);

Q_SIGNALS:
    void progress(int generation, int done, int total);
    void batchReady(int generation, const QList<kaleido::ModuleInfo>& modules);
    void finished(int generation);
    void failed(int generation, const kaleido::Error& error);

private:
    std::shared_ptr<std::atomic<int>> m_generation;
};

} // namespace kaleido
