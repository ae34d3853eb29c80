// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "kmsgrecord.h"
#include "result.h"

#include <QList>

#include <optional>

namespace kaleido {

/**
 * Reads the kernel log from /dev/kmsg, record by record, and keeps its place between calls so that later
 * calls return only new records (for following the log).
 *
 * On the live system /dev/kmsg is a character device: it is opened non-blocking, each read() returns exactly
 * one record, EAGAIN means "no more for now", and EPIPE means the kernel's ring buffer overwrote records this
 * reader had not read yet (reported as a Gap; reading continues with the oldest record still there). Opening
 * needs CAP_SYSLOG (or root) when kernel.dmesg_restrict is 1: PermissionDenied otherwise.
 *
 * Below a captured root, dev/kmsg is a regular file holding a text capture (see parseKmsgText()); it is read
 * whole on the first call.
 */
class KmsgReader
{
public:
    struct Gap
    {
        quint64 afterSequence = 0; ///< the last record read before the gap (0 when none was read yet)
        std::optional<quint64> resumedSequence; ///< the first record read after it, when one was
    };

    struct Batch
    {
        QList<KmsgRecord> records;
        QList<Gap> gaps;
        QList<Error> skippedRecords; ///< records that could not be parsed
    };

    explicit KmsgReader(KernelFs fs = KernelFs());
    ~KmsgReader();
    KmsgReader(const KmsgReader&) = delete;
    KmsgReader& operator=(const KmsgReader&) = delete;

    /// Opens /dev/kmsg (done by readNew() on first use). Absent, PermissionDenied or IoError as values.
    std::optional<Error> open();

    /// Every record not returned before: the whole buffer on the first call, then what the kernel added
    /// since.
    Result<Batch> readNew();

    /// Whether the source is the live character device (false for a text capture).
    bool isDevice() const { return m_isDevice; }
    /// The open device's file descriptor, for a QSocketNotifier that says when new records arrive; -1 before
    /// open() succeeded and for a text capture (which never grows). The reader keeps ownership.
    int descriptor() const { return m_isDevice ? m_fd : -1; }

private:
    KernelFs m_fs;
    int m_fd = -1;
    bool m_isDevice = false;
    bool m_captureRead = false;
    std::optional<quint64> m_lastSequence;
};

/**
 * The wall-clock time of boot in microseconds since the Unix epoch, as CLOCK_REALTIME − CLOCK_MONOTONIC now:
 * add a record's timestampUs to get its wall-clock time, as `dmesg -T` does. The kernel's timestamps do not
 * advance while the machine is suspended, so after a suspend the times come out too early (dmesg has the same
 * caveat), and a change of the system clock moves them all.
 */
qint64 kmsgBootEpochUs();

} // namespace kaleido
