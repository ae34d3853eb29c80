// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/maps
#include "memorymaps.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto maps = kaleido::parseMaps(bytes);
    if (maps) {
        for (const auto& m : maps->maps) {
            const QByteArrayView name = maps->pathname(m);
            (void)kaleido::mappingKind(name);
            (void)kaleido::mappingPathWithoutDeleted(name);
            (void)kaleido::stackThreadId(name);
            (void)kaleido::anonymousName(name);
            (void)m.permissionString();
        }
        (void)maps->totalSize();
    }
    return 0;
}
