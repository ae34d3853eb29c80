// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kmsgrecord.h"

#include <QList>

namespace kaleido {

/**
 * Joins the fragments of a continued kernel log line into one record, as dmesg shows them. Kernels before
 * 5.10 hand a line printed in pieces (pr_cont) out as a record flagged 'c' (the start) followed by records
 * flagged '+' (the continuations); newer kernels join them themselves and only ever say '-'.
 *
 * A 'c' record waits until its line is complete. A '+' record is appended to the waiting record of the same
 * caller (the "caller=T42" header field, when the kernel gives one), or else to the latest waiting record; a
 * '+' with nothing waiting stands on its own. A '-' record completes every waiting line first, so the order
 * of records is kept. The joined record keeps the first fragment's sequence number, timestamp and level, and
 * gains the properties of the others. Messages that span several lines (an escaped newline) are one record
 * already and are left alone.
 */
class KmsgJoiner
{
public:
    /// Takes @p records in log order and returns those that are complete, in order.
    QList<KmsgRecord> add(QList<KmsgRecord> records);
    /// Returns the lines still waiting for a continuation (e.g. when the log is read once, or at a gap),
    /// oldest first, and forgets them.
    QList<KmsgRecord> flush();
    /// The lines waiting for a continuation.
    qsizetype pendingCount() const { return m_pending.size(); }

private:
    QList<KmsgRecord> m_pending;
};

/// The record's "caller=" header field ("T42" for a task, "C1" for a CPU), or an empty string.
QString kmsgCaller(const KmsgRecord& record);

} // namespace kaleido
