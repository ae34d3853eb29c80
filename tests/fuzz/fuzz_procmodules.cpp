// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/modules
#include "procmodules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto list =
        kaleido::parseProcModules(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (list) {
        for (const auto& m : list->modules) {
            (void)m.addressHidden();
            (void)list->find(m.name);
        }
    }
    return 0;
}
