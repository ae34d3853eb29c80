// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduledatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "kmodhandles.h"
#include "modulesdep.h"
#include <cerrno>
#include <cstring>

#include <libkmod.h>
#include <sys/utsname.h>

namespace kaleido {

namespace {

using namespace kmod;

} // namespace

struct ModuleDatabase::Private
{
    QString release;
    QString directory;
    ContextPtr ctx;
    mutable std::optional<std::optional<bool>> signsModules; // computed once
    mutable std::optional<std::optional<QString>> vermagic;  // computed once

    /// The first few modules of modules.dep whose metadata can be read.
    template<typename Fn>
    void firstModules(const ModuleDatabase& db, int tries, Fn&& fn) const
    {
        QFile dep(directory + QStringLiteral("/modules.dep"));
        if (!dep.open(QIODevice::ReadOnly))
            return;
        for (int i = 0; i < tries && !dep.atEnd(); ++i) {
            const QByteArray line = dep.readLine(4096);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            QString path = QString::fromUtf8(line.first(colon));
            if (!path.startsWith(QLatin1Char('/')))
                path = directory + QLatin1Char('/') + path;
            if (auto info = db.fromFile(path)) {
                if (fn(*info))
                    return;
            }
        }
    }

    Result<ModuleInfo> infoOf(kmod_module* module, const QString& shownPath) const
    {
        const char* path = kmod_module_get_path(module);
        const QString name = QString::fromUtf8(kmod_module_get_name(module));
        kmod_list* raw = nullptr;
        const int err = kmod_module_get_info(module, &raw);
        InfoListPtr list(raw);
        QList<ModuleInfo::Field> fields;
        if (err < 0) {
            // A built-in module on a kernel without modules.builtin.modinfo has a name and nothing else.
            if (!(path == nullptr && err == -ENOENT)) {
                Error e;
                e.kind = (err == -ENOENT) ? ErrorKind::Absent : ErrorKind::Malformed;
                if (err == -EACCES || err == -EPERM)
                    e.kind = ErrorKind::PermissionDenied;
                e.path = shownPath;
                e.detail = QCoreApplication::translate("kaleido::ModuleDatabase", "not a kernel module (%1)")
                               .arg(QString::fromLocal8Bit(std::strerror(-err)));
                return e;
            }
        }
        for (kmod_list* it = list.get(); it; it = kmod_list_next(list.get(), it)) {
            fields.append(ModuleInfo::Field{QString::fromUtf8(kmod_module_info_get_key(it)),
                                            QString::fromUtf8(kmod_module_info_get_value(it))});
        }
        return moduleInfoFromFields(name, path ? QString::fromUtf8(path) : QString(), fields);
    }
};

ModuleDatabase::ModuleDatabase()
    : ModuleDatabase(runningRelease())
{}

ModuleDatabase::ModuleDatabase(const QString& release, const QString& directory)
    : d(std::make_unique<Private>())
{
    d->release = release;
    d->directory = directory.isEmpty() ? QStringLiteral("/lib/modules/") + release : directory;
    const QByteArray dir = QFile::encodeName(d->directory);
    // No configuration files: modinfo-style lookups must not depend on /etc/modprobe.d.
    const char* noConfig = nullptr;
    d->ctx.reset(kmod_new(dir.constData(), &noConfig));
    if (d->ctx)
        kmod_set_log_fn(d->ctx.get(), silentLog, nullptr);
}

ModuleDatabase::~ModuleDatabase() = default;
ModuleDatabase::ModuleDatabase(ModuleDatabase&&) noexcept = default;
ModuleDatabase& ModuleDatabase::operator=(ModuleDatabase&&) noexcept = default;

QString ModuleDatabase::runningRelease()
{
    return kmod::runningRelease();
}

QString ModuleDatabase::release() const
{
    return d->release;
}

QString ModuleDatabase::directory() const
{
    return d->directory;
}

bool ModuleDatabase::hasModules() const
{
    return QFileInfo::exists(d->directory + QStringLiteral("/modules.dep"));
}

Result<QList<ModuleInfo>> ModuleDatabase::lookup(const QString& nameOrAlias) const
{
    Error notFound;
    notFound.kind = ErrorKind::Absent;
    notFound.path = nameOrAlias;
    if (!d->ctx || nameOrAlias.isEmpty())
        return notFound;
    kmod_list* raw = nullptr;
    const int err = kmod_module_new_from_lookup(d->ctx.get(), nameOrAlias.toUtf8().constData(), &raw);
    ModuleListPtr list(raw);
    if (err < 0 || !list)
        return notFound;
    QList<ModuleInfo> infos;
    for (kmod_list* it = list.get(); it; it = kmod_list_next(list.get(), it)) {
        ModulePtr module(kmod_module_get_module(it));
        const char* path = kmod_module_get_path(module.get());
        auto info = d->infoOf(module.get(), path ? QString::fromUtf8(path) : nameOrAlias);
        if (!info)
            return info.error();
        infos.append(std::move(info).value());
    }
    return infos;
}

Result<ModuleInfo> ModuleDatabase::fromFile(const QString& path) const
{
    Error e;
    e.path = path;
    const QFileInfo file(path);
    if (!file.exists()) {
        e.kind = ErrorKind::Absent;
        return e;
    }
    if (!file.isReadable()) {
        e.kind = ErrorKind::PermissionDenied;
        return e;
    }
    kmod_module* raw = nullptr;
    const int err =
        d->ctx ? kmod_module_new_from_path(d->ctx.get(), QFile::encodeName(path).constData(), &raw) : -ENOMEM;
    ModulePtr module(raw);
    if (err < 0 || !module) {
        e.kind = ErrorKind::Malformed;
        e.detail = QCoreApplication::translate("kaleido::ModuleDatabase", "not a kernel module (%1)")
                       .arg(QString::fromLocal8Bit(std::strerror(-err)));
        return e;
    }
    return d->infoOf(module.get(), path);
}

std::optional<bool> ModuleDatabase::signsModules() const
{
    if (d->signsModules)
        return *d->signsModules;
    d->signsModules = std::optional<bool>();
    // modules.dep lists every installed module, "kernel/drivers/…/x.ko[.xz]: dependencies"; the first will
    // do, since a kernel built with CONFIG_MODULE_SIG_ALL signs all of its own modules.
    d->firstModules(*this, 3, [this](const ModuleInfo& info) {
        d->signsModules = info.isSigned();
        return true;
    });
    return *d->signsModules;
}

std::optional<QString> ModuleDatabase::kernelVermagic() const
{
    if (d->vermagic)
        return *d->vermagic;
    d->vermagic = std::optional<QString>();
    // Out-of-tree modules (updates/, extra/) may have been built elsewhere: only an in-tree one speaks for
    // the kernel.
    d->firstModules(*this, 20, [this](const ModuleInfo& info) {
        if (!info.inTree || info.vermagic.isEmpty())
            return false;
        d->vermagic = info.vermagic;
        return true;
    });
    return *d->vermagic;
}

Result<QList<ModuleIndexEntry>> ModuleDatabase::index() const
{
    const QString depPath = d->directory + QStringLiteral("/modules.dep");
    QFile dep(depPath);
    if (!dep.open(QIODevice::ReadOnly))
        return errorFromErrno(dep.exists() ? EACCES : ENOENT, depPath);
    auto entries = parseModulesDep(dep.readAll(), depPath);
    if (!entries)
        return entries.error();
    QList<ModuleIndexEntry> index;
    index.reserve(entries->size());
    QSet<QString> names;
    for (const ModulesDepEntry& e : std::as_const(*entries)) {
        ModuleIndexEntry entry;
        entry.name = e.name;
        entry.path = e.relativePath.startsWith(QLatin1Char('/'))
                         ? e.relativePath
                         : d->directory + QLatin1Char('/') + e.relativePath;
        entry.dependencies = e.dependencies;
        names.insert(entry.name);
        index.append(std::move(entry));
    }
    QFile builtin(d->directory + QStringLiteral("/modules.builtin"));
    if (builtin.open(QIODevice::ReadOnly)) {
        for (const QString& name : parseModulesBuiltin(builtin.readAll())) {
            if (names.contains(name))
                continue;
            names.insert(name);
            ModuleIndexEntry entry;
            entry.name = name;
            entry.builtIn = true;
            index.append(std::move(entry));
        }
    }
    return index;
}

Result<ModuleInfo> ModuleDatabase::info(const QString& name) const
{
    Error notFound;
    notFound.kind = ErrorKind::Absent;
    notFound.path = name;
    if (!d->ctx || name.isEmpty())
        return notFound;
    kmod_module* raw = nullptr;
    const int err = kmod_module_new_from_name(d->ctx.get(), name.toUtf8().constData(), &raw);
    ModulePtr module(raw);
    if (err < 0 || !module)
        return notFound;
    const char* path = kmod_module_get_path(module.get());
    if (path == nullptr) {
        // Neither in modules.dep nor built in: libkmod makes a module object for any name.
        if (!isBuiltIn(name))
            return notFound;
    }
    auto info = d->infoOf(module.get(), path ? QString::fromUtf8(path) : name);
    if (!info && path == nullptr) {
        // A built-in module that modules.builtin.modinfo says nothing about (libkmod: ENOSYS/ENOENT).
        return moduleInfoFromFields(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')), QString(), {});
    }
    if (!info)
        return info.error();
    ModuleInfo result = std::move(info).value();
    result.builtIn = path == nullptr;
    return result;
}

bool ModuleDatabase::isBuiltIn(const QString& name) const
{
    QFile builtin(d->directory + QStringLiteral("/modules.builtin"));
    if (!builtin.open(QIODevice::ReadOnly))
        return false;
    QString wanted = name;
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    return parseModulesBuiltin(builtin.readAll()).contains(wanted);
}

} // namespace kaleido
