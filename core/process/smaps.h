// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "memorymaps.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * /proc/<pid>/smaps: every memory area of maps, each followed by what the kernel counted in it.
 *
 * @code
 * 5571a223f000-5571a226e000 r--p 00000000 fe:00 247101                     /usr/bin/bash
 * Size:                188 kB
 * KernelPageSize:        4 kB
 * Rss:                 188 kB
 * Pss:                  37 kB
 * Shared_Clean:        188 kB
 * …
 * THPeligible:           0
 * ProtectionKey:         0
 * VmFlags: rd mr mw me
 * @endcode
 * Each entry is a maps line (see MemoryMaps) and then "Key: value kB" lines (or "Key: value" without a unit,
 * a count or flag such as THPeligible). Keys differ between kernels (Pss_Dirty is 6.0+, KSM 6.7+,
 * ProtectionKey only where the CPU has protection keys), so they are interned in the order first seen and
 * looked up by name; unknown keys are kept. The last line, VmFlags, is a list of two-letter codes (see
 * VmFlags::describe()).
 *
 * Storage is flat, for processes with tens of thousands of areas: one copy of the text, one list of all
 * fields, and each entry names its range in that list. Key names and pathnames are views into the text.
 */
struct Smaps
{
    struct Field
    {
        quint32 key = 0;    ///< index into keys
        bool inKiB = false; ///< the line carried "kB" (the kernel's kB means KiB)
        quint64 value = 0;  ///< as written in the file
    };
    struct Entry
    {
        MemoryMap map; ///< pathOffset refers to Smaps::text
        qsizetype firstField = 0;
        qsizetype fieldCount = 0;
        qsizetype vmFlagsOffset = 0; ///< the codes after "VmFlags:", in Smaps::text
        qsizetype vmFlagsLength = 0;
        bool hasVmFlags = false;
    };
    struct Key
    {
        qsizetype offset = 0; ///< the key's name in Smaps::text
        qsizetype length = 0;
    };

    QByteArray text;
    QList<Entry> entries;
    QList<Field> fields;
    QList<Key> keys; ///< every distinct key, in the order first seen
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    QByteArrayView pathname(const Entry& entry) const
    {
        return QByteArrayView(text).sliced(entry.map.pathOffset, entry.map.pathLength);
    }
    QByteArrayView keyName(quint32 key) const
    {
        const Key& k = keys.at(key);
        return QByteArrayView(text).sliced(k.offset, k.length);
    }
    /// The raw VmFlags codes of @p entry ("rd wr mr mw me ac"); split them with VmFlags::split().
    QByteArrayView vmFlags(const Entry& entry) const
    {
        return QByteArrayView(text).sliced(entry.vmFlagsOffset, entry.vmFlagsLength);
    }

    std::optional<quint32> keyId(QByteArrayView name) const;
    /// The field in bytes for "kB" fields, the bare number otherwise; nullopt when the entry lacks the key.
    std::optional<quint64> value(const Entry& entry, QByteArrayView name) const;
    std::optional<quint64> value(const Entry& entry, quint32 key) const;
};

/// Sums over all entries, as `pmap -X` prints under its "====" line.
struct SmapsTotals
{
    struct Total
    {
        quint32 key = 0; ///< index into Smaps::keys
        bool inKiB = false;
        quint64 sum = 0; ///< of the values as written (KiB for kB fields); saturates instead of wrapping
    };
    QList<Total> totals; ///< in Smaps::keys order
    qsizetype mappings = 0;

    /// The total in bytes for kB fields, the bare sum otherwise; nullopt when no entry had the key.
    std::optional<quint64> value(const Smaps& smaps, QByteArrayView name) const;
};

/// Parses the bytes of /proc/<pid>/smaps. Empty input is zero entries; fails (Malformed) only when nothing
/// parses.
Result<Smaps> parseSmaps(QByteArrayView data, const QString& path = QStringLiteral("/proc/self/smaps"));

/// The same, taking @p data (no copy: the result's text is @p data), for large maps read elsewhere.
Result<Smaps> parseSmapsOwned(QByteArray data, const QString& path = QStringLiteral("/proc/self/smaps"));

/// Reads and parses /proc/<pid>/smaps below @p fs's root. Vanished when the process exited.
Result<Smaps> readSmaps(const KernelFs& fs, int pid);

/// Sums every key over all entries of @p smaps (the totals line of `pmap -X`).
SmapsTotals smapsTotals(const Smaps& smaps);

} // namespace kaleido
