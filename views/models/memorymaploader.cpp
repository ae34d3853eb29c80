// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymaploader.h"

#include "memorymaps.h"
#include "pidfs.h"
#include "smaps.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kaleido {

MemoryMapLoader::MemoryMapLoader(QString path, qint32 pid)
    : m_path(std::move(path))
    , m_pid(pid)
{}

MemoryMapLoader::~MemoryMapLoader()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
}

void MemoryMapLoader::push(QByteArray piece)
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(piece));
    }
    m_wake.notify_one();
}

Result<QList<MemoryMapModel::Mapping>> MemoryMapLoader::finish(QByteArray last)
{
    if (!m_thread.joinable()) { // small: nothing was cut, parse here
        convert(std::move(last));
    } else {
        push(std::move(last));
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    qsizetype count = 0;
    for (const auto& piece : std::as_const(m_pieces))
        count += piece.size();
    if (count == 0 && m_error)
        return *m_error;
    QList<MemoryMapModel::Mapping> all;
    all.reserve(count);
    for (auto& piece : m_pieces)
        all.append(std::move(piece));
    return all;
}

void MemoryMapLoader::run()
{
    for (;;) {
        QByteArray piece;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                return;
            piece = std::move(m_queue.front());
            m_queue.pop_front();
        }
        convert(std::move(piece));
    }
}

void MemoryMapLoader::convert(QByteArray piece)
{
    const Result<Smaps> smaps = parseSmapsOwned(std::move(piece), m_path);
    if (!smaps.ok()) {
        if (!m_error)
            m_error = smaps.error();
        return;
    }
    m_pieces.append(MemoryMapModel::fromSmaps(smaps.value(), m_pid).mappings);
}

qsizetype MemoryMapLoader::lastEntryStart(const QByteArray& text, qsizetype window)
{
    const char* const base = text.constData();
    qsizetype end = text.lastIndexOf('\n'); // lines after it are incomplete
    const qsizetype stop = std::max<qsizetype>(0, text.size() - window);
    while (end > stop) {
        const char* newline = static_cast<const char*>(::memrchr(base, '\n', size_t(end)));
        const qsizetype lineStart = newline ? qsizetype(newline - base) + 1 : 0;
        if (lineStart > 0 && detail::looksLikeMapsLine(QByteArrayView(base + lineStart, end - lineStart)))
            return lineStart;
        if (!newline)
            break;
        end = lineStart - 1;
    }
    return 0;
}

Result<MemoryMapModel::Snapshot> MemoryMapLoader::load(const KernelFs& fs, qint32 pid,
                                                       std::atomic<qint64>* progress, qint64 sizeHint)
{
    // Pieces of about this size go to the parsing thread while the rest is being read.
    constexpr qsizetype pieceBytes = 256 * 1024;
    constexpr qsizetype readBytes = 64 * 1024;
    if (progress)
        progress->store(0, std::memory_order_relaxed);
    const QString path = PidFs::path(pid, u"smaps");
    const QByteArray native = QFile::encodeName(fs.hostPath(path));
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return PidFs::classify(fs, pid, errorFromErrno(errno, path));

    MemoryMapLoader pipeline(path, pid);
    QByteArray current;
    current.reserve(std::min<qsizetype>(std::max<qsizetype>(sizeHint, 4096), pieceBytes) + readBytes);
    qint64 total = 0;
    for (;;) {
        if (current.capacity() - current.size() < readBytes)
            current.reserve(current.capacity() * 2);
        const qsizetype used = current.size();
        current.resize(current.capacity());
        const ssize_t n = ::read(fd, current.data() + used, size_t(current.size() - used));
        if (n < 0) {
            const int err = errno;
            current.resize(used);
            if (err == EINTR)
                continue;
            ::close(fd);
            return PidFs::classify(fs, pid, errorFromErrno(err, path));
        }
        current.resize(used + n);
        if (n == 0)
            break;
        total += n;
        if (progress)
            progress->store(total, std::memory_order_relaxed);
        if (current.size() < pieceBytes)
            continue;
        // Cut after the last whole entry: the complete ones go to be parsed, the rest stays.
        const qsizetype cut = lastEntryStart(current, 64 * 1024);
        if (cut <= 0)
            continue;
        QByteArray rest = current.sliced(cut);
        rest.reserve(pieceBytes + readBytes);
        current.truncate(cut);
        pipeline.push(std::move(current));
        current = std::move(rest);
    }
    ::close(fd);
    Result<QList<MemoryMapModel::Mapping>> mappings = pipeline.finish(std::move(current));
    if (!mappings.ok())
        return mappings.error();
    MemoryMapModel::Snapshot snapshot;
    snapshot.pid = pid;
    snapshot.mappings = std::move(mappings).value();
    snapshot.totals = MemoryMapModel::totalsOf(snapshot.mappings);
    snapshot.sourceBytes = total;
    snapshot.takenMs = QDateTime::currentMSecsSinceEpoch();
    return snapshot;
}

} // namespace kaleido
