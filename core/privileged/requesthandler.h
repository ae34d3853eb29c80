// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"
#include "kernelfs.h"
#include "moduleoperations.h"
#include "operationresult.h"
#include "processcontrol.h"
#include "streamsource.h"
#include "verbs.h"

#include <QList>
#include <QMap>
#include <QString>

#include <variant>

namespace kaleido::privileged {

struct TunableRequest
{
    QString key;
    QString value; ///< canonical
};

struct ProcessRequest
{
    ProcessTarget target;
    int value = 0; ///< signal number, nice value or oom_score_adj, by verb
};

struct AffinityRequest
{
    ProcessTarget target;
    QList<int> cpus;
};

/**
 * A request whose arguments passed validation: what will be authorized and run. `details` go to polkit (so an
 * administrator's rule can match e.g. module.name) and, with `summary`, to the audit log.
 */
struct Request
{
    Verb verb = Verb::WriteTunable;
    std::variant<ModuleLoadPlan, ModuleFilePlan, QString, ModuleParameterWrite, TunableRequest,
                 ProcessRequest, AffinityRequest, StreamRequest>
        arguments; ///< QString: the module to unload
    QMap<QString, QString> details;
    QString summary; ///< canonical arguments in one line, e.g. "vm.swappiness=10"
};

/**
 * Validates and runs privileged requests, one prepare function per verb with the D-Bus method's arguments.
 * kaleido-helper calls prepare…(), asks polkit, then run(); a root GUI (PrivilegedClient in-process) calls
 * the same two without D-Bus. Nothing reaches polkit or the kernel that prepare…() refused.
 */
class RequestHandler
{
public:
    struct Options
    {
        KernelFs fs = KernelFs();          ///< /proc and /sys: "/" in production
        ModuleOperations::Options modules; ///< its fs is replaced by the one above
    };

    RequestHandler();
    explicit RequestHandler(Options options);

    Checked<Request> prepareLoadModule(const QString& name, const QMap<QString, QString>& parameters) const;
    Checked<Request> prepareLoadModuleFile(const QString& path,
                                           const QMap<QString, QString>& parameters) const;
    Checked<Request> prepareUnloadModule(const QString& name) const;
    Checked<Request> prepareWriteModuleParameter(const QString& module, const QString& parameter,
                                                 const QString& value) const;
    Checked<Request> prepareWriteTunable(const QString& key, const QString& value) const;
    Checked<Request> prepareSignalProcess(qint32 pid, quint64 startTime, int signal) const;
    Checked<Request> prepareReniceProcess(qint32 pid, quint64 startTime, int nice) const;
    Checked<Request> prepareSetOomScoreAdj(qint32 pid, quint64 startTime, int value) const;
    Checked<Request> prepareSetAffinity(qint32 pid, quint64 startTime, const QList<int>& cpus) const;
    Checked<Request> prepareOpenStream(const QString& source, qint32 pid, quint32 intervalMs) const;

    /// Runs a prepared request (not OpenStream: streams are served by whoever holds the caller's pipe).
    OperationResult run(const Request& request) const;

    const KernelFs& fs() const { return m_options.fs; }

private:
    Options m_options;
    ModuleOperations m_modules;
};

} // namespace kaleido::privileged
