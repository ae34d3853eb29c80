// SPDX-License-Identifier: GPL-2.0-or-later
// Kernel commands: modules (lsmod), modinfo (modinfo), taint, kmsg (dmesg -r / -x), kernel (settings).
#include "clicommand.h"
#include "kernelcmdline.h"
#include "kernelidentity.h"
#include "kernelsettings.h"
#include "kerneltaint.h"
#include "kmsgreader.h"
#include "moduledatabase.h"
#include "procmodules.h"
#include "sysfsmodule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace kaleido::cli {

namespace {

QJsonValue jsonOrNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

template<typename T>
QJsonValue jsonNumberOrNull(const std::optional<T>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QString hexAddress(quint64 address)
{
    return QStringLiteral("0x") + QString::number(address, 16).rightJustified(16, QLatin1Char('0'));
}

QString releaseOf(const KernelFs& fs)
{
    const auto identity = readKernelIdentity(fs);
    return identity ? identity->release : QString();
}

// Lines that could not be parsed are not fatal; say so before the output.
void noteSkipped(const QList<Error>& skipped, Output& out)
{
    for (const Error& e : skipped)
        out.text +=
            QCoreApplication::translate("kaleido::cli", "warning: %1").arg(e.message()) + QLatin1Char('\n');
}

// ------------------------------------------------------------------------------------------------- modules

QString noModuleSupportLine(const KernelFs& fs)
{
    const QString release = releaseOf(fs);
    return QCoreApplication::translate(
               "kaleido::cli",
               "Kernel %1 was built without loadable-module support: every driver is built in, "
               "so no module is loaded.")
        .arg(release.isEmpty() ? QCoreApplication::translate("kaleido::cli", "(unknown release)") : release);
}

int modules(const Context& context, Output& out)
{
    const auto list = readProcModules(context.fs);
    if (!list) {
        out.error = list.error().message();
        return 1;
    }
    if (list->support == ModuleSupport::None) {
        out.text = noModuleSupportLine(context.fs);
        out.json = QJsonObject{{QStringLiteral("moduleSupport"), QStringLiteral("none")},
                               {QStringLiteral("modules"), QJsonArray()}};
        return 0;
    }
    noteSkipped(list->skippedLines, out);

    // lsmod takes Size from /sys/module/<m>/coresize, "Used by" from refcnt and holders/; /proc/modules is
    // the fallback when a module's directory is gone (unloaded between the two reads) or unreadable.
    out.addColumn(QStringLiteral("Module"));
    out.addColumn(QStringLiteral("Size"), true);
    out.addColumn(QStringLiteral("Used by"));
    out.addColumn(QStringLiteral("State"));
    QJsonArray array;
    for (const LoadedModule& m : list->modules) {
        const auto sysfs = readSysfsModule(context.fs, m.name, SysfsModuleParts::WithoutParameters);
        const quint64 size = sysfs && sysfs->coreSize ? *sysfs->coreSize : m.size;
        const std::optional<qint64> refcount = sysfs && sysfs->refcount ? sysfs->refcount : m.refcount;
        const QStringList holders = sysfs && sysfs->holders ? *sysfs->holders : m.holders;

        QString usedBy = refcount ? QString::number(*refcount) : QStringLiteral("-");
        if (!holders.isEmpty())
            usedBy += QLatin1Char(' ') + holders.join(QLatin1Char(','));
        out.addRow({m.name, number(size), usedBy, m.stateText});

        QJsonObject o{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("size"), double(size)},
            {QStringLiteral("procSize"), double(m.size)},
            {QStringLiteral("refcount"), jsonNumberOrNull(refcount)},
            {QStringLiteral("holders"), QJsonArray::fromStringList(holders)},
            {QStringLiteral("permanent"), m.permanent},
            {QStringLiteral("state"), m.stateText},
            {QStringLiteral("taints"), m.taints},
            {QStringLiteral("address"), m.address ? QJsonValue(hexAddress(*m.address)) : QJsonValue()},
            {QStringLiteral("addressHidden"), m.addressHidden()}};
        if (sysfs) {
            o.insert(QStringLiteral("initSize"), jsonNumberOrNull(sysfs->initSize));
            o.insert(QStringLiteral("version"), jsonOrNull(sysfs->version));
            o.insert(QStringLiteral("srcversion"), jsonOrNull(sysfs->srcVersion));
        }
        array.append(o);
    }
    out.json = QJsonObject{{QStringLiteral("moduleSupport"), QStringLiteral("loadable")},
                           {QStringLiteral("unit"), QStringLiteral("bytes")},
                           {QStringLiteral("modules"), array}};
    return 0;
}

// ------------------------------------------------------------------------------------------------- modinfo

bool looksLikeModuleFile(const QString& argument)
{
    // modinfo's rule: an existing regular file with a module extension; anything else is a name or alias.
    static const char* const extensions[] = {".ko", ".ko.gz", ".ko.xz", ".ko.zst"};
    const bool hasExtension = std::any_of(std::begin(extensions), std::end(extensions),
                                          [&](const char* e) { return argument.endsWith(QLatin1String(e)); });
    return hasExtension && QFileInfo(argument).isFile();
}

// modinfo(8)'s layout: "key:" padded to 16 columns, then the value.
QString modinfoLine(const QString& key, const QString& value)
{
    return QString(key + QLatin1Char(':')).leftJustified(16) + value + QLatin1Char('\n');
}

QString modinfoText(const ModuleInfo& info, const LoadTaint& taint)
{
    QString text;
    if (info.builtIn)
        text += modinfoLine(QStringLiteral("name"), info.name);
    text +=
        modinfoLine(QStringLiteral("filename"), info.builtIn ? QStringLiteral("(builtin)") : info.filename);
    for (const ModuleInfo::Field& f : info.fields)
        text += modinfoLine(f.key, f.value);
    for (const ModuleInfo::Parameter& p : info.parameters) {
        QString parm = p.name + QLatin1Char(':');
        if (p.description)
            parm += *p.description + (p.type ? QStringLiteral(" (") + *p.type + QLatin1Char(')') : QString());
        else if (p.type)
            parm += *p.type;
        text += modinfoLine(QStringLiteral("parm"), parm);
    }
    // Not a modinfo(8) field: what loading it would do to /proc/sys/kernel/tainted.
    if (!info.builtIn) {
        QStringList letters;
        for (const TaintFlag& f : taint.flags)
            letters.append(f.name() + QStringLiteral(" (") + f.meaning() + QLatin1Char(')'));
        if (taint.signatureCheckUnknown)
            letters.append(QCoreApplication::translate("kaleido::cli", "E if the kernel checks signatures"));
        text += modinfoLine(QStringLiteral("loadtaint"),
                            letters.isEmpty() ? QCoreApplication::translate("kaleido::cli", "none")
                                              : letters.join(QStringLiteral("; ")));
    }
    return text;
}

QJsonObject modinfoJson(const ModuleInfo& info, const LoadTaint& taint)
{
    QJsonArray fields;
    for (const ModuleInfo::Field& f : info.fields)
        fields.append(QJsonObject{{QStringLiteral("key"), f.key}, {QStringLiteral("value"), f.value}});
    QJsonArray parameters;
    for (const ModuleInfo::Parameter& p : info.parameters) {
        parameters.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("type"), jsonOrNull(p.type)},
                                      {QStringLiteral("description"), jsonOrNull(p.description)}});
    }
    QString letters;
    for (const TaintFlag& f : taint.flags)
        letters += f.name();
    return QJsonObject{
        {QStringLiteral("name"), info.name},
        {QStringLiteral("filename"), info.builtIn ? QJsonValue() : QJsonValue(info.filename)},
        {QStringLiteral("builtin"), info.builtIn},
        {QStringLiteral("description"), info.description},
        {QStringLiteral("authors"), QJsonArray::fromStringList(info.authors)},
        {QStringLiteral("license"), info.license},
        {QStringLiteral("version"), info.version},
        {QStringLiteral("srcversion"), info.srcVersion},
        {QStringLiteral("depends"), QJsonArray::fromStringList(info.depends)},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(info.aliases)},
        {QStringLiteral("softdeps"), QJsonArray::fromStringList(info.softDependencies)},
        {QStringLiteral("vermagic"), info.vermagic},
        {QStringLiteral("intree"), info.inTree},
        {QStringLiteral("retpoline"), info.retpoline},
        {QStringLiteral("staging"), info.staging},
        {QStringLiteral("signed"), info.isSigned()},
        {QStringLiteral("signer"), info.signer},
        {QStringLiteral("sig_key"), info.signingKey},
        {QStringLiteral("sig_hashalgo"), info.signatureHashAlgorithm},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("loadTaint"), info.builtIn ? QJsonValue() : QJsonValue(letters)},
        {QStringLiteral("loadTaintSignatureUnknown"), taint.signatureCheckUnknown},
        {QStringLiteral("fields"), fields},
    };
}

