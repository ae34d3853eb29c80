// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/zoneinfo
#include "zoneinfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto info =
        kaleido::parseZoneinfo(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (info) {
        for (const auto& zone : info->zones) {
            (void)zone.freePages();
            (void)zone.startPfn();
            (void)zone.isPopulated();
            for (const auto& v : zone.stats)
                (void)zone.stat(v.name);
            for (const auto& p : zone.pagesets)
                (void)p.value("count");
            (void)info->find(zone.node, zone.name);
            (void)info->findNode(zone.node);
        }
        for (const auto& node : info->nodes)
            (void)node.stat("nr_inactive_anon");
    }
    return 0;
}
