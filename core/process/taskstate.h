// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace kaleido {

/**
 * Words for the one-letter task states of /proc/PID/stat and the "State:" line of status, as the kernel's own
 * table names them ("S (sleeping)"): R running, S sleeping, D disk sleep, T stopped, t tracing stop, X dead,
 * Z zombie, P parked, I idle — plus the letters of older kernels (x dead, K wakekill, W waking or paging).
 * Unknown letters give "unknown state “?”". Translated.
 */
QString taskStateWord(char state);

/// The kernel's English word for @p state ("disk sleep"), untranslated, empty for an unknown letter.
QString taskStateKernelWord(char state);

/**
 * Scheduling policies (stat field 41): SCHED_OTHER 0, SCHED_FIFO 1, SCHED_RR 2, SCHED_BATCH 3, SCHED_ISO 4
 * (reserved), SCHED_IDLE 5, SCHED_DEADLINE 6, SCHED_EXT 7 (Linux 6.12+). Unknown numbers: "SCHED_N".
 */
QString schedulingPolicyName(quint32 policy);

/// ps's CLS column: TS, FF, RR, B, ISO, IDL, DLN, EXT; "?" for unknown policies.
QString schedulingPolicyClass(quint32 policy);

/// Whether the nice value means anything: only for SCHED_OTHER and SCHED_BATCH (ps prints "-" in NI
/// otherwise).
bool policyUsesNice(quint32 policy);

} // namespace kaleido
