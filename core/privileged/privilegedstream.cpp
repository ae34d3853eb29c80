// SPDX-License-Identifier: GPL-2.0-or-later
#include "privilegedstream.h"

#include "readstream.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace kaleido::privileged {

PrivilegedStream::PrivilegedStream(StreamSource source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{}

PrivilegedStream::~PrivilegedStream()
{
    close();
}

void PrivilegedStream::attach(int fd)
{
    m_fd = fd;
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PrivilegedStream::readAvailable);
    QMetaObject::invokeMethod(this, &PrivilegedStream::opened, Qt::QueuedConnection);
}

void PrivilegedStream::attachLocal(ReadStream* reader, int fd)
{
    m_local = reader;
    reader->setParent(this);
    connect(reader, &ReadStream::finished, this, [this](const QString& reason) {
        // Frames already in the pipe are still read; the end shows as end of file.
        if (m_fd < 0)
            finish(reason);
    });
    attach(fd);
}

void PrivilegedStream::fail(const OperationResult& result)
{
    m_ended = true;
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT failed(result); }, Qt::QueuedConnection);
}

void PrivilegedStream::close()
{
    if (m_local && !m_local->isFinished())
        m_local->stop(
            QCoreApplication::translate("kaleido::privileged::PrivilegedStream", "closed by the reader"));
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd); // the helper sees EPIPE and ends the stream
        m_fd = -1;
    }
}

void PrivilegedStream::readAvailable()
{
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
        if (n > 0) {
            m_buffer.append(chunk, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        bool corrupt = false;
        const QList<StreamFrame> frames = takeStreamFrames(m_buffer, &corrupt);
        for (const StreamFrame& frame : frames)
            Q_EMIT frameReceived(frame);
        if (corrupt) {
            close();
            finish(QCoreApplication::translate("kaleido::privileged::PrivilegedStream",
                                               "The stream's data was not in the expected format."));
        } else if (n == 0) {
            close();
            finish(QCoreApplication::translate("kaleido::privileged::PrivilegedStream",
                                               "The stream ended: the source can no longer be read, or the "
                                               "helper stopped it."));
        }
        return; // EAGAIN: wait for more
    }
}

void PrivilegedStream::finish(const QString& reason)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT ended(reason);
}

} // namespace kaleido::privileged
