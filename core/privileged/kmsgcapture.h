// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QStringList>

#include <optional>

namespace kaleido::privileged {

struct OperationResult;

/**
 * The kernel log lines printed while a privileged operation runs. Construct it just before the operation: it
 * opens /dev/kmsg below the root (non-blocking) and seeks past every record already there; collect() then
 * returns only the records added since, as "<level>text" ("<6>dummy: loaded", level = facility * 8 +
 * priority, as /dev/kmsg's header gives it; the kernel's own records have facility 0).
 *
 * Below a test root dev/kmsg is a regular file holding a text capture; then collect() returns the records
 * appended to it since construction. When the log cannot be opened (no /dev/kmsg, no permission), collect()
 * returns nothing: the operation itself does not depend on its log.
 */
class KmsgCapture
{
public:
    explicit KmsgCapture(const KernelFs& fs);
    ~KmsgCapture();
    KmsgCapture(const KmsgCapture&) = delete;
    KmsgCapture& operator=(const KmsgCapture&) = delete;

    bool isOpen() const { return m_fd >= 0; }
    /// The records added since construction (or since the last call).
    QStringList collect();
    /// collect() into @p result: its kernelLog and the sequence numbers of the first and last record
    /// collected (kernelLogFirstSequence/LastSequence stay -1 when nothing was printed).
    void collectInto(OperationResult& result);

    /// The sequence number of the first record any collect() returned; nullopt while none has.
    std::optional<quint64> firstSequence() const { return m_firstSequence; }
    /// The sequence number of the last record any collect() returned; nullopt while none has.
    std::optional<quint64> lastSequence() const { return m_lastSequence; }

private:
    void noteSequence(quint64 sequence);

    int m_fd = -1;
    bool m_isDevice = false;
    std::optional<quint64> m_firstSequence;
    std::optional<quint64> m_lastSequence;
};

} // namespace kaleido::privileged
