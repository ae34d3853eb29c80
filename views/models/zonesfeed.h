// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "zonessample.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
class PrivilegedStream;
} // namespace privileged

/**
 * Samples the page allocator for Memory ▸ Zones. request() (on each tick of the RefreshClock) reads
 * /proc/zoneinfo and /proc/buddyinfo on a worker thread and reports the result with sampled(); a tick that
 * comes while a read is still under way is dropped rather than queued, so a slow machine samples less often
 * instead of falling behind.
 *
 * /proc/pagetypeinfo is root-only on current kernels. The feed tries it once; if the kernel refuses, nothing
 * of it is shown (pageTypeAccess() is NeedsPrivilege) until openPageTypeStream() gets it through
 * kaleido-helper. Then the latest frame from the helper is parsed with each sample; a frame older than
 * staleAfterMs() is not used, and a stream that fails or ends leaves the breakdown empty with the reason in
 * pageTypeStatus().
 */
class ZonesFeed : public QObject
{
    Q_OBJECT
public:
    enum class PageTypeAccess
    {
        Unknown,        ///< not tried yet
        Direct,         ///< this process reads /proc/pagetypeinfo itself (it runs as root)
        NeedsPrivilege, ///< only root may read it: nothing is shown until the user opens a stream
        Opening,        ///< a stream was asked for; the system may be asking for a password
        Streaming,      ///< frames arrive from the helper
        Failed,         ///< the stream could not be opened, or it ended: pageTypeStatus() says why
        Unavailable,    ///< this kernel has no /proc/pagetypeinfo
    };
    Q_ENUM(PageTypeAccess)

    explicit ZonesFeed(KernelFs fs = KernelFs(), QObject* parent = nullptr);
    ~ZonesFeed() override;

    quint64 pageSize() const { return m_pageSize; }
    /// Bytes per page for the byte figures (tests pass their own; the default is this machine's).
    void setPageSize(quint64 bytes) { m_pageSize = bytes ? bytes : 4096; }

    /// False behaves as a normal user does: /proc/pagetypeinfo is not read directly, only through a stream.
    /// (Tests run as root, and root reads a 0400 file anyway.) Set it before the first request().
    void setDirectPageTypeReads(bool allowed) { m_directPageTypes = allowed; }

    /// Starts one read on the worker thread; false (and nothing happens) while the previous one is under way.
    bool request();
    bool isReading() const { return m_reading; }
    /// The newest sample; null before the first one arrived.
    ZonesSamplePtr latest() const { return m_latest; }

    PageTypeAccess pageTypeAccess() const { return m_access; }
    /// One or two plain sentences about where the migrate-type breakdown comes from, or why it is missing.
    QString pageTypeStatus() const { return m_status; }
    /// Whether the latest sample's breakdown may be shown as real data.
    bool hasPageTypes() const;

    /// Asks kaleido-helper (through @p client) for /proc/pagetypeinfo every @p intervalMs.
    void openPageTypeStream(privileged::PrivilegedClient* client, int intervalMs);
    /// Stops the stream; the breakdown is then missing again (NeedsPrivilege).
    void closePageTypeStream();
    /// A helper frame older than this (three stream intervals, at least five seconds) is not shown.
    int staleAfterMs() const;

Q_SIGNALS:
    void sampled();
    void pageTypeAccessChanged(kaleido::ZonesFeed::PageTypeAccess access);

private:
    void finish(const ZonesSamplePtr& sample, bool readPageTypes);
    void setAccess(PageTypeAccess access, const QString& status);
    void streamOpened();
    void streamStopped(const QString& status);
    /// Closes and forgets the stream and its last frame, without a signal.
    void dropStream();
    static QString needsPrivilegeText();

    KernelFs m_fs;
    quint64 m_pageSize;
    bool m_directPageTypes = true;
    bool m_reading = false;
    ZonesSamplePtr m_latest;
    PageTypeAccess m_access = PageTypeAccess::Unknown;
    QString m_status;

    QPointer<privileged::PrivilegedStream> m_stream;
    int m_streamIntervalMs = 1000;
    QByteArray m_frame;
    QElapsedTimer m_frameAge; ///< invalid until the first frame

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_worker; ///< lives in m_thread; reads run in its event loop
};

} // namespace kaleido
