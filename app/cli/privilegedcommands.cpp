// SPDX-License-Identifier: GPL-2.0-or-later
// Commands that change the kernel: through kaleido-helper (polkit asks) or, run as root, in-process.
#include "clicommand.h"

#include "privilegedclient.h"
#include "procstat.h"
#include "signalnames.h"
#include "tunables.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <csignal>

namespace kaleido::cli {

namespace {

using privileged::OperationResult;
using privileged::PendingOperation;
using privileged::PrivilegedClient;

/// The options every changing command takes before its arguments: --helper (never in-process, even as root),
/// --no-prompt (polkit may not ask for a password). Removes them from @p args.
struct ChangeOptions
{
    bool forceHelper = false;
    bool interactive = true;
};

ChangeOptions takeChangeOptions(QStringList& args)
{
    ChangeOptions options;
    options.forceHelper = args.removeAll(QStringLiteral("--helper")) > 0;
    options.interactive = args.removeAll(QStringLiteral("--no-prompt")) == 0;
    return options;
}

int usage(Output& out, const QString& synopsis)
{
    out.error = QCoreApplication::translate("kaleido::cli", "usage: kaleido-cli %1").arg(synopsis);
    return 2;
}

/// Runs one request to the end and reports it: the cause, old → new, the kernel's log lines, the taint.
int runAndReport(const Context& context, const ChangeOptions& options, Output& out,
                 const std::function<PendingOperation*(PrivilegedClient&)>& request)
{
    PrivilegedClient client(nullptr, options.forceHelper ? PrivilegedClient::Route::Helper
                                                         : PrivilegedClient::Route::Automatic);
    client.setInteractive(options.interactive);
    if (client.route() == PrivilegedClient::Route::InProcess)
        client.setInProcessOptions({context.fs, {}});
    else if (!context.fs.isLive()) {
        out.error = QCoreApplication::translate(
            "kaleido::cli",
            "--root only applies when kaleido-cli runs as root; the helper always changes the "
            "running system.");
        return 2;
    }

    OperationResult result;
    QEventLoop loop;
    PendingOperation* pending = request(client);
    QObject::connect(pending, &PendingOperation::finished, &loop, [&](const OperationResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();

    QJsonObject json = QJsonObject::fromVariantMap(result.toVariantMap());
    json.insert(QStringLiteral("ok"), result.ok());
    out.json = json;
    QStringList lines{result.cause};
    if (!result.oldValue.isNull() || !result.newValue.isNull())
        lines.append(
            QCoreApplication::translate("kaleido::cli", "%1 → %2").arg(result.oldValue, result.newValue));
    if (!result.loaded.isEmpty())
        lines.append(QCoreApplication::translate("kaleido::cli", "modules: %1")
                         .arg(result.loaded.join(QStringLiteral(", "))));
    if (!result.holders.isEmpty())
        lines.append(QCoreApplication::translate("kaleido::cli", "used by: %1 (reference count %2)")
                         .arg(result.holders.join(QStringLiteral(", ")), QString::number(result.refcount)));
    for (const QString& line : result.kernelLog)
        lines.append(QCoreApplication::translate("kaleido::cli", "kernel: %1").arg(line));
    if (result.taintBefore != result.taintAfter)
        lines.append(
            QCoreApplication::translate("kaleido::cli", "taint: %1 → %2")
                .arg(result.taintBefore.isEmpty() ? QCoreApplication::translate("kaleido::cli", "none")
                                                  : result.taintBefore,
                     result.taintAfter.isEmpty() ? QCoreApplication::translate("kaleido::cli", "none")
                                                 : result.taintAfter));
    if (!result.ok()) {
        out.error = result.errnoName.isEmpty()
                        ? lines.join(QLatin1Char('\n'))
                        : result.errnoName + QStringLiteral(": ") + lines.join(QLatin1Char('\n'));
        return 1;
    }
    out.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return 0;
}

/// "name=value" arguments into a map; false when one has no '='.
bool parseAssignments(const QStringList& args, QMap<QString, QString>& into)
{
    for (const QString& arg : args) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return false;
        into.insert(arg.left(eq), arg.mid(eq + 1));
    }
    return true;
}

/// The process the user means: its PID and the start time read now (so a reused PID is not signalled).
std::optional<privileged::ProcessTarget> processTarget(const Context& context, const QString& pidText,
                                                       Output& out)
{
    bool ok = false;
    const int pid = pidText.toInt(&ok);
    if (!ok || pid <= 0) {
        out.error = QCoreApplication::translate("kaleido::cli", "“%1” is not a process ID").arg(pidText);
        return std::nullopt;
    }
    const auto stat = readProcStat(context.fs, pid);
    if (!stat) {
        out.error = stat.error().message();
        return std::nullopt;
    }
    return privileged::ProcessTarget{pid, stat->startTime};
}

/// A signal by number or name: 15, TERM, SIGTERM.
std::optional<int> parseSignal(const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok)
        return number;
    const QString wanted = text.startsWith(QLatin1String("SIG")) ? text : QStringLiteral("SIG") + text;
    for (int signal = 1; signal <= SIGRTMAX; ++signal) {
        if (signalName(signal) == wanted)
            return signal;
    }
    return std::nullopt;
}

int tunablesCommand(const Context& context, Output& out)
{
    const privileged::TunableWriter reader(context.fs);
    out.addColumn(QCoreApplication::translate("kaleido::cli", "KEY"));
    out.addColumn(QCoreApplication::translate("kaleido::cli", "VALUE"));
    out.addColumn(QCoreApplication::translate("kaleido::cli", "ACCEPTS"));
    QJsonArray json;
    for (const privileged::TunableInfo& info : privileged::tunableTable()) {
        const QString key = QLatin1StringView(info.key);
        const auto value = reader.read(key);
        QString accepts;
        if (info.grammar == privileged::TunableInfo::Grammar::Integer)
            accepts = QStringLiteral("%1…%2").arg(info.minimum).arg(info.maximum);
        else
            accepts = info.choices.join(QLatin1Char('|'));
        out.addRow({key, value ? *value : value.reason(), accepts});
        QJsonObject row{{QStringLiteral("key"), key}, {QStringLiteral("accepts"), accepts}};
        row.insert(value ? QStringLiteral("value") : QStringLiteral("error"),
                   value ? *value : value.reason());
        json.append(row);
    }
    out.json = json;
    return 0;
}

} // namespace

void registerPrivilegedCommands(QList<Command>& commands)
{
    commands.append(
        {QStringLiteral("tunables"), QString(),
         QT_TRANSLATE_NOOP("kaleido::cli", "the kernel settings “set” can change, with their values"),
         tunablesCommand});

    commands.append({QStringLiteral("set"), QStringLiteral("[--helper] [--no-prompt] KEY VALUE"),
                     QT_TRANSLATE_NOOP("kaleido::cli",
                                       "change a kernel setting (see “tunables”), as root or via the helper"),
                     [](const Context& context, Output& out) {
                         QStringList args = context.args;
                         const ChangeOptions options = takeChangeOptions(args);
                         if (args.size() != 2)
                             return usage(out, QStringLiteral("set [--helper] [--no-prompt] KEY VALUE"));
                         return runAndReport(context, options, out, [&](PrivilegedClient& c) {
                             return c.writeTunable(args.at(0), args.at(1));
                         });
                     }});

    commands.append(
        {QStringLiteral("load"), QStringLiteral("[--helper] [--no-prompt] NAME|FILE.ko [PARAM=VALUE…]"),
         QT_TRANSLATE_NOOP("kaleido::cli", "load a kernel module by name or from a file, with parameters"),
         [](const Context& context, Output& out) {
             QStringList args = context.args;
             const ChangeOptions options = takeChangeOptions(args);
             QMap<QString, QString> parameters;
             if (args.isEmpty() || !parseAssignments(args.mid(1), parameters))
                 return usage(out,
                              QStringLiteral("load [--helper] [--no-prompt] NAME|FILE.ko [PARAM=VALUE…]"));
             const QString what = args.at(0);
             return runAndReport(context, options, out, [&](PrivilegedClient& c) {
                 return what.contains(QLatin1Char('/')) || what.endsWith(QLatin1String(".ko"))
                            ? c.loadModuleFile(what, parameters)
                            : c.loadModule(what, parameters);
             });
         }});

    commands.append({QStringLiteral("unload"), QStringLiteral("[--helper] [--no-prompt] NAME"),
                     QT_TRANSLATE_NOOP("kaleido::cli", "unload a kernel module (never forced)"),
                     [](const Context& context, Output& out) {
                         QStringList args = context.args;
                         const ChangeOptions options = takeChangeOptions(args);
                         if (args.size() != 1)
                             return usage(out, QStringLiteral("unload [--helper] [--no-prompt] NAME"));
                         return runAndReport(context, options, out,
                                             [&](PrivilegedClient& c) { return c.unloadModule(args.at(0)); });
                     }});

    commands.append(
        {QStringLiteral("modparam"), QStringLiteral("[--helper] [--no-prompt] MODULE PARAMETER VALUE"),
         QT_TRANSLATE_NOOP("kaleido::cli", "change a writable parameter of a loaded module"),
         [](const Context& context, Output& out) {
             QStringList args = context.args;
             const ChangeOptions options = takeChangeOptions(args);
             if (args.size() != 3)
                 return usage(out,
                              QStringLiteral("modparam [--helper] [--no-prompt] MODULE PARAMETER VALUE"));
             return runAndReport(context, options, out, [&](PrivilegedClient& c) {
                 return c.writeModuleParameter(args.at(0), args.at(1), args.at(2));
             });
         }});

    commands.append(
        {QStringLiteral("signal"), QStringLiteral("[--helper] [--no-prompt] PID SIGNAL"),
         QT_TRANSLATE_NOOP("kaleido::cli", "send a signal (number or name) to any process"),
         [](const Context& context, Output& out) {
             QStringList args = context.args;
             const ChangeOptions options = takeChangeOptions(args);
             if (args.size() != 2)
                 return usage(out, QStringLiteral("signal [--helper] [--no-prompt] PID SIGNAL"));
             const auto signal = parseSignal(args.at(1));
             if (!signal) {
                 out.error =
                     QCoreApplication::translate("kaleido::cli", "“%1” is not a signal").arg(args.at(1));
                 return 2;
             }
             const auto target = processTarget(context, args.at(0), out);
             if (!target)
                 return 1;
             return runAndReport(context, options, out,
                                 [&](PrivilegedClient& c) { return c.signalProcess(*target, *signal); });
         }});

    // renice, oom-adj: a PID and one integer.
    struct IntegerVerb
    {
        const char* name;
        const char* summary;
        PendingOperation* (PrivilegedClient::*call)(const privileged::ProcessTarget&, int);
    };
    const IntegerVerb integerVerbs[] = {
        {"renice", QT_TRANSLATE_NOOP("kaleido::cli", "set the nice value (-20…19) of any process"),
         &PrivilegedClient::reniceProcess},
        {"oom-adj", QT_TRANSLATE_NOOP("kaleido::cli", "set oom_score_adj (-1000…1000) of any process"),
         &PrivilegedClient::setOomScoreAdj},
    };
    for (const IntegerVerb& verb : integerVerbs) {
        const QString name = QLatin1StringView(verb.name);
        const QString synopsis = QStringLiteral("[--helper] [--no-prompt] PID VALUE");
        commands.append({name, synopsis, verb.summary,
                         [name, synopsis, call = verb.call](const Context& context, Output& out) {
                             QStringList args = context.args;
                             const ChangeOptions options = takeChangeOptions(args);
                             bool ok = false;
                             const int value = args.size() == 2 ? args.at(1).toInt(&ok) : 0;
                             if (!ok)
                                 return usage(out, name + QLatin1Char(' ') + synopsis);
                             const auto target = processTarget(context, args.at(0), out);
                             if (!target)
                                 return 1;
                             return runAndReport(context, options, out, [&](PrivilegedClient& c) {
                                 return (c.*call)(*target, value);
                             });
                         }});
    }

    commands.append(
        {QStringLiteral("affinity"), QStringLiteral("[--helper] [--no-prompt] PID CPU[,CPU…]"),
         QT_TRANSLATE_NOOP("kaleido::cli", "choose the CPUs any process may run on"),
         [](const Context& context, Output& out) {
             QStringList args = context.args;
             const ChangeOptions options = takeChangeOptions(args);
             QList<int> cpus;
             bool ok = args.size() == 2;
             if (ok) {
                 for (const QString& cpu : args.at(1).split(QLatin1Char(','))) {
                     cpus.append(cpu.toInt(&ok));
                     if (!ok)
                         break;
                 }
             }
             if (!ok)
                 return usage(out, QStringLiteral("affinity [--helper] [--no-prompt] PID CPU[,CPU…]"));
             const auto target = processTarget(context, args.at(0), out);
             if (!target)
                 return 1;
             return runAndReport(context, options, out,
                                 [&](PrivilegedClient& c) { return c.setAffinity(*target, cpus); });
         }});
}

} // namespace kaleido::cli
