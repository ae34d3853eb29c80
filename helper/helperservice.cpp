// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperservice.h"

#include "auditlog.h"
#include "polkitauthority.h"
#include "requestqueue.h"
#include "streamserver.h"
#include "streamsource.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>

#include <unistd.h>

namespace kaleido::helper {

using privileged::Checked;
using privileged::OperationResult;
using privileged::Verb;

namespace {

QString joinParameters(const QMap<QString, QString>& parameters)
{
    QStringList pairs;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value());
    return pairs.join(QLatin1Char(' '));
}

QString joinNumbers(const QList<int>& numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts.append(QString::number(n));
    return parts.join(QLatin1Char(','));
}

} // namespace

HelperService::HelperService(QDBusConnection bus, Options options, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_options(std::move(options))
    , m_handler(m_options.handler)
    , m_authority(new PolkitAuthority(bus, this))
    , m_queue(new RequestQueue(bus, m_authority, this))
    , m_streams(new StreamServer(m_handler.fs(), this))
    , m_callers(QString(), bus, QDBusServiceWatcher::WatchForUnregistration)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();

    connect(&m_callers, &QDBusServiceWatcher::serviceUnregistered, this, [this](const QString& caller) {
        m_queue->callerLeft(caller);
        m_streams->callerLeft(caller);
        releaseCaller(caller);
    });
    connect(m_queue, &RequestQueue::requestFinished, this, [this](const QString& caller) {
        releaseCaller(caller);
        updateIdle();
    });
    connect(m_streams, &StreamServer::streamClosed, this, [this](const QString& caller, const QString&) {
        releaseCaller(caller);
        updateIdle();
    });

    m_idle.setSingleShot(true);
    m_idle.setInterval(std::max(1, m_options.idleSeconds) * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_queue->isIdle() && m_streams->count() == 0)
            QCoreApplication::quit();
    });
    updateIdle();
}

HelperService::~HelperService() = default;

std::shared_ptr<HelperRequest> HelperService::begin(Verb verb, const QString& rawArguments)
{
    m_idle.stop();
    setDelayedReply(true);
    auto request = std::make_shared<HelperRequest>();
    request->verb = verb;
    request->message = message();
    request->caller = message().service();
    request->arguments = rawArguments;
    if (QDBusConnectionInterface* bus = m_bus.interface()) {
        const QDBusReply<uint> uid = bus->serviceUid(request->caller);
        if (uid.isValid())
            request->uid = uid.value();
        const QDBusReply<uint> pid = bus->servicePid(request->caller);
        if (pid.isValid())
            request->pid = pid.value();
    }
    return request;
}

void HelperService::reject(const HelperRequest& request, const QString& reason)
{
    m_bus.send(
        request.message.createErrorReply(QLatin1StringView(privileged::ids::errorInvalidArgument), reason));
    AuditLog::Entry entry;
    entry.caller = request.caller;
    entry.uid = request.uid;
    entry.pid = request.pid;
    entry.verb = QLatin1StringView(privileged::verbInfo(request.verb).method);
    entry.arguments = request.arguments;
    entry.polkit = QStringLiteral("not-asked");
    entry.outcome = QStringLiteral("rejected");
    entry.detail = reason;
    AuditLog::write(entry);
    updateIdle();
}

void HelperService::submit(std::shared_ptr<HelperRequest> request)
{
    const QString caller = request->caller;
    const HelperRequest copy = *request;
    if (!m_queue->submit(std::move(request))) {
        m_bus.send(copy.message.createErrorReply(
            QLatin1StringView(privileged::ids::errorFailed),
            tr("The helper is busy with other requests; try again when they are done.")));
        AuditLog::Entry entry;
        entry.caller = copy.caller;
        entry.uid = copy.uid;
        entry.pid = copy.pid;
        entry.verb = QLatin1StringView(privileged::verbInfo(copy.verb).method);
        entry.arguments = copy.arguments;
        entry.polkit = QStringLiteral("not-asked");
        entry.outcome = QStringLiteral("busy");
        AuditLog::write(entry);
        updateIdle();
        return;
    }
    watchCaller(caller);
}

void HelperService::watchCaller(const QString& caller)
{
    if (!m_callers.watchedServices().contains(caller))
        m_callers.addWatchedService(caller);
}

void HelperService::releaseCaller(const QString& caller)
{
    if (!m_queue->hasCaller(caller) && !m_streams->hasCaller(caller))
        m_callers.removeWatchedService(caller);
}

void HelperService::updateIdle()
{
    if (m_queue->isIdle() && m_streams->count() == 0)
        m_idle.start();
    else
        m_idle.stop();
}

// ---- verbs
// --------------------------------------------------------------------------------------------------

void HelperService::handle(Verb verb, const QString& rawArguments,
                           const Checked<privileged::Request>& prepared)
{
    auto request = begin(verb, rawArguments);
    if (!prepared) {
        reject(*request, prepared.reason());
        return;
    }
    request->arguments = prepared->summary;
    request->details = prepared->details;
    request->perform = [this, prepared = *prepared]() {
        return HelperRequest::Reply::fromResult(m_handler.run(prepared));
    };
    submit(std::move(request));
}

