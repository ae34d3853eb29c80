// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * /proc/<pid>/environ: the environment the process was started with (later setenv() calls do not show).
 *
 * @code
 * PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\0LANG=C\0FOO=bar\0
 * @endcode
 * NUL-separated "KEY=VALUE" strings. Only the owner (or root) may read it, so PermissionDenied for other
 * users' processes is the normal case, not a failure to report loudly. execve() accepts strings without '=',
 * so those are kept too (with hasValue false).
 */
struct ProcessEnviron
{
    struct Variable
    {
        QByteArray name;
        QByteArray value;
        bool hasValue = true; ///< the string had an '='
    };

    QList<Variable> variables; ///< in the order of the process's environment block

    /// The value of the first variable called @p name.
    std::optional<QByteArray> value(QByteArrayView name) const;
};

/// Parses the bytes of /proc/<pid>/environ. Never fails: any bytes are some environment block.
Result<ProcessEnviron> parseProcessEnviron(QByteArrayView data,
                                           const QString& path = QStringLiteral("/proc/self/environ"));

/// Reads and parses /proc/<pid>/environ below @p fs's root. PermissionDenied for other users' processes.
Result<ProcessEnviron> readProcessEnviron(const KernelFs& fs, int pid);

} // namespace kaleido
