// SPDX-License-Identifier: GPL-2.0-or-later
#include "streamserver.h"

#include "readstream.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace kaleido::helper {

using privileged::Checked;
using privileged::Rejection;
using privileged::StreamSource;

namespace {} // namespace

StreamServer::StreamServer(KernelFs fs, QObject* parent)
    : QObject(parent)
    , m_fs(std::move(fs))
{}

StreamServer::~StreamServer() = default;

Checked<StreamServer::Prepared> StreamServer::prepare(const privileged::StreamRequest& request) const
{
    Prepared prepared{request, {}};
    if (request.source != StreamSource::Smaps)
        return prepared;
    const QString kernelPath = QStringLiteral("/proc/%1").arg(request.pid);
    const QByteArray path = QFile::encodeName(m_fs.hostPath(kernelPath));
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Rejection{tr("There is no process %1.").arg(request.pid)};
    prepared.procDir = std::shared_ptr<const int>(new int(fd), [](const int* p) {
        ::close(*p);
        delete p;
    });
    return prepared;
}

std::variant<StreamServer::Opened, QString> StreamServer::open(const QString& caller,
                                                               const Prepared& prepared)
{
    if (m_streams.size() >= maximumStreams || m_streams.count(caller) >= maximumStreamsPerCaller)
        return tr("Too many streams are open; close one first.");

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return errorFromErrno(errno, QStringLiteral("pipe")).message();
    ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
    ::fcntl(fds[1], F_SETPIPE_SZ, ReadStream::pipeBytes); // a larger pipe if allowed; fine if not

    const int procDir = prepared.procDir ? ::fcntl(*prepared.procDir, F_DUPFD_CLOEXEC, 0) : -1;
    auto* stream = new ReadStream(m_fs, prepared.request, procDir, fds[1], this);
    Opened opened{QDBusUnixFileDescriptor(fds[0]), {}}; // duplicates the read end
    ::close(fds[0]);
    if (auto error = stream->start()) {
        delete stream;
        return error->message();
    }
    if (stream->isFinished()) { // the first write already failed
        delete stream;
        return tr("The stream ended before it was handed out.");
    }
    connect(stream, &ReadStream::finished, this, [this, caller, stream](const QString& reason) {
        m_streams.remove(caller, stream);
        stream->deleteLater();
        Q_EMIT streamClosed(caller, reason);
    });
    m_streams.insert(caller, stream);

    opened.info.insert(QStringLiteral("source"), privileged::streamSourceName(prepared.request.source));
    opened.info.insert(QStringLiteral("interval-ms"), prepared.request.intervalMs);
    if (prepared.request.source == StreamSource::Smaps)
        opened.info.insert(QStringLiteral("pid"), prepared.request.pid);
    return opened;
}

void StreamServer::callerLeft(const QString& caller)
{
    const QList<ReadStream*> streams = m_streams.values(caller);
    for (ReadStream* stream : streams)
        stream->stop(tr("the caller left the bus"));
}

} // namespace kaleido::helper
