// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kaleido {

/**
 * /proc/<pid>/cmdline: the process's argument vector, as it is in its memory now.
 *
 * @code
 * /usr/bin/bash\0tests/fixtures/capture.sh\0tests/fixtures/linux-6.18-host\0
 * @endcode
 * Arguments are separated (and ended) by NUL bytes. Two things are normal and not errors:
 * - an empty file: a kernel thread (no user memory) or a zombie (memory already freed);
 * - a process that rewrote its argv area as a title, e.g. "sshd: alice [priv]" or "postgres: writer process",
 *   which reads back as one argument containing spaces and often NUL padding behind it.
 */
struct ProcessCmdline
{
    /// The arguments as bytes (no encoding is promised); trailing NUL padding is dropped.
    QList<QByteArray> args;
    /// The process overwrote its arguments with a title (one argument with spaces, or NUL padding at the
    /// end).
    bool rewritten = false;

    /// No arguments at all: a kernel thread or a zombie.
    bool isEmpty() const { return args.isEmpty(); }
    /// The arguments joined by spaces and decoded as UTF-8, the way ps prints them.
    QString joined() const;
};

/// Parses the bytes of /proc/<pid>/cmdline. Never fails: any bytes are some argument vector.
Result<ProcessCmdline> parseProcessCmdline(QByteArrayView data,
                                           const QString& path = QStringLiteral("/proc/self/cmdline"));

/// Reads and parses /proc/<pid>/cmdline below @p fs's root. Vanished when the process exited.
Result<ProcessCmdline> readProcessCmdline(const KernelFs& fs, int pid);

} // namespace kaleido
