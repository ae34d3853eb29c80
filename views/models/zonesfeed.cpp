// SPDX-License-Identifier: GPL-2.0-or-later
#include "zonesfeed.h"

#include "privilegedclient.h"
#include "privilegedstream.h"
#include "refreshclock.h"

#include <QThread>

#include <algorithm>

namespace kaleido {

namespace {
const QString kPageTypeInfo = QStringLiteral("/proc/pagetypeinfo");
}

ZonesFeed::ZonesFeed(KernelFs fs, QObject* parent)
    : QObject(parent)
    , m_fs(std::move(fs))
    , m_pageSize(systemPageSize())
    , m_thread(std::make_unique<QThread>())
    , m_worker(std::make_unique<QObject>())
{
    m_thread->setObjectName(QStringLiteral("kaleido zones"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start(QThread::LowPriority);
}

ZonesFeed::~ZonesFeed()
{
    dropStream();
    // The worker posts its results to this object: it must be finished before this object goes.
    m_thread->quit();
    m_thread->wait();
    m_worker.reset();
}

QString ZonesFeed::needsPrivilegeText()
{
    return tr("The migrate-type breakdown comes from /proc/pagetypeinfo, which only root may read: "
              "producing it holds the allocator's locks, so the kernel does not let every user do it. "
              "Kaleido can read it through its helper; the system asks for an administrator's password.");
}

bool ZonesFeed::hasPageTypes() const
{
    return m_latest && m_latest->pageTypes &&
           (m_access == PageTypeAccess::Direct || m_access == PageTypeAccess::Streaming);
}

int ZonesFeed::staleAfterMs() const
{
    return std::max(5000, 3 * m_streamIntervalMs);
}

bool ZonesFeed::request()
{
    if (m_reading)
        return false;

    if (m_access == PageTypeAccess::Unknown && !m_directPageTypes)
        setAccess(PageTypeAccess::NeedsPrivilege, needsPrivilegeText());
    const bool readDirect = m_access == PageTypeAccess::Unknown || m_access == PageTypeAccess::Direct;

    std::optional<QByteArray> frame;
    std::optional<Error> stale;
    if (m_access == PageTypeAccess::Streaming) {
        if (m_frameAge.isValid() && m_frameAge.elapsed() <= staleAfterMs()) {
            frame = m_frame;
        } else {
            const qint64 seconds = m_frameAge.isValid() ? m_frameAge.elapsed() / 1000 : 0;
            stale = Error{ErrorKind::IoError, kPageTypeInfo, 0,
                          tr("no new data from kaleido-helper for %1 s").arg(seconds)};
        }
    }

    m_reading = true;
    const KernelFs fs = m_fs;
    const quint64 pageSize = m_pageSize;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, fs, pageSize, readDirect, frame, stale] {
            auto sample = std::make_shared<ZonesSample>(ZonesSample::read(fs, readDirect, pageSize));
            if (frame)
                sample->parsePageTypes(*frame);
            else if (stale)
                sample->pageTypesError = stale;
            ZonesSamplePtr done = std::move(sample);
            QMetaObject::invokeMethod(
                this, [this, done, readDirect] { finish(done, readDirect); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

void ZonesFeed::finish(const ZonesSamplePtr& sample, bool readPageTypes)
{
    m_reading = false;
    ZonesSamplePtr kept = sample;
    if (readPageTypes && m_access != PageTypeAccess::Opening && m_access != PageTypeAccess::Streaming) {
        if (sample->pageTypes) {
            setAccess(PageTypeAccess::Direct,
                      tr("Read directly from /proc/pagetypeinfo with each refresh (Kaleido runs as root)."));
        } else if (sample->pageTypesError && sample->pageTypesError->kind == ErrorKind::PermissionDenied) {
            // Not an error to show: the page says what is needed instead.
            auto copy = std::make_shared<ZonesSample>(*sample);
            copy->pageTypesError.reset();
            kept = std::move(copy);
            m_directPageTypes = false;
            setAccess(PageTypeAccess::NeedsPrivilege, needsPrivilegeText());
        } else if (sample->pageTypesError && sample->pageTypesError->kind == ErrorKind::Absent) {
            setAccess(PageTypeAccess::Unavailable,
                      tr("This kernel has no /proc/pagetypeinfo, so the free blocks cannot be split by "
                         "migrate type."));
        }
        // Other errors (a malformed line, an I/O error) stay with the sample and are shown with it.
    }
    m_latest = std::move(kept);
    Q_EMIT sampled();
}

void ZonesFeed::setAccess(PageTypeAccess access, const QString& status)
{
    if (access == m_access && status == m_status)
        return;
    m_access = access;
    m_status = status;
    Q_EMIT pageTypeAccessChanged(access);
}

void ZonesFeed::openPageTypeStream(privileged::PrivilegedClient* client, int intervalMs)
{
    dropStream();
    m_streamIntervalMs = std::clamp(intervalMs, int(privileged::minimumStreamIntervalMs),
                                    int(privileged::maximumStreamIntervalMs));
    m_frame.clear();
    m_frameAge.invalidate();
    setAccess(PageTypeAccess::Opening,
              tr("Asking kaleido-helper for /proc/pagetypeinfo… The system may be asking for an "
                 "administrator's password."));
    privileged::PrivilegedStream* stream =
        client->openStream(privileged::StreamSource::PageTypeInfo, 0, quint32(m_streamIntervalMs), this);
    m_stream = stream;
    connect(stream, &privileged::PrivilegedStream::opened, this, [this, stream] {
        if (stream == m_stream)
            streamOpened();
    });
    connect(stream, &privileged::PrivilegedStream::frameReceived, this,
            [this, stream](const privileged::StreamFrame& frame) {
                if (stream != m_stream)
                    return;
                m_frame = frame.payload;
                const bool first = !m_frameAge.isValid();
                m_frameAge.start();
                if (first) {
                    setAccess(PageTypeAccess::Streaming,
                              tr("Read through kaleido-helper every %1, as root may.")
                                  .arg(RefreshClock::intervalText(m_streamIntervalMs)));
                    request(); // show it now rather than at the next tick
                }
            });
    connect(stream, &privileged::PrivilegedStream::failed, this,
            [this, stream](const privileged::OperationResult& result) {
                if (stream == m_stream)
                    streamStopped(tr("kaleido-helper did not open /proc/pagetypeinfo: %1").arg(result.cause));
            });
    connect(stream, &privileged::PrivilegedStream::ended, this, [this, stream](const QString& reason) {
        if (stream == m_stream)
            streamStopped(tr("The stream of /proc/pagetypeinfo from kaleido-helper ended: %1").arg(reason));
    });
}

void ZonesFeed::streamOpened()
{
    setAccess(PageTypeAccess::Opening,
              tr("kaleido-helper opened /proc/pagetypeinfo; the first figures are on their way."));
}

void ZonesFeed::streamStopped(const QString& status)
{
    dropStream();
    setAccess(PageTypeAccess::Failed, status);
}

void ZonesFeed::dropStream()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater(); // it may be the sender of the signal being handled
        m_stream->close();
        m_stream = nullptr;
    }
    m_frame.clear();
    m_frameAge.invalidate();
}

void ZonesFeed::closePageTypeStream()
{
    if (!m_stream)
        return;
    dropStream();
    setAccess(PageTypeAccess::NeedsPrivilege, needsPrivilegeText());
}

} // namespace kaleido
