// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>

namespace kaleido {

/**
 * /proc/<pid>/oom_score: how good a victim the OOM killer finds this process right now.
 *
 * @code
 * 666
 * @endcode
 * One decimal number. The OOM killer's "badness" is the process's memory (RSS, page tables, swap) in
 * thousandths of what is allowed, moved by oom_score_adj. Since 5.9 the file shows (1000 + badness) × 2/3, so
 * a small process without adjustment reads 666 and the range is 0…2000; older kernels showed the badness
 * itself (0…1000). 0 also means "never chosen" (init, kernel threads, oom_score_adj −1000). Kept as written.
 */
struct OomScore
{
    qint64 score = 0;
};

/// Parses the bytes of /proc/<pid>/oom_score: one non-negative decimal number and a newline.
Result<OomScore> parseOomScore(QByteArrayView data,
                               const QString& path = QStringLiteral("/proc/self/oom_score"));

/// Reads and parses /proc/<pid>/oom_score below @p fs's root. Vanished when the process exited.
Result<OomScore> readOomScore(const KernelFs& fs, int pid);

} // namespace kaleido
