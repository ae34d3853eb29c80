// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QString>
#include <QStringList>

namespace kaleido::privileged {

/**
 * Where module @p module is blacklisted, to name it to the user: the first modprobe configuration file with a
 * "blacklist <module>" line, read the way libkmod reads @p configPaths (directories give their *.conf files
 * in name order, a file name in an earlier directory hides the same name in a later one; empty: libkmod's
 * defaults), or "the kernel command line (modprobe.blacklist=)". Empty when neither says so. Only for the
 * message: whether a module is blacklisted is libkmod's answer.
 */
QString blacklistSource(const QString& module, const QStringList& configPaths, const KernelFs& fs);

/// libkmod's configuration paths when none are given.
QStringList defaultModprobeConfigPaths();

} // namespace kaleido::privileged
