// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleoperations.h"

#include "blacklistsource.h"
#include "elfsections.h"
#include "kmodhandles.h"
#include "kmodprobe.h"
#include "kmsgcapture.h"
#include "modulefailures.h"
#include "modulefile.h"
#include "moduleinfo.h"
#include "modulestate.h"
#include "modulevalidation.h"
#include "procmodules.h"
#include "shownvalue.h"
#include "sysfsmodule.h"
#include "sysfsvalue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libkmod.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

namespace kaleido::privileged {

namespace {

using namespace kmod;

struct FdCloser
{
    int fd = -1;
    ~FdCloser()
    {
        if (fd >= 0)
            ::close(fd);
    }
    int release() { return std::exchange(fd, -1); }
};

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString listed(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

struct ParameterFile
{
    QString module; ///< kernel spelling
    QString parameter;
    QString kernelPath; ///< /sys/module/<m>/parameters/<p>
    QString hostPath;
};

} // namespace

struct ModuleOperations::Private
{
    Options options;
    QString directory; ///< /lib/modules/<release>
    QString release;

    ContextPtr newContext() const
    {
        // A context per operation: libkmod caches configuration and indexes, and both may change between the
        // request and the load (depmod, an administrator editing modprobe.d).
        const QByteArray dir = QFile::encodeName(directory);
        std::vector<QByteArray> storage;
        std::vector<const char*> paths;
        for (const QString& path : options.configPaths)
            storage.push_back(QFile::encodeName(path));
        for (const QByteArray& path : storage)
            paths.push_back(path.constData());
        paths.push_back(nullptr);
        ContextPtr ctx(kmod_new(dir.constData(), options.configPaths.isEmpty() ? nullptr : paths.data()));
        if (ctx)
            kmod_set_log_fn(ctx.get(), silentLog, nullptr);
        return ctx;
    }

    struct Resolved
    {
        ModulePtr module;
        QString name;
        QString path; ///< empty for a name only an install rule provides
        bool installRule = false;
    };

    /// Name or alias to one loadable, not blacklisted module, as kmod_module_new_from_lookup() sees it.
    Checked<std::shared_ptr<Resolved>> resolve(kmod_ctx* ctx, const QString& nameOrAlias) const
    {
        kmod_list* raw = nullptr;
        const int err = kmod_module_new_from_lookup(ctx, nameOrAlias.toUtf8().constData(), &raw);
        ModuleListPtr list(raw);
        if (err < 0)
            return Rejection{
                QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                            "The module index of kernel %1 could not be read: %2.")
                    .arg(release, systemError(-err))};
        if (!list)
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "There is no module named “%1” for kernel %2.")
                                 .arg(nameOrAlias, release)};
        QStringList names;
        for (kmod_list* it = list.get(); it; it = kmod_list_next(list.get(), it)) {
            ModulePtr module(kmod_module_get_module(it));
            names.append(QString::fromUtf8(kmod_module_get_name(module.get())));
        }
        if (names.size() > 1)
            return Rejection{
                QCoreApplication::translate(
                    "kaleido::privileged::ModuleOperations",
                    "“%1” is an alias of several modules (%2): give the name of the one to load.")
                    .arg(nameOrAlias, listed(names))};

