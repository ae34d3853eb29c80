// SPDX-License-Identifier: GPL-2.0-or-later
// Small allocation-free helpers shared by the /proc and /sys parsers.
#pragma once

#include <QByteArrayView>

#include <limits>
#include <optional>

namespace kaleido {

/// Calls @p fn with each line of @p data, without its '\n'. A last line without '\n' is still passed.
template<typename Fn>
void forEachLine(QByteArrayView data, Fn&& fn)
{
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        fn(data.sliced(start, end - start));
        start = end + 1;
    }
}

struct ParsedUnsigned
{
    quint64 value = 0;
    qsizetype length = 0; ///< characters consumed
};

/// Parses the leading decimal digits of @p text; nullopt when there are none or the number overflows 64 bits.
inline std::optional<ParsedUnsigned> parseUnsigned(QByteArrayView text)
{
    ParsedUnsigned result;
    while (result.length < text.size()) {
        const char c = text[result.length];
        if (c < '0' || c > '9')
            break;
        const quint64 digit = quint64(c - '0');
        if (result.value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return std::nullopt;
        result.value = result.value * 10 + digit;
        ++result.length;
    }
    if (result.length == 0)
        return std::nullopt;
    return result;
}

} // namespace kaleido
