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

namespace {

// Forced inline and called on a local pointer (not through a lambda capturing it by reference, which kept the
// pointer in memory): they run for every character of every line.
Q_ALWAYS_INLINE bool scanHex(const char*& p, const char* end, quint64& out)
{
    const char* s = p;
    const char* const stop = end - s > 16 ? s + 16 : end;
    quint64 v = 0;
    int d = 0;
    while (s < stop && (d = hexDigit(*s)) >= 0) {
        v = (v << 4) | quint64(d);
        ++s;
    }
    if (s == p || (s == stop && s < end && hexDigit(*s) >= 0))
        return false; // no digit, or a 17th one: more than 64 bits
    out = v;
    p = s;
    return true;
}

Q_ALWAYS_INLINE bool skipBlanks(const char*& p, const char* end)
{
    const char* const first = p;
    for (;;) {
        p = procscan::skipSpaces(p, end);
        if (p == end || *p != '\t')
            break;
        ++p;
    }
    return p > first;
}

} // namespace

// Hand-rolled rather than tokenised: a process can have 65530 areas and this runs once per area per refresh,
// so it walks the line once, without allocating (tests/bench/bench_memorymaps.cpp measures it).
std::optional<MapsLine> parseMapsLine(QByteArrayView line, const char** error)
{
    const char* p = line.data();
    const char* const end = p + line.size();
    auto fail = [error](const char* why) {
        *error = why;
        return std::nullopt;
    };

    MapsLine result;
    MemoryMap& m = result.map;
    if (!scanHex(p, end, m.start) || p == end || *p != '-')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected “start-end” addresses in hex"));
    ++p;
    if (!scanHex(p, end, m.end) || !skipBlanks(p, end))
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected “start-end” addresses in hex"));
    if (m.end < m.start)
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "the end address lies below the start address"));

    if (end - p < 5)
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));
    quint8 perms = 0;
    if (p[0] == 'r')
        perms |= MemoryMap::Read;
    else if (p[0] != '-')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));
    if (p[1] == 'w')
        perms |= MemoryMap::Write;
    else if (p[1] != '-')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));
    if (p[2] == 'x')
        perms |= MemoryMap::Execute;
    else if (p[2] != '-')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));
    if (p[3] == 's')
        perms |= MemoryMap::Shared;
    else if (p[3] != 'p')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));
    m.permissions = perms;
    p += 4;
    if (!skipBlanks(p, end))
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected permissions such as “r-xp”"));

    if (!scanHex(p, end, m.offset) || !skipBlanks(p, end))
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected a file offset in hex"));

    quint64 major = 0;
    quint64 minor = 0;
    if (!scanHex(p, end, major) || p == end || *p != ':')
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected a device as “major:minor” in hex"));
    ++p;
    if (!scanHex(p, end, minor) || !skipBlanks(p, end) || major > 0xffffffffu || minor > 0xffffffffu)
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected a device as “major:minor” in hex"));
    m.deviceMajor = quint32(major);
    m.deviceMinor = quint32(minor);

    const char* const digits = p;
    quint64 inode = 0;
    while (p < end && static_cast<unsigned>(*p - '0') < 10) {
        if (__builtin_mul_overflow(inode, quint64(10), &inode) ||
            __builtin_add_overflow(inode, quint64(*p - '0'), &inode))
            return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected an inode number"));
        ++p;
    }
    if (p == digits || (p < end && !skipBlanks(p, end)))
        return fail(QT_TRANSLATE_NOOP("kaleido::MemoryMaps", "expected an inode number"));
    m.inode = inode;

    // The rest, after the padding, is the pathname verbatim: paths start with '/' and pseudo names with '[',
    // so leading blanks are padding, while blanks inside or at the end belong to the name.
    result.pathname = QByteArrayView(p, end - p);
    m.pathOffset = p - line.data(); // relative to the line; callers rebase it onto their text
    m.pathLength = end - p;
    return result;
}

} // namespace detail

namespace {

// Parses text the result then owns: readMaps() hands over its buffer instead of copying a megabyte.
Result<MemoryMaps> parseOwned(QByteArray text, const QString& path)
{
    MemoryMaps result;
    result.text = std::move(text);
    const QByteArrayView data(result.text);
    // Written through a pointer into a list sized for the usual density (anonymous lines are ~50 bytes) and
    // cut to size at the end: appending one by one cost as much as parsing the line.
    result.maps.resize(data.size() / 48 + 16);
    MemoryMap* out = result.maps.data();
    qsizetype used = 0;

    int lineNo = 0;
    procscan::forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.isEmpty())
            return;
        const char* why = nullptr;
        const auto parsed = detail::parseMapsLine(line, &why);
        if (!parsed) {
            result.skippedLines.append(
                procscan::malformed(path, lineNo, QCoreApplication::translate("kaleido::MemoryMaps", why)));
            return;
        }
        if (used == result.maps.size()) { // denser than estimated (hand-made short lines)
            result.maps.resize(used * 2);
            out = result.maps.data();
        }
        out[used] = parsed->map;
        out[used].pathOffset += line.data() - data.data();
        ++used;
    });
    result.maps.resize(used);

    if (result.maps.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

} // namespace

Result<MemoryMaps> parseMaps(QByteArrayView data, const QString& path)
{
    return parseOwned(data.toByteArray(), path);
}

Result<MemoryMaps> readMaps(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"maps");
    if (!bytes)
        return bytes.error();
    return parseOwned(std::move(bytes).value(), PidFs::path(pid, u"maps"));
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
