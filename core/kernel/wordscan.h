// SPDX-License-Identifier: GPL-2.0-or-later
// Word splitting shared by the kernel-area parsers (textscan.h has lines and numbers).
#pragma once

#include <QByteArrayView>

namespace kaleido {

/// The C locale's isspace(), as the kernel's own parsers use it: space, \t, \n, \v, \f, \r.
inline bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/// Calls @p fn with each run of non-space bytes of @p data, in order.
template<typename Fn>
void forEachWord(QByteArrayView data, Fn&& fn)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        while (pos < data.size() && isAsciiSpace(data[pos]))
            ++pos;
        const qsizetype start = pos;
        while (pos < data.size() && !isAsciiSpace(data[pos]))
            ++pos;
        if (pos > start)
            fn(data.sliced(start, pos - start));
    }
}

} // namespace kaleido
