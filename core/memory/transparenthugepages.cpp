// SPDX-License-Identifier: GPL-2.0-or-later
#include "transparenthugepages.h"

#include "hugetlb.h"
#include "kerneldirectory.h"

#include <algorithm>

namespace kaleido {

Result<ChoiceList> TransparentHugepages::Size::choice(const QString& name) const
{
    return choiceAttribute(settings, name);
}

Result<ChoiceList> TransparentHugepages::choice(const QString& name) const
{
    return choiceAttribute(settings, name);
}

Result<TransparentHugepages> readTransparentHugepages(const KernelFs& fs)
{
    const QString root = QStringLiteral("/sys/kernel/mm/transparent_hugepage");
    auto settings = readKernelAttributes(fs, root);
    if (!settings)
        return settings.error();
    TransparentHugepages thp;
    thp.settings = std::move(*settings);
    if (auto khugepaged = readKernelAttributes(fs, root + QStringLiteral("/khugepaged")))
        thp.khugepaged = std::move(*khugepaged);
    else
        thp.khugepaged.directory = root + QStringLiteral("/khugepaged");

    const auto entries = listKernelDirectory(fs, root);
    if (entries) {
        for (const KernelDirEntry& e : *entries) {
            const auto size = parseHugepagesDirectoryName(e.name.toUtf8());
            if (e.type != KernelDirEntry::Type::Directory || !size)
                continue;
            TransparentHugepages::Size entry;
            entry.directory = e.name;
            entry.sizeBytes = *size;
            const QString dir = root + QLatin1Char('/') + e.name;
            if (auto perSize = readKernelAttributes(fs, dir))
                entry.settings = std::move(*perSize);
            if (auto stats = readKernelAttributes(fs, dir + QStringLiteral("/stats"))) {
                entry.stats = std::move(*stats);
                entry.hasStats = true;
            }
            thp.sizes.append(entry);
        }
    }
    std::sort(thp.sizes.begin(), thp.sizes.end(),
              [](const TransparentHugepages::Size& a, const TransparentHugepages::Size& b) {
                  return a.sizeBytes < b.sizeBytes;
              });
    return thp;
}

} // namespace kaleido
