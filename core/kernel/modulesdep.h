// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace kaleido {

/// One line of modules.dep: "kernel/drivers/net/dummy.ko.xz: kernel/x/dep.ko.xz …".
struct ModulesDepEntry
{
    QString name;         ///< file name without .ko[.xz|.zst|.gz], '-' written '_' (as the kernel names it)
    QString relativePath; ///< as written, relative to /lib/modules/<release> (or absolute)
    QStringList dependencies; ///< names, in the order depmod wrote them (load order reversed)
};

/**
 * Parses modules.dep, the text index depmod writes beside modules.dep.bin. Lines without a ':' or with an
 * empty path are skipped; an empty file gives an empty list. Malformed only when the data has non-blank
 * lines and none of them is usable.
 */
Result<QList<ModulesDepEntry>> parseModulesDep(QByteArrayView data,
                                               const QString& path = QStringLiteral("modules.dep"));

/// Parses modules.builtin ("kernel/fs/ext4/ext4.ko" per line) into module names, in file order.
QStringList parseModulesBuiltin(QByteArrayView data);

/// "kernel/drivers/net/dummy.ko.xz" or "snd-hda-intel.ko" → "dummy", "snd_hda_intel"; empty when the file
/// name has no .ko suffix.
QString moduleNameFromPath(QStringView path);

} // namespace kaleido