        auto resolved = std::make_shared<Resolved>();
        resolved->module.reset(kmod_module_get_module(list.get()));
        resolved->name = names.constFirst();
        kmod_module* module = resolved->module.get();
        if (filteredOut(ctx, KMOD_FILTER_BUILTIN, list.get()))
            return Rejection{QCoreApplication::translate(
                                 "kaleido::privileged::ModuleOperations",
                                 "%1 is built into kernel %2: it is always there and cannot be loaded. Its "
                                 "parameters can be set on the kernel command line (%1.parameter=value).")
                                 .arg(resolved->name, release)};
        if (filteredOut(ctx, KMOD_FILTER_BLACKLIST, list.get())) {
            const QString source = blacklistSource(resolved->name, options.configPaths, options.fs);
            return Rejection{source.isEmpty()
                                 ? QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                               "%1 is blacklisted by the administrator.")
                                       .arg(resolved->name)
                                 : QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                               "%1 is blacklisted by the administrator (%2).")
                                       .arg(resolved->name, source)};
        }
        const char* path = kmod_module_get_path(module);
        resolved->path = path ? QString::fromUtf8(path) : QString();
        resolved->installRule = kmod_module_get_install_commands(module) != nullptr;
        if (resolved->path.isEmpty() && !resolved->installRule)
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "There is no module file for %1 in %2.")
                                 .arg(resolved->name, directory)};
        return resolved;
    }

    /// What modprobe would do, in order, without doing it (loaded modules included: the caller filters).
    Checked<QList<ProbeAction>> probeList(kmod_module* module, const QString& name) const
    {
        ProbeRecorder recorder;
        const int err = kmod_module_probe_insert_module(
            module, KMOD_PROBE_DRY_RUN | KMOD_PROBE_IGNORE_LOADED | KMOD_PROBE_APPLY_BLACKLIST, nullptr,
            nullptr, nullptr, recordProbeAction);
        if (err < 0)
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "The modules %1 needs could not be worked out: %2.")
                                 .arg(name, systemError(-err))};
        return recorder.actions;
    }

    /// The gates every load passes first: module support, modules_disabled, already loaded.
    std::optional<OperationResult> loadGates(const QString& name) const
    {
        if (detectModuleSupport(options.fs) == ModuleSupport::None)
            return OperationResult::failure(
                ENOSYS, QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                    "This kernel has no loadable-module support: every "
                                                    "driver it has is built in."));
        if (modulesDisabled(options.fs))
            return OperationResult::failure(
                EPERM, QCoreApplication::translate(
                           "kaleido::privileged::ModuleOperations",
                           "Module loading is disabled until reboot (kernel.modules_disabled is 1)."));
        if (loadedModule(options.fs, name))
            return OperationResult::failure(
                EEXIST,
                QCoreApplication::translate("kaleido::privileged::ModuleOperations", "%1 is already loaded.")
                    .arg(name));
        return std::nullopt;
    }

    Checked<ParameterFile> parameterFile(const QString& module, const QString& parameter) const
    {
        auto checkedModule = validateModuleName(module);
        if (!checkedModule)
            return Rejection{checkedModule.reason()};
        auto checkedParameter = validateParameterName(parameter);
        if (!checkedParameter)
            return Rejection{checkedParameter.reason()};
        ParameterFile file;
        file.module = kernelName(module);
        file.parameter = parameter;
        file.kernelPath =
            QStringLiteral("/sys/module/") + file.module + QStringLiteral("/parameters/") + parameter;
        file.hostPath = options.fs.hostPath(file.kernelPath);
        struct stat st = {};
        if (::lstat(QFile::encodeName(file.hostPath).constData(), &st) != 0) {
            const int err = errno;
            if (err != ENOENT && err != ENOTDIR)
                return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                             "%1 cannot be examined: %2.")
                                     .arg(file.kernelPath, systemError(err))};
            const QString moduleDir = options.fs.hostPath(QStringLiteral("/sys/module/") + file.module);
            if (!QFileInfo(moduleDir).isDir())
                return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                             "%1 is not loaded (there is no /sys/module/%1).")
                                     .arg(file.module)};
            return Rejection{
                QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                            "%1 has no parameter “%2” that can be changed while it runs.")
                    .arg(file.module, parameter)};
        }
        if (!S_ISREG(st.st_mode))
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "%1 is not a parameter file.")
                                 .arg(file.kernelPath)};
        if ((st.st_mode & S_IWUSR) == 0)
            return Rejection{
                QCoreApplication::translate(
                    "kaleido::privileged::ModuleOperations",
                    "Parameter “%1” of %2 is read-only (mode %3): it can only be given when the module "
                    "is loaded, or on the kernel command line.")
                    .arg(parameter, file.module)
                    .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))};
        return file;
    }

    /// The declared type of @p parameter from the installed module's modinfo, when known.
    QString parameterType(const QString& module, const QString& parameter) const
    {
        ContextPtr ctx = newContext();
        if (!ctx)
            return {};
        kmod_module* raw = nullptr;
        if (kmod_module_new_from_name(ctx.get(), module.toUtf8().constData(), &raw) < 0)
            return {};
        ModulePtr handle(raw);
        const ModuleInfo info = moduleInfoOf(handle.get());
        for (const ModuleInfo::Parameter& p : info.parameters) {
            if (p.name == parameter && p.type && isKnownParameterType(*p.type))
                return *p.type;
        }
        return {};
    }
};

