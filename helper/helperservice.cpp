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
using privileged::ProcessTarget;
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
    , m_tunables(m_options.fs)
    , m_processes(m_options.fs)
    , m_modules(m_options.modules)
    , m_authority(new PolkitAuthority(bus, this))
    , m_queue(new RequestQueue(bus, m_authority, this))
    , m_streams(new StreamServer(m_options.fs, this))
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

int HelperService::possibleCpus() const
{
    // "0-7", "0", "0-3,8-11": one more than the highest CPU number.
    const auto text = m_options.fs.readFile(QStringLiteral("/sys/devices/system/cpu/possible"));
    if (text) {
        const QList<QByteArray> parts = text->trimmed().split(',');
        int highest = -1;
        for (const QByteArray& part : parts) {
            const QByteArray last = part.mid(part.lastIndexOf('-') + 1);
            bool ok = false;
            const int cpu = last.toInt(&ok);
            if (ok)
                highest = std::max(highest, cpu);
        }
        if (highest >= 0)
            return highest + 1;
    }
    return int(std::max(1L, ::sysconf(_SC_NPROCESSORS_CONF)));
}

// ---- modules
// ------------------------------------------------------------------------------------------------

QVariantMap HelperService::LoadModule(const QString& name, const QMap<QString, QString>& parameters)
{
    auto request =
        begin(Verb::LoadModule, QStringLiteral("name=%1 %2").arg(name, joinParameters(parameters)));
    const auto plan = m_modules.prepareLoad(name, parameters);
    if (!plan) {
        reject(*request, plan.reason());
        return {};
    }
    request->arguments =
        QStringLiteral("name=%1 path=%2 %3").arg(plan->name, plan->path, joinParameters(plan->parameters));
    request->details = {{QStringLiteral("module.name"), plan->name},
                        {QStringLiteral("module.path"), plan->path},
                        {QStringLiteral("module.parameters"), joinParameters(plan->parameters)}};
    request->perform = [this, name, parameters, first = *plan]() {
        // Resolve again: the module tree or modprobe.d may have changed while polkit was asking.
        const auto again = m_modules.prepareLoad(name, parameters);
        if (!again)
            return HelperRequest::Reply::rejection(again.reason());
        if (again->name != first.name || again->path != first.path || again->parameters != first.parameters)
            return HelperRequest::Reply::rejection(
                tr("The module resolved differently while authorization was pending; nothing was loaded."));
        return HelperRequest::Reply::fromResult(m_modules.load(*again));
    };
    submit(std::move(request));
    return {};
}

QVariantMap HelperService::LoadModuleFile(const QString& path, const QMap<QString, QString>& parameters)
{
    auto request =
        begin(Verb::LoadModuleFile, QStringLiteral("path=%1 %2").arg(path, joinParameters(parameters)));
    // The file is opened here, before polkit is asked; the descriptor in the plan is what gets loaded, so the
    // path cannot be pointed elsewhere while the password dialog is open.
    const auto plan = m_modules.prepareLoadFile(path, parameters);
    if (!plan) {
        reject(*request, plan.reason());
        return {};
    }
    request->arguments =
        QStringLiteral("path=%1 name=%2 %3").arg(plan->path, plan->name, joinParameters(plan->parameters));
    request->details = {{QStringLiteral("module.name"), plan->name},
                        {QStringLiteral("module.path"), plan->path},
                        {QStringLiteral("module.parameters"), joinParameters(plan->parameters)}};
    request->perform = [this, plan = *plan]() {
        return HelperRequest::Reply::fromResult(m_modules.loadFile(plan));
    };
    submit(std::move(request));
    return {};
}

QVariantMap HelperService::UnloadModule(const QString& name)
{
    auto request = begin(Verb::UnloadModule, QStringLiteral("name=") + name);
    const auto checked = m_modules.prepareUnload(name);
    if (!checked) {
        reject(*request, checked.reason());
        return {};
    }
    request->arguments = QStringLiteral("name=") + *checked;
    request->details = {{QStringLiteral("module.name"), *checked}};
    request->perform = [this, name]() {
        const auto again = m_modules.prepareUnload(name);
        if (!again)
            return HelperRequest::Reply::rejection(again.reason());
        return HelperRequest::Reply::fromResult(m_modules.unload(*again));
    };
    submit(std::move(request));
    return {};
}

