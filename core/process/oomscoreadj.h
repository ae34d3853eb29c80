// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>

namespace kaleido {

/**
 * /proc/<pid>/oom_score_adj: the bias added to the OOM killer's score of this process.
 *
 * @code
 * -1000
 * @endcode
 * One decimal number from −1000 (OOM_SCORE_ADJ_MIN: never kill) to 1000 (OOM_SCORE_ADJ_MAX: kill first); 0 is
 * neutral. A value outside that range is reported as Malformed, because the kernel refuses to store one.
 */
struct OomScoreAdj
{
    static constexpr int minimum = -1000;
    static constexpr int maximum = 1000;

    int adjustment = 0;

    /// −1000: the OOM killer will never pick this process.
    bool isUnkillable() const { return adjustment == minimum; }
};

/// Parses the bytes of /proc/<pid>/oom_score_adj: one decimal number in −1000…1000 and a newline.
Result<OomScoreAdj> parseOomScoreAdj(QByteArrayView data,
                                     const QString& path = QStringLiteral("/proc/self/oom_score_adj"));

/// Reads and parses /proc/<pid>/oom_score_adj below @p fs's root. Vanished when the process exited.
Result<OomScoreAdj> readOomScoreAdj(const KernelFs& fs, int pid);

} // namespace kaleido
