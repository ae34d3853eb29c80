// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/pagetypeinfo
#include "pagetypeinfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto info =
        kaleido::parsePagetypeinfo(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (info) {
        const QStringList types = info->migrateTypes();
        for (const auto& list : info->freeLists)
            (void)info->findFreeList(list.node, list.zone, list.type);
        for (const auto& table : info->blockTables) {
            for (const auto& row : table.rows) {
                for (const QString& type : table.types)
                    (void)table.count(row.node, row.zone, type);
            }
        }
        (void)info->blockCounts();
    }
    return 0;
}
