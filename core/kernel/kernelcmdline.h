// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

/**
 * /proc/cmdline: the command line the boot loader gave the kernel, one line.
 *
 * @code
 * console=ttyS0 quiet loglevel=4 dyndbg="file foo.c +p" rd.break -- single
 * @endcode
 * Split the way the kernel splits it (lib/cmdline.c next_arg()): spaces separate parameters, double quotes
 * group spaces into one, the first '=' separates name and value, and quotes around a value or a whole
 * parameter are dropped. A parameter without '=' is a bare flag (e.g. "quiet"). A lone "--" ends the kernel's
 * parameters: what follows is handed to init.
 */
struct KernelCmdline
{
    struct Parameter
    {
        QString name;                 ///< as written; the kernel treats '-' and '_' in names alike
        std::optional<QString> value; ///< nullopt for a bare flag, "" for "name="
    };

    QString raw;                 ///< the whole line, without the trailing newline
    QList<Parameter> parameters; ///< in command-line order; a name may repeat (the kernel uses each in turn)
    QStringList initArguments;   ///< after "--", passed to init

    /// The value of the last parameter called @p name ('-' and '_' alike), nullopt when absent or a bare
    /// flag.
    std::optional<QString> value(const QString& name) const;
    /// Whether @p name occurs at all, as a flag or with a value.
    bool has(const QString& name) const;
};

/// Splits /proc/cmdline. Never fails: an empty line gives no parameters.
Result<KernelCmdline> parseKernelCmdline(QByteArrayView data,
                                         const QString& path = QStringLiteral("/proc/cmdline"));

/// Reads and splits /proc/cmdline below @p fs's root.
Result<KernelCmdline> readKernelCmdline(const KernelFs& fs);

} // namespace kaleido
