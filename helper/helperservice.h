// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperids.h"
#include "helperrequest.h"
#include "requesthandler.h"

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
 * Every call: validate with RequestHandler::prepare…() (a Rejection is answered with InvalidArgument at once,
 * and polkit is not asked, so garbage never causes a password prompt) → queue → ask polkit for the verb's
 * action about the caller's unique bus name, with the details prepare…() composed → if authorized,
 * RequestHandler::run(), which checks again what may have changed meanwhile (the process's start time, the
 * module file, the tunable's grammar) → reply a{sv} (OperationResult) → one audit line. Replies go to the
 * caller only; the helper emits no signals.
 */
class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kaleido.Kaleido.Helper1")

public:
    struct Options
    {
        privileged::RequestHandler::Options handler; ///< "/" and libkmod's defaults in the installed helper
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
    /// Rejects, or queues @p prepared to be authorized and run.
    void handle(privileged::Verb verb, const QString& rawArguments,
                const privileged::Checked<privileged::Request>& prepared);
    void reject(const HelperRequest& request, const QString& reason);
    void submit(std::shared_ptr<HelperRequest> request);
    void watchCaller(const QString& caller);
    void releaseCaller(const QString& caller);
    void updateIdle();

    QDBusConnection m_bus;
    Options m_options;
    privileged::RequestHandler m_handler;
    PolkitAuthority* m_authority;
    RequestQueue* m_queue;
    StreamServer* m_streams;
    QDBusServiceWatcher m_callers;
    QTimer m_idle;
};

static_assert(std::string_view(privileged::ids::interface) == "org.kaleido.Kaleido.Helper1",
              "Q_CLASSINFO above must name ids::interface");

} // namespace kaleido::helper
