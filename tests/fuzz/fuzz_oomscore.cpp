// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/oom_score
#include "oomscore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)kaleido::parseOomScore(bytes);
    return 0;
}
