// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/cgroup
#include "processcgroups.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto cgroups = kaleido::parseProcessCgroups(bytes);
    if (cgroups) {
        (void)cgroups->unifiedPath();
        for (const auto& m : cgroups->memberships) {
            (void)m.isUnified();
            for (const auto& c : m.controllers)
                (void)cgroups->controllerPath(c);
        }
    }
    return 0;
}