ModuleOperations::ModuleOperations()
    : ModuleOperations(Options())
{}

ModuleOperations::ModuleOperations(Options options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    QString directory = d->options.modulesDirectory;
    while (directory.size() > 1 && directory.endsWith(QLatin1Char('/')))
        directory.chop(1);
    if (directory.isEmpty())
        directory = QStringLiteral("/lib/modules/") + runningRelease();
    d->directory = directory;
    d->release = QFileInfo(directory).fileName();
}

ModuleOperations::~ModuleOperations() = default;
ModuleOperations::ModuleOperations(ModuleOperations&&) noexcept = default;
ModuleOperations& ModuleOperations::operator=(ModuleOperations&&) noexcept = default;

Checked<ModuleLoadPlan> ModuleOperations::prepareLoad(const QString& name,
                                                      const QMap<QString, QString>& parameters) const
{
    if (auto checked = validateModuleName(name); !checked)
        return Rejection{checked.reason()};
    if (parameters.size() > maxModuleParameters)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "Too many parameters: at most %1 can be given.")
                             .arg(maxModuleParameters)};
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (auto checked = validateParameterName(it.key()); !checked)
            return Rejection{checked.reason()};
    }
    if (!QFileInfo::exists(d->directory + QStringLiteral("/modules.dep.bin")))
        return Rejection{QCoreApplication::translate(
                             "kaleido::privileged::ModuleOperations",
                             "No module index is installed for kernel %1 (%2/modules.dep.bin is missing).")
                             .arg(d->release, d->directory)};
    ContextPtr ctx = d->newContext();
    if (!ctx)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "The module index of kernel %1 could not be opened.")
                             .arg(d->release)};

    auto resolved = d->resolve(ctx.get(), name);
    if (!resolved)
        return Rejection{resolved.reason()};
    const Private::Resolved& module = **resolved;
    auto actions = d->probeList(module.module.get(), module.name);
    if (!actions)
        return Rejection{actions.reason()};

    ModuleLoadPlan plan;
    plan.name = module.name;
    plan.path = module.path;
    if (!parameters.isEmpty()) {
        // libkmod hands the options of the requested module to its install command, which runs in a shell:
        // with any install rule in play, user input would reach /bin/sh as root.
        for (const ProbeAction& action : *actions) {
            if (action.hasInstallCommand)
                return Rejection{
                    action.name == module.name
                        ? QCoreApplication::translate(
                              "kaleido::privileged::ModuleOperations",
                              "Parameters cannot be given to %1: the administrator replaced its "
                              "loading with a "
                              "command (an install rule in the modprobe configuration).")
                              .arg(module.name)
                        : QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "Parameters cannot be given to %1: loading it runs an "
                                                      "administrator's command for "
                                                      "%2 (an install rule in the modprobe configuration).")
                              .arg(module.name, action.name)};
        }
        const ModuleInfo info = moduleInfoOf(module.module.get());
        auto checked = checkModuleParameters(info, module.name, parameters);
        if (!checked)
            return Rejection{checked.reason()};
        plan.parameters = *checked;
    }

    const auto loaded = readProcModules(d->options.fs);
    bool afterTarget = false;
    for (const ProbeAction& action : *actions) {
        if (action.name == module.name) {
            afterTarget = true;
            continue;
        }
        if (loaded && loaded->find(action.name))
            continue;
        (afterTarget ? plan.loadedAfter : plan.dependencies).append(action.name);
    }
    return plan;
}

