// SPDX-License-Identifier: GPL-2.0-or-later
// The memory area's commands, spread over memorycommands.cpp (allocator views: meminfo, vmstat, buddy, zones,
// pagetypes, slab) and memorytuningcommands.cpp (thp, ksm, overcommit); registerMemoryCommands() adds them
// all.
#pragma once

#include "clicommand.h"

#include <QJsonValue>

namespace kaleido::cli::memory {

int thp(const Context& context, Output& out);
int ksm(const Context& context, Output& out);
int overcommit(const Context& context, Output& out);

/// A count as a JSON number that stays exact: an integer up to 2^63, a double beyond.
QJsonValue jsonCount(quint64 value);
/// An Output's table as the text kaleido-cli would print, for output with more than one table.
QString renderTable(const Output& table);

} // namespace kaleido::cli::memory