QVariantMap HelperService::LoadModule(const QString& name, const QMap<QString, QString>& parameters)
{
    handle(Verb::LoadModule, name + QLatin1Char(' ') + joinParameters(parameters),
           m_handler.prepareLoadModule(name, parameters));
    return {};
}

QVariantMap HelperService::LoadModuleFile(const QString& path, const QMap<QString, QString>& parameters)
{
    // The file is opened while preparing, before polkit is asked; the descriptor in the plan is what gets
    // loaded, so the path cannot be pointed elsewhere while the password dialog is open.
    handle(Verb::LoadModuleFile, path + QLatin1Char(' ') + joinParameters(parameters),
           m_handler.prepareLoadModuleFile(path, parameters));
    return {};
}

QVariantMap HelperService::UnloadModule(const QString& name)
{
    handle(Verb::UnloadModule, name, m_handler.prepareUnloadModule(name));
    return {};
}

QVariantMap HelperService::WriteModuleParameter(const QString& module, const QString& parameter,
                                                const QString& value)
{
    handle(Verb::WriteModuleParameter, module + QLatin1Char('.') + parameter + QLatin1Char('=') + value,
           m_handler.prepareWriteModuleParameter(module, parameter, value));
    return {};
}

QVariantMap HelperService::WriteTunable(const QString& key, const QString& value)
{
    // TunableWriter::write() validates again and writes its own canonical string, never the caller's bytes.
    handle(Verb::WriteTunable, key + QLatin1Char('=') + value, m_handler.prepareWriteTunable(key, value));
    return {};
}

QVariantMap HelperService::SignalProcess(qint32 pid, quint64 startTime, qint32 signal)
{
    handle(Verb::SignalProcess,
           QStringLiteral("pid=%1 start=%2 signal=%3").arg(pid).arg(startTime).arg(signal),
           m_handler.prepareSignalProcess(pid, startTime, signal));
    return {};
}

QVariantMap HelperService::ReniceProcess(qint32 pid, quint64 startTime, qint32 nice)
{
    handle(Verb::ReniceProcess, QStringLiteral("pid=%1 start=%2 nice=%3").arg(pid).arg(startTime).arg(nice),
           m_handler.prepareReniceProcess(pid, startTime, nice));
    return {};
}

QVariantMap HelperService::SetOomScoreAdj(qint32 pid, quint64 startTime, qint32 value)
{
    handle(Verb::SetOomScoreAdj,
           QStringLiteral("pid=%1 start=%2 oom_score_adj=%3").arg(pid).arg(startTime).arg(value),
           m_handler.prepareSetOomScoreAdj(pid, startTime, value));
    return {};
}

QVariantMap HelperService::SetAffinity(qint32 pid, quint64 startTime, const QList<int>& cpus)
{
    handle(Verb::SetAffinity,
           QStringLiteral("pid=%1 start=%2 cpus=%3").arg(pid).arg(startTime).arg(joinNumbers(cpus)),
           m_handler.prepareSetAffinity(pid, startTime, cpus));
    return {};
}

// ---- streams
// ------------------------------------------------------------------------------------------------

QDBusUnixFileDescriptor HelperService::OpenStream(const QString& source, qint32 pid, quint32 intervalMs,
                                                  QVariantMap& info)
{
    Q_UNUSED(info)
    auto request =
        begin(Verb::OpenStream, QStringLiteral("%1 pid=%2 every %3 ms").arg(source).arg(pid).arg(intervalMs));
    const auto checked = m_handler.prepareOpenStream(source, pid, intervalMs);
    if (!checked) {
        reject(*request, checked.reason());
        return {};
    }
    // For smaps, /proc/PID is opened now: the stream follows this process, not whatever later has its PID.
    const auto prepared = m_streams->prepare(std::get<privileged::StreamRequest>(checked->arguments));
    if (!prepared) {
        reject(*request, prepared.reason());
        return {};
    }
    request->arguments = checked->summary;
    request->details = checked->details;
    request->perform = [this, caller = request->caller, prepared = *prepared]() {
        auto opened = m_streams->open(caller, prepared);
        HelperRequest::Reply reply;
        if (auto* failure = std::get_if<QString>(&opened)) {
            reply.failed = *failure;
            return reply;
        }
        auto& ok = std::get<StreamServer::Opened>(opened);
        // The caller may have left while polkit was asking; its stream must not outlive it.
        if (QDBusConnectionInterface* bus = m_bus.interface();
            bus && !bus->isServiceRegistered(caller).value())
            m_streams->callerLeft(caller);
        QVariantMap streamInfo =
            OperationResult::success(
                tr("Streaming %1.").arg(ok.info.value(QStringLiteral("source")).toString()))
                .toVariantMap();
        streamInfo.insert(ok.info);
        reply.arguments = {QVariant::fromValue(ok.fd), streamInfo};
        return reply;
    };
    submit(std::move(request));
    return {};
}

} // namespace kaleido::helper
