// SPDX-License-Identifier: GPL-2.0-or-later
#include "slabinfo.h"

#include "buddyinfo.h"
#include "zoneheader.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

// One token position after the cache name: a number column ("<num_objs>" in the header) or a literal that
// separates sections (":", "tunables", "slabdata").
struct Slot
{
    QByteArray column; ///< the number column's name; empty for a literal
    QByteArray literal;
};

// The layout of slabinfo 2.1, used when the file has no "# name" header.
constexpr QByteArrayView kDefaultHeader =
    "# name <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> <batchcount> "
    "<sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail>";

std::optional<QList<Slot>> parseHeader(QByteArrayView line)
{
    QByteArrayView rest = skipBlanks(line);
    if (!rest.startsWith('#'))
        return std::nullopt;
    rest = rest.sliced(1);
    if (nextToken(rest) != "name")
        return std::nullopt;
    QList<Slot> layout;
    for (QByteArrayView token = nextToken(rest); !token.isEmpty(); token = nextToken(rest)) {
        Slot slot;
        if (token.size() > 2 && token.startsWith('<') && token.endsWith('>'))
            slot.column = token.sliced(1, token.size() - 2).toByteArray();
        else
            slot.literal = token.toByteArray();
        layout.append(slot);
    }
    if (layout.isEmpty())
        return std::nullopt;
    return layout;
}

quint64* knownColumn(SlabInfo::Cache& cache, QByteArrayView name)
{
    if (name == "active_objs")
        return &cache.activeObjs;
    if (name == "num_objs")
        return &cache.numObjs;
    if (name == "objsize")
        return &cache.objSize;
    if (name == "objperslab")
        return &cache.objPerSlab;
    if (name == "pagesperslab")
        return &cache.pagesPerSlab;
    if (name == "limit")
        return &cache.limit;
    if (name == "batchcount")
        return &cache.batchCount;
    if (name == "sharedfactor")
        return &cache.sharedFactor;
    if (name == "active_slabs")
        return &cache.activeSlabs;
    if (name == "num_slabs")
        return &cache.numSlabs;
    if (name == "sharedavail")
        return &cache.sharedAvail;
    return nullptr;
}

quint64 saturatingMultiply(quint64 a, quint64 b)
{
    if (a != 0 && b > std::numeric_limits<quint64>::max() / a)
        return std::numeric_limits<quint64>::max();
    return a * b;
}

} // namespace

quint64 SlabInfo::Cache::cacheBytes(quint64 pageSize) const
{
    return pagesToBytes(saturatingMultiply(numSlabs, pagesPerSlab), pageSize);
}

double SlabInfo::Cache::usePercent() const
{
    return numObjs == 0 ? 0.0 : 100.0 * double(activeObjs) / double(numObjs);
}

quint64 SlabInfo::Cache::leftoverBytes(quint64 pageSize) const
{
    const quint64 slabs = cacheBytes(pageSize);
    const quint64 used = saturatingMultiply(numObjs, objSize);
    return used >= slabs ? 0 : slabs - used;
}

const SlabInfo::Cache* SlabInfo::find(QStringView name) const
{
    for (const Cache& c : caches) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

Result<SlabInfo> parseSlabinfo(QByteArrayView data, const QString& path)
{
    SlabInfo info;
    auto malformed = [&](int lineNo, const QString& what) {
        info.skippedLines.append(Error::malformed(path, lineNo, what));
    };

    QList<Slot> layout = *parseHeader(kDefaultHeader);
    bool sawHeader = false;
    QList<QByteArrayView> tokens;
    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        const QByteArrayView text = line.trimmed();
        if (text.isEmpty())
            return;
        if (text.startsWith("slabinfo - version:")) {
            info.version = QString::fromLatin1(text.sliced(19).trimmed());
            sawHeader = true;
            return;
        }
        if (text.startsWith('#')) {
            if (auto header = parseHeader(text)) {
                layout = std::move(*header);
                sawHeader = true;
            } else {
                malformed(lineNo,
                          QCoreApplication::translate("kaleido::SlabInfo", "unreadable column header"));
            }
            return;
        }

        tokens.clear();
        QByteArrayView rest = text;
        for (QByteArrayView token = nextToken(rest); !token.isEmpty(); token = nextToken(rest))
            tokens.append(token);
        // The name is whatever precedes the columns the header announced, so a name with a blank survives.
        const qsizetype nameTokens = tokens.size() - layout.size();
        if (nameTokens < 1) {
            malformed(lineNo,
                      QCoreApplication::translate("kaleido::SlabInfo", "expected %1 columns after the name")
                          .arg(layout.size()));
            return;
        }
        SlabInfo::Cache cache;
        const QByteArrayView first = tokens.first();
        const QByteArrayView last = tokens.at(nameTokens - 1);
        cache.name =
            QString::fromUtf8(QByteArrayView(first.data(), last.data() + last.size() - first.data()));
        for (qsizetype i = 0; i < layout.size(); ++i) {
            const Slot& slot = layout.at(i);
            const QByteArrayView token = tokens.at(nameTokens + i);
            if (slot.column.isEmpty()) {
                if (token != slot.literal) {
                    malformed(
                        lineNo,
                        QCoreApplication::translate("kaleido::SlabInfo", "expected “%1”, got “%2”")
                            .arg(QString::fromLatin1(slot.literal), QString::fromLatin1(firstAtMost(token))));
                    return;
                }
                continue;
            }
            const auto value = tokenToUnsigned(token);
            if (!value) {
                malformed(lineNo,
                          QCoreApplication::translate("kaleido::SlabInfo", "expected a number for <%1>")
                              .arg(QString::fromLatin1(slot.column)));
                return;
            }
            if (quint64* field = knownColumn(cache, slot.column))
                *field = *value;
            else
                cache.extra.append({slot.column, *value});
        }
        info.caches.append(cache);
    });

    if (info.caches.isEmpty() && !sawHeader) {
        if (!info.skippedLines.isEmpty())
            return info.skippedLines.constFirst();
        return Error::malformed(path, 0,
                                QCoreApplication::translate("kaleido::SlabInfo", "the file is empty"));
    }
    return info;
}

Result<SlabInfo> readSlabinfo(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/slabinfo"), parseSlabinfo);
}

} // namespace kaleido
