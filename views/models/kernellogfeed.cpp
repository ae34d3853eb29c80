// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernellogfeed.h"

#include "privilegedstream.h"
#include "streamsource.h"

#include <QSocketNotifier>

namespace kaleido {

KernelLogFeed::KernelLogFeed(KernelFs fs, QObject* parent)
    : QObject(parent)
    , m_fs(std::move(fs))
{
    // A line an older kernel printed in pieces completes with its next record; when none follows soon, it is
    // shown as it is.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(500);
    connect(&m_flushTimer, &QTimer::timeout, this, &KernelLogFeed::flushPending);
}

KernelLogFeed::~KernelLogFeed()
{
    stop();
}

bool KernelLogFeed::isFollowing() const
{
    return (m_source == Source::Device && m_notifier) || (m_source == Source::Stream && m_stream);
}

void KernelLogFeed::start()
{
    stop();
    m_reader = std::make_unique<KmsgReader>(m_fs);
    if (auto error = m_reader->open()) {
        m_reader.reset();
        if (error->kind == ErrorKind::PermissionDenied)
            Q_EMIT needsAuthorization(*error);
        else
            Q_EMIT unavailable(*error);
        return;
    }
    if (m_reader->isDevice()) {
        m_source = Source::Device;
        m_notifier = new QSocketNotifier(m_reader->descriptor(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &KernelLogFeed::readDevice);
    } else {
        m_source = Source::Capture;
    }
    readDevice();
}

void KernelLogFeed::stop()
{
    m_flushTimer.stop();
    flushPending();
    delete m_notifier;
    m_notifier = nullptr;
    m_reader.reset();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream = nullptr; // the page owns the stream and closes it
    }
    m_source = Source::None;
}

void KernelLogFeed::readDevice()
{
    if (!m_reader)
        return;
    auto batch = m_reader->readNew();
    if (!batch) {
        const Error error = batch.error();
        stop();
        if (error.kind == ErrorKind::PermissionDenied)
            Q_EMIT needsAuthorization(error);
        else
            Q_EMIT unavailable(error);
        return;
    }
    if (!batch->skippedRecords.isEmpty())
        Q_EMIT recordsSkipped(int(batch->skippedRecords.size()));
    // A gap interrupts any continued line: what came before it is complete.
    if (!batch->gaps.isEmpty()) {
        QList<KmsgRecord> before;
        QList<KmsgRecord> after;
        const quint64 resumed = batch->gaps.constFirst().resumedSequence.value_or(0);
        for (const KmsgRecord& record : batch->records)
            (record.sequence < resumed ? before : after).append(record);
        deliver(std::move(before), true);
        for (const KmsgReader::Gap& gap : std::as_const(batch->gaps))
            Q_EMIT gapReady(gap);
        deliver(std::move(after), m_source == Source::Capture);
        return;
    }
    deliver(batch->records, m_source == Source::Capture);
}

void KernelLogFeed::deliver(QList<KmsgRecord> records, bool complete)
{
    QList<KmsgRecord> done = m_joiner.add(std::move(records));
    if (complete)
        done += m_joiner.flush();
    if (!done.isEmpty())
        Q_EMIT recordsReady(done);
    if (m_joiner.pendingCount() > 0)
        m_flushTimer.start();
}

void KernelLogFeed::flushPending()
{
    const QList<KmsgRecord> rest = m_joiner.flush();
    if (!rest.isEmpty())
        Q_EMIT recordsReady(rest);
}

void KernelLogFeed::attachStream(privileged::PrivilegedStream* stream)
{
    stop();
    m_stream = stream;
    m_source = Source::Stream;
    connect(stream, &privileged::PrivilegedStream::frameReceived, this, &KernelLogFeed::onFrame);
    connect(stream, &privileged::PrivilegedStream::ended, this, [this] {
        m_flushTimer.stop();
        flushPending();
    });
}

void KernelLogFeed::onFrame(const privileged::StreamFrame& frame)
{
    ingest(frame.payload);
}

void KernelLogFeed::ingest(QByteArrayView payload)
{
    auto log = parseKmsgText(payload);
    if (!log) {
        Q_EMIT recordsSkipped(1);
        return;
    }
    if (!log->skippedLines.isEmpty())
        Q_EMIT recordsSkipped(int(log->skippedLines.size()));
    deliver(std::move(log->records), false);
}

} // namespace kaleido
