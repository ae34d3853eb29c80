// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/slabinfo
#include "slabinfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto info =
        kaleido::parseSlabinfo(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (info) {
        for (const auto& cache : info->caches) {
            (void)cache.cacheBytes(4096);
            (void)cache.cacheBytes(std::numeric_limits<quint64>::max());
            (void)cache.leftoverBytes(4096);
            (void)cache.usePercent();
            (void)info->find(cache.name);
        }
    }
    return 0;
}
