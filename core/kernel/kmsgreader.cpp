// SPDX-License-Identifier: GPL-2.0-or-later
#include "kmsgreader.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace kaleido {

namespace {

const QString& kmsgPath()
{
    static const QString path = QStringLiteral("/dev/kmsg");
    return path;
}

Error errorFor(int err)
{
    Error e;
    e.path = kmsgPath();
    switch (err) {
    case ENOENT:
    case ENOTDIR:
    case ENXIO:
    case ENODEV:
        e.kind = ErrorKind::Absent;
        break;
    case EACCES:
    case EPERM:
        e.kind = ErrorKind::PermissionDenied;
        break;
    default:
        e.kind = ErrorKind::IoError;
        break;
    }
    e.detail = QString::fromLocal8Bit(std::strerror(err));
    return e;
}

} // namespace

KmsgReader::KmsgReader(KernelFs fs)
    : m_fs(std::move(fs))
{}

KmsgReader::~KmsgReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::optional<Error> KmsgReader::open()
{
    if (m_fd >= 0)
        return std::nullopt;
    const QByteArray native = QFile::encodeName(m_fs.hostPath(kmsgPath()));
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return errorFor(errno);
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return errorFor(err);
    }
    m_fd = fd;
    m_isDevice = S_ISCHR(st.st_mode);
    return std::nullopt;
}

Result<KmsgReader::Batch> KmsgReader::readNew()
{
    if (auto error = open())
        return *error;
    Batch batch;

    if (!m_isDevice) {
        // A text capture: all of it once, nothing new afterwards.
        if (m_captureRead)
            return batch;
        m_captureRead = true;
        auto bytes = m_fs.readFile(kmsgPath());
        if (!bytes)
            return bytes.error();
        auto log = parseKmsgText(*bytes, kmsgPath());
        if (!log)
            return log.error();
        batch.records = std::move(log->records);
        batch.skippedRecords = std::move(log->skippedLines);
        if (!batch.records.isEmpty())
            m_lastSequence = batch.records.constLast().sequence;
        return batch;
    }

    // The kernel's longest record (CONSOLE_EXT_LOG_MAX) is 8 KiB; a smaller buffer would get EINVAL.
    QByteArray buffer(8192, Qt::Uninitialized);
    bool gapPending = false;
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer.data(), size_t(buffer.size()));
        if (n < 0) {
            const int err = errno;
            if (err == EINTR)
                continue;
            if (err == EAGAIN)
                break;
            if (err == EPIPE) {
                // Records we had not read were overwritten; the next read() returns the oldest one left.
                batch.gaps.append(Gap{m_lastSequence.value_or(0), std::nullopt});
                gapPending = true;
                continue;
            }
            return errorFor(err);
        }
        if (n == 0)
            break;
        auto record = parseKmsgRecord(QByteArrayView(buffer.constData(), n), kmsgPath());
        if (!record) {
            batch.skippedRecords.append(record.error());
            continue;
        }
        if (gapPending) {
            batch.gaps.last().resumedSequence = record->sequence;
            gapPending = false;
        }
        m_lastSequence = record->sequence;
        batch.records.append(std::move(record).value());
    }
    return batch;
}

qint64 kmsgBootEpochUs()
{
    const auto micros = [](clockid_t clock) {
        timespec ts = {};
        ::clock_gettime(clock, &ts);
        return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
    };
    return micros(CLOCK_REALTIME) - micros(CLOCK_MONOTONIC);
}

} // namespace kaleido
