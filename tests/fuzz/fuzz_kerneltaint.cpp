// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/sys/kernel/tainted sys/module/*/taint
#include "kerneltaint.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto taint = kaleido::parseTainted(bytes)) {
        (void)taint->letters();
        for (const auto& flag : taint->flags) {
            (void)flag.name();
            (void)flag.meaning();
        }
    }
    for (const auto& flag : kaleido::parseTaintLetters(bytes))
        (void)flag.meaning();
    return 0;
}
