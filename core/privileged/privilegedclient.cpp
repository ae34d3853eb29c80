// SPDX-License-Identifier: GPL-2.0-or-later
#include "privilegedclient.h"

#include "helperids.h"
#include "readstream.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace kaleido::privileged {

namespace {

using Outcome = OperationResult::Outcome;

} // namespace

OperationResult resultForDBusError(const QString& errorName, const QString& errorMessage)
{
    if (errorName == QLatin1StringView(ids::errorInvalidArgument))
        return OperationResult::make(Outcome::Rejected, errorMessage);
    if (errorName == QLatin1StringView(ids::errorNotAuthorized))
        return OperationResult::make(
            Outcome::NotAuthorized,
            errorMessage.isEmpty()
                ? QCoreApplication::translate(
                      "kaleido::privileged::PrivilegedClient",
                      "You are not allowed to do this, or the authentication was cancelled.")
                : errorMessage);
    if (errorName == QLatin1StringView(ids::errorFailed))
        return OperationResult::make(Outcome::Failed, errorMessage);
    if (errorName == u"org.freedesktop.DBus.Error.ServiceUnknown" ||
        errorName == u"org.freedesktop.DBus.Error.Spawn.ExecFailed" ||
        errorName == u"org.freedesktop.DBus.Error.Spawn.ChildExited" ||
        errorName == u"org.freedesktop.DBus.Error.Spawn.ServiceNotFound")
        return OperationResult::make(
            Outcome::HelperUnavailable,
            QCoreApplication::translate(
                "kaleido::privileged::PrivilegedClient",
                "Kaleido's privileged helper is not installed or could not be started, "
                "so this needs to be done as root (%1).")
                .arg(errorMessage));
    if (errorName == u"org.freedesktop.DBus.Error.NoReply" ||
        errorName == u"org.freedesktop.DBus.Error.Timeout")
        return OperationResult::make(
            Outcome::HelperUnavailable,
            QCoreApplication::translate("kaleido::privileged::PrivilegedClient",
                                        "Kaleido's privileged helper did not answer in time."));
    if (errorName == u"org.freedesktop.DBus.Error.Disconnected" ||
        errorName == u"org.freedesktop.DBus.Error.NoServer")
        return OperationResult::make(
            Outcome::HelperUnavailable,
            QCoreApplication::translate(
                "kaleido::privileged::PrivilegedClient",
                "There is no system message bus, so Kaleido's privileged helper cannot "
                "be reached."));
    if (errorName == u"org.freedesktop.DBus.Error.AccessDenied")
        return OperationResult::make(
            Outcome::NotAuthorized,
            QCoreApplication::translate("kaleido::privileged::PrivilegedClient",
                                        "The system message bus did not let Kaleido talk to its helper (%1).")
                .arg(errorMessage));
    return OperationResult::make(
        Outcome::HelperUnavailable,
        QCoreApplication::translate("kaleido::privileged::PrivilegedClient",
                                    "The call to Kaleido's privileged helper failed: %1 (%2)")
            .arg(errorMessage, errorName));
}

PrivilegedClient::PrivilegedClient(QObject* parent, Route route)
    : QObject(parent)
    , m_route(route == Route::Automatic ? (geteuid() == 0 ? Route::InProcess : Route::Helper) : route)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

PrivilegedClient::~PrivilegedClient() = default;

void PrivilegedClient::setConnection(const QDBusConnection& connection)
{
    m_connection = connection;
}

void PrivilegedClient::setInProcessOptions(const RequestHandler::Options& options)
{
    m_inProcessOptions = options;
    m_handler.reset();
}

const RequestHandler& PrivilegedClient::handler()
{
    if (!m_handler)
        m_handler = std::make_unique<RequestHandler>(m_inProcessOptions);
    return *m_handler;
}