int modinfo(const Context& context, Output& out)
{
    if (context.args.size() != 1) {
        out.error =
            QCoreApplication::translate("kaleido::cli", "modinfo needs one module name, alias or .ko file");
        return 2;
    }
    const QString argument = context.args.constFirst();
    // The kernel being looked at: the running one, or the captured one below --root (its modules are looked
    // up in this machine's /lib/modules/<its release>, as "modinfo -k <release>" does).
    const QString release = releaseOf(context.fs);
    ModuleDatabase database(release);

    QList<ModuleInfo> infos;
    std::optional<bool> signsModules;
    if (looksLikeModuleFile(argument)) {
        auto info = database.fromFile(argument);
        if (!info) {
            out.error =
                info.error().kind == ErrorKind::Absent
                    ? QCoreApplication::translate("kaleido::cli", "Module file %1 not found.").arg(argument)
                    : info.error().message();
            return 1;
        }
        // Predict the signature taint for the running kernel; without its modules (e.g. a kernel without
        // module support) for the kernel the file was built for, named first in its vermagic.
        if (database.hasModules()) {
            signsModules = database.signsModules();
        } else {
            const QString builtFor = info->vermagic.section(QLatin1Char(' '), 0, 0);
            if (!builtFor.isEmpty())
                signsModules = ModuleDatabase(builtFor).signsModules();
        }
        infos.append(std::move(info).value());
    } else {
        if (!database.hasModules()) {
            out.error =
                QCoreApplication::translate(
                    "kaleido::cli",
                    "Module %1 not found: kernel %2 has no installed modules (%3/modules.dep is missing).")
                    .arg(argument, release, database.directory());
            return 1;
        }
        auto found = database.lookup(argument);
        if (!found) {
            out.error = found.error().kind == ErrorKind::Absent
                            ? QCoreApplication::translate("kaleido::cli", "Module %1 not found in %2.")
                                  .arg(argument, database.directory())
                            : found.error().message();
            return 1;
        }
        infos = std::move(found).value();
        signsModules = database.signsModules();
    }

    QJsonArray array;
    for (const ModuleInfo& info : std::as_const(infos)) {
        const LoadTaint taint = predictLoadTaint(info, signsModules);
        out.text += modinfoText(info, taint);
        array.append(modinfoJson(info, taint));
    }
    out.json = QJsonObject{{QStringLiteral("kernel"), release},
                           {QStringLiteral("directory"), database.directory()},
                           {QStringLiteral("modules"), array}};
    return 0;
}

