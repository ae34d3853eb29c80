// SPDX-License-Identifier: GPL-2.0-or-later
#include "buddyinfo.h"

#include "zoneheader.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

constexpr quint64 kMax = std::numeric_limits<quint64>::max();

quint64 saturatingAdd(quint64 a, quint64 b)
{
    return a > kMax - b ? kMax : a + b;
}

// blocks × 2^order, or nullopt when that does not fit in 64 bits.
std::optional<quint64> blocksToPages(quint64 blocks, int order)
{
    if (order < 0 || order > 63)
        return blocks == 0 ? std::optional<quint64>(0) : std::nullopt;
    if (blocks > (kMax >> order))
        return std::nullopt;
    return blocks << order;
}

} // namespace

quint64 pagesToBytes(quint64 pages, quint64 pageSize)
{
    if (pageSize != 0 && pages > kMax / pageSize)
        return kMax;
    return pages * pageSize;
}

quint64 BuddyInfo::Zone::freePagesAtOrder(int order) const
{
    if (order < 0 || order >= freeBlocks.size())
        return 0;
    return blocksToPages(freeBlocks.at(order), order).value_or(kMax);
}

quint64 BuddyInfo::Zone::freeBytesAtOrder(int order, quint64 pageSize) const
{
    return pagesToBytes(freePagesAtOrder(order), pageSize);
}

quint64 BuddyInfo::Zone::freeBytes(quint64 pageSize) const
{
    return pagesToBytes(freePages(), pageSize);
}

quint64 BuddyInfo::Zone::freePagesAtOrAbove(int order) const
{
    quint64 sum = 0;
    for (int k = std::max(order, 0); k < freeBlocks.size(); ++k)
        sum = saturatingAdd(sum, freePagesAtOrder(k));
    return sum;
}

quint64 BuddyInfo::Zone::freePages() const
{
    return freePagesAtOrAbove(0);
}

double BuddyInfo::Zone::unusableFreeSpaceIndex(int order) const
{
    const quint64 total = freePages();
    if (total == 0)
        return 1.0;
    const quint64 usable = freePagesAtOrAbove(order);
    return double(total - usable) / double(total);
}

int BuddyInfo::orderCount() const
{
    int count = 0;
    for (const Zone& z : zones)
        count = std::max(count, z.orderCount());
    return count;
}

const BuddyInfo::Zone* BuddyInfo::find(int node, QStringView zone) const
{
    for (const Zone& z : zones) {
        if (z.node == node && z.zone == zone)
            return &z;
    }
    return nullptr;
}

Result<BuddyInfo> parseBuddyinfo(QByteArrayView data, const QString& path)
{
    BuddyInfo info;
    auto malformed = [&](int lineNo, const QString& what) {
        info.skippedLines.append(Error::malformed(path, lineNo, what));
    };

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            return;
        const auto header = parseNodeZoneHeader(line);
        if (!header) {
            malformed(lineNo,
                      QCoreApplication::translate("kaleido::BuddyInfo", "expected “Node N, zone NAME”"));
            return;
        }
        BuddyInfo::Zone zone;
        zone.node = header->node;
        zone.zone = QString::fromLatin1(header->zone);
        QByteArrayView rest = header->rest;
        quint64 total = 0;
        for (QByteArrayView token = nextToken(rest); !token.isEmpty(); token = nextToken(rest)) {
            const auto blocks = tokenToUnsigned(token);
            if (!blocks) {
                malformed(lineNo, QCoreApplication::translate("kaleido::BuddyInfo",
                                                              "expected a block count, got “%1”")
                                      .arg(QString::fromLatin1(firstAtMost(token))));
                return;
            }
            // Every later sum (pages, bytes per zone) must fit in 64 bits, so the whole zone is checked here.
            const auto pages = blocksToPages(*blocks, int(zone.freeBlocks.size()));
            if (!pages || *pages > kMax - total) {
                malformed(lineNo, QCoreApplication::translate("kaleido::BuddyInfo", "value out of range"));
                return;
            }
            total += *pages;
            zone.freeBlocks.append(*blocks);
        }
        if (zone.freeBlocks.isEmpty()) {
            malformed(lineNo, QCoreApplication::translate("kaleido::BuddyInfo", "no block counts"));
            return;
        }
        info.zones.append(zone);
    });

    if (info.zones.isEmpty()) {
        if (!info.skippedLines.isEmpty())
            return info.skippedLines.constFirst();
        return Error::malformed(path, 0,
                                QCoreApplication::translate("kaleido::BuddyInfo", "the file is empty"));
    }
    return info;
}

Result<BuddyInfo> readBuddyinfo(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/buddyinfo"), parseBuddyinfo);
}

} // namespace kaleido
