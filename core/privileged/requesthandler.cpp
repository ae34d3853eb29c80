// SPDX-License-Identifier: GPL-2.0-or-later
#include "requesthandler.h"

#include "tunables.h"

#include <QCoreApplication>

#include <unistd.h>

namespace kaleido::privileged {

namespace {

QString parameterList(const QMap<QString, QString>& parameters)
{
    QStringList parts;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QLatin1Char(' '));
}

Checked<ProcessRequest> processRequest(qint32 pid, quint64 startTime, Checked<int> value)
{
    const Checked<ProcessTarget> target = validateProcessTarget(pid, startTime);
    if (!target)
        return Rejection{target.reason()};
    if (!value)
        return Rejection{value.reason()};
    return ProcessRequest{*target, *value};
}

Request processDetails(Verb verb, const ProcessRequest& request, const char* valueKey)
{
    Request out;
    out.verb = verb;
    out.arguments = request;
    const QString pid = QString::number(request.target.pid);
    const QString value = QString::number(request.value);
    out.details = {{QStringLiteral("process.pid"), pid}, {QLatin1StringView(valueKey), value}};
    out.summary =
        QStringLiteral("pid=%1 start=%2 %3=%4")
            .arg(pid, QString::number(request.target.startTime), QLatin1StringView(valueKey), value);
    return out;
}

int possibleCpus()
{
    const long configured = sysconf(_SC_NPROCESSORS_CONF);
    return configured > 0 ? static_cast<int>(configured) : 1;
}

} // namespace

RequestHandler::RequestHandler()
    : RequestHandler(Options{})
{}

RequestHandler::RequestHandler(Options options)
    : m_options(std::move(options))
{
    m_options.modules.fs = m_options.fs;
    m_modules = ModuleOperations(m_options.modules);
}

Checked<Request> RequestHandler::prepareLoadModule(const QString& name,
                                                   const QMap<QString, QString>& parameters) const
{
    Checked<ModuleLoadPlan> plan = m_modules.prepareLoad(name, parameters);
    if (!plan)
        return Rejection{plan.reason()};
    Request request{Verb::LoadModule, *plan, {}, {}};
    request.details = {{QStringLiteral("module.name"), plan->name},
                       {QStringLiteral("module.path"), plan->path},
                       {QStringLiteral("module.parameters"), parameterList(plan->parameters)}};
    request.summary = QString(plan->name + QLatin1Char(' ') + parameterList(plan->parameters)).trimmed();
    return request;
}

Checked<Request> RequestHandler::prepareLoadModuleFile(const QString& path,
                                                       const QMap<QString, QString>& parameters) const
{
    Checked<ModuleFilePlan> plan = m_modules.prepareLoadFile(path, parameters);
    if (!plan)
        return Rejection{plan.reason()};
    Request request{Verb::LoadModuleFile, *plan, {}, {}};
    request.details = {{QStringLiteral("module.name"), plan->name},
                       {QStringLiteral("module.path"), plan->path},
                       {QStringLiteral("module.parameters"), parameterList(plan->parameters)}};
    request.summary = QString(plan->path + QLatin1Char(' ') + parameterList(plan->parameters)).trimmed();
    return request;
}

Checked<Request> RequestHandler::prepareUnloadModule(const QString& name) const
{
    Checked<QString> module = m_modules.prepareUnload(name);
    if (!module)
        return Rejection{module.reason()};
    return Request{Verb::UnloadModule, *module, {{QStringLiteral("module.name"), *module}}, *module};
}

Checked<Request> RequestHandler::prepareWriteModuleParameter(const QString& module, const QString& parameter,
                                                             const QString& value) const
{
    Checked<ModuleParameterWrite> write = m_modules.prepareParameterWrite(module, parameter, value);
    if (!write)
        return Rejection{write.reason()};
    Request request{Verb::WriteModuleParameter, *write, {}, {}};
    request.details = {{QStringLiteral("module.name"), write->module},
                       {QStringLiteral("module.parameter"), write->parameter},
                       {QStringLiteral("module.value"), write->value}};
    request.summary = write->module + QLatin1Char('.') + write->parameter + QLatin1Char('=') + write->value;
    return request;
}

Checked<Request> RequestHandler::prepareWriteTunable(const QString& key, const QString& value) const
{
    Checked<QString> canonical = validateTunable(key, value);
    if (!canonical)
        return Rejection{canonical.reason()};
    Request request{Verb::WriteTunable, TunableRequest{key, *canonical}, {}, {}};
    request.details = {{QStringLiteral("tunable.key"), key}, {QStringLiteral("tunable.value"), *canonical}};
    request.summary = key + QLatin1Char('=') + *canonical;
    return request;
}

