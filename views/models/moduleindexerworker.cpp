// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleindexerworker.h"

#include "moduledatabase.h"

namespace kaleido {

ModuleIndexerWorker::ModuleIndexerWorker(std::shared_ptr<std::atomic<int>> generation, QObject* parent)
    : QObject(parent)
    , m_generation(std::move(generation))
{}

void ModuleIndexerWorker::run(int generation, const QString& release, const QString& directory)
{
    const auto current = [&] { return m_generation->load() == generation; };
    if (!current())
        return;
    const ModuleDatabase database(release, directory);
    const auto index = database.index();
    if (!index) {
        Q_EMIT failed(generation, index.error());
        return;
    }
    const int total = int(index->size());
    Q_EMIT progress(generation, 0, total);
    QList<ModuleInfo> batch;
    batch.reserve(batchSize);
    int done = 0;
    for (const ModuleIndexEntry& entry : *index) {
        if (!current())
            return;
        Result<ModuleInfo> info = entry.builtIn ? database.info(entry.name) : database.fromFile(entry.path);
        if (info) {
            batch.append(std::move(info).value());
        } else {
            // An unreadable file still is a module of this kernel: list it by name.
            ModuleInfo bare;
            bare.name = entry.name;
            bare.filename = entry.path;
            bare.builtIn = entry.builtIn;
            bare.depends = entry.dependencies;
            batch.append(std::move(bare));
        }
        ++done;
        if (batch.size() >= batchSize) {
            Q_EMIT batchReady(generation, batch);
            Q_EMIT progress(generation, done, total);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        Q_EMIT batchReady(generation, batch);
    Q_EMIT progress(generation, done, total);
    Q_EMIT finished(generation);
}

} // namespace kaleido
