// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/stat proc/*/task/*/stat
#include "procstat.h"
#include "procstatscan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto st = kaleido::parseProcStat(bytes);
    if (st) {
        (void)st->has(kaleido::ProcStat::ExitCode);
        (void)st->isKernelThread();
        for (const auto& e : st->skippedLines)
            (void)e.message();
    }
    // The sampler's cut-short scan over the same bytes.
    kaleido::detail::ProcStatScan scan;
    (void)kaleido::detail::scanProcStat(bytes.data(), bytes.size(), scan, kaleido::ProcStat::Policy);
    return 0;
}
