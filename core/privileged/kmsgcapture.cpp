// SPDX-License-Identifier: GPL-2.0-or-later
#include "kmsgcapture.h"

#include "kmsgrecord.h"
#include "operationresult.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaleido::privileged {

namespace {

QString formatted(const KmsgRecord& record)
{
    return QLatin1Char('<') + QString::number(record.facility * 8 + record.priority) + QLatin1Char('>') +
           record.message;
}

} // namespace

KmsgCapture::KmsgCapture(const KernelFs& fs)
{
    const QByteArray native = QFile::encodeName(fs.hostPath(QStringLiteral("/dev/kmsg")));
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return;
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISREG(st.st_mode))) {
        ::close(fd);
        return;
    }
    // On /dev/kmsg SEEK_END moves past the last record; on a regular file, to its end.
    if (::lseek(fd, 0, SEEK_END) < 0) {
        ::close(fd);
        return;
    }
    m_fd = fd;
    m_isDevice = S_ISCHR(st.st_mode);
}

KmsgCapture::~KmsgCapture()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QStringList KmsgCapture::collect()
{
    QStringList lines;
    if (m_fd < 0)
        return lines;
    // One read() is one record on the device; the longest is 8 KiB (a smaller buffer gets EINVAL). A bound on
    // the count keeps a flood of messages from holding the operation up.
    QByteArray buffer(8192, Qt::Uninitialized);
    if (!m_isDevice) {
        QByteArray text;
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer.data(), size_t(buffer.size()));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0 || text.size() > (1 << 20))
                break;
            text.append(buffer.constData(), n);
        }
        if (auto log = parseKmsgText(text)) {
            for (const KmsgRecord& record : log->records) {
                lines.append(formatted(record));
                noteSequence(record.sequence);
            }
        }
        return lines;
    }
    for (int reads = 0; reads < 10000; ++reads) {
        const ssize_t n = ::read(m_fd, buffer.data(), size_t(buffer.size()));
        if (n < 0) {
            if (errno == EINTR || errno == EPIPE) // EPIPE: records were overwritten; carry on with the next
                continue;
            break; // EAGAIN: nothing more
        }
        if (n == 0)
            break;
        if (auto record = parseKmsgRecord(QByteArrayView(buffer.constData(), n))) {
            lines.append(formatted(*record));
            noteSequence(record->sequence);
        }
    }
    return lines;
}

void KmsgCapture::collectInto(OperationResult& result)
{
    result.kernelLog = collect();
    result.kernelLogFirstSequence = m_firstSequence ? qint64(*m_firstSequence) : -1;
    result.kernelLogLastSequence = m_lastSequence ? qint64(*m_lastSequence) : -1;
}

void KmsgCapture::noteSequence(quint64 sequence)
{
    if (!m_firstSequence)
        m_firstSequence = sequence;
    m_lastSequence = sequence;
}

} // namespace kaleido::privileged
