// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds:
#include "hugetlb.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto bytes = kaleido::parseHugepagesDirectoryName(
        QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (bytes && (*bytes == 0 || *bytes % 1024 != 0))
        __builtin_trap();
    return 0;
}
