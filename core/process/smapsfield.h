// SPDX-License-Identifier: GPL-2.0-or-later
// The "Key:   value kB" lines shared by /proc/<pid>/smaps and smaps_rollup. Internal to core.
#pragma once

#include "textscan.h"

#include <QByteArrayView>

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

inline bool isKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '(' || c == ')' || c == '-';
}

/// Splits "Name:   123 kB" / "THPeligible:    0" / "VmFlags: rd mr". nullopt when there is no "Name:" at all.
inline std::optional<SmapsKeyLine> parseSmapsKeyLine(QByteArrayView line)
{
    qsizetype colon = 0;
    while (colon < line.size() && isKeyChar(line[colon]))
        ++colon;
    if (colon == 0 || colon == line.size() || line[colon] != ':')
        return std::nullopt;
    SmapsKeyLine result;
    result.name = line.first(colon);
    qsizetype i = colon + 1;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    result.rest = line.sliced(i);

    const auto number = parseUnsigned(result.rest);
    if (!number)
        return result;
    QByteArrayView unit = result.rest.sliced(number->length);
    while (!unit.isEmpty() && unit.front() == ' ')
        unit = unit.sliced(1);
    while (!unit.isEmpty() && unit.back() == ' ')
        unit.chop(1);
    if (unit == "kB") {
        if (number->value > std::numeric_limits<quint64>::max() / 1024)
            return result; // would overflow as bytes: not numeric, so it is reported
        result.inKiB = true;
    } else if (!unit.isEmpty()) {
        return result;
    }
    result.value = number->value;
    result.numeric = true;
    return result;
}

} // namespace kaleido::detail
