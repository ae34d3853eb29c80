// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "kernelfs.h"
#include "kmsgjoiner.h"
#include "kmsgreader.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace kaleido {

namespace privileged {
class PrivilegedStream;
struct StreamFrame;
} // namespace privileged

/**
 * Delivers kernel log records to the Kernel log page, from one of three sources:
 *
 * - the live /dev/kmsg, read directly: the whole buffer at once, then each new record as the kernel writes it
 *   (a QSocketNotifier on the device, no polling);
 * - a captured tree's dev/kmsg (a text capture), read once;
 * - a privileged stream (the helper reading /dev/kmsg for us when kernel.dmesg_restrict forbids reading it):
 *   attachStream() takes each frame's raw records.
 *
 * Continued lines of older kernels are joined (KmsgJoiner) before records are delivered. When the kernel
 * refuses to open /dev/kmsg, needsAuthorization() is emitted; other errors go to unavailable().
 */
class KernelLogFeed : public QObject
{
    Q_OBJECT
public:
    enum class Source
    {
        None,
        Device,  ///< the live /dev/kmsg, followed
        Capture, ///< a text capture, read once
        Stream,  ///< a privileged stream
    };
    Q_ENUM(Source)

    explicit KernelLogFeed(KernelFs fs, QObject* parent = nullptr);
    ~KernelLogFeed() override;

    /// Opens dev/kmsg below the root and delivers what it holds. Stops any stream.
    void start();
    /// Stops reading (the device, or the stream: the stream is closed).
    void stop();
    Source source() const { return m_source; }
    /// Whether new records can still arrive (the device or an open stream).
    bool isFollowing() const;

    /// Takes the frames of @p stream (not owned) as the source; any direct reading stops.
    void attachStream(privileged::PrivilegedStream* stream);
    /// Feeds raw /dev/kmsg records (as a stream frame carries them) as if they had arrived (tests).
    void ingest(QByteArrayView payload);

Q_SIGNALS:
    void recordsReady(const QList<kaleido::KmsgRecord>& records);
    void gapReady(const kaleido::KmsgReader::Gap& gap);
    /// The kernel refused to let this user read its log (kernel.dmesg_restrict = 1).
    void needsAuthorization(const kaleido::Error& error);
    /// The log cannot be read for another reason (absent, I/O error).
    void unavailable(const kaleido::Error& error);
    /// Records that could not be parsed were left out (@p count this time).
    void recordsSkipped(int count);

private:
    void readDevice();
    void deliver(QList<KmsgRecord> records, bool complete);
    void flushPending();
    void onFrame(const privileged::StreamFrame& frame);

    KernelFs m_fs;
    std::unique_ptr<KmsgReader> m_reader;
    QSocketNotifier* m_notifier = nullptr;
    QPointer<privileged::PrivilegedStream> m_stream;
    KmsgJoiner m_joiner;
    QTimer m_flushTimer;
    Source m_source = Source::None;
};

} // namespace kaleido
