// SPDX-License-Identifier: GPL-2.0-or-later
#include "hugetlb.h"

#include "kerneldirectory.h"
#include "zoneheader.h"

#include <algorithm>

namespace kaleido {

namespace {
constexpr quint64 kMax = std::numeric_limits<quint64>::max();
}

std::optional<quint64> parseHugepagesDirectoryName(QByteArrayView name)
{
    if (!name.startsWith("hugepages-") || !name.endsWith("kB"))
        return std::nullopt;
    const auto kib = tokenToUnsigned(name.sliced(10, name.size() - 12));
    if (!kib || *kib == 0 || *kib > kMax / 1024)
        return std::nullopt;
    return *kib * 1024;
}

quint64 HugeTlbPool::totalBytes() const
{
    const auto pages = nrHugepages();
    if (!pages)
        return 0;
    if (pageSizeBytes != 0 && *pages > kMax / pageSizeBytes)
        return kMax;
    return *pages * pageSizeBytes;
}

quint64 HugeTlb::totalBytes() const
{
    quint64 sum = 0;
    for (const HugeTlbPool& pool : pools) {
        const quint64 bytes = pool.totalBytes();
        sum = bytes > kMax - sum ? kMax : sum + bytes;
    }
    return sum;
}

const HugeTlbPool* HugeTlb::find(quint64 pageSizeBytes) const
{
    for (const HugeTlbPool& pool : pools) {
        if (pool.pageSizeBytes == pageSizeBytes)
            return &pool;
    }
    return nullptr;
}

Result<HugeTlb> readHugeTlb(const KernelFs& fs)
{
    const QString root = QStringLiteral("/sys/kernel/mm/hugepages");
    const auto entries = listKernelDirectory(fs, root);
    if (!entries)
        return entries.error();
    HugeTlb hugetlb;
    for (const KernelDirEntry& e : *entries) {
        const auto size = parseHugepagesDirectoryName(e.name.toUtf8());
        if (e.type != KernelDirEntry::Type::Directory || !size)
            continue;
        auto attributes = readKernelAttributes(fs, root + QLatin1Char('/') + e.name);
        if (!attributes)
            continue; // a pool cannot vanish, but a captured tree may lack one
        HugeTlbPool pool;
        pool.directory = e.name;
        pool.pageSizeBytes = *size;
        pool.attributes = std::move(*attributes);
        hugetlb.pools.append(pool);
    }
    std::sort(hugetlb.pools.begin(), hugetlb.pools.end(),
              [](const HugeTlbPool& a, const HugeTlbPool& b) { return a.pageSizeBytes < b.pageSizeBytes; });
    return hugetlb;
}

} // namespace kaleido