// --------------------------------------------------------------------------------------------------- taint

int taint(const Context& context, Output& out)
{
    const auto tainted = readTainted(context.fs);
    if (!tainted) {
        out.error = tainted.error().message();
        return 1;
    }
    if (!tainted->tainted()) {
        out.text = QCoreApplication::translate("kaleido::cli", "Tainted: 0 (not tainted)");
    } else {
        out.text = QCoreApplication::translate("kaleido::cli", "Tainted: %1 (%2)")
                       .arg(tainted->value)
                       .arg(tainted->letters());
        out.addColumn(QStringLiteral("Bit"), true);
        out.addColumn(QStringLiteral("Flag"));
        out.addColumn(QStringLiteral("Meaning"));
        for (const TaintFlag& f : tainted->flags)
            out.addRow({QString::number(f.bit),
                        f.letter ? QString(QLatin1Char(f.letter)) : QStringLiteral("-"), f.meaning()});
    }
    QJsonArray flags;
    for (const TaintFlag& f : tainted->flags) {
        flags.append(QJsonObject{
            {QStringLiteral("bit"), f.bit},
            {QStringLiteral("letter"), f.letter ? QJsonValue(QString(QLatin1Char(f.letter))) : QJsonValue()},
            {QStringLiteral("meaning"), f.meaning()}});
    }
    // Which loaded modules carry taint letters, as a hint to where the kernel's taint came from.
    QJsonArray taintedModules;
    QStringList moduleNotes;
    if (const auto list = readProcModules(context.fs)) {
        for (const LoadedModule& m : list->modules) {
            if (m.taints.isEmpty())
                continue;
            taintedModules.append(
                QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("taints"), m.taints}});
            moduleNotes.append(m.name + QStringLiteral(" (") + m.taints + QLatin1Char(')'));
        }
    }
    if (!moduleNotes.isEmpty())
        out.text += QLatin1Char('\n') + QCoreApplication::translate("kaleido::cli", "Tainting modules: %1")
                                            .arg(moduleNotes.join(QStringLiteral(", ")));
    out.json = QJsonObject{{QStringLiteral("value"), double(tainted->value)},
                           {QStringLiteral("tainted"), tainted->tainted()},
                           {QStringLiteral("letters"), tainted->letters()},
                           {QStringLiteral("flags"), flags},
                           {QStringLiteral("modules"), taintedModules}};
    return 0;
}

