// SPDX-License-Identifier: GPL-2.0-or-later
#include "smaps.h"

#include "pidfs.h"
#include "procscan.h"
#include "smapsfield.h"

#include <QCoreApplication>
#include <QHash>

#include <cstring>

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

namespace {

// Parses text the result then owns: readSmaps() hands over its buffer instead of copying megabytes.
Result<Smaps> parseOwned(QByteArray text, const QString& path)
{
    Smaps result;
    result.text = std::move(text);
    const QByteArrayView data(result.text);
    const char* const base = data.data();
    // Fields are written through a pointer into a list sized for ~28-byte lines and cut to size at the end:
    // appending half a million fields one by one cost a fifth of the parse.
    result.fields.resize(data.size() / 28 + 16);
    Smaps::Field* out = result.fields.data();
    qsizetype used = 0;
    result.entries.reserve(data.size() / 700 + 1);

    auto report = [&](int lineNo, const QString& what) {
        result.skippedLines.append(procscan::malformed(path, lineNo, what));
    };

    qsizetype current = -1;       // index of the entry being filled (an index: the list may grow)
    bool orphaned = false;        // after a header that did not parse, its field lines are skipped with it
    qsizetype previousFirst = -1; // the previous entry's fields, to guess the next key's id
    qsizetype previousCount = 0;

    QHash<QByteArrayView, quint32> keyIndex; // only for inputs with unusually many distinct keys
    auto sameName = [&](quint32 key, QByteArrayView name) {
        const Smaps::Key& k = result.keys.at(key);
        return k.length == name.size() && std::memcmp(base + k.offset, name.data(), size_t(name.size())) == 0;
    };
    // Finds (or adds) the id of a key. The n-th field of an entry nearly always has the key of the n-th field
    // of the previous entry, so that one is tried first: one comparison instead of a search per line.
    auto internKey = [&](QByteArrayView name, qsizetype position) -> quint32 {
        if (position < previousCount) {
            const quint32 guess = out[previousFirst + position].key;
            if (sameName(guess, name))
                return guess;
        }
        // A real file has ~25 keys: a linear search. Garbage can make a new "key" of every line, so past a
        // few dozen a hash takes over, keeping the parse linear in the input.
        if (result.keys.size() <= 32) {
            for (qsizetype i = 0; i < result.keys.size(); ++i) {
                if (sameName(quint32(i), name))
                    return quint32(i);
            }
        } else {
            if (keyIndex.isEmpty()) {
                for (qsizetype i = 0; i < result.keys.size(); ++i)
                    keyIndex.insert(result.keyName(quint32(i)), quint32(i));
            }
            if (const auto found = keyIndex.constFind(name); found != keyIndex.cend())
                return *found;
            keyIndex.insert(name, quint32(result.keys.size()));
        }
        result.keys.append({name.data() - base, name.size()});
        return quint32(result.keys.size() - 1);
    };

    int lineNo = 0;
    procscan::forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.isEmpty())
            return;
        // Field names start with a capital letter; a header starts with a hex digit (lower case from the
        // kernel).
        const char first = line.front();
        if (!(first >= 'A' && first <= 'Z') && detail::looksLikeMapsLine(line)) {
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
            entry.map.pathOffset += line.data() - base;
            entry.firstField = used;
            result.entries.append(entry);
            current = result.entries.size() - 1;
            orphaned = false;
            return;
        }

        // The field at this position in the previous entry names the key this line most likely has: when it
        // does, the name needs no scanning and its id no lookup.
        std::optional<detail::SmapsKeyLine> field;
        quint32 guessedKey = 0;
        bool guessed = false;
        if (current >= 0) {
            const qsizetype position = result.entries.at(current).fieldCount;
            if (position < previousCount) {
                guessedKey = out[previousFirst + position].key;
                const Smaps::Key& k = result.keys.at(guessedKey);
                if (k.length < line.size() && line[k.length] == ':' &&
                    std::memcmp(base + k.offset, line.data(), size_t(k.length)) == 0) {
                    field = detail::parseSmapsKeyLineWithName(line, k.length);
                    guessed = true;
                }
            }
        }
        if (!guessed)
            field = detail::parseSmapsKeyLine(line);
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
        if (field->name.size() == 7 && std::memcmp(field->name.data(), "VmFlags", 7) == 0) {
            entry.hasVmFlags = true;
            entry.vmFlagsOffset = field->rest.data() - base;
            entry.vmFlagsLength = field->rest.size();
            return;
        }
        if (!field->numeric) {
            report(lineNo, QCoreApplication::translate("kaleido::Smaps", "expected a number after “%1:”")
                               .arg(procscan::quoted(field->name)));
            return;
        }
        if (used == result.fields.size()) { // denser than estimated (hand-made short lines)
            result.fields.resize(used * 2);
            out = result.fields.data();
        }
        Smaps::Field& f = out[used];
        f.key = guessed ? guessedKey : internKey(field->name, entry.fieldCount);
        f.inKiB = field->inKiB;
        f.value = field->value;
        ++used;
        ++entry.fieldCount;
    });
    result.fields.resize(used);

    if (result.entries.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

} // namespace

Result<Smaps> parseSmaps(QByteArrayView data, const QString& path)
{
    return parseOwned(data.toByteArray(), path);
}

Result<Smaps> parseSmapsOwned(QByteArray data, const QString& path)
{
    return parseOwned(std::move(data), path);
}

Result<Smaps> readSmaps(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"smaps");
    if (!bytes)
        return bytes.error();
    return parseOwned(std::move(bytes).value(), PidFs::path(pid, u"smaps"));
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
