// SPDX-License-Identifier: GPL-2.0-or-later
// Page allocator samples for the Memory ▸ Zones model tests: captured kernels, and hand-made files in the
// kernel's own formats for the cases the captures do not have (two nodes, missing fields, other order
// counts).
#pragma once

#include "testutils.h"
#include "zonessample.h"

#include <QByteArray>

#include <memory>

namespace kaleido::test {

/// A sample of a captured kernel (pagetypeinfo included), with 4 KiB pages as on the capturing machines.
inline ZonesSamplePtr fixtureSample(const QString& kernel, qint64 msecs = 1'000'000)
{
    auto sample = std::make_shared<ZonesSample>(ZonesSample::read(KernelFs(fixtureRoot(kernel)), true, 4096));
    sample->msecs = msecs;
    return sample;
}

/// A sample from file contents; empty @p pagetypeinfo leaves it unread.
inline ZonesSamplePtr sampleFrom(const QByteArray& zoneinfo, const QByteArray& buddyinfo,
                                 const QByteArray& pagetypeinfo = {}, quint64 pageSize = 4096,
                                 qint64 msecs = 1'000'000)
{
    auto sample = std::make_shared<ZonesSample>();
    sample->msecs = msecs;
    sample->pageSize = pageSize;
    if (auto z = parseZoneinfo(zoneinfo))
        sample->zoneinfo = z.value();
    else
        sample->zoneinfoError = z.error();
    if (auto b = parseBuddyinfo(buddyinfo))
        sample->buddyinfo = b.value();
    else
        sample->buddyinfoError = b.error();
    if (!pagetypeinfo.isEmpty())
        sample->parsePageTypes(pagetypeinfo);
    return sample;
}

/// One zone's block of /proc/zoneinfo with the fields every kernel prints.
inline QByteArray zoneBlock(int node, const char* zone, quint64 free, quint64 min, quint64 low, quint64 high,
                            quint64 spanned, quint64 present, quint64 managed, const char* protection)
{
    return QByteArray("Node ") + QByteArray::number(node) + ", zone " + zone + "\n" + "  pages free     " +
           QByteArray::number(free) + "\n" + "        boost    0\n" + "        min      " +
           QByteArray::number(min) + "\n" + "        low      " + QByteArray::number(low) + "\n" +
           "        high     " + QByteArray::number(high) + "\n" + "        spanned  " +
           QByteArray::number(spanned) + "\n" + "        present  " + QByteArray::number(present) + "\n" +
           "        managed  " + QByteArray::number(managed) + "\n" + "        cma      0\n" +
           "        protection: " + protection + "\n" + "      nr_free_pages " + QByteArray::number(free) +
           "\n";
}

/// Two nodes (free pages as in twoNodeBuddyinfo()): node 0 with DMA, DMA32, Normal and an empty Movable zone,
/// node 1 with Normal and an empty Movable.
inline QByteArray twoNodeZoneinfo(quint64 normalFree = 2048)
{
    return zoneBlock(0, "DMA", 2784, 10, 12, 14, 4095, 3998, 3840, "(0, 2000, 6000, 6000)") +
           zoneBlock(0, "DMA32", 198'388, 5000, 6250, 7500, 1'044'480, 782'336, 772'915,
                     "(0, 0, 4000, 4000)") +
           zoneBlock(0, "Normal", normalFree, 9000, 11'250, 13'500, 2'097'152, 2'097'152, 2'000'000,
                     "(0, 0, 0, 0)") +
           zoneBlock(0, "Movable", 0, 0, 0, 0, 0, 0, 0, "(0, 0, 0, 0)") +
           zoneBlock(1, "Normal", 1'499'136, 9500, 11'875, 14'250, 4'194'304, 4'194'304, 4'100'000,
                     "(0, 0, 0, 0)") +
           zoneBlock(1, "Movable", 0, 0, 0, 0, 0, 0, 0, "(0, 0, 0, 0)");
}

inline QByteArray twoNodeBuddyinfo()
{
    return "Node 0, zone      DMA      0      0      0      0      0      1      1      1      0      1      "
           "2\n"
           "Node 0, zone    DMA32      2      1      4      2      5      4      4      4      5      3    "
           "190\n"
           "Node 0, zone   Normal    256    128     64     32      0      0      0      0      0      0      "
           "1\n"
           "Node 1, zone   Normal      0      0      0      0      0      0      0      0      0      0   "
           "1464\n";
}

} // namespace kaleido::test
