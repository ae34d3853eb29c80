// SPDX-License-Identifier: GPL-2.0-or-later
#include "modprobeconfig.h"

#include "kmodhandles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <libkmod.h>

#include <vector>

namespace kaleido {

namespace {

QString normalized(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

struct IterDeleter
{
    void operator()(kmod_config_iter* it) const { kmod_config_iter_free_iter(it); }
};
using IterPtr = std::unique_ptr<kmod_config_iter, IterDeleter>;

QStringList configFiles(const QStringList& configPaths)
{
    QStringList files;
    QSet<QString> seen;
    for (const QString& path : configPaths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names =
                QDir(path).entryList({QStringLiteral("*.conf")}, QDir::Files | QDir::Readable, QDir::Name);
            for (const QString& name : names) {
                if (seen.contains(name))
                    continue;
                seen.insert(name);
                files.append(path + QLatin1Char('/') + name);
            }
        } else if (info.isFile()) {
            files.append(path);
        }
    }
    return files;
}

bool fileHasRule(const QString& path, const QString& keyword, const QString& module)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = file.read(1 << 20); // modprobe.d files are small
    const bool alias = keyword == QLatin1String("alias");
    for (const QByteArray& line : content.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        const qsizetype at = alias ? 2 : 1;
        if (words.size() > at && QString::fromUtf8(words[0]) == keyword &&
            normalized(QString::fromUtf8(words[at])) == module)
            return true;
    }
    return false;
}

} // namespace

QString ModprobeRule::keyword() const
{
    switch (kind) {
    case Kind::Blacklist:
        return QStringLiteral("blacklist");
    case Kind::Options:
        return QStringLiteral("options");
    case Kind::Install:
        return QStringLiteral("install");
    case Kind::Remove:
        return QStringLiteral("remove");
    case Kind::SoftDep:
        return QStringLiteral("softdep");
    case Kind::Alias:
        return QStringLiteral("alias");
    }
    return {};
}

QStringList ModprobeConfig::defaultConfigPaths()
{
    return {QStringLiteral("/etc/modprobe.d"), QStringLiteral("/run/modprobe.d"),
            QStringLiteral("/usr/local/lib/modprobe.d"), QStringLiteral("/lib/modprobe.d")};
}

ModprobeConfig::ModprobeConfig(const QString& modulesDirectory, const QStringList& configPaths)
    : m_configPaths(configPaths.isEmpty() ? defaultConfigPaths() : configPaths)
{
    std::vector<QByteArray> encoded;
    std::vector<const char*> paths;
    for (const QString& p : configPaths)
        encoded.push_back(QFile::encodeName(p));
    for (const QByteArray& p : encoded)
        paths.push_back(p.constData());
    paths.push_back(nullptr);
    const QByteArray dir = QFile::encodeName(modulesDirectory);
    kmod::ContextPtr ctx(kmod_new(modulesDirectory.isEmpty() ? nullptr : dir.constData(),
                                  configPaths.isEmpty() ? nullptr : paths.data()));
    if (!ctx)
        return;
    kmod_set_log_fn(ctx.get(), kmod::silentLog, nullptr);

    const QString commandLine =
        QCoreApplication::translate("kaleido::ModprobeConfig", "the kernel command line");
    QHash<QString, QString> sources; // keyword + module → file
    auto collect = [&](kmod_config_iter* raw, ModprobeRule::Kind kind) {
        IterPtr it(raw);
        if (!it)
            return;
        while (kmod_config_iter_next(it.get())) {
            const char* key = kmod_config_iter_get_key(it.get());
            const char* value = kmod_config_iter_get_value(it.get());
            ModprobeRule rule;
            rule.kind = kind;
            if (kind == ModprobeRule::Kind::Alias) {
                rule.module = normalized(QString::fromUtf8(value ? value : ""));
                rule.value = QString::fromUtf8(key ? key : "");
            } else {
                rule.module = normalized(QString::fromUtf8(key ? key : ""));
                rule.value = QString::fromUtf8(value ? value : "").trimmed();
            }
            if (rule.module.isEmpty())
                continue;
            const QString lookup = rule.keyword() + QLatin1Char(' ') + rule.module;
            auto found = sources.constFind(lookup);
            if (found == sources.cend()) {
                QString source = modprobeRuleSource(rule.keyword(), rule.module, m_configPaths);
                if (source.isEmpty()) {
                    // Not in a file: libkmod took it from the command line (modprobe.blacklist=, m.param=)
                    // or, for a softdep, from the module itself (depmod's modules.softdep).
                    source = kind == ModprobeRule::Kind::SoftDep
                                 ? QCoreApplication::translate("kaleido::ModprobeConfig",
                                                               "the module itself (modules.softdep)")
                                 : commandLine;
                }
                found = sources.insert(lookup, source);
            }
            rule.source = *found;
            m_rules.append(std::move(rule));
        }
    };
    collect(kmod_config_get_blacklists(ctx.get()), ModprobeRule::Kind::Blacklist);
    collect(kmod_config_get_options(ctx.get()), ModprobeRule::Kind::Options);
    collect(kmod_config_get_install_commands(ctx.get()), ModprobeRule::Kind::Install);
    collect(kmod_config_get_remove_commands(ctx.get()), ModprobeRule::Kind::Remove);
    collect(kmod_config_get_softdeps(ctx.get()), ModprobeRule::Kind::SoftDep);
    collect(kmod_config_get_aliases(ctx.get()), ModprobeRule::Kind::Alias);
}

QList<ModprobeRule> ModprobeConfig::rulesFor(const QString& module) const
{
    const QString name = normalized(module);
    QList<ModprobeRule> result;
    for (const ModprobeRule& rule : m_rules) {
        if (rule.module == name)
            result.append(rule);
    }
    return result;
}

QString modprobeRuleSource(const QString& keyword, const QString& module, const QStringList& configPaths)
{
    const QString name = normalized(module);
    for (const QString& file : configFiles(configPaths)) {
        if (fileHasRule(file, keyword, name))
            return file;
    }
    return {};
}

} // namespace kaleido
