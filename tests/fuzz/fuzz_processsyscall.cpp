// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/syscall
#include "processsyscall.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)kaleido::parseProcessSyscall(bytes);
    return 0;
}
