// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"
#include "kernelfs.h"
#include "operationresult.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace kaleido::privileged {

/// "dummy", "snd-hda-intel": 1…55 of [A-Za-z0-9_-] (MODULE_NAME_LEN is 56 with the NUL).
Checked<QString> validateModuleName(const QString& name);

/**
 * The canonical form of @p value for a module parameter of modinfo type @p type ("int", "uint", "long",
 * "ulong", "short", "ushort", "byte", "bool", "invbool", "charp", "string", "array of int", …). Strict
 * grammar: decimal integers in the type's range (no '+', no spaces), bool as y/n/1/0/Y/N/true/false
 * (canonical "Y"/"N"), charp as printable ASCII without spaces, quotes, '=' or ','; arrays as comma-separated
 * elements.
 *
 * Stricter than the kernel on purpose, so that what the user typed means one thing:
 * - integers are decimal only: the kernel's kstrto*() would also take "0x10" and read "010" as octal, so hex
 *   and leading zeros are refused (except for "hexint", whose natural spelling is hex); "-0" is refused;
 * - "byte" is unsigned (0…255), "long"/"ulong" are 64-bit (LP64);
 * - charp/string values exclude whitespace, control and non-ASCII characters, quotes and
 *   = , $ ` \ ; | & < > (the kernel's parser would split or unquote, a shell would interpret);
 * - no value may be empty, and none may be longer than 1024 characters; arrays have at most 128 elements,
 *   none empty.
 * An unknown type is refused; callers that meet a parameter without a known type check it as "charp".
 */
Checked<QString> validateParameterValue(const QString& type, const QString& value);

/// A module parameter's name: 1…64 of [A-Za-z0-9_].
Checked<QString> validateParameterName(const QString& name);

/// Whether validateParameterValue() knows @p type (scalar or "array of" a known scalar).
bool isKnownParameterType(const QString& type);

/**
 * The options string handed to the kernel: "k=v k2=v2" in key order, from already canonical values (no
 * quoting is ever needed: the grammar allows no spaces or quotes).
 */
QByteArray moduleOptionsString(const QMap<QString, QString>& parameters);

/// A load request that passed validation: what load() will insert.
struct ModuleLoadPlan
{
    QString name;                      ///< the module's own name (an alias resolves to it)
    QString path;                      ///< resolved .ko
    QMap<QString, QString> parameters; ///< canonical values, only declared parameters
    QStringList dependencies;          ///< modules modprobe would load first, in order
    QStringList loadedAfter;           ///< soft "post:" dependencies modprobe loads after it
};

/// A .ko file opened by the helper itself; the same descriptor is read for modinfo and given to finit_module.
struct ModuleFilePlan
{
    QString path;
    QString name; ///< from the file's .modinfo
    QMap<QString, QString> parameters;
    std::shared_ptr<const int> fd; ///< closed when the last copy goes
    // What fstat() said when the file was checked; loadFile() refuses a file that changed since.
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;
};

struct ModuleParameterWrite
{
    QString module;
    QString parameter;
    QString value; ///< canonical
};

/**
 * Module verbs with libkmod, the way modprobe does them but stricter: blacklist always applied, install rules
 * honoured but never handed user options, no force flags, never a forced unload. Each operation returns the
 * /dev/kmsg lines printed while it ran and the taint before and after.
 *
 * - prepare*() refuse before polkit is asked; load(), loadFile() and writeParameter() check their
 *   argument again, so a plan need not come from prepare*() to be safe.
 * - "Already loaded" is not refused: load() reports it as Failed/EEXIST, the kernel's answer.
 * - Parameters are refused outright when the module, or any module loaded with it, has an install rule.
 * - prepareLoadFile() wants the file's real path (no symbolic link in any component), checked on the open
 *   descriptor; loadFile() refuses the file if its inode, size or mtime changed since.
 * - unload() is rmmod, not modprobe -r: one module, no remove rules, unused dependencies stay.
 * - /proc, /sys and /dev/kmsg are read below Options.fs, except by libkmod itself, which during a real load
 *   looks at the live /sys/module to skip dependencies that are already loaded.
 * - Each call makes its own libkmod context, so calls see modprobe.d and depmod changes at once, and
 *   instances may be used from several threads.
 */
class ModuleOperations
{
public:
    struct Options
    {
        KernelFs fs = KernelFs(); ///< /proc/modules, /sys/module, /dev/kmsg, /proc/sys/kernel/tainted
        QString modulesDirectory; ///< empty: /lib/modules/$(uname -r)
        QStringList configPaths;  ///< empty: libkmod's defaults (/etc/modprobe.d, …)
        bool dryRun = false;      ///< resolve and report, insert/remove nothing (KMOD_PROBE_DRY_RUN)
    };

    ModuleOperations();
    explicit ModuleOperations(Options options);
    ~ModuleOperations();
    ModuleOperations(ModuleOperations&&) noexcept;
    ModuleOperations& operator=(ModuleOperations&&) noexcept;

    Checked<ModuleLoadPlan> prepareLoad(const QString& name, const QMap<QString, QString>& parameters) const;
    OperationResult load(const ModuleLoadPlan& plan) const;

    Checked<ModuleFilePlan> prepareLoadFile(const QString& path,
                                            const QMap<QString, QString>& parameters) const;
    OperationResult loadFile(const ModuleFilePlan& plan) const;

    Checked<QString> prepareUnload(const QString& name) const;
    OperationResult unload(const QString& name) const;

    Checked<ModuleParameterWrite> prepareParameterWrite(const QString& module, const QString& parameter,
                                                        const QString& value) const;
    OperationResult writeParameter(const ModuleParameterWrite& write) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kaleido::privileged
