// SPDX-License-Identifier: GPL-2.0-or-later
#include "smaps.h"

#include "pidfs.h"
#include "procscan.h"
#include "smapsfield.h"

#include <QCoreApplication>

namespace kaleido {

std::optional<quint32> Smaps::keyId(QByteArrayView name) const
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keyName(quint32(i)) == name)
            return quint32(i);
    }
    return std::nullopt;
}

std::optional<quint64> Smaps::value(const Entry& entry, quint32 key) const
{
    for (qsizetype i = entry.firstField; i < entry.firstField + entry.fieldCount; ++i) {
        const Field& f = fields.at(i);
        if (f.key == key)
            return f.inKiB ? f.value * 1024 : f.value;
    }
    return std::nullopt;
}

std::optional<quint64> Smaps::value(const Entry& entry, QByteArrayView name) const
{
    const auto key = keyId(name);
    if (!key)
        return std::nullopt;
    return value(entry, *key);
}

std::optional<quint64> SmapsTotals::value(const Smaps& smaps, QByteArrayView name) const
{
    const auto key = smaps.keyId(name);
    if (!key)
        return std::nullopt;
    for (const Total& t : totals) {
        if (t.key == *key) {
            if (!t.inKiB)
                return t.sum;
            return t.sum > std::numeric_limits<quint64>::max() / 1024 ? std::numeric_limits<quint64>::max()
                                                                      : t.sum * 1024;
        }
    }
    return std::nullopt;
}

Result<Smaps> parseSmaps(QByteArrayView data, const QString& path)
{
    Smaps result;
    result.text = data.toByteArray();
    data = result.text; // parse the copy, so names and pathnames refer to it
    // About 28 bytes a field line and 25 fields an entry: reserve once instead of growing 20 times.
    result.fields.reserve(data.size() / 28 + 1);
    result.entries.reserve(data.size() / 700 + 1);

    auto report = [&](int lineNo, const QString& what) {
        result.skippedLines.append(procscan::malformed(path, lineNo, what));
    };

    qsizetype current = -1;       // index of the entry being filled (an index: the list may grow)
    bool orphaned = false;        // after a header that did not parse, its field lines are skipped with it
    qsizetype previousFirst = -1; // the previous entry's fields, to guess the next key's id
    qsizetype previousCount = 0;

    // Finds (or adds) the id of a key. The n-th field of an entry nearly always has the key of the n-th field
    // of the previous entry, so that one is tried first: one comparison instead of a search per line.
    auto internKey = [&](QByteArrayView name) -> quint32 {
        const qsizetype position = result.entries.at(current).fieldCount;
        if (position < previousCount) {
            const quint32 guess = result.fields.at(previousFirst + position).key;
            if (result.keyName(guess) == name)
                return guess;
        }
        if (const auto known = result.keyId(name))
            return *known;
        result.keys.append({name.data() - data.data(), name.size()});
        return quint32(result.keys.size() - 1);
    };

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.isEmpty())
            return;
        if (detail::looksLikeMapsLine(line)) {
            if (current >= 0) {
                previousFirst = result.entries.at(current).firstField;
                previousCount = result.entries.at(current).fieldCount;
            }
            const char* why = nullptr;
            const auto parsed = detail::parseMapsLine(line, &why);
            if (!parsed) {
                report(lineNo, QCoreApplication::translate("kaleido::MemoryMaps", why));
                current = -1;
                orphaned = true;
                return;
            }
            Smaps::Entry entry;
            entry.map = parsed->map;
            entry.map.pathOffset += line.data() - data.data();
            entry.firstField = result.fields.size();
            result.entries.append(entry);
            current = result.entries.size() - 1;
            orphaned = false;
            return;
        }

        const auto field = detail::parseSmapsKeyLine(line);
        if (!field) {
            report(lineNo,
                   QCoreApplication::translate("kaleido::Smaps", "expected a mapping or “Key: value”"));
            return;
        }
        if (current < 0) {
            if (!orphaned) {
                report(lineNo,
                       QCoreApplication::translate("kaleido::Smaps", "“%1:” comes before the first mapping")
                           .arg(procscan::quoted(field->name)));
            }
            return;
        }
        Smaps::Entry& entry = result.entries[current];
        if (field->name == "VmFlags") {
            entry.hasVmFlags = true;
            entry.vmFlagsOffset = field->rest.data() - data.data();
            entry.vmFlagsLength = field->rest.size();
            return;
        }
        if (!field->numeric) {
            report(lineNo, QCoreApplication::translate("kaleido::Smaps", "expected a number after “%1:”")
                               .arg(procscan::quoted(field->name)));
            return;
        }
        Smaps::Field f;
        f.key = internKey(field->name);
        f.inKiB = field->inKiB;
        f.value = field->value;
        result.fields.append(f);
        ++entry.fieldCount;
    });

    if (result.entries.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

Result<Smaps> readSmaps(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"smaps");
    if (!bytes)
        return bytes.error();
    return parseSmaps(*bytes, PidFs::path(pid, u"smaps"));
}

SmapsTotals smapsTotals(const Smaps& smaps)
{
    SmapsTotals totals;
    totals.mappings = smaps.entries.size();
    totals.totals.resize(smaps.keys.size());
    QList<bool> seen(smaps.keys.size(), false);
    for (qsizetype i = 0; i < smaps.keys.size(); ++i)
        totals.totals[i].key = quint32(i);
    for (const Smaps::Field& f : smaps.fields) {
        SmapsTotals::Total& t = totals.totals[f.key];
        if (!seen.at(f.key)) {
            seen[f.key] = true;
            t.inKiB = f.inKiB;
        }
        t.sum = procscan::saturatingAdd(t.sum, f.value);
    }
    return totals;
}

} // namespace kaleido
