// SPDX-License-Identifier: GPL-2.0-or-later
#include "zonessample.h"

#include <QDateTime>

namespace kaleido {

QList<ZoneKey> ZonesSample::zones() const
{
    QList<ZoneKey> keys;
    if (zoneinfo) {
        keys.reserve(zoneinfo->zones.size());
        for (const ZoneInfo::Zone& z : zoneinfo->zones)
            keys.append({z.node, z.name});
    }
    if (buddyinfo) {
        for (const BuddyInfo::Zone& z : buddyinfo->zones) {
            const ZoneKey key{z.node, z.zone};
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

const ZoneInfo::Zone* ZonesSample::zone(const ZoneKey& key) const
{
    return zoneinfo ? zoneinfo->find(key.node, key.zone) : nullptr;
}

const BuddyInfo::Zone* ZonesSample::buddy(const ZoneKey& key) const
{
    return buddyinfo ? buddyinfo->find(key.node, key.zone) : nullptr;
}

ZonesSample ZonesSample::read(const KernelFs& fs, bool readPageTypes, quint64 pageSize)
{
    ZonesSample sample;
    sample.msecs = QDateTime::currentMSecsSinceEpoch();
    sample.pageSize = pageSize;
    if (auto zones = readZoneinfo(fs))
        sample.zoneinfo = std::move(zones).value();
    else
        sample.zoneinfoError = zones.error();
    if (auto buddy = readBuddyinfo(fs))
        sample.buddyinfo = std::move(buddy).value();
    else
        sample.buddyinfoError = buddy.error();
    if (readPageTypes) {
        if (auto types = readPagetypeinfo(fs))
            sample.pageTypes = std::move(types).value();
        else
            sample.pageTypesError = types.error();
    }
    return sample;
}

void ZonesSample::parsePageTypes(QByteArrayView bytes)
{
    pageTypes.reset();
    pageTypesError.reset();
    if (auto types = parsePagetypeinfo(bytes))
        pageTypes = std::move(types).value();
    else
        pageTypesError = types.error();
}

} // namespace kaleido
