// SPDX-License-Identifier: GPL-2.0-or-later
// "Node N, zone NAME" line heads shared by /proc/buddyinfo, /proc/zoneinfo and /proc/pagetypeinfo, and a
// whitespace tokenizer for their number columns. Allocation-free, like textscan.h.
#pragma once

#include "textscan.h"

#include <QByteArrayView>

#include <algorithm>
#include <limits>
#include <optional>

namespace kaleido {

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

inline QByteArrayView skipBlanks(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return text.sliced(i);
}

/// The next run of non-blank characters of @p rest (empty at the end); @p rest moves past it.
inline QByteArrayView nextToken(QByteArrayView& rest)
{
    rest = skipBlanks(rest);
    qsizetype end = 0;
    while (end < rest.size() && !isBlank(rest[end]))
        ++end;
    const QByteArrayView token = rest.first(end);
    rest = rest.sliced(end);
    return token;
}

/// One whole token as an unsigned decimal number.
inline std::optional<quint64> tokenToUnsigned(QByteArrayView token)
{
    const auto number = parseUnsigned(token);
    if (!number || number->length != token.size())
        return std::nullopt;
    return number->value;
}

/// At most the first @p n bytes, to quote a bad token in an error message.
inline QByteArrayView firstAtMost(QByteArrayView text, qsizetype n = 40)
{
    return text.first(std::min(text.size(), n));
}

struct NodeZoneHeader
{
    int node = 0;
    QByteArrayView zone;
    QByteArrayView rest; ///< what follows the zone name
};

/// Parses "Node 0, zone   Normal…" (any blanks, as the kernel pads names to a width); nullopt for other
/// lines.
inline std::optional<NodeZoneHeader> parseNodeZoneHeader(QByteArrayView line)
{
    QByteArrayView rest = skipBlanks(line);
    if (!rest.startsWith("Node"))
        return std::nullopt;
    rest = skipBlanks(rest.sliced(4));
    const auto node = parseUnsigned(rest);
    if (!node || node->value > quint64(std::numeric_limits<int>::max()))
        return std::nullopt;
    rest = skipBlanks(rest.sliced(node->length));
    if (!rest.startsWith(','))
        return std::nullopt;
    rest = skipBlanks(rest.sliced(1));
    if (!rest.startsWith("zone"))
        return std::nullopt;
    rest = rest.sliced(4);
    if (rest.isEmpty() || !isBlank(rest[0]))
        return std::nullopt;
    rest = skipBlanks(rest);
    qsizetype end = 0;
    while (end < rest.size() && !isBlank(rest[end]) && rest[end] != ',')
        ++end;
    if (end == 0)
        return std::nullopt;
    NodeZoneHeader header;
    header.node = int(node->value);
    header.zone = rest.first(end);
    header.rest = rest.sliced(end);
    return header;
}

} // namespace kaleido
