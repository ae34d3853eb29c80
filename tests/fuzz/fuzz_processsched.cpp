// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/sched
#include "processsched.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto sched = kaleido::parseProcessSched(bytes);
    if (sched) {
        for (const auto& f : sched->fields)
            (void)sched->number(f.name);
    }
    return 0;
}
