// SPDX-License-Identifier: GPL-2.0-or-later
#include "readstream.h"

#include "slabcacheattributes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaleido::privileged {

using privileged::StreamSource;

namespace {

/// Reads @p fd to its end.
std::optional<int> readAll(int fd, QByteArray& out)
{
    out.resize(0);
    qsizetype used = 0;
    for (;;) {
        if (out.size() - used < 16384)
            out.resize(std::max<qsizetype>(65536, out.size() * 2));
        const ssize_t n = ::read(fd, out.data() + used, size_t(out.size() - used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            break;
        used += n;
    }
    out.resize(used);
    return std::nullopt;
}

QByteArray slabCacheLines(const SlabSysfs& slab)
{
    QByteArray out;
    for (const SlabCacheAttributes& cache : slab.caches) {
        const QByteArray directory = cache.directory.toUtf8();
        for (const KernelAttribute& item : cache.attributes.items) {
            if (!item.hasValue())
                continue;
            out += directory + '/' + item.name.toUtf8() + '=' + item.text + '\n';
        }
    }
    return out;
}

QString kernelPathOf(StreamSource source, qint32 pid)
{
    switch (source) {
    case StreamSource::SlabInfo:
        return QStringLiteral("/proc/slabinfo");
    case StreamSource::SlabCaches:
        return QStringLiteral("/sys/kernel/slab");
    case StreamSource::PageTypeInfo:
        return QStringLiteral("/proc/pagetypeinfo");
    case StreamSource::VmallocInfo:
        return QStringLiteral("/proc/vmallocinfo");
    case StreamSource::KernelLog:
        return QStringLiteral("/dev/kmsg");
    case StreamSource::Smaps:
        return QStringLiteral("/proc/%1/smaps").arg(pid);
    }
    return {};
}

} // namespace

ReadStream::ReadStream(KernelFs fs, StreamRequest request, int procDirFd, int writeFd,
                       QObject* parent)
    : QObject(parent)
    , m_fs(std::move(fs))
    , m_request(request)
    , m_procDirFd(procDirFd)
    , m_writeFd(writeFd)
{
    m_writable = new QSocketNotifier(m_writeFd, QSocketNotifier::Write, this);
    m_writable->setEnabled(false);
    connect(m_writable, &QSocketNotifier::activated, this, &ReadStream::flush);

    m_interval.setInterval(int(request.intervalMs));
    connect(&m_interval, &QTimer::timeout, this, &ReadStream::tick);
    m_stall.setSingleShot(true);
    m_stall.setInterval(stallLimitMs);
    connect(&m_stall, &QTimer::timeout, this,
            [this] { stop(QStringLiteral("the reader took nothing for %1 s").arg(stallLimitMs / 1000)); });
    m_liveness.setInterval(1000);
    connect(&m_liveness, &QTimer::timeout, this, &ReadStream::checkReader);
}

ReadStream::~ReadStream()
{
    for (int fd : {m_writeFd, m_procDirFd, m_kmsgFd}) {
        if (fd >= 0)
            ::close(fd);
    }
}

std::optional<Error> ReadStream::start()
{
    if (m_request.source == StreamSource::KernelLog) {
        if (auto error = openKernelLog())
            return error;
        readKernelLog();
    } else {
        auto first = readSnapshot();
        if (!first)
            return first.error();
        send(*first);
        m_interval.start();
    }
    m_liveness.start();
    return std::nullopt;
}

void ReadStream::stop(const QString& reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_interval.stop();
    m_stall.stop();
    m_liveness.stop();
    m_writable->setEnabled(false);
    if (m_kmsgReadable)
        m_kmsgReadable->setEnabled(false);
    ::close(m_writeFd);
    m_writeFd = -1;
    Q_EMIT finished(reason);
}

Result<QByteArray> ReadStream::readSnapshot() const
{
    const QString kernelPath = kernelPathOf(m_request.source, m_request.pid);
    switch (m_request.source) {
    case StreamSource::SlabCaches: {
        auto slab = readSlabSysfs(m_fs);
        if (!slab)
            return slab.error();
        return slabCacheLines(*slab);
    }
    case StreamSource::Smaps: {
        // Relative to the /proc/PID directory opened when the request was validated: if that process has
        // exited, this fails even when the PID now belongs to another one.
        const int fd = ::openat(m_procDirFd, "smaps", O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return errorFromErrno(errno, kernelPath);
        QByteArray bytes;
        const auto err = readAll(fd, bytes);
        ::close(fd);
        if (err)
            return errorFromErrno(*err, kernelPath);
        return bytes;
    }
    case StreamSource::KernelLog:
        break;
    default:
        return m_fs.readFile(kernelPath);
    }
    return errorFromErrno(EINVAL, kernelPath);
}

std::optional<Error> ReadStream::openKernelLog()
{
    const QByteArray path = QFile::encodeName(m_fs.hostPath(QStringLiteral("/dev/kmsg")));
    m_kmsgFd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_kmsgFd < 0)
        return errorFromErrno(errno, QStringLiteral("/dev/kmsg"));
    struct stat st = {};
    if (::fstat(m_kmsgFd, &st) == 0 && S_ISCHR(st.st_mode)) {
        m_kmsgReadable = new QSocketNotifier(m_kmsgFd, QSocketNotifier::Read, this);
        connect(m_kmsgReadable, &QSocketNotifier::activated, this, &ReadStream::readKernelLog);
    }
    return std::nullopt;
}

void ReadStream::readKernelLog()
{
    if (!m_kmsgReadable) {
        // A text capture below a test root: one frame with all of it; there is nothing to follow.
        QByteArray bytes;
        readAll(m_kmsgFd, bytes);
        send(bytes);
        return;
    }
    QByteArray batch;
    char record[16384];
    for (;;) {
        const ssize_t n = ::read(m_kmsgFd, record, sizeof record);
        if (n > 0) {
            batch.append(record, n);
            if (batch.size() > 1 << 20)
                break; // one frame per megabyte; the notifier fires again for the rest
            continue;
        }
        if (n < 0 && (errno == EINTR || errno == EPIPE))
            continue; // EPIPE: the ring buffer overwrote records not read yet; reading resumes after them
        if (n < 0 && errno != EAGAIN) {
            stop(tr("the kernel log could not be read: %1")
                     .arg(errorFromErrno(errno, QStringLiteral("/dev/kmsg")).message()));
            return;
        }
        break;
    }
    if (!batch.isEmpty())
        send(batch);
}

void ReadStream::tick()
{
    if (!m_pending.isEmpty())
        return; // the reader has not taken the last frame yet: skip this snapshot
    auto snapshot = readSnapshot();
    if (!snapshot) {
        stop(snapshot.error().message());
        return;
    }
    send(*snapshot);
}

void ReadStream::send(const QByteArray& payload)
{
    if (m_finished)
        return;
    const QByteArray frame = privileged::encodeStreamFrame(
        {QDateTime::currentMSecsSinceEpoch(), payload.left(privileged::maximumStreamFramePayload)});
    if (!m_pending.isEmpty() && m_pending.size() + frame.size() > backlogLimit) {
        stop(tr("the reader fell too far behind"));
        return;
    }
    m_pending += frame;
    flush();
}

void ReadStream::flush()
{
    qsizetype written = 0;
    while (written < m_pending.size()) {
        const ssize_t n =
            ::write(m_writeFd, m_pending.constData() + written, size_t(m_pending.size() - written));
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            break;
        stop(errno == EPIPE ? tr("the reader closed the stream")
                            : errorFromErrno(errno, QStringLiteral("pipe")).message());
        return;
    }
    m_pending.remove(0, written);
    if (m_pending.isEmpty()) {
        m_writable->setEnabled(false);
        m_stall.stop();
    } else {
        m_writable->setEnabled(true);
        if (written > 0 || !m_stall.isActive())
            m_stall.start();
    }
}

void ReadStream::checkReader()
{
    pollfd p{m_writeFd, 0, 0};
    if (::poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP)))
        stop(tr("the reader closed the stream"));
}

} // namespace kaleido::privileged
