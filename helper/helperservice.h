// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperids.h"
#include "helperrequest.h"
#include "kernelfs.h"
#include "moduleoperations.h"
#include "processcontrol.h"
#include "tunables.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusServiceWatcher>
#include <QDBusUnixFileDescriptor>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <memory>
#include <string_view>

namespace kaleido::helper {

class PolkitAuthority;
class RequestQueue;
class StreamServer;

/**
 * The helper's D-Bus object: one method per row of the verb table (verbs.cpp), with exactly its signature.
 *
 * Every call: validate with the core validators (a Rejection is answered with InvalidArgument at once, and
 * polkit is not asked, so garbage never causes a password prompt) → queue → ask polkit for the verb's action
 * about the caller's unique bus name, with details the helper composed → if authorized, re-validate and
 * perform → reply a{sv} (OperationResult) → one audit line. Replies go to the caller only; the helper emits
 * no signals.
 */
class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kaleido.Kaleido.Helper1")

public:
    struct Options
    {
        KernelFs fs;                                   ///< "/" in the installed helper
        privileged::ModuleOperations::Options modules; ///< defaults in the installed helper
        int idleSeconds = privileged::ids::idleExitSeconds;
    };

    HelperService(QDBusConnection bus, Options options, QObject* parent = nullptr);
    ~HelperService() override;

public Q_SLOTS:
    Q_SCRIPTABLE QVariantMap LoadModule(const QString& name, const QMap<QString, QString>& parameters);
    Q_SCRIPTABLE QVariantMap LoadModuleFile(const QString& path, const QMap<QString, QString>& parameters);
    Q_SCRIPTABLE QVariantMap UnloadModule(const QString& name);
    Q_SCRIPTABLE QVariantMap WriteModuleParameter(const QString& module, const QString& parameter,
                                                  const QString& value);
    Q_SCRIPTABLE QVariantMap WriteTunable(const QString& key, const QString& value);
    Q_SCRIPTABLE QVariantMap SignalProcess(qint32 pid, quint64 startTime, qint32 signal);
    Q_SCRIPTABLE QVariantMap ReniceProcess(qint32 pid, quint64 startTime, qint32 nice);
    Q_SCRIPTABLE QVariantMap SetOomScoreAdj(qint32 pid, quint64 startTime, qint32 value);
    Q_SCRIPTABLE QVariantMap SetAffinity(qint32 pid, quint64 startTime, const QList<int>& cpus);
    Q_SCRIPTABLE QDBusUnixFileDescriptor OpenStream(const QString& source, qint32 pid, quint32 intervalMs,
                                                    QVariantMap& info);

private:
    std::shared_ptr<HelperRequest> begin(privileged::Verb verb, const QString& rawArguments);
    void reject(const HelperRequest& request, const QString& reason);
    void submit(std::shared_ptr<HelperRequest> request);
    std::shared_ptr<HelperRequest> beginProcess(privileged::Verb verb, qint32 pid, quint64 startTime,
                                                const QString& what,
                                                std::optional<privileged::ProcessTarget>& target);
    void watchCaller(const QString& caller);
    void releaseCaller(const QString& caller);
    void updateIdle();
    int possibleCpus() const;

    QDBusConnection m_bus;
    Options m_options;
    privileged::TunableWriter m_tunables;
    privileged::ProcessControl m_processes;
    privileged::ModuleOperations m_modules;
    PolkitAuthority* m_authority;
    RequestQueue* m_queue;
    StreamServer* m_streams;
    QDBusServiceWatcher m_callers;
    QTimer m_idle;
};

static_assert(std::string_view(privileged::ids::interface) == "org.kaleido.Kaleido.Helper1",
              "Q_CLASSINFO above must name ids::interface");

} // namespace kaleido::helper