Checked<Request> RequestHandler::prepareSignalProcess(qint32 pid, quint64 startTime, int signal) const
{
    const Checked<ProcessRequest> request = processRequest(pid, startTime, validateSignal(signal));
    if (!request)
        return Rejection{request.reason()};
    return processDetails(Verb::SignalProcess, *request, "process.signal");
}

Checked<Request> RequestHandler::prepareReniceProcess(qint32 pid, quint64 startTime, int nice) const
{
    const Checked<ProcessRequest> request = processRequest(pid, startTime, validateNice(nice));
    if (!request)
        return Rejection{request.reason()};
    return processDetails(Verb::ReniceProcess, *request, "process.nice");
}

Checked<Request> RequestHandler::prepareSetOomScoreAdj(qint32 pid, quint64 startTime, int value) const
{
    const Checked<ProcessRequest> request = processRequest(pid, startTime, validateOomScoreAdj(value));
    if (!request)
        return Rejection{request.reason()};
    return processDetails(Verb::SetOomScoreAdj, *request, "process.oom_score_adj");
}

Checked<Request> RequestHandler::prepareSetAffinity(qint32 pid, quint64 startTime,
                                                    const QList<int>& cpus) const
{
    const Checked<ProcessTarget> target = validateProcessTarget(pid, startTime);
    if (!target)
        return Rejection{target.reason()};
    const Checked<QList<int>> valid = validateAffinity(cpus, possibleCpus());
    if (!valid)
        return Rejection{valid.reason()};
    QStringList list;
    for (int cpu : *valid)
        list.append(QString::number(cpu));
    Request request{Verb::SetAffinity, AffinityRequest{*target, *valid}, {}, {}};
    request.details = {{QStringLiteral("process.pid"), QString::number(pid)},
                       {QStringLiteral("process.cpus"), list.join(QLatin1Char(','))}};
    request.summary = QStringLiteral("pid=%1 start=%2 cpus=%3")
                          .arg(QString::number(pid), QString::number(startTime), list.join(QLatin1Char(',')));
    return request;
}

Checked<Request> RequestHandler::prepareOpenStream(const QString& source, qint32 pid,
                                                   quint32 intervalMs) const
{
    const Checked<StreamRequest> stream = validateStreamRequest(source, pid, intervalMs);
    if (!stream)
        return Rejection{stream.reason()};
    Request request{Verb::OpenStream, *stream, {}, {}};
    const QString name = streamSourceName(stream->source);
    request.details = {{QStringLiteral("stream.source"), name}};
    request.summary = name;
    if (stream->source == StreamSource::Smaps) {
        request.details.insert(QStringLiteral("process.pid"), QString::number(stream->pid));
        request.summary += QStringLiteral(" pid=%1").arg(stream->pid);
    }
    request.summary += QStringLiteral(" every %1 ms").arg(stream->intervalMs);
    return request;
}

OperationResult RequestHandler::run(const Request& request) const
{
    const ProcessControl processes(m_options.fs);
    switch (request.verb) {
    case Verb::LoadModule:
        return m_modules.load(std::get<ModuleLoadPlan>(request.arguments));
    case Verb::LoadModuleFile:
        return m_modules.loadFile(std::get<ModuleFilePlan>(request.arguments));
    case Verb::UnloadModule:
        return m_modules.unload(std::get<QString>(request.arguments));
    case Verb::WriteModuleParameter:
        return m_modules.writeParameter(std::get<ModuleParameterWrite>(request.arguments));
    case Verb::WriteTunable: {
        const auto& tunable = std::get<TunableRequest>(request.arguments);
        return TunableWriter(m_options.fs).write(tunable.key, tunable.value);
    }
    case Verb::SignalProcess: {
        const auto& process = std::get<ProcessRequest>(request.arguments);
        return processes.sendSignal(process.target, process.value);
    }
    case Verb::ReniceProcess: {
        const auto& process = std::get<ProcessRequest>(request.arguments);
        return processes.renice(process.target, process.value);
    }
    case Verb::SetOomScoreAdj: {
        const auto& process = std::get<ProcessRequest>(request.arguments);
        return processes.setOomScoreAdj(process.target, process.value);
    }
    case Verb::SetAffinity: {
        const auto& affinity = std::get<AffinityRequest>(request.arguments);
        return processes.setAffinity(affinity.target, affinity.cpus);
    }
    case Verb::OpenStream:
        break;
    }
    return OperationResult::make(
        OperationResult::Outcome::Failed,
        QCoreApplication::translate("kaleido::privileged::RequestHandler",
                                    "A stream is opened by the helper, not run as an operation."));
}

} // namespace kaleido::privileged