QVariantMap HelperService::WriteModuleParameter(const QString& module, const QString& parameter,
                                                const QString& value)
{
    auto request = begin(Verb::WriteModuleParameter,
                         QStringLiteral("module=%1 parameter=%2 value=%3").arg(module, parameter, value));
    const auto write = m_modules.prepareParameterWrite(module, parameter, value);
    if (!write) {
        reject(*request, write.reason());
        return {};
    }
    request->arguments =
        QStringLiteral("module=%1 parameter=%2 value=%3").arg(write->module, write->parameter, write->value);
    request->details = {{QStringLiteral("module.name"), write->module},
                        {QStringLiteral("module.parameter"), write->parameter},
                        {QStringLiteral("module.value"), write->value}};
    request->perform = [this, module, parameter, value]() {
        const auto again = m_modules.prepareParameterWrite(module, parameter, value);
        if (!again)
            return HelperRequest::Reply::rejection(again.reason());
        return HelperRequest::Reply::fromResult(m_modules.writeParameter(*again));
    };
    submit(std::move(request));
    return {};
}

// ---- tunables
// -----------------------------------------------------------------------------------------------

QVariantMap HelperService::WriteTunable(const QString& key, const QString& value)
{
    auto request = begin(Verb::WriteTunable, QStringLiteral("key=%1 value=%2").arg(key, value));
    const Checked<QString> canonical = privileged::validateTunable(key, value);
    if (!canonical) {
        reject(*request, canonical.reason());
        return {};
    }
    request->arguments = QStringLiteral("key=%1 value=%2").arg(key, *canonical);
    request->details = {{QStringLiteral("tunable.key"), key}, {QStringLiteral("tunable.value"), *canonical}};
    // TunableWriter::write() validates again and writes its own canonical string, never the caller's bytes.
    request->perform = [this, key, value = *canonical]() {
        return HelperRequest::Reply::fromResult(m_tunables.write(key, value));
    };
    submit(std::move(request));
    return {};
}

// ---- processes
// ----------------------------------------------------------------------------------------------

std::shared_ptr<HelperRequest> HelperService::beginProcess(Verb verb, qint32 pid, quint64 startTime,
                                                           const QString& what,
                                                           std::optional<ProcessTarget>& target)
{
    auto request = begin(verb, QStringLiteral("pid=%1 start-time=%2 %3").arg(pid).arg(startTime).arg(what));
    const auto checked = privileged::validateProcessTarget(pid, startTime);
    if (!checked) {
        reject(*request, checked.reason());
        return {};
    }
    // A process that is gone (or whose PID now names another process) needs no password prompt.
    const auto resolved = m_processes.resolve(*checked);
    if (!resolved) {
        reject(*request, resolved.reason());
        return {};
    }
    target = *resolved;
    request->details = {{QStringLiteral("process.pid"), QString::number(target->pid)},
                        {QStringLiteral("process.start-time"), QString::number(target->startTime)}};
    return request;
}

namespace {

/// perform() for the process verbs: resolve again (PID reuse while polkit asked), then act.
template<typename Act>
std::function<HelperRequest::Reply()> processAction(const privileged::ProcessControl& processes,
                                                    ProcessTarget target, Act act)
{
    return [&processes, target, act]() {
        const auto again = processes.resolve(target);
        if (!again)
            return HelperRequest::Reply::rejection(again.reason());
        return HelperRequest::Reply::fromResult(act(*again));
    };
}

} // namespace