// ---------------------------------------------------------------------------------------------------- kmsg

// dmesg's "[    5.123456]": seconds right-aligned in five columns, then microseconds.
QString kmsgTimestamp(quint64 microseconds)
{
    return QStringLiteral("[%1.%2]")
        .arg(microseconds / 1000000, 5, 10, QLatin1Char(' '))
        .arg(microseconds % 1000000, 6, 10, QLatin1Char('0'));
}

QString kmsgLine(const KmsgRecord& r)
{
    const QString prefix = kmsgTimestamp(r.timestampUs) + QLatin1Char(' ') +
                           KmsgRecord::priorityName(r.priority).leftJustified(6) + QLatin1Char(' ') +
                           KmsgRecord::facilityName(r.facility).leftJustified(6) + QLatin1Char(' ');
    // A message with newlines continues under its first line, as dmesg prints it.
    QString message = r.message;
    if (message.endsWith(QLatin1Char('\n')))
        message.chop(1);
    message.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(prefix.size(), QLatin1Char(' ')));
    return prefix + message + QLatin1Char('\n');
}

QJsonObject kmsgJson(const KmsgRecord& r)
{
    QJsonObject properties;
    for (const KmsgRecord::Property& p : r.properties)
        properties.insert(p.key, p.value);
    return QJsonObject{{QStringLiteral("sequence"), double(r.sequence)},
                       {QStringLiteral("timestampUs"), double(r.timestampUs)},
                       {QStringLiteral("priority"), r.priority},
                       {QStringLiteral("level"), KmsgRecord::priorityName(r.priority)},
                       {QStringLiteral("facility"), r.facility},
                       {QStringLiteral("facilityName"), KmsgRecord::facilityName(r.facility)},
                       {QStringLiteral("flag"), QString(QLatin1Char(r.flag))},
                       {QStringLiteral("message"), r.message},
                       {QStringLiteral("properties"), properties}};
}

// One reader for the life of the process, so that "kaleido-cli --watch 1 kmsg" prints each record once.
struct KmsgState
{
    std::unique_ptr<KmsgReader> reader;
};

