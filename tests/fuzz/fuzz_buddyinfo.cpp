// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/buddyinfo
#include "buddyinfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto info =
        kaleido::parseBuddyinfo(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (info) {
        for (const auto& zone : info->zones) {
            for (int k = -1; k <= zone.orderCount(); ++k) {
                (void)kaleido::pagesToBytes(zone.freePagesAtOrder(k), 65536);
                const double index = zone.unusableFreeSpaceIndex(k);
                if (!(index >= 0.0 && index <= 1.0))
                    __builtin_trap(); // a fraction, whatever the input
            }
            (void)info->find(zone.node, zone.zone);
        }
        (void)info->orderCount();
    }
    return 0;
}
