// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchprobe.h"
#include "kaleido-config.h"
#include "mainwindow.h"
#include "refreshclock.h"
#include "resources.h"
#include "stallmonitor.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstring>

namespace {

/// QApplication that can time each outermost event dispatch for --bench-report (a no-op otherwise).
class Application : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        kaleido::bench::EventScope scope(receiver, event);
        return QApplication::notify(receiver, event);
    }
};

int usageError(const QString& message)
{
    std::fprintf(stderr, "kaleido: %s\n%s\n", qPrintable(message),
                 qPrintable(QCoreApplication::translate("kaleido::main", "Try “kaleido --help”.")));
    return 2;
}

bool hasPlatformArgument(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const qint64 started = kaleido::bench::now();
    // Without a display Qt would abort with a long plugin message; say it in one line instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && !hasPlatformArgument(argc, argv)) {
        std::fputs("kaleido: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "to run without a screen use: xvfb-run -a kaleido\n",
                   stderr);
        return 2;
    }

    Application app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kaleido"));
    QApplication::setOrganizationName(QStringLiteral("kaleido"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kaleido"));
    QApplication::setApplicationVersion(QStringLiteral(KALEIDO_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.kaleido.Kaleido"));
    kaleido::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kaleido/kaleido.svg")));
    kaleido::installTranslations(app);

    // Qt's own options (-platform, -style, …) are taken out of the arguments by QApplication above.
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kaleido::main", "The Linux kernel's view of processes, memory and kernel modules, live."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        QCoreApplication::translate("kaleido::main",
                                    "Open the area NAME (as named in the sidebar, in any case)."),
        QCoreApplication::translate("kaleido::main", "NAME"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        QCoreApplication::translate(
            "kaleido::main", "Refresh every MS milliseconds (100 to 60000) instead of the saved setting."),
        QCoreApplication::translate("kaleido::main", "MS"));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("kaleido::main",
                                    "Quit after SECONDS seconds, without saving the window's settings."),
        QCoreApplication::translate("kaleido::main", "SECONDS"));
    const QCommandLineOption benchReportOption(
        QStringLiteral("bench-report"),
        QCoreApplication::translate("kaleido::main", "Measure update times and event dispatches, and write "
                                                     "them with the CPU time used to FILE (JSON) at "
                                                     "exit."),
        QCoreApplication::translate("kaleido::main", "FILE"));
    const QCommandLineOption benchWarmupOption(
        QStringLiteral("bench-warmup"),
        QCoreApplication::translate(
            "kaleido::main",
            "With --bench-report: start measuring only after SECONDS seconds, leaving start-up out."),
        QCoreApplication::translate("kaleido::main", "SECONDS"));
    const QCommandLineOption rootOption(
        QStringLiteral("root"),
        QCoreApplication::translate(
            "kaleido::main", "Read /proc and /sys below DIR instead of the running kernel's (a captured "
                             "tree such as tests/fixtures/linux-6.1-debian)."),
        QCoreApplication::translate("kaleido::main", "DIR"));
    parser.addOptions(
        {areaOption, intervalOption, quitAfterOption, benchReportOption, benchWarmupOption, rootOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("kaleido::main", "unexpected argument “%1”")
                              .arg(parser.positionalArguments().constFirst()));

    bool ok = true;
    int intervalMs = 0;
    if (parser.isSet(intervalOption)) {
        intervalMs = parser.value(intervalOption).toInt(&ok);
        if (!ok || intervalMs < 100 || intervalMs > 60000)
            return usageError(
                QCoreApplication::translate("kaleido::main",
                                            "--interval takes milliseconds from 100 to 60000, not “%1”")
                    .arg(parser.value(intervalOption)));
    }
    double quitAfter = 0;
    if (parser.isSet(quitAfterOption)) {
        quitAfter = parser.value(quitAfterOption).toDouble(&ok);
        if (!ok || quitAfter <= 0 || quitAfter > 1e6)
            return usageError(QCoreApplication::translate("kaleido::main",
                                                          "--quit-after takes a number of seconds, not “%1”")
                                  .arg(parser.value(quitAfterOption)));
    }
    double warmup = 0;
    if (parser.isSet(benchWarmupOption)) {
        warmup = parser.value(benchWarmupOption).toDouble(&ok);
        if (!ok || warmup < 0 || warmup > 1e6)
            return usageError(QCoreApplication::translate(
                                  "kaleido::main", "--bench-warmup takes a number of seconds, not “%1”")
                                  .arg(parser.value(benchWarmupOption)));
    }
    const QString benchReport = parser.value(benchReportOption);
    if (!benchReport.isEmpty() && warmup == 0)
        kaleido::bench::setEnabled(true);

    QString root = QStringLiteral("/");
    if (parser.isSet(rootOption)) {
        root = QFileInfo(parser.value(rootOption)).absoluteFilePath();
        if (!QFileInfo(root + QStringLiteral("/proc")).isDir())
            return usageError(QCoreApplication::translate(
                                  "kaleido::main", "--root needs a directory with a proc folder, not “%1”")
                                  .arg(parser.value(rootOption)));
    }

    kaleido::MainWindow window{kaleido::KernelFs(root)};
    if (parser.isSet(areaOption)) {
        const QString name = parser.value(areaOption);
        QStringList names;
        for (int i = 0; i < window.areaCount(); ++i)
            names.append(window.areaName(i));
        int area = 0;
        while (area < names.size() && names.at(area).compare(name, Qt::CaseInsensitive) != 0)
            ++area;
        if (area == names.size())
            return usageError(
                QCoreApplication::translate("kaleido::main", "there is no area “%1”; the areas are: %2")
                    .arg(name, names.join(QStringLiteral(", "))));
        window.setCurrentArea(area);
    }
    if (intervalMs > 0)
        window.refreshClock()->setIntervalMs(intervalMs);
    if (quitAfter > 0) // exit(), not quit(): quitting would close the window, which saves its settings
        QTimer::singleShot(std::chrono::milliseconds(qint64(quitAfter * 1000)), &app,
                           [] { QCoreApplication::exit(0); });
    if (!benchReport.isEmpty() && warmup > 0)
        QTimer::singleShot(std::chrono::milliseconds(qint64(warmup * 1000)), &app,
                           [] { kaleido::bench::setEnabled(true); });
    window.show();
    const int status = QApplication::exec();
    if (!benchReport.isEmpty()) {
        QString error;
        if (!kaleido::bench::writeReport(benchReport, kaleido::bench::now() - started, &error)) {
            std::fprintf(stderr, "kaleido: %s\n",
                         qPrintable(QCoreApplication::translate("kaleido::main",
                                                                "cannot write the benchmark report %1: %2")
                                        .arg(benchReport, error)));
            return 1;
        }
    }
    return status;
}
