// SPDX-License-Identifier: GPL-2.0-or-later
#include "slabcacheattributes.h"

#include "kerneldirectory.h"
#include "zoneheader.h"

#include <QHash>

namespace kaleido {

std::optional<SlabCount> parseSlabCount(QByteArrayView text)
{
    QByteArrayView rest = text.trimmed();
    const auto total = tokenToUnsigned(nextToken(rest));
    if (!total)
        return std::nullopt;
    SlabCount count;
    count.total = *total;
    for (QByteArrayView token = nextToken(rest); !token.isEmpty(); token = nextToken(rest)) {
        // "N0=2266"; SLUB may add other "C3=…" (per-CPU) items in debug builds: those are skipped, not fatal.
        const qsizetype eq = token.indexOf('=');
        if (eq < 2 || token[0] != 'N') {
            if (eq < 1)
                return std::nullopt;
            continue;
        }
        const auto node = tokenToUnsigned(token.sliced(1, eq - 1));
        const auto value = tokenToUnsigned(token.sliced(eq + 1));
        if (!node || !value || *node > quint64(std::numeric_limits<int>::max()))
            return std::nullopt;
        count.perNode.append({int(*node), *value});
    }
    return count;
}

std::optional<quint64> SlabCacheAttributes::number(const QString& name) const
{
    const auto value = attributes.number(name);
    return value ? std::optional<quint64>(*value) : std::nullopt;
}

std::optional<SlabCount> SlabCacheAttributes::count(const QString& name) const
{
    const auto text = attributes.text(name);
    return text ? parseSlabCount(*text) : std::nullopt;
}

std::optional<quint64> SlabCacheAttributes::paddingBytes() const
{
    const auto object = objectSize();
    const auto slot = slabSize();
    const auto total = totalObjects();
    if (!object || !slot || !total || *slot < *object)
        return std::nullopt;
    const quint64 perObject = *slot - *object;
    if (perObject != 0 && total->total > std::numeric_limits<quint64>::max() / perObject)
        return std::numeric_limits<quint64>::max();
    return perObject * total->total;
}

const SlabCacheAttributes* SlabSysfs::find(QStringView name) const
{
    for (const SlabCacheAttributes& c : caches) {
        if (c.directory == name || c.names.contains(name))
            return &c;
    }
    return nullptr;
}

QStringList slabAttributeNames()
{
    return {
        QStringLiteral("object_size"),    QStringLiteral("slab_size"),       QStringLiteral("objs_per_slab"),
        QStringLiteral("order"),          QStringLiteral("objects"),         QStringLiteral("slabs"),
        QStringLiteral("total_objects"),  QStringLiteral("partial"),         QStringLiteral("aliases"),
        QStringLiteral("align"),          QStringLiteral("reclaim_account"), QStringLiteral("hwcache_align"),
        QStringLiteral("destroy_by_rcu"), QStringLiteral("cache_dma")};
}

SlabCacheAttributes makeSlabCache(const QString& directory, const QStringList& names,
                                  KernelAttributes attributes)
{
    SlabCacheAttributes cache;
    cache.directory = directory;
    cache.names = names;
    if (cache.names.isEmpty() && !cache.isMergeable())
        cache.names.append(directory);
    cache.names.sort();
    cache.attributes = std::move(attributes);
    return cache;
}

Result<SlabSysfs> readSlabSysfs(const KernelFs& fs, const QStringList& only)
{
    const QString root = QStringLiteral("/sys/kernel/slab");
    const auto entries = listKernelDirectory(fs, root);
    if (!entries)
        return entries.error();

    QHash<QString, QStringList> namesOf; // directory → names (symlinks) pointing to it
    for (const KernelDirEntry& e : *entries) {
        if (e.type == KernelDirEntry::Type::Symlink)
            namesOf[e.linkTarget.section(QLatin1Char('/'), -1)].append(e.name);
    }

    SlabSysfs slab;
    const QStringList attributeNames = slabAttributeNames();
    for (const KernelDirEntry& e : *entries) {
        if (e.type != KernelDirEntry::Type::Directory)
            continue;
        QStringList names = namesOf.value(e.name);
        if (!only.isEmpty()) {
            const bool wanted =
                only.contains(e.name) ||
                std::any_of(names.cbegin(), names.cend(), [&](const QString& n) { return only.contains(n); });
            if (!wanted)
                continue;
        }
        auto attributes = readKernelAttributeFiles(fs, root + QLatin1Char('/') + e.name, attributeNames);
        if (!attributes) {
            if (attributes.error().kind == ErrorKind::Absent)
                continue; // the cache was destroyed while we read
            return attributes.error();
        }
        // The attributes are 0400: as a user every read fails the same way, which is one error, not 400.
        for (const KernelAttribute& a : attributes->items) {
            if (a.error && a.error->kind == ErrorKind::PermissionDenied)
                return *a.error;
        }
        slab.caches.append(makeSlabCache(e.name, names, std::move(*attributes)));
    }
    return slab;
}

} // namespace kaleido
