// SPDX-License-Identifier: GPL-2.0-or-later
// Allocation-free scanning helpers for the /proc/<pid>/* parsers (hex numbers, signed numbers, words), next
// to the shared ones in textscan.h. Internal to core: not part of any parser's interface.
#pragma once

#include "error.h"
#include "textscan.h"

#include <QByteArrayView>
#include <QString>

#include <limits>
#include <optional>

namespace kaleido::procscan {

/// Value of one hex digit, or -1.
inline int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
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
    Error e;
    e.kind = ErrorKind::Malformed;
    e.path = path;
    e.line = line;
    e.detail = detail;
    return e;
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
