// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "memorymapmodel.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace kaleido {

/**
 * Memory ▸ Map's exports: one row (CSV) or object (JSON) per area with raw values — addresses in hexadecimal,
 * sizes and counters in bytes — and the totals of `pmap -X`. When a snapshot is being compared, each area
 * says how it changed, and the JSON also lists the areas removed since.
 */
namespace MemoryMapExport {

struct Source
{
    MemoryMapModel::Snapshot snapshot;
    QString command;                       ///< the process's name, for the JSON header
    QList<MemoryMapModel::Change> changes; ///< against the baseline (empty: none)
    bool hasBaseline = false;
    qint64 baselineTakenMs = 0;
};

/// CSV (RFC 4180, CRLF line ends): a header line, one line per area, and a last line "total".
QByteArray toCsv(const Source& source);
/// An indented JSON document: {pid, command, taken, unit, mappings: […], totals: {…}, [baseline, removed]}.
QByteArray toJson(const Source& source);

/// What an export of @p model holds now: its areas, and the baseline and changes after a snapshot.
Source sourceFrom(const MemoryMapModel& model, const QString& command);

bool writeCsv(QIODevice* device, const Source& source);
bool writeJson(QIODevice* device, const Source& source);
/// Writes the export to @p fileName atomically (nothing is left half-written on failure).
bool writeFile(const QString& fileName, const Source& source, bool json);

/// The CSV column names (also the JSON keys of each area), in order.
QStringList csvColumns();

/// "added", "removed", "grown", "shrunk": the untranslated change names of the exports.
QString changeKey(MemoryMapModel::Change::Type type);
/// "code", "heap", …: the untranslated kind names of the exports.
QString kindKey(MemoryMapModel::Kind kind);

} // namespace MemoryMapExport
} // namespace kaleido
