// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymaps.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

using procscan::hexDigit;
using procscan::isBlank;

QByteArray MemoryMap::permissionString() const
{
    QByteArray s(4, '-');
    if (permissions & Read)
        s[0] = 'r';
    if (permissions & Write)
        s[1] = 'w';
    if (permissions & Execute)
        s[2] = 'x';
    s[3] = (permissions & Shared) ? 's' : 'p';
    return s;
}

quint64 MemoryMaps::totalSize() const
{
    quint64 total = 0;
    for (const MemoryMap& m : maps)
        total = procscan::saturatingAdd(total, m.size());
    return total;
}

namespace detail {

bool looksLikeMapsLine(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && hexDigit(line[i]) >= 0)
        ++i;
    return i > 0 && i < line.size() && line[i] == '-';
}

// Hand-rolled rather than tokenised: a process can have 65530 areas and this runs once per area per refresh,
// so it walks the line once, without allocating (tests/bench/bench_memorymaps.cpp measures it).
std::optional<MapsLine> parseMapsLine(QByteArrayView line, const char** error)
{
    const char* p = line.data();
    const char* const end = p + line.size();

    auto hex = [&](quint64& out) {
        const char* const first = p;
        quint64 v = 0;
        while (p < end) {
            const int d = hexDigit(*p);
            if (d < 0)
                break;
            if (v >> 60)
                return false;
            v = (v << 4) | quint64(d);
            ++p;
        }
        out = v;
        return p > first;
    };
    auto blanks = [&] {
        const char* const first = p;
        while (p < end && isBlank(*p))
            ++p;
        return p > first;
    };
    auto fail = [&](const char* why) {
        *error = why;
        return std::nullopt;
    };

    MapsLine result;
    MemoryMap& m = result.map;
    if (!hex(m.start) || p == end || *p != '-')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected “start-end” addresses in hex"));
    ++p;
    if (!hex(m.end) || !blanks())
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected “start-end” addresses in hex"));
    if (m.end < m.start)
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "the end address lies below the start address"));

    if (end - p < 4)
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));
    static constexpr char letters[] = "rwx";
    for (int i = 0; i < 3; ++i) {
        if (p[i] == letters[i])
            m.permissions |= quint8(1u << i);
        else if (p[i] != '-')
            return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));
    }
    if (p[3] == 's')
        m.permissions |= MemoryMap::Shared;
    else if (p[3] != 'p')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));
    p += 4;
    if (!blanks())
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));

    if (!hex(m.offset) || !blanks())
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected a file offset in hex"));

    quint64 major = 0;
    quint64 minor = 0;
    if (!hex(major) || p == end || *p != ':')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected a device as “major:minor” in hex"));
    ++p;
    if (!hex(minor) || !blanks() || major > 0xffffffffu || minor > 0xffffffffu)
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected a device as “major:minor” in hex"));
    m.deviceMajor = quint32(major);
    m.deviceMinor = quint32(minor);

    const auto inode = parseUnsigned(QByteArrayView(p, end - p));
    if (!inode)
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected an inode number"));
    m.inode = inode->value;
    p += inode->length;
    if (p < end && !blanks())
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected an inode number"));

    // The rest, after the padding, is the pathname verbatim: paths start with '/' and pseudo names with '[',
    // so leading blanks are padding, while blanks inside or at the end belong to the name.
    result.pathname = QByteArrayView(p, end - p);
    m.pathOffset = p - line.data(); // relative to the line; callers rebase it onto their text
    m.pathLength = end - p;
    return result;
}

} // namespace detail

Result<MemoryMaps> parseMaps(QByteArrayView data, const QString& path)
{
    MemoryMaps result;
    result.text = data.toByteArray();
    data = result.text; // parse the copy, so pathname offsets refer to it
    // ~80 bytes a line for file mappings, ~50 for anonymous ones: reserve for the denser case at once.
    result.maps.reserve(data.size() / 48 + 1);

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.isEmpty())
            return;
        const char* why = nullptr;
        auto parsed = detail::parseMapsLine(line, &why);
        if (!parsed) {
            result.skippedLines.append(
                procscan::malformed(path, lineNo, QCoreApplication::translate("kaleido::MemoryMaps", why)));
            return;
        }
        parsed->map.pathOffset += line.data() - data.data();
        result.maps.append(parsed->map);
    });

    if (result.maps.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

Result<MemoryMaps> readMaps(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"maps");
    if (!bytes)
        return bytes.error();
    return parseMaps(*bytes, PidFs::path(pid, u"maps"));
}

MappingKind mappingKind(QByteArrayView pathname)
{
    if (pathname.isEmpty())
        return MappingKind::Anonymous;
    if (pathname.front() != '[' || !pathname.endsWith(']'))
        return MappingKind::File; // "/usr/lib/…", "/memfd:x (deleted)", "anon_inode:[perf_event]"
    if (pathname == "[heap]")
        return MappingKind::Heap;
    if (pathname == "[stack]")
        return MappingKind::Stack;
    if (stackThreadId(pathname))
        return MappingKind::ThreadStack;
    if (pathname == "[vdso]")
        return MappingKind::Vdso;
    if (pathname.startsWith("[vvar"))
        return MappingKind::Vvar;
    if (pathname == "[vsyscall]")
        return MappingKind::Vsyscall;
    if (anonymousName(pathname))
        return MappingKind::NamedAnonymous;
    return MappingKind::OtherPseudo;
}

bool isDeletedMapping(QByteArrayView pathname)
{
    return pathname.endsWith(" (deleted)");
}

QByteArrayView mappingPathWithoutDeleted(QByteArrayView pathname)
{
    return isDeletedMapping(pathname) ? pathname.chopped(10) : pathname;
}

std::optional<int> stackThreadId(QByteArrayView pathname)
{
    if (!pathname.startsWith("[stack:") || !pathname.endsWith(']'))
        return std::nullopt;
    const auto tid = procscan::unsignedToken(pathname.sliced(7, pathname.size() - 8));
    if (!tid || *tid > quint64(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(*tid);
}

std::optional<QByteArrayView> anonymousName(QByteArrayView pathname)
{
    if (!pathname.endsWith(']'))
        return std::nullopt;
    for (QByteArrayView prefix : {QByteArrayView("[anon:"), QByteArrayView("[anon_shmem:")}) {
        if (pathname.startsWith(prefix))
            return pathname.sliced(prefix.size(), pathname.size() - prefix.size() - 1);
    }
    return std::nullopt;
}

} // namespace kaleido