OperationResult ModuleOperations::load(const ModuleLoadPlan& plan) const
{
    if (auto checked = validateModuleName(plan.name); !checked)
        return OperationResult::make(OperationResult::Outcome::Rejected, checked.reason());
    if (auto gate = d->loadGates(plan.name)) {
        gate->modulePath = plan.path;
        return *gate;
    }
    // The plan is checked again from scratch, as prepareLoad() would now: a plan made by hand, or one that
    // polkit took long to authorise while the administrator changed the rules, gets no further than a fresh
    // request would (blacklist, install rules, declared parameters and their values).
    const auto fresh = prepareLoad(plan.name, plan.parameters);
    if (!fresh)
        return OperationResult::make(OperationResult::Outcome::Rejected, fresh.reason());
    if (fresh->name != plan.name)
        return OperationResult::make(OperationResult::Outcome::Rejected,
                                     QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                                 "%1 now resolves to %2; ask again.")
                                         .arg(plan.name, fresh->name));
    ContextPtr ctx = d->newContext();
    auto resolved =
        ctx ? d->resolve(ctx.get(), plan.name)
            : Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                    "The module index of kernel %1 could not be opened.")
                            .arg(d->release)};
    if (!resolved)
        return OperationResult::make(OperationResult::Outcome::Rejected, resolved.reason());
    const Private::Resolved& module = **resolved;

    const QByteArray options = moduleOptionsString(fresh->parameters);
    const QString taintBefore = taintLetters(d->options.fs);
    KmsgCapture capture(d->options.fs);
    ProbeRecorder recorder;
    // Never KMOD_PROBE_IGNORE_COMMAND (install rules are the administrator's hardening) and never a FORCE
    // flag (a forced load skips the signature check). run_install NULL: libkmod runs install rules itself,
    // and prepareLoad() made sure no user option reaches one.
    unsigned int flags = KMOD_PROBE_APPLY_BLACKLIST | KMOD_PROBE_FAIL_ON_LOADED;
    if (d->options.dryRun)
        flags |= KMOD_PROBE_DRY_RUN;
    const int err = kmod_module_probe_insert_module(module.module.get(), flags,
                                                    options.isEmpty() ? nullptr : options.constData(),
                                                    nullptr, nullptr, recordProbeAction);
    OperationResult logged;
    capture.collectInto(logged);
    const QList<ProbeAction> actions = recorder.actions;

    OperationResult result;
    QStringList inserted;
    if (d->options.dryRun) {
        for (const ProbeAction& action : actions) {
            if (!action.runsInstallCommand)
                inserted.append(action.name);
        }
    } else if (const auto after = readProcModules(d->options.fs)) {
        for (const ProbeAction& action : actions) {
            if (after->find(action.name))
                inserted.append(action.name);
        }
    }

    if (err == KMOD_PROBE_APPLY_BLACKLIST) {
        const QString source = blacklistSource(module.name, d->options.configPaths, d->options.fs);
        result = OperationResult::failure(
            0, source.isEmpty() ? QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                              "%1 is blacklisted by the administrator.")
                                      .arg(module.name)
                                : QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                              "%1 is blacklisted by the administrator (%2).")
                                      .arg(module.name, source));
    } else if (err < 0) {
        const int error = -err;
        const ProbeAction* failed = actions.isEmpty() ? nullptr : &actions.constLast();
        const QString failedName = failed ? failed->name : module.name;
        QString cause =
            failed && failed->runsInstallCommand
                ? QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                              "The administrator's install command for %1 failed.")
                      .arg(failedName)
                : refineLoadFailureCause(error, failedName, logged.kernelLog,
                                         loadFailureCause(error, failedName, d->options.fs));
        if (failedName != module.name && !(failed && failed->runsInstallCommand))
            cause = QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                "%1 needs %2, which could not be loaded: %3")
                        .arg(module.name, failedName, cause);
        result = OperationResult::failure(error, cause);
        inserted.removeAll(failedName);
    } else {
        const QStringList commands = [&] {
            QStringList names;
            for (const ProbeAction& action : actions) {
                if (action.runsInstallCommand)
                    names.append(action.name);
            }
            return names;
        }();
        QString cause;
        if (d->options.dryRun)
            cause = QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                "Dry run: %1 would be loaded (in this order: %2).")
                        .arg(module.name, listed(namesOf(actions)));
        else if (inserted.size() > 1)
            cause = QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                "Loaded %1 (in this order: %2).")
                        .arg(module.name, listed(inserted));
        else
            cause = QCoreApplication::translate("kaleido::privileged::ModuleOperations", "Loaded %1.")
                        .arg(module.name);
        if (!commands.isEmpty())
            cause += QLatin1Char(' ') +
                     QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                 "The administrator's install command ran for: %1.")
                         .arg(listed(commands));
        result = OperationResult::success(cause);
    }
    result.loaded = inserted;
    result.modulePath = module.path;
    result.kernelLog = logged.kernelLog;
    result.kernelLogFirstSequence = logged.kernelLogFirstSequence;
    result.kernelLogLastSequence = logged.kernelLogLastSequence;
    result.taintBefore = taintBefore;
    result.taintAfter = taintLetters(d->options.fs);
    return result;
}

