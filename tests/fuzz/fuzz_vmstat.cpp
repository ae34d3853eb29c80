// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/vmstat
#include "vmstat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto stat =
        kaleido::parseVmstat(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (stat) {
        for (const auto& counter : stat->counters)
            (void)stat->value(stat->name(counter));
        (void)stat->sumWithPrefix("pgalloc_");
        (void)stat->sumWithPrefix("");
    }
    return 0;
}
