// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/limits
#include "processlimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto limits = kaleido::parseProcessLimits(bytes);
    if (limits) {
        for (const auto& l : limits->limits)
            (void)limits->find(l.name);
    }
    return 0;
}
