// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/meminfo
#include "meminfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto info = kaleido::parseMeminfo(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (info) {
        for (const auto& field : info->fields)
            (void)info->value(info->name(field));
        (void)info->swapUsed();
    }
    return 0;
}
