// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/smaps_rollup
#include "smapsrollup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto rollup = kaleido::parseSmapsRollup(bytes);
    if (rollup) {
        (void)rollup->label();
        for (const auto& f : rollup->fields)
            (void)rollup->value(rollup->name(f));
    }
    return 0;
}
