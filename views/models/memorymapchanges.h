// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "memorymapmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kaleido {

/**
 * What changed in a process's memory map between two snapshots: which areas were added, removed, grew or
 * shrank (matched by start address and path, or by end address and path for areas that grow downwards, like
 * the stack), and the same in plain words with byte sizes — watching the heap grow. MemoryMapModel uses it
 * for its baseline; its static diff(), diffSummary(), changeSentence(), changeName() and changeColor() are
 * these.
 */
class MemoryMapChanges
{
    Q_DECLARE_TR_FUNCTIONS(kaleido::MemoryMapChanges)
public:
    using Change = MemoryMapModel::Change;
    using Snapshot = MemoryMapModel::Snapshot;

    /// The changes from @p before to @p after, in address order.
    static QList<Change> diff(const Snapshot& before, const Snapshot& after);
    /// "Areas since the snapshot: 2 added (+1.0 MiB) …; [heap] grew by 132 KiB …; In all: …".
    static QString summary(const Snapshot& before, const Snapshot& after, const QList<Change>& changes);
    /// One change as a sentence, for a row's tooltip.
    static QString sentence(const Change& change);
    /// "added", "removed", "grew", "shrank".
    static QString name(Change::Type type);
    /// The background of a changed row (translucent, so it reads on light and dark themes).
    static QColor color(Change::Type type);
};

} // namespace kaleido
