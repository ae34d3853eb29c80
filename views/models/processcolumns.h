// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "processframe.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace kaleido {

struct ProcessNode;
class UserNames;

/// The columns of the process table, their titles, explanations and how each value is shown and sorted.
namespace ProcessColumns {

enum Column
{
    Name,
    Pid,
    Tid,
    Ppid,
    User,
    State,
    Threads,
    Cpu,
    UserTime,
    SystemTime,
    Nice,
    Priority,
    Policy,
    Rss,
    Vsize,
    Pss,
    Swap,
    MinorFaults,
    MajorFaults,
    OomScore,
    OomScoreAdj,
    StartTime,
    Tty,
    Session,
    ProcessGroup,
    Cgroup,
    CommandLine,
    PidNamespace,
    MountNamespace,
    NetworkNamespace,
    UserNamespace,
    UtsNamespace,
    IpcNamespace,
    CgroupNamespace,
    Count
};

QString title(int column);
/// What the column shows, in a sentence; for lazy columns also that they cost a read per visible row.
QString explanation(int column);
/// The lazy group a column needs (None for the columns every sample carries).
LazyGroup lazyGroup(int column);
/// Shown by default (the rest are in the column chooser).
bool visibleByDefault(int column);
bool isNumeric(int column);

/// What the cell shows ("12.5 %", "3.1 MiB", "S sleeping").
QVariant display(const ProcessNode& node, int column, const UserNames& users, const ProcessFrame* frame);
/// The raw value to sort by: numbers as numbers, never their text.
QVariant sortValue(const ProcessNode& node, int column, const UserNames& users);

/// "pts/3", "tty1", "ttyS0", or "" for none: the device number of stat's tty_nr decoded as ps does.
QString ttyName(qint32 ttyNr);

} // namespace ProcessColumns

} // namespace kaleido
