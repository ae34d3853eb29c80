// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/wchan
#include "processwchan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto wchan = kaleido::parseProcessWchan(bytes);
    if (wchan)
        (void)wchan->isNone();
    return 0;
}
