// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/sys/vm.modes
#include "kerneldirectory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto entries =
        kaleido::parseModeList(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    for (const auto& entry : entries) {
        if (entry.name.isEmpty() || entry.mode > 07777)
            __builtin_trap();
        (void)entry.isWriteOnly();
    }
    return 0;
}
