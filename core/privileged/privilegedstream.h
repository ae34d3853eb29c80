// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"
#include "streamsource.h"

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace kaleido::privileged {

class ReadStream;

/**
 * A root-only source (slabinfo, /sys/kernel/slab, pagetypeinfo, vmallocinfo, /dev/kmsg, another user's smaps)
 * arriving as frames: from kaleido-helper through a pipe only this process holds, or, when the app runs as
 * root, from the same reader inside this process. opened() or failed() comes first (failed() carries the
 * structured reason: not authorized, rejected, helper unavailable); then frameReceived() per sample until
 * ended(). Deleting the object (or close()) ends the stream in the helper too.
 */
class PrivilegedStream : public QObject
{
    Q_OBJECT

public:
    explicit PrivilegedStream(StreamSource source, QObject* parent = nullptr);
    ~PrivilegedStream() override;

    StreamSource source() const { return m_source; }
    bool isOpen() const { return m_fd >= 0; }

    /// Starts reading frames from @p fd (takes ownership). Used by PrivilegedClient.
    void attach(int fd);
    /// Runs @p reader in this process, writing into a pipe this object reads (the root route).
    void attachLocal(ReadStream* reader, int fd);
    /// Reports that the stream could not be opened.
    void fail(const OperationResult& result);
    void close();

Q_SIGNALS:
    void opened();
    void failed(const kaleido::privileged::OperationResult& result);
    void frameReceived(const kaleido::privileged::StreamFrame& frame);
    /// The stream is over: the source vanished, the helper stopped it, or the data was corrupt.
    void ended(const QString& reason);

private:
    void readAvailable();
    void finish(const QString& reason);

    StreamSource m_source;
    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
    ReadStream* m_local = nullptr;
    QByteArray m_buffer;
    bool m_ended = false;
};

} // namespace kaleido::privileged