QVariantMap HelperService::SignalProcess(qint32 pid, quint64 startTime, qint32 signal)
{
    std::optional<ProcessTarget> target;
    auto request =
        beginProcess(Verb::SignalProcess, pid, startTime, QStringLiteral("signal=%1").arg(signal), target);
    if (!request)
        return {};
    const auto checked = privileged::validateSignal(signal);
    if (!checked) {
        reject(*request, checked.reason());
        return {};
    }
    request->details.insert(QStringLiteral("process.signal"), QString::number(*checked));
    request->perform = processAction(m_processes, *target, [this, sig = *checked](const ProcessTarget& t) {
        return m_processes.sendSignal(t, sig);
    });
    submit(std::move(request));
    return {};
}

QVariantMap HelperService::ReniceProcess(qint32 pid, quint64 startTime, qint32 nice)
{
    std::optional<ProcessTarget> target;
    auto request =
        beginProcess(Verb::ReniceProcess, pid, startTime, QStringLiteral("nice=%1").arg(nice), target);
    if (!request)
        return {};
    const auto checked = privileged::validateNice(nice);
    if (!checked) {
        reject(*request, checked.reason());
        return {};
    }
    request->details.insert(QStringLiteral("process.nice"), QString::number(*checked));
    request->perform = processAction(m_processes, *target, [this, value = *checked](const ProcessTarget& t) {
        return m_processes.renice(t, value);
    });
    submit(std::move(request));
    return {};
}

QVariantMap HelperService::SetOomScoreAdj(qint32 pid, quint64 startTime, qint32 value)
{
    std::optional<ProcessTarget> target;
    auto request = beginProcess(Verb::SetOomScoreAdj, pid, startTime,
                                QStringLiteral("oom-score-adj=%1").arg(value), target);
    if (!request)
        return {};
    const auto checked = privileged::validateOomScoreAdj(value);
    if (!checked) {
        reject(*request, checked.reason());
        return {};
    }
    request->details.insert(QStringLiteral("process.oom-score-adj"), QString::number(*checked));
    request->perform = processAction(m_processes, *target, [this, adj = *checked](const ProcessTarget& t) {
        return m_processes.setOomScoreAdj(t, adj);
    });
    submit(std::move(request));
    return {};
}

QVariantMap HelperService::SetAffinity(qint32 pid, quint64 startTime, const QList<int>& cpus)
{
    std::optional<ProcessTarget> target;
    auto request =
        beginProcess(Verb::SetAffinity, pid, startTime, QStringLiteral("cpus=") + joinNumbers(cpus), target);
    if (!request)
        return {};
    const auto checked = privileged::validateAffinity(cpus, possibleCpus());
    if (!checked) {
        reject(*request, checked.reason());
        return {};
    }
    request->details.insert(QStringLiteral("process.cpus"), joinNumbers(*checked));
    request->perform = processAction(m_processes, *target, [this, set = *checked](const ProcessTarget& t) {
        return m_processes.setAffinity(t, set);
    });
    submit(std::move(request));
    return {};
}

// ---- streams
// ------------------------------------------------------------------------------------------------

QDBusUnixFileDescriptor HelperService::OpenStream(const QString& source, qint32 pid, quint32 intervalMs,
                                                  QVariantMap& info)
{
    Q_UNUSED(info)
    auto request =
        begin(Verb::OpenStream,
              QStringLiteral("source=%1 pid=%2 interval-ms=%3").arg(source).arg(pid).arg(intervalMs));
    const auto checked = privileged::validateStreamRequest(source, pid, intervalMs);
    if (!checked) {
        reject(*request, checked.reason());
        return {};
    }
    const auto prepared = m_streams->prepare(*checked);
    if (!prepared) {
        reject(*request, prepared.reason());
        return {};
    }
    const QString name = privileged::streamSourceName(checked->source);
    request->arguments = QStringLiteral("source=%1 pid=%2 interval-ms=%3")
                             .arg(name)
                             .arg(checked->pid)
                             .arg(checked->intervalMs);
    request->details = {{QStringLiteral("stream.source"), name}};
    if (checked->source == privileged::StreamSource::Smaps)
        request->details.insert(QStringLiteral("stream.pid"), QString::number(checked->pid));
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
