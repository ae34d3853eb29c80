// SPDX-License-Identifier: GPL-2.0-or-later
// The "Key:   value kB" lines shared by /proc/<pid>/smaps and smaps_rollup. Internal to core.
#pragma once

#include "procscan.h"

#include <QByteArrayView>

#include <array>
#include <limits>
#include <optional>

namespace kaleido::detail {

struct SmapsKeyLine
{
    QByteArrayView name;
    QByteArrayView rest; ///< after the colon, blanks skipped (the codes of a VmFlags line)
    quint64 value = 0;
    bool inKiB = false;
    bool numeric = false; ///< value/inKiB are set: "<digits>" or "<digits> kB"
};

constexpr std::array<bool, 256> makeKeyCharTable()
{
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                   c == '(' || c == ')' || c == '-';
    return table;
}
/// Characters a key name may contain; a table because smaps has half a million key lines for a big process.
inline constexpr std::array<bool, 256> keyCharTable = makeKeyCharTable();

/// Reads what follows the colon of a key line at @p p: blanks, then digits and an optional "kB", or anything
/// else.
inline void parseSmapsValue(SmapsKeyLine& result, const char* p, const char* const end)
{
    p = procscan::skipSpaces(p, end);
    while (p < end && (*p == ' ' || *p == '\t'))
        p = procscan::skipSpaces(p + 1, end);
    result.rest = QByteArrayView(p, end - p);

    const char* const digits = p;
    quint64 value = 0;
    while (p < end && static_cast<unsigned>(*p - '0') < 10) {
        if (__builtin_mul_overflow(value, quint64(10), &value) ||
            __builtin_add_overflow(value, quint64(*p - '0'), &value))
            return; // not a 64-bit number: not numeric, so it is reported
        ++p;
    }
    if (p == digits)
        return;
    if (end - p == 3 && p[0] == ' ' && p[1] == 'k' && p[2] == 'B') {
        // the kernel's own " kB": no trimming needed
    } else {
        const char* unit = procscan::skipSpaces(p, end);
        const char* unitEnd = end;
        while (unitEnd > unit && unitEnd[-1] == ' ')
            --unitEnd;
        if (unitEnd == unit) {
            result.value = value;
            result.numeric = true;
            return;
        }
        if (unitEnd - unit != 2 || unit[0] != 'k' || unit[1] != 'B')
            return;
    }
    if (value > std::numeric_limits<quint64>::max() / 1024)
        return; // would overflow as bytes
    result.value = value;
    result.inKiB = true;
    result.numeric = true;
}

/// Splits "Name:   123 kB" / "THPeligible:    0" / "VmFlags: rd mr". nullopt when there is no "Name:" at all.
inline std::optional<SmapsKeyLine> parseSmapsKeyLine(QByteArrayView line)
{
    const char* const begin = line.data();
    const char* const end = begin + line.size();
    const char* p = begin;
    while (p < end && keyCharTable[static_cast<unsigned char>(*p)])
        ++p;
    if (p == begin || p == end || *p != ':')
        return std::nullopt;
    SmapsKeyLine result;
    result.name = QByteArrayView(begin, p - begin);
    parseSmapsValue(result, p + 1, end);
    return result;
}

/// The same for a line the caller has already seen start with "<name>:", the name being @p nameLength bytes.
inline SmapsKeyLine parseSmapsKeyLineWithName(QByteArrayView line, qsizetype nameLength)
{
    SmapsKeyLine result;
    result.name = line.first(nameLength);
    parseSmapsValue(result, line.data() + nameLength + 1, line.data() + line.size());
    return result;
}

} // namespace kaleido::detail
