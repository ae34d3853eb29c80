// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/task/*/children
#include "taskchildren.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)kaleido::parseTaskChildren(bytes);
    return 0;
}
