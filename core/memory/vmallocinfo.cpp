// SPDX-License-Identifier: GPL-2.0-or-later
#include "vmallocinfo.h"

#include "zoneheader.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

constexpr quint64 kMax = std::numeric_limits<quint64>::max();

// "0x00000000fd177c29" → value; nullopt when not hex or wider than 64 bits.
std::optional<quint64> parseHex(QByteArrayView text)
{
    if (!text.startsWith("0x") || text.size() < 3)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text.sliced(2)) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        if (value > (kMax >> 4))
            return std::nullopt;
        value = (value << 4) | quint64(digit);
    }
    return value;
}

bool looksLikeCaller(QByteArrayView token)
{
    // %pS prints "symbol+0xoff/0xlen", or the bare address when the symbol is unknown.
    return token.contains("+0x") || token.startsWith("0x");
}

} // namespace

quint64 VmallocInfo::totalSize() const
{
    quint64 sum = 0;
    for (const Area& a : areas)
        sum = a.size > kMax - sum ? kMax : sum + a.size;
    return sum;
}

quint64 VmallocInfo::totalPages() const
{
    quint64 sum = 0;
    for (const Area& a : areas) {
        const quint64 pages = a.pages.value_or(0);
        sum = pages > kMax - sum ? kMax : sum + pages;
    }
    return sum;
}

Result<VmallocInfo> parseVmallocinfo(QByteArrayView data, const QString& path)
{
    VmallocInfo info;
    auto malformed = [&](int lineNo, const QString& what) {
        info.skippedLines.append(Error::malformed(path, lineNo, what));
    };

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        QByteArrayView rest = line;
        const QByteArrayView range = nextToken(rest);
        if (range.isEmpty())
            return;
        const qsizetype dash = range.indexOf('-');
        const auto start = dash > 0 ? parseHex(range.first(dash)) : std::nullopt;
        const auto end = dash > 0 ? parseHex(range.sliced(dash + 1)) : std::nullopt;
        if (!start || !end) {
            malformed(lineNo,
                      QCoreApplication::translate("kaleido::VmallocInfo", "expected “0xSTART-0xEND”"));
            return;
        }
        const auto size = tokenToUnsigned(nextToken(rest));
        if (!size) {
            malformed(lineNo,
                      QCoreApplication::translate("kaleido::VmallocInfo", "expected the size in bytes"));
            return;
        }
        VmallocInfo::Area area;
        area.start = *start;
        area.end = *end;
        area.size = *size;

        QByteArrayView token = nextToken(rest);
        if (looksLikeCaller(token)) {
            area.caller = QString::fromLatin1(token);
            token = nextToken(rest);
            if (token.size() >= 2 && token.startsWith('[') && token.endsWith(']')) {
                area.module = QString::fromLatin1(token.sliced(1, token.size() - 2));
                token = nextToken(rest);
            }
        }
        for (; !token.isEmpty(); token = nextToken(rest)) {
            if (token.startsWith("pages=")) {
                const auto pages = tokenToUnsigned(token.sliced(6));
                if (!pages)
                    return malformed(lineNo,
                                     QCoreApplication::translate("kaleido::VmallocInfo", "bad “pages=”"));
                area.pages = *pages;
            } else if (token.startsWith("phys=")) {
                const auto phys = parseHex(token.sliced(5));
                if (!phys)
                    return malformed(lineNo,
                                     QCoreApplication::translate("kaleido::VmallocInfo", "bad “phys=”"));
                area.phys = *phys;
            } else if (token.size() > 2 && token[0] == 'N' && token.indexOf('=') > 1) {
                const qsizetype eq = token.indexOf('=');
                const auto node = tokenToUnsigned(token.sliced(1, eq - 1));
                const auto pages = tokenToUnsigned(token.sliced(eq + 1));
                if (!node || !pages || *node > quint64(std::numeric_limits<int>::max()))
                    return malformed(lineNo,
                                     QCoreApplication::translate("kaleido::VmallocInfo", "bad “N<node>=”"));
                area.pagesPerNode.append({int(*node), *pages});
            } else {
                area.flags.append(QString::fromLatin1(token));
            }
        }
        info.areas.append(area);
    });

    if (info.areas.isEmpty() && !info.skippedLines.isEmpty())
        return info.skippedLines.constFirst();
    return info;
}

Result<VmallocInfo> readVmallocinfo(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/vmallocinfo"), parseVmallocinfo);
}

} // namespace kaleido
