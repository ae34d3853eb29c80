// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "kernelfs.h"
#include "streamsource.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <optional>

class QSocketNotifier;

namespace kaleido::privileged {

/**
 * One open stream: reads a root-only source and writes it as frames (encodeStreamFrame) into the write end of
 * a pipe whose read end the caller holds. Periodic sources are read every interval; the kernel log is read
 * whenever /dev/kmsg has new records.
 *
 * The write end is non-blocking. A frame that does not fit waits in memory, and no new snapshot is taken
 * while it waits (a slow reader gets fewer frames, never an unbounded backlog); if the reader takes nothing
 * for stallLimitMs, or frames waiting behind one another pass backlogLimit (the kernel log), the stream ends.
 * It also ends when the reader closes its end (EPIPE, or POLLERR seen by a once-a-second check) or the source
 * can no longer be read (the process exited).
 */
class ReadStream : public QObject
{
    Q_OBJECT

public:
    static constexpr int stallLimitMs = 15'000;
    static constexpr qsizetype backlogLimit = 8 << 20;
    static constexpr int pipeBytes = 1 << 20;

    /// Takes ownership of @p writeFd and @p procDirFd (an O_PATH/directory fd of /proc/PID for Smaps, or -1).
    ReadStream(KernelFs fs, StreamRequest request, int procDirFd, int writeFd,
               QObject* parent = nullptr);
    ~ReadStream() override;
    ReadStream(const ReadStream&) = delete;
    ReadStream& operator=(const ReadStream&) = delete;

    /// Reads the source once and sends the first frame; an error when the source cannot be read at all.
    std::optional<Error> start();

    bool isFinished() const { return m_finished; }

    /// Ends the stream now (closes the write end); emits finished() once.
    void stop(const QString& reason);

Q_SIGNALS:
    void finished(const QString& reason);

private:
    Result<QByteArray> readSnapshot() const;
    std::optional<Error> openKernelLog();
    void tick();
    void readKernelLog();
    void send(const QByteArray& payload);
    void flush();
    void checkReader();

    KernelFs m_fs;
    StreamRequest m_request;
    int m_procDirFd = -1;
    int m_writeFd = -1;
    int m_kmsgFd = -1;
    QByteArray m_pending;
    QSocketNotifier* m_writable = nullptr;
    QSocketNotifier* m_kmsgReadable = nullptr;
    QTimer m_interval;
    QTimer m_stall;
    QTimer m_liveness;
    bool m_finished = false;
};

} // namespace kaleido::privileged
