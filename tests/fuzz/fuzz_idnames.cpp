// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: etc/passwd etc/group
#include "usernames.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)kaleido::parseIdNames(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
