// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/statm
#include "procstatm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)kaleido::parseProcStatm(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
