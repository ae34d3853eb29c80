// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/comm
#include "processcomm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto comm = kaleido::parseProcessComm(bytes);
    if (comm)
        (void)comm->text();
    return 0;
}