PendingOperation*
PrivilegedClient::start(Verb verb, const QVariantList& arguments,
                        const std::function<Checked<Request>(const RequestHandler&)>& prepare,
                        bool directFirst)
{
    auto* pending = new PendingOperation(verb, this);
    if (m_route == Route::Helper && directFirst) {
        const Checked<Request> request = prepare(handler());
        if (!request) {
            pending->finish(OperationResult::make(Outcome::Rejected, request.reason()));
            return pending;
        }
        const OperationResult direct = handler().run(*request);
        if (direct.errnoValue != EPERM && direct.errnoValue != EACCES) {
            pending->finish(direct);
            return pending;
        }
    }
    if (m_route == Route::InProcess) {
        const Checked<Request> request = prepare(handler());
        pending->finish(request ? handler().run(*request)
                                : OperationResult::make(Outcome::Rejected, request.reason()));
        return pending;
    }

    pending->setWentThroughHelper(true);
    QDBusMessage call = QDBusMessage::createMethodCall(
        QLatin1StringView(ids::service), QLatin1StringView(ids::objectPath),
        QLatin1StringView(ids::interface), QLatin1StringView(verbInfo(verb).method));
    call.setArguments(arguments);
    call.setInteractiveAuthorizationAllowed(m_interactive);
    const QDBusConnection connection = m_connection.value_or(QDBusConnection::systemBus());
    if (!connection.isConnected()) {
        pending->finish(resultForDBusError(QStringLiteral("org.freedesktop.DBus.Error.NoServer"), QString()));
        return pending;
    }
    auto* watcher = new QDBusPendingCallWatcher(connection.asyncCall(call, callTimeoutMs), pending);
    connect(watcher, &QDBusPendingCallWatcher::finished, pending, [pending](QDBusPendingCallWatcher* call) {
        const QDBusPendingReply<QVariantMap> reply = *call;
        call->deleteLater();
        if (reply.isError()) {
            pending->finish(resultForDBusError(reply.error().name(), reply.error().message()));
            return;
        }
        pending->finish(OperationResult::fromVariantMap(reply.value()));
    });
    return pending;
}

PendingOperation* PrivilegedClient::loadModule(const QString& name, const QMap<QString, QString>& parameters)
{
    return start(Verb::LoadModule, {name, QVariant::fromValue(parameters)},
                 [=](const RequestHandler& h) { return h.prepareLoadModule(name, parameters); });
}

PendingOperation* PrivilegedClient::loadModuleFile(const QString& path,
                                                   const QMap<QString, QString>& parameters)
{
    // The helper opens exactly the path it is given and refuses links; send the file's real path so that a
    // path through a link the user chose (Debian's /lib → /usr/lib) still names the same file.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString file = canonical.isEmpty() ? path : canonical;
    return start(Verb::LoadModuleFile, {file, QVariant::fromValue(parameters)},
                 [=](const RequestHandler& h) { return h.prepareLoadModuleFile(file, parameters); });
}

PendingOperation* PrivilegedClient::unloadModule(const QString& name)
{
    return start(Verb::UnloadModule, {name},
                 [=](const RequestHandler& h) { return h.prepareUnloadModule(name); });
}

PendingOperation* PrivilegedClient::writeModuleParameter(const QString& module, const QString& parameter,
                                                         const QString& value)
{
    return start(Verb::WriteModuleParameter, {module, parameter, value}, [=](const RequestHandler& h) {
        return h.prepareWriteModuleParameter(module, parameter, value);
    });
}

PendingOperation* PrivilegedClient::writeTunable(const QString& key, const QString& value)
{
    return start(Verb::WriteTunable, {key, value},
                 [=](const RequestHandler& h) { return h.prepareWriteTunable(key, value); });
}

PendingOperation* PrivilegedClient::signalProcess(const ProcessTarget& target, int signal)
{
    return start(
        Verb::SignalProcess,
        {QVariant::fromValue(target.pid), QVariant::fromValue(qulonglong(target.startTime)), signal},
        [=](const RequestHandler& h) { return h.prepareSignalProcess(target.pid, target.startTime, signal); },
        true);
}

PendingOperation* PrivilegedClient::reniceProcess(const ProcessTarget& target, int nice)
{
    return start(
        Verb::ReniceProcess,
        {QVariant::fromValue(target.pid), QVariant::fromValue(qulonglong(target.startTime)), nice},
        [=](const RequestHandler& h) { return h.prepareReniceProcess(target.pid, target.startTime, nice); },
        true);
}