Checked<ModuleFilePlan> ModuleOperations::prepareLoadFile(const QString& path,
                                                          const QMap<QString, QString>& parameters) const
{
    auto file = ModuleFile::open(path);
    if (!file)
        return Rejection{file.reason()};
    auto section = findModinfoSection(file->contents());
    if (!section)
        return Rejection{section.reason()};
    const ModuleInfo info = moduleInfoFromFields(QString(), path, parseModinfoSection(*section));
    if (info.name.isEmpty())
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "“%1” has no module name in its .modinfo section.")
                             .arg(shownValue(path))};
    if (auto checked = validateModuleName(info.name); !checked)
        return Rejection{checked.reason()};
    const QString builtFor = info.vermagic.section(QLatin1Char(' '), 0, 0);
    if (builtFor.isEmpty())
        return Rejection{QCoreApplication::translate(
                             "kaleido::privileged::ModuleOperations",
                             "%1 has no version magic (vermagic): it was not built as a module for a kernel.")
                             .arg(info.name)};
    if (!d->release.isEmpty() && builtFor != d->release)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "%1 was built for kernel %2, but this is kernel %3.")
                             .arg(info.name, shownValue(builtFor), d->release)};
    auto checked = checkModuleParameters(info, info.name, parameters);
    if (!checked)
        return Rejection{checked.reason()};

    ModuleFilePlan plan;
    plan.path = path;
    plan.name = info.name;
    plan.parameters = *checked;
    plan.device = file->device();
    plan.inode = file->inode();
    plan.size = file->size();
    plan.modifiedNs = file->modifiedNs();
    plan.fd = file->fd();
    return plan;
}

OperationResult ModuleOperations::loadFile(const ModuleFilePlan& plan) const
{
    if (!plan.fd || *plan.fd < 0)
        return OperationResult::make(OperationResult::Outcome::Rejected,
                                     QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                                 "No module file was opened."));
    if (auto checked = validateModuleName(plan.name); !checked)
        return OperationResult::make(OperationResult::Outcome::Rejected, checked.reason());
    for (auto it = plan.parameters.cbegin(); it != plan.parameters.cend(); ++it) {
        if (auto name = validateParameterName(it.key()); !name)
            return OperationResult::make(OperationResult::Outcome::Rejected, name.reason());
        if (auto value = validateCanonicalValue(it.value()); !value)
            return OperationResult::make(OperationResult::Outcome::Rejected, value.reason());
    }
    if (auto gate = d->loadGates(plan.name)) {
        gate->modulePath = plan.path;
        return *gate;
    }
    if (!ModuleFile::unchanged(*plan.fd, plan.device, plan.inode, plan.size, plan.modifiedNs)) {
        OperationResult result = OperationResult::failure(
            ECANCELED, QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                   "%1 changed after it was checked; choose it again.")
                           .arg(plan.path));
        result.modulePath = plan.path;
        return result;
    }

    const QByteArray options = moduleOptionsString(plan.parameters);
    const QString taintBefore = taintLetters(d->options.fs);
    KmsgCapture capture(d->options.fs);
    OperationResult result;
    if (d->options.dryRun) {
        result = OperationResult::success(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                                      "Dry run: %1 would be loaded from %2.")
                                              .arg(plan.name, plan.path));
        result.loaded = QStringList{plan.name};
    } else if (::syscall(SYS_finit_module, *plan.fd, options.constData(), 0) != 0) {
        const int err = errno;
        result = OperationResult::failure(err, loadFailureCause(err, plan.name, d->options.fs));
    } else {
        result = OperationResult::success(
            QCoreApplication::translate("kaleido::privileged::ModuleOperations", "Loaded %1 from %2.")
                .arg(plan.name, plan.path));
        result.loaded = QStringList{plan.name};
    }
    result.modulePath = plan.path;
    capture.collectInto(result);
    if (result.outcome == OperationResult::Outcome::Failed && result.errnoValue != 0)
        result.cause = refineLoadFailureCause(result.errnoValue, plan.name, result.kernelLog, result.cause);
    result.taintBefore = taintBefore;
    result.taintAfter = taintLetters(d->options.fs);
    return result;
}

