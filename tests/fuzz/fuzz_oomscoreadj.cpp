// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/oom_score_adj
#include "oomscoreadj.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto adj = kaleido::parseOomScoreAdj(bytes);
    if (adj)
        (void)adj->isUnkillable();
    return 0;
}
