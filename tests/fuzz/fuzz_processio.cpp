// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/io
#include "processio.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto io = kaleido::parseProcessIo(bytes);
    if (io) {
        for (const auto& f : io->fields)
            (void)io->value(f.name);
        (void)io->rchar();
    }
    return 0;
}
