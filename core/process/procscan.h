// SPDX-License-Identifier: GPL-2.0-or-later
// Allocation-free scanning helpers for the /proc/<pid>/* parsers (hex numbers, signed numbers, words), next
// to the shared ones in textscan.h. Internal to core: not part of any parser's interface.
#pragma once

#include "error.h"
#include "textscan.h"

#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstring>
#include <limits>
#include <optional>

namespace kaleido::procscan {

namespace detail {
constexpr std::array<signed char, 256> makeHexTable()
{
    std::array<signed char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        if (c >= '0' && c <= '9')
            table[c] = static_cast<signed char>(c - '0');
        else if (c >= 'a' && c <= 'f')
            table[c] = static_cast<signed char>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            table[c] = static_cast<signed char>(c - 'A' + 10);
        else
            table[c] = -1;
    }
    return table;
}
} // namespace detail

/// Hex digit values by byte (-1 for anything else): one load per character in the hot maps/smaps loops.
inline constexpr std::array<signed char, 256> hexTable = detail::makeHexTable();

/// Value of one hex digit, or -1.
inline int hexDigit(char c)
{
    return hexTable[static_cast<unsigned char>(c)];
}

/// Advances @p p over spaces, eight at a time while it can: the kernel pads maps and smaps lines with runs of
/// 10 to 30 spaces, and comparing a word at once is several times cheaper than a byte at a time.
inline const char* skipSpaces(const char* p, const char* end)
{
    constexpr quint64 spaces = 0x2020202020202020ULL;
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word != spaces)
            break;
        p += 8;
    }
    while (p < end && *p == ' ')
        ++p;
    return p;
}

/**
 * Calls @p fn with each line of @p data, without its '\n'; a last line without '\n' is still passed. The same
 * contract as forEachLine() in textscan.h, with memchr called directly: for smaps' half a million short lines
 * the call through QByteArrayView::indexOf() was a tenth of the parse.
 */
template<typename Fn>
void forEachLine(QByteArrayView data, Fn&& fn)
{
    const char* p = data.data();
    const char* const end = p + data.size();
    while (p < end) {
        const char* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* const lineEnd = newline ? newline : end;
        fn(QByteArrayView(p, lineEnd - p));
        p = lineEnd + 1;
    }
}

/// Parses the leading hex digits of @p text (no "0x"); nullopt when there are none or they overflow 64 bits.
inline std::optional<ParsedUnsigned> parseHex(QByteArrayView text)
{
    ParsedUnsigned result;
    while (result.length < text.size()) {
        const int digit = hexDigit(text[result.length]);
        if (digit < 0)
            break;
        if (result.value >> 60)
            return std::nullopt; // a 17th significant digit
        result.value = (result.value << 4) | quint64(digit);
        ++result.length;
    }
    if (result.length == 0)
        return std::nullopt;
    return result;
}

/// A whole token in hex, with an optional "0x" prefix ("0x7fffec4b5030", "ffffffff"); nullopt otherwise.
inline std::optional<quint64> hexToken(QByteArrayView token)
{
    if (token.startsWith("0x") || token.startsWith("0X"))
        token = token.sliced(2);
    const auto parsed = parseHex(token);
    if (!parsed || parsed->length != token.size())
        return std::nullopt;
    return parsed->value;
}

/// A whole token in decimal; nullopt when anything else is in it or it overflows.
inline std::optional<quint64> unsignedToken(QByteArrayView token)
{
    const auto parsed = parseUnsigned(token);
    if (!parsed || parsed->length != token.size())
        return std::nullopt;
    return parsed->value;
}

/// A whole token in decimal with an optional sign ("-1", "+5", "42"); nullopt otherwise or on overflow.
inline std::optional<qint64> signedToken(QByteArrayView token)
{
    bool negative = false;
    if (token.startsWith('-') || token.startsWith('+')) {
        negative = token.front() == '-';
        token = token.sliced(1);
    }
    const auto magnitude = unsignedToken(token);
    if (!magnitude)
        return std::nullopt;
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (*magnitude > limit)
        return std::nullopt;
    if (negative)
        return *magnitude == limit ? std::numeric_limits<qint64>::min() : -qint64(*magnitude);
    return qint64(*magnitude);
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// Splits @p text at runs of spaces and tabs and calls @p fn with each non-empty token.
template<typename Fn>
void forEachToken(QByteArrayView text, Fn&& fn)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && isBlank(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && !isBlank(text[i]))
            ++i;
        if (i > start)
            fn(text.sliced(start, i - start));
    }
}

/// An Error{Malformed} about one line.
inline Error malformed(const QString& path, int line, const QString& detail)
{
    return Error::malformed(path, line, detail);
}

/// Bytes as text for messages: UTF-8 where valid, at most @p max characters, so a garbage line stays
/// readable.
inline QString quoted(QByteArrayView bytes, qsizetype max = 40)
{
    QString text = QString::fromUtf8(bytes.first(std::min(bytes.size(), max)));
    if (bytes.size() > max)
        text += QStringLiteral("…");
    return text;
}

/// a + b, stuck at the maximum instead of wrapping (totals of hostile input must not wrap around).
inline quint64 saturatingAdd(quint64 a, quint64 b)
{
    return a > std::numeric_limits<quint64>::max() - b ? std::numeric_limits<quint64>::max() : a + b;
}

} // namespace kaleido::procscan