Checked<QString> ModuleOperations::prepareUnload(const QString& name) const
{
    if (auto checked = validateModuleName(name); !checked)
        return Rejection{checked.reason()};
    const QString module = kernelName(name);
    if (detectModuleSupport(d->options.fs) == ModuleSupport::None)
        return Rejection{
            QCoreApplication::translate(
                "kaleido::privileged::ModuleOperations",
                "This kernel has no loadable-module support: %1 is built in, if it is there at all, "
                "and cannot be unloaded.")
                .arg(module)};
    const auto modules = readProcModules(d->options.fs);
    if (!modules)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "The list of loaded modules could not be read: %1")
                             .arg(modules.error().message())};
    if (const LoadedModule* loaded = modules->find(module)) {
        if (loaded->permanent)
            return Rejection{
                QCoreApplication::translate(
                    "kaleido::privileged::ModuleOperations",
                    "%1 cannot be unloaded: it has no exit function (the kernel marks it permanent).")
                    .arg(module)};
        return module;
    }
    const auto sysfs = readSysfsModule(d->options.fs, module, SysfsModuleParts::WithoutParameters);
    bool builtin = sysfs && sysfs->builtIn();
    if (!builtin) {
        if (ContextPtr ctx = d->newContext()) {
            kmod_list* raw = nullptr;
            if (kmod_module_new_from_lookup(ctx.get(), module.toUtf8().constData(), &raw) == 0) {
                ModuleListPtr list(raw);
                builtin = list && filteredOut(ctx.get(), KMOD_FILTER_BUILTIN, list.get());
            }
        }
    }
    if (builtin)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "%1 is built into the kernel and cannot be unloaded.")
                             .arg(module)};
    return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations", "%1 is not loaded.")
                         .arg(module)};
}

OperationResult ModuleOperations::unload(const QString& name) const
{
    if (auto checked = validateModuleName(name); !checked)
        return OperationResult::make(OperationResult::Outcome::Rejected, checked.reason());
    const QString module = kernelName(name);
    if (detectModuleSupport(d->options.fs) == ModuleSupport::None)
        return OperationResult::failure(
            ENOSYS, QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                "This kernel has no loadable-module support."));
    const auto before = loadedModule(d->options.fs, module);
    if (!before)
        return OperationResult::failure(
            ENOENT, QCoreApplication::translate("kaleido::privileged::ModuleOperations", "%1 is not loaded.")
                        .arg(module));

    const QString taintBefore = taintLetters(d->options.fs);
    KmsgCapture capture(d->options.fs);
    int err = 0;
    if (d->options.dryRun) {
        // What the kernel would say, from what /proc/modules says now.
        if (!before->holders.isEmpty() || before->permanent || before->refcount.value_or(0) > 0)
            err = EBUSY;
    } else {
        ContextPtr ctx = d->newContext();
        kmod_module* raw = nullptr;
        if (!ctx)
            err = ENOMEM;
        else if (const int e = kmod_module_new_from_name(ctx.get(), module.toUtf8().constData(), &raw); e < 0)
            err = -e;
        ModulePtr handle(raw);
        // Never KMOD_REMOVE_FORCE; libkmod adds O_NONBLOCK, so a module in use is refused, not waited for.
        if (handle) {
            if (const int e = kmod_module_remove_module(handle.get(), 0); e < 0)
                err = -e;
        }
    }

    OperationResult result;
    if (err == 0) {
        result = OperationResult::success(
            d->options.dryRun
                ? QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                              "Dry run: %1 would be unloaded.")
                      .arg(module)
                : QCoreApplication::translate("kaleido::privileged::ModuleOperations", "Unloaded %1.")
                      .arg(module));
        result.loaded = QStringList{module};
    } else if (err == EBUSY || err == EAGAIN) {
        const auto now = d->options.dryRun ? before : loadedModule(d->options.fs, module);
        const LoadedModule& state = now ? *now : *before;
        QString cause;
        if (!state.holders.isEmpty())
            cause = QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                "%1 is in use by %2; unload %2 first.")
                        .arg(module, listed(state.holders));
        else if (state.permanent)
            cause = QCoreApplication::translate(
                        "kaleido::privileged::ModuleOperations",
                        "%1 cannot be unloaded: it has no exit function (the kernel marks it permanent).")
                        .arg(module);
        else if (state.refcount.value_or(0) > 0)
            cause = QCoreApplication::translate(
                        "kaleido::privileged::ModuleOperations",
                        "%1 is in use (%n reference(s): an open device, a mounted file system, a network "
                        "interface…); stop what uses it first.",
                        nullptr, int(*state.refcount))
                        .arg(module);
        else
            cause = unloadFailureCause(err, module, d->options.fs);
        result = OperationResult::failure(err, cause);
        result.holders = state.holders;
        result.refcount = state.refcount ? int(*state.refcount) : -1;
    } else {
        result = OperationResult::failure(err, unloadFailureCause(err, module, d->options.fs));
    }
    capture.collectInto(result);
    result.taintBefore = taintBefore;
    result.taintAfter = taintLetters(d->options.fs);
    return result;
}

