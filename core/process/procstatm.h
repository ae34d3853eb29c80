// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "procstatscan.h"
#include "result.h"

#include <QByteArrayView>

namespace kaleido {

/**
 * /proc/PID/statm: a process's memory in pages, seven numbers on one line:
 * @code
 * 1018 814 715 193 0 142 0
 * size resident shared text lib data dt
 * @endcode
 * resident is the exact RSS (the sum of RssAnon, RssFile and RssShmem, as VmRSS in status), while the rss
 * field of /proc/PID/stat is read without summing the per-CPU counters (Linux 6.2+) and can lag by a few
 * hundred KiB per CPU — which is why ps, top and the process sampler take RSS from here. lib and dt are
 * always 0 since 2.6. Kernel threads and zombies have no memory: all zeros.
 */
struct ProcStatm
{
    quint64 size = 0;     ///< total program size (VmSize)
    quint64 resident = 0; ///< resident pages (VmRSS)
    quint64 shared = 0;   ///< resident file-backed and shared-memory pages (RssFile + RssShmem)
    quint64 text = 0;     ///< code (VmExe)
    quint64 lib = 0;
    quint64 data = 0; ///< data + stack (VmData + VmStk)
    quint64 dt = 0;
    int fieldCount = 0; ///< numbers on the line (7); fields after the count are 0
};

/// Parses the bytes of a statm file. Fails (Malformed) unless at least size and resident are numbers.
Result<ProcStatm> parseProcStatm(QByteArrayView data,
                                 const QString& path = QStringLiteral("/proc/PID/statm"));

/// /proc/PID/statm; a process that exits while it is read gives Vanished.
Result<ProcStatm> readProcStatm(const KernelFs& fs, qint32 pid);

namespace detail {

/// Reads up to @p max space-separated decimal numbers from the start of @p data into @p out; returns how many
/// were read before the end of the line, anything else, or an overflow. Shared with the sampler's hot path.
inline int scanNumbers(const char* data, qsizetype size, quint64* out, int max)
{
    const char* p = data;
    const char* const end = data + size;
    int count = 0;
    while (count < max) {
        while (p < end && *p == ' ')
            ++p;
        if (p == end || *p < '0' || *p > '9')
            break;
        quint64 value = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (!accumulateDigit(value, *p++))
                return count;
        }
        if (p < end && *p != ' ' && *p != '\n')
            break;
        out[count++] = value;
    }
    return count;
}

} // namespace detail

} // namespace kaleido
