// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clioutput.h"
#include "kernelfs.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace kaleido::cli {

/// What a command gets: where to read from, its own arguments (after the command name), and the output format.
struct Context
{
    KernelFs fs;
    QStringList args;
    bool json = false;
};

/**
 * One kaleido-cli command. run() fills @p out (a table, free text and/or JSON) and returns an exit status:
 * 0 success, 1 the data could not be read (out.error says why in words), 2 wrong usage.
 */
struct Command
{
    QString name;
    QString synopsis;     ///< arguments, e.g. "PID" or "NAME|FILE.ko"
    const char* summary;  ///< QT_TRANSLATE_NOOP("kaleido::cli", …): one line for --help
    std::function<int(const Context& context, Output& out)> run;
    /// With --watch, print only what is new after each run instead of redrawing the screen (e.g. a log).
    bool appendsOnWatch = false;
};

// Each area registers its commands; main() asks them all.
void registerMemoryCommands(QList<Command>& commands);
void registerProcessCommands(QList<Command>& commands);
void registerProcessMapCommands(QList<Command>& commands);
void registerKernelCommands(QList<Command>& commands);
void registerPrivilegedCommands(QList<Command>& commands);

} // namespace kaleido::cli