int kmsg(const std::shared_ptr<KmsgState>& state, const Context& context, Output& out)
{
    std::optional<qsizetype> count;
    if (context.args.size() > 1) {
        out.error = QCoreApplication::translate(
            "kaleido::cli", "kmsg takes at most one argument, the number of records to show");
        return 2;
    }
    if (context.args.size() == 1) {
        bool ok = false;
        count = context.args.constFirst().toLongLong(&ok);
        if (!ok || *count < 0) {
            out.error = QCoreApplication::translate("kaleido::cli", "kmsg: “%1” is not a number of records")
                            .arg(context.args.constFirst());
            return 2;
        }
    }
    const bool first = !state->reader;
    if (first)
        state->reader = std::make_unique<KmsgReader>(context.fs);
    auto batch = state->reader->readNew();
    if (!batch) {
        out.error = batch.error().message();
        if (batch.error().kind == ErrorKind::PermissionDenied)
            out.error +=
                QLatin1Char(' ') + QCoreApplication::translate(
                                       "kaleido::cli",
                                       "(kernel.dmesg_restrict is set: reading the kernel log needs root "
                                       "or CAP_SYSLOG.)");
        return 1;
    }
    QList<KmsgRecord> records = std::move(batch->records);
    if (first && count && records.size() > *count)
        records.remove(0, records.size() - *count);

    for (const Error& e : std::as_const(batch->skippedRecords))
        out.text +=
            QCoreApplication::translate("kaleido::cli", "warning: %1").arg(e.message()) + QLatin1Char('\n');
    QJsonArray gaps;
    for (const KmsgReader::Gap& g : std::as_const(batch->gaps)) {
        out.text += QCoreApplication::translate(
                        "kaleido::cli", "-- records after #%1 were overwritten before they could be read --")
                        .arg(g.afterSequence) +
                    QLatin1Char('\n');
        gaps.append(QJsonObject{{QStringLiteral("afterSequence"), double(g.afterSequence)},
                                {QStringLiteral("resumedSequence"), jsonNumberOrNull(g.resumedSequence)}});
    }
    QJsonArray array;
    for (const KmsgRecord& r : std::as_const(records)) {
        out.text += kmsgLine(r);
        array.append(kmsgJson(r));
    }
    out.json = QJsonObject{{QStringLiteral("records"), array}, {QStringLiteral("gaps"), gaps}};
    return 0;
}

// -------------------------------------------------------------------------------------------------- kernel

QString yesNo(const std::optional<bool>& value)
{
    if (!value)
        return QCoreApplication::translate("kaleido::cli", "unknown");
    return *value ? QCoreApplication::translate("kaleido::cli", "yes")
                  : QCoreApplication::translate("kaleido::cli", "no");
}

