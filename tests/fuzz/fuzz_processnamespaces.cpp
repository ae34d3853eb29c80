// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/ns.targets
#include "processnamespaces.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto ns = kaleido::parseProcessNamespaces(bytes);
    if (ns) {
        for (const auto& n : ns->namespaces)
            (void)ns->find(n.name);
    }
    return 0;
}
