// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/cmdline
#include "processcmdline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto cmdline = kaleido::parseProcessCmdline(bytes);
    if (cmdline)
        (void)cmdline->joined();
    return 0;
}
