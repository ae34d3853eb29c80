// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymapchanges.h"

#include "units.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace kaleido {

namespace {

using Mapping = MemoryMapModel::Mapping;
using Change = MemoryMapModel::Change;

QString hex(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

qint64 signedDelta(quint64 after, quint64 before)
{
    return after >= before ? qint64(after - before) : -qint64(before - after);
}

/// "+1.0 MiB", "−4.0 KiB", "0 B".
QString signedBytes(qint64 bytes)
{
    if (bytes == 0)
        return Units::formatBytes(quint64(0));
    const QString size = Units::formatBytes(quint64(bytes < 0 ? -bytes : bytes));
    return (bytes < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + size;
}

/// How a mapping is named in sentences: its path, or what it is and where.
QString mappingName(const MemoryMapModel::Mapping& m)
{
    if (!m.path.isEmpty())
        return m.path;
    return MemoryMapChanges::tr("anonymous memory at %1").arg(hex(m.start, 12));
}

} // namespace

QList<MemoryMapChanges::Change> MemoryMapChanges::diff(const Snapshot& before, const Snapshot& after)
{
    using Key = std::pair<quint64, QString>;
    QHash<Key, qsizetype> byStart; // before's areas by start and path
    QHash<Key, qsizetype> byEnd;   // and by end and path, for areas growing downwards
    for (qsizetype i = 0; i < before.mappings.size(); ++i) {
        const Mapping& m = before.mappings.at(i);
        byStart.insert({m.start, m.path}, i);
        byEnd.insert({m.end, m.path}, i);
    }
    QList<bool> matched(before.mappings.size(), false);
    QList<Change> changes;
    auto compare = [&changes](const Mapping& b, const Mapping& a) {
        if (a.size() == b.size())
            return;
        Change c;
        c.type = a.size() > b.size() ? Change::Grown : Change::Shrunk;
        c.before = b;
        c.after = a;
        c.sizeDelta = signedDelta(a.size(), b.size());
        c.rssDelta = signedDelta(a.values[MemoryMapModel::Rss], b.values[MemoryMapModel::Rss]);
        changes.append(std::move(c));
    };
    QList<const Mapping*> unmatched;
    for (const Mapping& a : after.mappings) {
        const auto it = byStart.constFind({a.start, a.path});
        if (it != byStart.cend() && !matched.at(*it)) {
            matched[*it] = true;
            compare(before.mappings.at(*it), a);
        } else {
            unmatched.append(&a);
        }
    }
    for (const Mapping* a : std::as_const(unmatched)) {
        const auto it = byEnd.constFind({a->end, a->path});
        if (it != byEnd.cend() && !matched.at(*it)) {
            matched[*it] = true;
            compare(before.mappings.at(*it), *a);
            continue;
        }
        Change c;
        c.type = Change::Added;
        c.after = *a;
        c.sizeDelta = qint64(a->size());
        c.rssDelta = qint64(a->values[MemoryMapModel::Rss]);
        changes.append(std::move(c));
    }
    for (qsizetype i = 0; i < before.mappings.size(); ++i) {
        if (matched.at(i))
            continue;
        const Mapping& b = before.mappings.at(i);
        Change c;
        c.type = Change::Removed;
        c.before = b;
        c.sizeDelta = -qint64(b.size());
        c.rssDelta = -qint64(b.values[MemoryMapModel::Rss]);
        changes.append(std::move(c));
    }
    std::sort(changes.begin(), changes.end(), [](const Change& x, const Change& y) {
        const quint64 ax = x.type == Change::Removed ? x.before.start : x.after.start;
        const quint64 ay = y.type == Change::Removed ? y.before.start : y.after.start;
        return ax != ay ? ax < ay : x.type < y.type;
    });
    return changes;
}

QString MemoryMapChanges::name(Change::Type type)
{
    switch (type) {
    case Change::Added:
        return tr("added");
    case Change::Removed:
        return tr("removed");
    case Change::Grown:
        return tr("grew");
    case Change::Shrunk:
        return tr("shrank");
    }
    return {};
}

QColor MemoryMapChanges::color(Change::Type type)
{
    switch (type) {
    case Change::Added:
        return QColor(0x00, 0xB0, 0x40, 70);
    case Change::Grown:
        return QColor(0xF0, 0x90, 0x00, 80);
    case Change::Shrunk:
        return QColor(0x30, 0x80, 0xF0, 70);
    case Change::Removed:
        return QColor(0xE0, 0x30, 0x30, 70);
    }
    return {};
}

QString MemoryMapChanges::sentence(const Change& c)
{
    switch (c.type) {
    case Change::Added:
        return tr("Added since the snapshot: %1, %2 resident.")
            .arg(Units::formatBytes(c.after.size()), Units::formatBytes(c.after.values[MemoryMapModel::Rss]));
    case Change::Removed:
        return tr("Removed since the snapshot: %1 at %2.")
            .arg(Units::formatBytes(c.before.size()), hex(c.before.start, 12));
    case Change::Grown:
    case Change::Shrunk:
        return (c.type == Change::Grown ? tr("Grew by %1 since the snapshot (from %2 to %3); resident %4.")
                                        : tr("Shrank by %1 since the snapshot (from %2 to %3); resident %4."))
            .arg(Units::formatBytes(quint64(c.sizeDelta < 0 ? -c.sizeDelta : c.sizeDelta)),
                 Units::formatBytes(c.before.size()), Units::formatBytes(c.after.size()),
                 signedBytes(c.rssDelta));
    }
    return {};
}

QString MemoryMapChanges::summary(const Snapshot& before, const Snapshot& after, const QList<Change>& changes)
{
    QStringList sentences;
    if (changes.isEmpty()) {
        sentences.append(tr("No mapping was added, removed or resized since the snapshot."));
    } else {
        std::array<int, 4> count{};
        std::array<qint64, 4> bytes{};
        for (const Change& c : changes) {
            ++count[c.type];
            bytes[c.type] += c.sizeDelta;
        }
        // (Each count in a variable of its own: lupdate 6.4 hangs on an expression as the %n argument.)
        const int added = count[Change::Added];
        const int grown = count[Change::Grown];
        const int shrunk = count[Change::Shrunk];
        const int removed = count[Change::Removed];
        QStringList parts;
        if (added)
            parts.append(tr("%n added (%1)", nullptr, added).arg(signedBytes(bytes[Change::Added])));
        if (grown)
            parts.append(tr("%n grew (%1)", nullptr, grown).arg(signedBytes(bytes[Change::Grown])));
        if (shrunk)
            parts.append(tr("%n shrank (%1)", nullptr, shrunk).arg(signedBytes(bytes[Change::Shrunk])));
        if (removed)
            parts.append(tr("%n removed (%1)", nullptr, removed).arg(signedBytes(bytes[Change::Removed])));
        sentences.append(tr("Areas since the snapshot: %1.").arg(parts.join(QStringLiteral(", "))));

        // The largest few, named.
        QList<const Change*> largest;
        for (const Change& c : changes)
            largest.append(&c);
        std::stable_sort(largest.begin(), largest.end(), [](const Change* a, const Change* b) {
            return std::abs(a->sizeDelta) > std::abs(b->sizeDelta);
        });
        QStringList named;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, largest.size()); ++i) {
            const Change& c = *largest.at(i);
            switch (c.type) {
            case Change::Added:
                named.append(
                    tr("%1 added (%2)").arg(mappingName(c.after), Units::formatBytes(c.after.size())));
                break;
            case Change::Removed:
                named.append(
                    tr("%1 removed (%2)").arg(mappingName(c.before), Units::formatBytes(c.before.size())));
                break;
            case Change::Grown:
                named.append(tr("%1 grew by %2 to %3")
                                 .arg(mappingName(c.after), Units::formatBytes(quint64(c.sizeDelta)),
                                      Units::formatBytes(c.after.size())));
                break;
            case Change::Shrunk:
                named.append(tr("%1 shrank by %2 to %3")
                                 .arg(mappingName(c.after), Units::formatBytes(quint64(-c.sizeDelta)),
                                      Units::formatBytes(c.after.size())));
                break;
            }
        }
        if (changes.size() > named.size())
            sentences.append(tr("Largest: %1.").arg(named.join(QStringLiteral("; "))));
        else
            sentences.append(named.join(QStringLiteral("; ")) + QLatin1Char('.'));
    }
    const auto delta = [&](MemoryMapModel::Field f) {
        return signedBytes(signedDelta(after.totals.values[f], before.totals.values[f]));
    };
    sentences.append(tr("In all: address space %1, resident %2, proportional %3, anonymous %4, swap %5.")
                         .arg(signedBytes(signedDelta(after.totals.size, before.totals.size)),
                              delta(MemoryMapModel::Rss), delta(MemoryMapModel::Pss),
                              delta(MemoryMapModel::Anonymous), delta(MemoryMapModel::Swap)));
    return sentences.join(QLatin1Char(' '));
}

} // namespace kaleido
