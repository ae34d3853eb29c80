// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "kernelfs.h"
#include "memorymapmodel.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace kaleido {

/**
 * Reads a process's smaps for MemoryMapModel and turns it into rows, parsing while it reads.
 *
 * The kernel's formatting of smaps is the expensive part of reading it, done inside read() 4 KiB at a time.
 * load() hands every piece of about 256 KiB of whole areas (cut before the last complete header line) to a
 * second thread, which parses and converts it while the rest is still being read; the pieces are joined in
 * order at the end. A map smaller than one piece is parsed on the reading thread. See docs/PERFORMANCE.md.
 */
class MemoryMapLoader
{
public:
    MemoryMapLoader(QString path, qint32 pid);
    ~MemoryMapLoader();
    MemoryMapLoader(const MemoryMapLoader&) = delete;
    MemoryMapLoader& operator=(const MemoryMapLoader&) = delete;

    /// Hands over one piece of whole entries (on the reading thread); the first one starts the parsing
    /// thread.
    void push(QByteArray piece);
    /// The last piece; waits for every piece and returns the rows in address order. As for a whole file, a
    /// piece that does not parse at all is skipped; only when nothing parsed is its error returned.
    Result<QList<MemoryMapModel::Mapping>> finish(QByteArray last);

    /// Reads and converts @p pid's smaps below @p fs's root (blocking). @p progress, when given, follows the
    /// bytes read; @p sizeHint is the length expected.
    static Result<MemoryMapModel::Snapshot> load(const KernelFs& fs, qint32 pid,
                                                 std::atomic<qint64>* progress, qint64 sizeHint);
    /// Where the last whole smaps entry of @p text ends and the next begins: the start of its last complete
    /// header line ("start-end perms …"), or 0 when there is none in the last @p window bytes.
    static qsizetype lastEntryStart(const QByteArray& text, qsizetype window);

private:
    void run();
    void convert(QByteArray piece);

    QString m_path;
    qint32 m_pid;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QByteArray> m_queue;
    bool m_done = false;
    // Written by the parsing thread only (or by the reading thread when there is none), read after the join.
    QList<QList<MemoryMapModel::Mapping>> m_pieces;
    std::optional<Error> m_error;
};

} // namespace kaleido
