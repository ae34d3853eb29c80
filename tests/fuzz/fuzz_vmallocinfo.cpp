// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/vmallocinfo
#include "vmallocinfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto info =
        kaleido::parseVmallocinfo(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (info) {
        (void)info->totalSize();
        (void)info->totalPages();
        for (const auto& area : info->areas)
            (void)area.hasFlag(u"vmalloc");
    }
    return 0;
}