int kernel(const Context& context, Output& out)
{
    const auto identity = readKernelIdentity(context.fs);
    if (!identity) {
        out.error = identity.error().message();
        return 1;
    }
    const KernelSettings s = readKernelSettings(context.fs);
    const auto cmdline = readKernelCmdline(context.fs);

    out.addColumn(QStringLiteral("Setting"));
    out.addColumn(QStringLiteral("Value"));
    out.addRow({QStringLiteral("release"), identity->release});
    out.addRow({QStringLiteral("version"), identity->version});
    out.addRow({QStringLiteral("modules"),
                s.moduleSupport == ModuleSupport::Loadable
                    ? QCoreApplication::translate("kaleido::cli", "loadable")
                    : QCoreApplication::translate("kaleido::cli", "none (no loadable-module support)")});
    out.addRow({QStringLiteral("modules_disabled"), yesNo(s.modulesDisabled)});
    out.addRow({QStringLiteral("sig_enforce"), yesNo(s.signaturesEnforced)});
    out.addRow(
        {QStringLiteral("lockdown"),
         s.lockdown ? s.lockdown->selected : QCoreApplication::translate("kaleido::cli", "not available")});
    out.addRow({QStringLiteral("printk"), s.printk ? QStringLiteral("%1 %2 %3 %4")
                                                         .arg(s.printk->console)
                                                         .arg(s.printk->defaultMessage)
                                                         .arg(s.printk->minimumConsole)
                                                         .arg(s.printk->defaultConsole)
                                                   : QCoreApplication::translate("kaleido::cli", "unknown")});
    out.addRow({QStringLiteral("dmesg_restrict"),
                s.dmesgRestrict ? QString::number(*s.dmesgRestrict)
                                : QCoreApplication::translate("kaleido::cli", "unknown")});
    out.addRow({QStringLiteral("kptr_restrict"),
                s.kptrRestrict ? QString::number(*s.kptrRestrict)
                               : QCoreApplication::translate("kaleido::cli", "unknown")});
    out.addRow({QStringLiteral("cmdline"),
                cmdline ? cmdline->raw : QCoreApplication::translate("kaleido::cli", "not available")});

    QJsonArray parameters;
    if (cmdline) {
        for (const KernelCmdline::Parameter& p : cmdline->parameters)
            parameters.append(QJsonObject{{QStringLiteral("name"), p.name},
                                          {QStringLiteral("value"), jsonOrNull(p.value)}});
    }
    QJsonObject json{
        {QStringLiteral("release"), identity->release},
        {QStringLiteral("version"), identity->version},
        {QStringLiteral("moduleSupport"),
         s.moduleSupport == ModuleSupport::Loadable ? QStringLiteral("loadable") : QStringLiteral("none")},
        {QStringLiteral("modulesDisabled"),
         s.modulesDisabled ? QJsonValue(*s.modulesDisabled) : QJsonValue()},
        {QStringLiteral("sigEnforce"),
         s.signaturesEnforced ? QJsonValue(*s.signaturesEnforced) : QJsonValue()},
        {QStringLiteral("lockdown"),
         s.lockdown ? QJsonValue(QJsonObject{
                          {QStringLiteral("selected"), s.lockdown->selected},
                          {QStringLiteral("options"), QJsonArray::fromStringList(s.lockdown->options)}})
                    : QJsonValue()},
        {QStringLiteral("printk"),
         s.printk ? QJsonValue(QJsonArray{s.printk->console, s.printk->defaultMessage,
                                          s.printk->minimumConsole, s.printk->defaultConsole})
                  : QJsonValue()},
        {QStringLiteral("dmesgRestrict"), jsonNumberOrNull(s.dmesgRestrict)},
        {QStringLiteral("kptrRestrict"), jsonNumberOrNull(s.kptrRestrict)},
        {QStringLiteral("cmdline"), cmdline ? QJsonValue(cmdline->raw) : QJsonValue()},
        {QStringLiteral("cmdlineParameters"), parameters},
        {QStringLiteral("initArguments"),
         cmdline ? QJsonArray::fromStringList(cmdline->initArguments) : QJsonArray()},
    };
    QJsonArray unavailable;
    for (const Error& e : s.unavailable)
        unavailable.append(
            QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("message"), e.message()}});
    json.insert(QStringLiteral("unavailable"), unavailable);
    out.json = json;
    return 0;
}

} // namespace

void registerKernelCommands(QList<Command>& commands)
{
    commands.append({QStringLiteral("modules"), QString(),
                     QT_TRANSLATE_NOOP("kaleido::cli", "loaded modules, like lsmod, with their state"),
                     modules});
    commands.append({QStringLiteral("modinfo"), QStringLiteral("NAME|FILE.ko"),
                     QT_TRANSLATE_NOOP("kaleido::cli",
                                       "a module's metadata, like modinfo, and the taint a load would cause"),
                     modinfo});
    commands.append({QStringLiteral("taint"), QString(),
                     QT_TRANSLATE_NOOP("kaleido::cli", "/proc/sys/kernel/tainted decoded into its flags"),
                     taint});
    auto kmsgState = std::make_shared<KmsgState>();
    Command kmsgCommand{
        QStringLiteral("kmsg"), QStringLiteral("[COUNT]"),
        QT_TRANSLATE_NOOP("kaleido::cli",
                          "the kernel log from /dev/kmsg, like dmesg -x (--watch follows it)"),
        [kmsgState](const Context& context, Output& out) { return kmsg(kmsgState, context, out); }};
    kmsgCommand.appendsOnWatch = true;
    commands.append(kmsgCommand);
    commands.append(
        {QStringLiteral("kernel"), QString(),
         QT_TRANSLATE_NOOP("kaleido::cli", "release, command line and the module and log restrictions"),
         kernel});
}

} // namespace kaleido::cli