Checked<ModuleParameterWrite> ModuleOperations::prepareParameterWrite(const QString& module,
                                                                      const QString& parameter,
                                                                      const QString& value) const
{
    auto file = d->parameterFile(module, parameter);
    if (!file)
        return Rejection{file.reason()};
    QString type = d->parameterType(file->module, parameter);
    if (type.isEmpty())
        type = QStringLiteral("charp");
    auto canonical = validateParameterValue(type, value);
    if (!canonical)
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::ModuleOperations", "Parameter “%1” of %2: %3")
                .arg(parameter, file->module, canonical.reason())};
    return ModuleParameterWrite{file->module, parameter, *canonical};
}

OperationResult ModuleOperations::writeParameter(const ModuleParameterWrite& write) const
{
    auto file = d->parameterFile(write.module, write.parameter);
    if (!file)
        return OperationResult::make(OperationResult::Outcome::Rejected, file.reason());
    if (auto value = validateCanonicalValue(write.value); !value)
        return OperationResult::make(OperationResult::Outcome::Rejected, value.reason());

    const auto old = d->options.fs.readFile(file->kernelPath);
    const QString taintBefore = taintLetters(d->options.fs);
    KmsgCapture capture(d->options.fs);
    OperationResult result;
    int err = 0;
    if (!d->options.dryRun) {
        const QByteArray bytes = write.value.toLatin1();
        FdCloser fd{::open(QFile::encodeName(file->hostPath).constData(),
                           O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY)};
        if (fd.fd < 0) {
            err = errno;
        } else {
            // sysfs takes one write() per value.
            const ssize_t n = ::write(fd.fd, bytes.constData(), size_t(bytes.size()));
            if (n < 0)
                err = errno;
            else if (n != bytes.size())
                err = EIO;
        }
    }
    const auto now = d->options.fs.readFile(file->kernelPath);
    if (old)
        result.oldValue = SysfsValue::parseText(*old);

    if (err == 0) {
        result.outcome = OperationResult::Outcome::Done;
        result.cause =
            d->options.dryRun
                ? QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                              "Dry run: parameter “%1” of %2 would be set to %3.")
                      .arg(file->parameter, file->module, write.value)
                : QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                              "Parameter “%1” of %2 is now %3.")
                      .arg(file->parameter, file->module, now ? SysfsValue::parseText(*now) : write.value);
    } else {
        const QString cause = parameterWriteFailureCause(err, file->module, file->parameter, write.value);
        const QString oldValue = result.oldValue;
        result = OperationResult::failure(err, cause);
        result.oldValue = oldValue;
    }
    if (now)
        result.newValue = SysfsValue::parseText(*now);
    capture.collectInto(result);
    result.taintBefore = taintBefore;
    result.taintAfter = taintLetters(d->options.fs);
    return result;
}

} // namespace kaleido::privileged
