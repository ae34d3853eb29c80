// SPDX-License-Identifier: GPL-2.0-or-later
#include "memoryseries.h"

#include "meminfo.h"

#include <QCoreApplication>

namespace kaleido {

QString MemorySeries::translatedLabel() const
{
    return QCoreApplication::translate("kaleido::MemorySeries", label);
}

QString MemorySeries::translatedExplanation() const
{
    return QCoreApplication::translate("kaleido::MemorySeries", explanation);
}

QString MemorySeries::key() const
{
    return QString::fromLatin1(field);
}

std::optional<quint64> MemorySeries::valueIn(const MemInfo& info) const
{
    if (qstrcmp(field, "SwapUsed") == 0)
        return info.swapUsed();
    return info.value(field);
}

const QList<MemorySeries>& memorySeries()
{
    static const QList<MemorySeries> series = {
        {"MemTotal", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Total"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "All the RAM the kernel manages: the physical memory less what firmware and the kernel "
             "image keep for themselves at boot."),
         QColor(0x80, 0x80, 0x80)},
        {"MemAvailable", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Available"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "The kernel's estimate of what new programs can get without swapping — free memory plus "
             "the cache and slab it can reclaim — which is why it is much larger than “free”."),
         QColor(0x2c, 0xa0, 0x2c)},
        {"MemFree", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Free"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "Memory used for nothing at all; it is small on a healthy system because the kernel puts "
             "idle RAM to work as cache."),
         QColor(0x1f, 0x77, 0xb4)},
        {"Cached", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Page cache"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "File contents kept in RAM (tmpfs and shared memory included); most of it is dropped "
             "as soon as programs need the memory."),
         QColor(0xff, 0x7f, 0x0e)},
        {"Buffers", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Buffers"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "Cache of raw block-device data, mostly file-system metadata such as directories and "
             "inode tables."),
         QColor(0xbc, 0xbd, 0x22)},
        {"AnonPages", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Anonymous"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "Process memory with no file behind it — heaps, stacks, private copies — which can only "
             "leave RAM by being swapped out."),
         QColor(0xd6, 0x27, 0x28)},
        {"Shmem", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Shared memory"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "Shared memory segments and tmpfs files: counted in the page cache, yet never simply "
             "dropped, only swapped."),
         QColor(0x94, 0x67, 0xbd)},
        {"Slab", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Slab"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "Objects the kernel allocates for itself (inodes, dentries, network buffers…) through "
             "the slab allocator; the reclaimable part shrinks under memory pressure."),
         QColor(0x8c, 0x56, 0x4b)},
        {"SwapUsed", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Swap used"),
         QT_TRANSLATE_NOOP("kaleido::MemorySeries",
                           "Swap space holding pages moved out of RAM: SwapTotal minus SwapFree."),
         QColor(0xe3, 0x77, 0xc2)},
        {"Committed_AS", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Committed"),
         QT_TRANSLATE_NOOP(
             "kaleido::MemorySeries",
             "Memory promised to processes that they may still touch; it can exceed RAM because the "
             "kernel overcommits, betting that not all of it will be used."),
         QColor(0x17, 0xbe, 0xcf)},
        {"CommitLimit", QT_TRANSLATE_NOOP("kaleido::MemorySeries", "Commit limit"),
         QT_TRANSLATE_NOOP("kaleido::MemorySeries",
                           "The ceiling on “Committed” in strict overcommit mode 2: (RAM − huge pages) × "
                           "overcommit_ratio / 100 + swap; in modes 0 and 1 it is only shown, not enforced."),
         QColor(0x3d, 0x5a, 0xfe)},
    };
    return series;
}

} // namespace kaleido
