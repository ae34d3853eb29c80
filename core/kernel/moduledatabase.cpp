// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduledatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "kmodhandles.h"
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
    QFile dep(d->directory + QStringLiteral("/modules.dep"));
    if (!dep.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (int tries = 0; tries < 3 && !dep.atEnd(); ++tries) {
        const QByteArray line = dep.readLine(4096);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QString path = QString::fromUtf8(line.first(colon));
        if (!path.startsWith(QLatin1Char('/')))
            path = d->directory + QLatin1Char('/') + path;
        if (auto info = fromFile(path)) {
            d->signsModules = info->isSigned();
            break;
        }
    }
    return *d->signsModules;
}

} // namespace kaleido