PendingOperation* PrivilegedClient::setOomScoreAdj(const ProcessTarget& target, int value)
{
    return start(
        Verb::SetOomScoreAdj,
        {QVariant::fromValue(target.pid), QVariant::fromValue(qulonglong(target.startTime)), value},
        [=](const RequestHandler& h) { return h.prepareSetOomScoreAdj(target.pid, target.startTime, value); },
        true);
}

PendingOperation* PrivilegedClient::setAffinity(const ProcessTarget& target, const QList<int>& cpus)
{
    return start(
        Verb::SetAffinity,
        {QVariant::fromValue(target.pid), QVariant::fromValue(qulonglong(target.startTime)),
         QVariant::fromValue(cpus)},
        [=](const RequestHandler& h) { return h.prepareSetAffinity(target.pid, target.startTime, cpus); },
        true);
}

PrivilegedStream* PrivilegedClient::openStream(StreamSource source, qint32 pid, quint32 intervalMs,
                                               QObject* parent)
{
    auto* stream = new PrivilegedStream(source, parent);
    const QString name = streamSourceName(source);
    const Checked<Request> request = handler().prepareOpenStream(name, pid, intervalMs);
    if (!request) {
        stream->fail(OperationResult::make(Outcome::Rejected, request.reason()));
        return stream;
    }

    if (m_route == Route::InProcess) {
        // The helper's own reader, in this process, behind the same kind of pipe.
        const auto& wanted = std::get<StreamRequest>(request->arguments);
        int procDir = -1;
        if (wanted.source == StreamSource::Smaps) {
            const QString path = m_inProcessOptions.fs.hostPath(QStringLiteral("/proc/%1").arg(wanted.pid));
            procDir = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (procDir < 0) {
                stream->fail(OperationResult::failure(errno, tr("There is no process %1.").arg(wanted.pid)));
                return stream;
            }
        }
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            const int err = errno;
            if (procDir >= 0)
                ::close(procDir);
            stream->fail(OperationResult::failure(err, tr("Could not create a pipe for the stream.")));
            return stream;
        }
        ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
        auto* reader = new ReadStream(m_inProcessOptions.fs, wanted, procDir, fds[1]);
        if (const auto error = reader->start()) {
            delete reader;
            ::close(fds[0]);
            stream->fail(OperationResult::make(Outcome::Failed, error->message()));
            return stream;
        }
        stream->attachLocal(reader, fds[0]);
        return stream;
    }

    QDBusMessage call = QDBusMessage::createMethodCall(
        QLatin1StringView(ids::service), QLatin1StringView(ids::objectPath),
        QLatin1StringView(ids::interface), QLatin1StringView(verbInfo(Verb::OpenStream).method));
    call.setArguments({name, QVariant::fromValue(pid), QVariant::fromValue(intervalMs)});
    call.setInteractiveAuthorizationAllowed(m_interactive);
    const QDBusConnection connection = m_connection.value_or(QDBusConnection::systemBus());
    if (!connection.isConnected()) {
        stream->fail(resultForDBusError(QStringLiteral("org.freedesktop.DBus.Error.NoServer"), QString()));
        return stream;
    }
    auto* watcher = new QDBusPendingCallWatcher(connection.asyncCall(call, callTimeoutMs), stream);
    connect(watcher, &QDBusPendingCallWatcher::finished, stream, [stream](QDBusPendingCallWatcher* call) {
        const QDBusPendingReply<QDBusUnixFileDescriptor, QVariantMap> reply = *call;
        call->deleteLater();
        if (reply.isError()) {
            stream->fail(resultForDBusError(reply.error().name(), reply.error().message()));
            return;
        }
        const int fd = ::fcntl(reply.argumentAt<0>().fileDescriptor(), F_DUPFD_CLOEXEC, 0);
        if (fd < 0) {
            stream->fail(OperationResult::failure(errno, tr("The helper's stream could not be received.")));
            return;
        }
        stream->attach(fd);
    });
    return stream;
}

} // namespace kaleido::privileged
