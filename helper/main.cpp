// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-helper: Kaleido's privileged D-Bus system service, started by the bus on demand (never by a user).
// Built twice from this file: the installed kaleido-helper takes no arguments and always works on the live
// system ("/"); kaleido-helper-test (KALEIDO_HELPER_TESTING, never installed) accepts a root directory, a
// module tree, an idle time and an audit copy file so the tests can drive it on a private bus.
#include "auditlog.h"
#include "helperids.h"
#include "helperservice.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <csignal>
#include <cstdlib>
#include <sys/stat.h>
#include <syslog.h>

#ifdef KALEIDO_HELPER_TESTING
#include <QCommandLineParser>
#endif

using namespace kaleido;
using kaleido::helper::AuditLog;
using kaleido::helper::HelperService;

namespace {

/// Root code must not behave differently because of its environment: start from an empty one.
void sanitizeEnvironment()
{
#ifdef KALEIDO_HELPER_TESTING
    const QByteArray testBus = qgetenv("DBUS_SYSTEM_BUS_ADDRESS");
#endif
    ::clearenv();
    ::setenv("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", 1); // libkmod's install commands run through /bin/sh
#ifdef KALEIDO_HELPER_TESTING
    if (!testBus.isEmpty())
        ::setenv("DBUS_SYSTEM_BUS_ADDRESS", testBus.constData(), 1);
#endif
}

#ifdef KALEIDO_HELPER_TESTING
HelperService::Options testOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("kaleido-helper for tests: never installed"));
    const QCommandLineOption root(QStringLiteral("root"), QStringLiteral("sysfs/proc root"),
                                  QStringLiteral("dir"));
    const QCommandLineOption modulesDir(QStringLiteral("modules-dir"), QStringLiteral("module tree"),
                                        QStringLiteral("dir"));
    const QCommandLineOption modprobeConfig(QStringLiteral("modprobe-config"), QStringLiteral("modprobe.d"),
                                            QStringLiteral("dir"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("insert/remove no module"));
    const QCommandLineOption idle(QStringLiteral("idle-seconds"), QStringLiteral("idle exit"),
                                  QStringLiteral("n"));
    const QCommandLineOption audit(QStringLiteral("audit-copy"), QStringLiteral("append audit lines here"),
                                   QStringLiteral("file"));
    parser.addOptions({root, modulesDir, modprobeConfig, dryRun, idle, audit});
    parser.process(app);

    HelperService::Options options;
    if (parser.isSet(root))
        options.handler.fs = KernelFs(parser.value(root));
    options.handler.modules.modulesDirectory = parser.value(modulesDir);
    if (parser.isSet(modprobeConfig))
        options.handler.modules.configPaths = {parser.value(modprobeConfig)};
    options.handler.modules.dryRun = parser.isSet(dryRun);
    if (parser.isSet(idle))
        options.idleSeconds = parser.value(idle).toInt();
    if (parser.isSet(audit))
        AuditLog::setCopyFile(parser.value(audit));
    return options;
}
#endif

} // namespace

int main(int argc, char** argv)
{
    ::umask(022);
    sanitizeEnvironment();
    std::signal(SIGPIPE, SIG_IGN); // a reader closing its stream shows up as EPIPE, not as a signal
    AuditLog::open();

    QCoreApplication app(argc, argv);
#ifdef KALEIDO_HELPER_TESTING
    const HelperService::Options options = testOptions(app);
#else
    const HelperService::Options options; // the live system, "/", libkmod's defaults
#endif

    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        ::syslog(LOG_ERR, "cannot connect to the system bus: %s", qPrintable(bus.lastError().message()));
        return EXIT_FAILURE;
    }
    HelperService service(bus, options);
    if (!bus.registerObject(QLatin1StringView(privileged::ids::objectPath), &service,
                            QDBusConnection::ExportScriptableSlots)) {
        ::syslog(LOG_ERR, "cannot register %s", privileged::ids::objectPath);
        return EXIT_FAILURE;
    }
    // Only root may own the name (bus policy); if another instance has it, this one is not needed.
    const auto owned = bus.interface()->registerService(QLatin1StringView(privileged::ids::service),
                                                        QDBusConnectionInterface::DontQueueService,
                                                        QDBusConnectionInterface::DontAllowReplacement);
    if (!owned.isValid() || owned.value() != QDBusConnectionInterface::ServiceRegistered) {
        ::syslog(LOG_ERR, "cannot own %s: %s", privileged::ids::service,
                 qPrintable(owned.isValid() ? QStringLiteral("already owned") : owned.error().message()));
        return EXIT_FAILURE;
    }
    // The bus going away (a restart of dbus-daemon) leaves nothing to serve.
    bus.connect(QString(), QStringLiteral("/org/freedesktop/DBus/Local"),
                QStringLiteral("org.freedesktop.DBus.Local"), QStringLiteral("Disconnected"), &app,
                SLOT(quit()));
    return app.exec();
}
