// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-cli — Kaleido's data layer on the command line. See docs/kaleido-cli.1.
#include "clicommand.h"
#include "kaleido-config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace kaleido;
using namespace kaleido::cli;

namespace {

QString helpText(const QList<Command>& commands)
{
    QString text = QCoreApplication::translate(
        "kaleido::cli",
        "Usage: kaleido-cli [--json] [--root DIR] [--watch SECONDS] COMMAND [ARGUMENTS]\n"
        "\n"
        "Shows what the Linux kernel reports about processes, memory and modules, with the column names of\n"
        "ps, pmap, slabtop, lsmod and modinfo.\n"
        "\n"
        "Options:\n"
        "  --json             print JSON instead of a table (with --watch: one document per line)\n"
        "  --root DIR         read /proc and /sys below DIR (a captured tree) instead of the live system\n"
        "  --watch SECONDS    repeat every SECONDS until interrupted\n"
        "  -h, --help         show this help\n"
        "  -v, --version      show the version\n"
        "\n"
        "Commands:\n");
    qsizetype width = 0;
    for (const Command& c : commands)
        width = std::max(width, QString(c.name + QLatin1Char(' ') + c.synopsis).trimmed().size());
    for (const Command& c : commands) {
        const QString usage = QString(c.name + QLatin1Char(' ') + c.synopsis).trimmed();
        text += QStringLiteral("  ") + usage.leftJustified(width + 2)
                + QCoreApplication::translate("kaleido::cli", c.summary) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kaleido-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KALEIDO_VERSION_STRING));

    QList<Command> commands;
    registerProcessCommands(commands);
    registerProcessMapCommands(commands);
    registerMemoryCommands(commands);
    registerKernelCommands(commands);
    registerPrivilegedCommands(commands);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption rootOption(QStringLiteral("root"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption watchOption(QStringLiteral("watch"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({jsonOption, rootOption, watchOption, helpOption, versionOption});

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto usageError = [&](const QString& message) {
        err << "kaleido-cli: " << message << '\n'
            << QCoreApplication::translate("kaleido::cli", "Try “kaleido-cli --help”.") << '\n';
        return 2;
    };

    // Global options may stand anywhere; everything else after the command name belongs to the command, so
    // "kaleido-cli ps -L --json" gives -L to ps and --json to us.
    QStringList globalArguments;
    QStringList commandArguments;
    {
        const QStringList all = QCoreApplication::arguments();
        bool commandSeen = false;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString& a = all.at(i);
            if (i == 0) {
                globalArguments.append(a);
                continue;
            }
            if (a == QLatin1String("--")) {
                (commandSeen ? commandArguments : globalArguments) += all.mid(i + 1);
                break;
            }
            const bool takesValue = a == QLatin1String("--root") || a == QLatin1String("--watch");
            const bool global = takesValue || a == QLatin1String("--json") || a.startsWith(QLatin1String("--root="))
                                || a.startsWith(QLatin1String("--watch=")) || a == QLatin1String("-h")
                                || a == QLatin1String("--help") || a == QLatin1String("-v")
                                || a == QLatin1String("--version");
            if (global) {
                globalArguments.append(a);
                if (takesValue && i + 1 < all.size())
                    globalArguments.append(all.at(++i));
            } else if (commandSeen) {
                commandArguments.append(a);
            } else {
                commandSeen = !a.startsWith(QLatin1Char('-'));
                globalArguments.append(a); // the command name, or an unknown option the parser reports
            }
        }
    }
    if (!parser.parse(globalArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << helpText(commands);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out << "kaleido-cli " << KALEIDO_VERSION_STRING << '\n';
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        out << helpText(commands);
        return 2;
    }

    const QString name = positional.takeFirst();
    const auto command = std::find_if(commands.cbegin(), commands.cend(),
                                      [&](const Command& c) { return c.name == name; });
    if (command == commands.cend())
        return usageError(QCoreApplication::translate("kaleido::cli", "unknown command “%1”").arg(name));

    double watchSeconds = 0;
    if (parser.isSet(watchOption)) {
        bool ok = false;
        watchSeconds = parser.value(watchOption).toDouble(&ok);
        if (!ok || watchSeconds < 0.1)
            return usageError(QCoreApplication::translate("kaleido::cli", "--watch needs a number of seconds ≥ 0.1"));
    }

    if (parser.isSet(rootOption) && !QFileInfo(parser.value(rootOption)).isDir())
        return usageError(QCoreApplication::translate("kaleido::cli", "--root: “%1” is not a directory")
                              .arg(parser.value(rootOption)));

    Context context{KernelFs(parser.isSet(rootOption) ? parser.value(rootOption) : QStringLiteral("/")),
                    positional + commandArguments, parser.isSet(jsonOption)};
    const bool clearScreen =
        watchSeconds > 0 && !context.json && isatty(STDOUT_FILENO) && !command->appendsOnWatch;

    for (;;) {
        Output output;
        const int status = command->run(context, output);
        if (clearScreen) {
            out << "\033[H\033[2J"
                << QCoreApplication::translate("kaleido::cli", "Every %1 s: kaleido-cli %2    %3")
                       .arg(watchSeconds)
                       .arg(QCoreApplication::arguments().mid(1).join(QLatin1Char(' ')),
                            QDateTime::currentDateTime().toString(Qt::ISODate))
                << "\n\n";
        }
        if (status != 0) {
            out.flush();
            err << "kaleido-cli: " << output.error << '\n';
            if (watchSeconds <= 0 || status == 2)
                return status;
        } else if (context.json) {
            output.printJson(out, watchSeconds > 0);
        } else {
            output.printText(out);
            if (watchSeconds > 0 && !clearScreen && !command->appendsOnWatch)
                out << '\n';
        }
        out.flush();
        if (watchSeconds <= 0)
            return 0;
        QThread::msleep(static_cast<unsigned long>(watchSeconds * 1000));
    }
}
