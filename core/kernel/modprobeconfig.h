// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kaleido {

/// One modprobe.d rule as libkmod (and so modprobe) reads it.
struct ModprobeRule
{
    enum class Kind
    {
        Blacklist, ///< "blacklist m": modprobe ignores m's aliases (a load by name still works unless
                   ///< refused)
        Options,   ///< "options m k=v …": parameters added to every load of m
        Install,   ///< "install m command": modprobe runs the command instead of loading m
        Remove,    ///< "remove m command": modprobe -r runs the command instead of unloading m
        SoftDep,   ///< "softdep m pre: a post: b"
        Alias,     ///< "alias pattern m"
    };
    Kind kind = Kind::Options;
    QString module; ///< '_' form
    QString value;  ///< the options, command, softdep lists or alias pattern; empty for Blacklist
    QString source; ///< the file it came from, or "the kernel command line"; empty when not found

    /// "blacklist", "options", … as written in modprobe.d.
    QString keyword() const;
};

/**
 * The modprobe.d configuration that applies to modules, read with libkmod's configuration iterators so it
 * is exactly what modprobe sees, with the file each rule came from. libkmod also reads modprobe.blacklist=
 * and module.param= from the live /proc/cmdline, whatever the directories given.
 */
class ModprobeConfig
{
public:
    /// @p configPaths empty: libkmod's defaults (/etc/modprobe.d, /run/modprobe.d, …).
    explicit ModprobeConfig(const QString& modulesDirectory = {}, const QStringList& configPaths = {});

    /// Every rule, in libkmod's order per kind.
    const QList<ModprobeRule>& rules() const { return m_rules; }
    /// The rules that name @p module ('-' and '_' alike).
    QList<ModprobeRule> rulesFor(const QString& module) const;

    static QStringList defaultConfigPaths();

private:
    QStringList m_configPaths;
    QList<ModprobeRule> m_rules;
};

/**
 * The first configuration file in @p configPaths (read as libkmod reads them: *.conf of each directory in
 * name order, an earlier directory's file hiding a later one's of the same name) with a line
 * "@p keyword @p module …" ("alias pattern @p module" for alias). Empty when none.
 */
QString modprobeRuleSource(const QString& keyword, const QString& module, const QStringList& configPaths);

} // namespace kaleido
