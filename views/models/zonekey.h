// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

namespace kaleido {

/// One memory zone of one NUMA node, as /proc/zoneinfo, /proc/buddyinfo and /proc/pagetypeinfo name it.
struct ZoneKey
{
    int node = -1;
    QString zone; ///< DMA, DMA32, Normal, Movable, Device, HighMem, …

    bool isValid() const { return node >= 0 && !zone.isEmpty(); }

    friend bool operator==(const ZoneKey& a, const ZoneKey& b)
    {
        return a.node == b.node && a.zone == b.zone;
    }
    friend bool operator!=(const ZoneKey& a, const ZoneKey& b) { return !(a == b); }
    friend size_t qHash(const ZoneKey& key, size_t seed = 0) { return qHashMulti(seed, key.node, key.zone); }
};

} // namespace kaleido
