// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagetypeinfo.h"

#include "zoneheader.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

// The numbers after a text prefix ("… at order   0   1   2"); nullopt when a token is not a number.
std::optional<QList<quint64>> numbersOf(QByteArrayView rest)
{
    QList<quint64> values;
    for (QByteArrayView token = nextToken(rest); !token.isEmpty(); token = nextToken(rest)) {
        const auto value = tokenToUnsigned(token);
        if (!value)
            return std::nullopt;
        values.append(*value);
    }
    return values;
}

} // namespace

std::optional<quint64> PageTypeInfo::BlockTable::count(int node, QStringView zone, QStringView type) const
{
    const qsizetype column = types.indexOf(type);
    if (column < 0)
        return std::nullopt;
    for (const Row& row : rows) {
        if (row.node == node && row.zone == zone)
            return column < row.counts.size() ? std::optional<quint64>(row.counts.at(column)) : std::nullopt;
    }
    return std::nullopt;
}

QStringList PageTypeInfo::migrateTypes() const
{
    QStringList types;
    for (const FreeList& list : freeLists) {
        if (!types.contains(list.type))
            types.append(list.type);
    }
    return types;
}

const PageTypeInfo::FreeList* PageTypeInfo::findFreeList(int node, QStringView zone, QStringView type) const
{
    for (const FreeList& list : freeLists) {
        if (list.node == node && list.zone == zone && list.type == type)
            return &list;
    }
    return nullptr;
}

const PageTypeInfo::BlockTable* PageTypeInfo::blockCounts() const
{
    for (const BlockTable& table : blockTables) {
        if (table.title == QLatin1String("Number of blocks type"))
            return &table;
    }
    return nullptr;
}

Result<PageTypeInfo> parsePagetypeinfo(QByteArrayView data, const QString& path)
{
    PageTypeInfo info;
    bool anything = false;
    auto malformed = [&](int lineNo, const QString& what) {
        info.skippedLines.append(Error::malformed(path, lineNo, what));
    };
    auto expectedNumber = [] {
        return QCoreApplication::translate("kaleido::PageTypeInfo", "expected a number");
    };

    enum class Section
    {
        Head,
        FreeLists,
        Blocks
    };
    Section section = Section::Head;

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        const QByteArrayView text = line.trimmed();
        if (text.isEmpty())
            return;

        if (text.startsWith("Page block order:")) {
            const auto value = tokenToUnsigned(text.sliced(17).trimmed());
            if (!value || *value > 63) {
                malformed(lineNo, expectedNumber());
                return;
            }
            info.pageBlockOrder = int(*value);
            anything = true;
            return;
        }
        if (text.startsWith("Pages per block:")) {
            const auto value = tokenToUnsigned(text.sliced(16).trimmed());
            if (!value) {
                malformed(lineNo, expectedNumber());
                return;
            }
            info.pagesPerBlock = *value;
            anything = true;
            return;
        }
        if (text.startsWith("Free pages count per migrate type at order")) {
            const auto orders = numbersOf(text.sliced(42));
            if (!orders) {
                malformed(lineNo,
                          QCoreApplication::translate("kaleido::PageTypeInfo", "expected the orders"));
                return;
            }
            info.orders.clear();
            for (const quint64 order : *orders)
                info.orders.append(order > 63 ? 63 : int(order));
            section = Section::FreeLists;
            anything = true;
            return;
        }
        if (text.startsWith("Number of ")) {
            // "Number of blocks type     Unmovable      Movable …": the title is the words before the first
            // column, which starts after a run of two or more blanks.
            qsizetype split = text.indexOf("  ");
            if (split < 0)
                split = text.size();
            PageTypeInfo::BlockTable table;
            table.title = QString::fromLatin1(text.first(split));
            QByteArrayView rest = text.sliced(split);
            for (QByteArrayView token = nextToken(rest); !token.isEmpty(); token = nextToken(rest))
                table.types.append(QString::fromLatin1(token));
            info.blockTables.append(table);
            section = Section::Blocks;
            anything = true;
            return;
        }

        const auto header = parseNodeZoneHeader(line);
        if (!header) {
            malformed(lineNo, QCoreApplication::translate("kaleido::PageTypeInfo", "unexpected line"));
            return;
        }
        if (section == Section::FreeLists) {
            // ", type    Unmovable      1      1 …"
            QByteArrayView rest = skipBlanks(header->rest);
            if (!rest.startsWith(','))
                return malformed(
                    lineNo, QCoreApplication::translate("kaleido::PageTypeInfo", "expected “, type NAME”"));
            rest = rest.sliced(1);
            const QByteArrayView word = nextToken(rest);
            const QByteArrayView type = nextToken(rest);
            if (word != "type" || type.isEmpty())
                return malformed(
                    lineNo, QCoreApplication::translate("kaleido::PageTypeInfo", "expected “, type NAME”"));
            const auto counts = numbersOf(rest);
            if (!counts || counts->isEmpty())
                return malformed(lineNo, expectedNumber());
            PageTypeInfo::FreeList list;
            list.node = header->node;
            list.zone = QString::fromLatin1(header->zone);
            list.type = QString::fromLatin1(type);
            list.freeBlocks = *counts;
            info.freeLists.append(list);
            return;
        }
        if (section == Section::Blocks) {
            const auto counts = numbersOf(header->rest);
            if (!counts || counts->isEmpty())
                return malformed(lineNo, expectedNumber());
            PageTypeInfo::BlockTable::Row row;
            row.node = header->node;
            row.zone = QString::fromLatin1(header->zone);
            row.counts = *counts;
            info.blockTables.last().rows.append(row);
            return;
        }
        malformed(lineNo,
                  QCoreApplication::translate("kaleido::PageTypeInfo", "zone line before any table header"));
    });

    if (!anything && info.freeLists.isEmpty()) {
        if (!info.skippedLines.isEmpty())
            return info.skippedLines.constFirst();
        return Error::malformed(path, 0,
                                QCoreApplication::translate("kaleido::PageTypeInfo", "the file is empty"));
    }
    return info;
}

Result<PageTypeInfo> readPagetypeinfo(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/pagetypeinfo"), parsePagetypeinfo);
}

} // namespace kaleido
