// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pendingoperation.h"
#include "privilegedstream.h"
#include "processcontrol.h"
#include "requesthandler.h"

#include <QDBusConnection>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

namespace kaleido::privileged {

/**
 * How the app asks for privileged operations. Every call returns at once with a PendingOperation whose
 * finished() carries the structured result. A normal user's requests go to kaleido-helper over the system bus
 * (polkit may show a password dialog); when the app itself runs as root they run in-process with the same
 * validation (RequestHandler) and no D-Bus. Signals, nice, oom_score_adj and affinity are tried as the user
 * first and escalate to the helper only when the kernel says EPERM.
 */
class PrivilegedClient : public QObject
{
    Q_OBJECT

public:
    enum class Route
    {
        Automatic, ///< InProcess when the effective user is root, Helper otherwise
        Helper,
        InProcess,
    };

    explicit PrivilegedClient(QObject* parent = nullptr, Route route = Route::Automatic);
    ~PrivilegedClient() override;

    /// The route requests take (never Automatic).
    Route route() const { return m_route; }

    /// Talk to the helper on @p connection instead of the system bus (tests use a private bus).
    void setConnection(const QDBusConnection& connection);
    /// Options for the in-process route (tests point it at a temporary root).
    void setInProcessOptions(const RequestHandler::Options& options);
    /// Whether polkit may ask for a password (default true; false for scripts that must not block).
    void setInteractive(bool interactive) { m_interactive = interactive; }

    PendingOperation* loadModule(const QString& name, const QMap<QString, QString>& parameters = {});
    PendingOperation* loadModuleFile(const QString& path, const QMap<QString, QString>& parameters = {});
    PendingOperation* unloadModule(const QString& name);
    PendingOperation* writeModuleParameter(const QString& module, const QString& parameter,
                                           const QString& value);
    PendingOperation* writeTunable(const QString& key, const QString& value);
    PendingOperation* signalProcess(const ProcessTarget& target, int signal);
    PendingOperation* reniceProcess(const ProcessTarget& target, int nice);
    PendingOperation* setOomScoreAdj(const ProcessTarget& target, int value);
    PendingOperation* setAffinity(const ProcessTarget& target, const QList<int>& cpus);

    /// Opens a root-only source as a stream of frames every @p intervalMs (@p pid for Smaps, else 0). The
    /// stream belongs to the caller; delete it to stop.
    PrivilegedStream* openStream(StreamSource source, qint32 pid, quint32 intervalMs,
                                 QObject* parent = nullptr);

    /// The milliseconds a helper call may take (a polkit dialog waits for the user).
    static constexpr int callTimeoutMs = 5 * 60 * 1000;

private:
    /// With @p directFirst (process verbs), a helper-route request is first tried as the user: only a
    /// permission error escalates to the helper, so one's own processes never cause a password prompt.
    PendingOperation* start(Verb verb, const QVariantList& arguments,
                            const std::function<Checked<Request>(const RequestHandler&)>& prepare,
                            bool directFirst = false);
    const RequestHandler& handler();

    Route m_route;
    bool m_interactive = true;
    std::optional<QDBusConnection> m_connection;
    RequestHandler::Options m_inProcessOptions;
    std::unique_ptr<RequestHandler> m_handler;
};

/// The OperationResult for a D-Bus error reply from (or on the way to) the helper.
OperationResult resultForDBusError(const QString& errorName, const QString& errorMessage);

} // namespace kaleido::privileged
