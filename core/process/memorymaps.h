// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace kaleido {

/// How a mapping came to be, from its pathname column.
enum class MappingKind
{
    Anonymous,      ///< no pathname: anonymous mmap (or BSS)
    File,           ///< a path ("/usr/lib/…", "/memfd:x (deleted)")
    Heap,           ///< [heap], the brk area
    Stack,          ///< [stack], the main thread's stack
    ThreadStack,    ///< [stack:TID], a thread's stack (kernels 3.4 to 4.4 only)
    Vdso,           ///< [vdso], the kernel's code mapped into every process
    Vvar,           ///< [vvar] and relatives ([vvar_vclock]): kernel data for the vdso
    Vsyscall,       ///< [vsyscall], the legacy fixed-address page (not a VMA)
    NamedAnonymous, ///< [anon:name] or [anon_shmem:name], named with prctl(PR_SET_VMA_ANON_NAME)
    OtherPseudo,    ///< any other [name] the kernel may print ([uprobes], [shadow stack], …)
};

/**
 * One line of /proc/<pid>/maps — one virtual memory area (VMA) — or the header line of one smaps entry.
 *
 * Numbers are kept as numbers; the pathname is a view into the text it was parsed from (see
 * MemoryMaps::pathname).
 */
struct MemoryMap
{
    enum Permission : quint8
    {
        Read = 1,
        Write = 2,
        Execute = 4,
        Shared = 8, ///< 's' (MAP_SHARED) instead of 'p' (private, copy-on-write)
    };

    quint64 start = 0;
    quint64 end = 0;    ///< one past the last byte
    quint64 offset = 0; ///< into the file, in bytes (old kernels printed the address for anonymous areas)
    quint64 inode = 0;  ///< 0 for anonymous areas
    quint32 deviceMajor = 0;
    quint32 deviceMinor = 0;
    quint8 permissions = 0;   ///< Permission bits
    qsizetype pathOffset = 0; ///< where the pathname starts in the text it was parsed from
    qsizetype pathLength = 0;

    quint64 size() const { return end - start; }
    bool readable() const { return permissions & Read; }
    bool writable() const { return permissions & Write; }
    bool executable() const { return permissions & Execute; }
    bool shared() const { return permissions & Shared; }
    /// As the kernel prints it: "r-xp", "rw-s".
    QByteArray permissionString() const;
};

/**
 * /proc/<pid>/maps: the process's virtual memory areas, one per line, in address order.
 *
 * @code
 * 5571a223f000-5571a226e000 r--p 00000000 fe:00 247101                     /usr/bin/bash
 * 5571a2374000-5571a237f000 rw-p 00000000 00:00 0
 * 5571e02ef000-5571e0331000 rw-p 00000000 00:00 0                          [heap]
 * 7f6f2c72a000-7f6f2c72e000 r--p 00000000 00:00 0                          [vvar]
 * ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
 * @endcode
 * Columns: start-end (hex), permissions, offset (hex), device major:minor (hex), inode (decimal), then the
 * pathname after padding. The pathname is everything after the padding, verbatim: it may contain spaces, may
 * be missing (anonymous), may be a [pseudo] name, and a file that was deleted after mapping ends in "
 * (deleted)". A kernel thread and a zombie have an empty maps file: that is zero areas, not an error.
 */
struct MemoryMaps
{
    /// The file's bytes; pathnames point into them, so parsing allocates once, not once per line.
    QByteArray text;
    QList<MemoryMap> maps;
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    QByteArrayView pathname(const MemoryMap& map) const
    {
        return QByteArrayView(text).sliced(map.pathOffset, map.pathLength);
    }
    /// The sum of all areas' sizes in bytes (what pmap calls "total", VmSize plus [vsyscall]).
    quint64 totalSize() const;
};

/// Parses the bytes of /proc/<pid>/maps. Empty input is zero areas; fails (Malformed) only when no line
/// parses.
Result<MemoryMaps> parseMaps(QByteArrayView data, const QString& path = QStringLiteral("/proc/self/maps"));

/// Reads and parses /proc/<pid>/maps below @p fs's root. Vanished when the process exited.
Result<MemoryMaps> readMaps(const KernelFs& fs, int pid);

/// What kind of area a pathname stands for.
MappingKind mappingKind(QByteArrayView pathname);
/// The pathname ends in " (deleted)": the file was unlinked (or replaced) after it was mapped.
bool isDeletedMapping(QByteArrayView pathname);
/// The pathname without a " (deleted)" suffix.
QByteArrayView mappingPathWithoutDeleted(QByteArrayView pathname);
/// The TID of "[stack:TID]", if that is what the pathname is.
std::optional<int> stackThreadId(QByteArrayView pathname);
/// The name inside "[anon:name]" / "[anon_shmem:name]", if that is what the pathname is.
std::optional<QByteArrayView> anonymousName(QByteArrayView pathname);

namespace detail {
/// One parsed maps-format line (maps, and the headers of smaps and smaps_rollup); the name is a view into it.
struct MapsLine
{
    MemoryMap map;
    QByteArrayView pathname;
};
/// Parses one maps-format line. On failure returns nullopt and sets @p error to an untranslated reason
/// (a QT_TRANSLATE_NOOP in context "kaleido::MemoryMaps").
std::optional<MapsLine> parseMapsLine(QByteArrayView line, const char** error);
/// Whether a line looks like a maps header ("hex-hex …") rather than a "Key: value" line.
bool looksLikeMapsLine(QByteArrayView line);
} // namespace detail

} // namespace kaleido
