// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace kaleido {

/**
 * /proc/vmallocinfo (root only, mode 0400): the areas of the kernel's vmalloc address space, one a line:
 * @code
 * 0x00000000fd177c29-0x000000007ee47adc   20480 kernel_clone+0xbf/0x430 pages=4 vmalloc N0=4
 * 0x0000000037458d50-0x00000000e3599edc    8192 hpet_enable+0xef/0x46d phys=0x00000000fed00000 ioremap
 * 0x00000000a1b2c3d4-0x00000000d4c3b2a1   12288 virtqueue_map+0x1f/0x30 [virtio_ring] pages=2 vmalloc N0=2
 * 0x00000000d2406a27-0x000000000e24d7fa   20480 unpurged vm_area
 * @endcode
 * Addresses are hashed unless kptr_restrict allows otherwise (so end − start need not equal the size, and
 * they may be all zeros); the size includes the guard page. After the caller (symbol+offset/length, with its
 * module in brackets) come "pages=N", "phys=0x…", the kind words (vmalloc, vmap, ioremap, user, vpages,
 * dma-coherent, vm_map_ram, …) and the pages per NUMA node "N0=4". Unknown words are kept as flags.
 */
struct VmallocInfo
{
    struct Area
    {
        quint64 start = 0;
        quint64 end = 0;
        quint64 size = 0;             ///< bytes, including the guard page
        QString caller;               ///< e.g. "kernel_clone+0xbf/0x430"; empty for "unpurged vm_area"
        QString module;               ///< the caller's module, without brackets; empty for the kernel
        std::optional<quint64> pages; ///< pages=N: pages backing the area
        std::optional<quint64> phys;  ///< phys=0x…: the physical address of an ioremap
        QStringList flags;            ///< vmalloc, vmap, ioremap, user, vpages, unpurged, vm_area, …
        QList<std::pair<int, quint64>> pagesPerNode; ///< N0=4 → (0, 4)

        bool hasFlag(QStringView flag) const { return flags.contains(flag); }
    };

    QList<Area> areas;
    /// Lines that could not be parsed (Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    /// Sum of all area sizes, saturating.
    quint64 totalSize() const;
    /// Sum of pages=N, saturating: the memory vmalloc areas actually hold, in pages.
    quint64 totalPages() const;
};

/// Parses the bytes of /proc/vmallocinfo. An empty file is valid (no areas); text with no usable line is not.
Result<VmallocInfo> parseVmallocinfo(QByteArrayView data,
                                     const QString& path = QStringLiteral("/proc/vmallocinfo"));

/// Reads and parses /proc/vmallocinfo below @p fs's root; PermissionDenied for users other than root.
Result<VmallocInfo> readVmallocinfo(const KernelFs& fs);

} // namespace kaleido
