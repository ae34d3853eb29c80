// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "buddyinfo.h"
#include "error.h"
#include "kernelfs.h"
#include "pagesize.h"
#include "pagetypeinfo.h"
#include "zoneinfo.h"
#include "zonekey.h"

#include <QList>

#include <memory>
#include <optional>

namespace kaleido {

/**
 * One look at the page allocator: /proc/zoneinfo, /proc/buddyinfo and, when it could be had,
 * /proc/pagetypeinfo, read one after the other (so a few microseconds apart, not one atomic snapshot). Each
 * part is there or has the error that kept it away; neither for pagetypeinfo means it was not asked for (it
 * is root-only).
 */
struct ZonesSample
{
    qint64 msecs = 0; ///< when it was taken, milliseconds since the epoch
    quint64 pageSize = 4096;

    std::optional<ZoneInfo> zoneinfo;
    std::optional<Error> zoneinfoError;
    std::optional<BuddyInfo> buddyinfo;
    std::optional<Error> buddyinfoError;
    std::optional<PageTypeInfo> pageTypes;
    std::optional<Error> pageTypesError;

    /// Every zone of every node in file order: zoneinfo's list (empty zones too), then any zone only
    /// buddyinfo named.
    QList<ZoneKey> zones() const;
    const ZoneInfo::Zone* zone(const ZoneKey& key) const;
    /// nullptr for zones without pages (buddyinfo lists populated zones only) or when buddyinfo failed.
    const BuddyInfo::Zone* buddy(const ZoneKey& key) const;

    /// Reads zoneinfo and buddyinfo below @p fs, and pagetypeinfo too when @p readPageTypes. Blocking: run it
    /// off the GUI thread (zoneinfo is long on machines with many CPUs).
    static ZonesSample read(const KernelFs& fs, bool readPageTypes, quint64 pageSize = systemPageSize());
    /// Fills pageTypes (or pageTypesError) from the bytes of /proc/pagetypeinfo, e.g. a frame from the
    /// helper.
    void parsePageTypes(QByteArrayView bytes);
};

using ZonesSamplePtr = std::shared_ptr<const ZonesSample>;

} // namespace kaleido
