// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusConnection>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace kaleido::helper {

/**
 * Asks polkit (org.freedesktop.PolicyKit1 on the system bus) whether a D-Bus caller may perform an action,
 * without blocking: CheckAuthorization is sent asynchronously and the answer arrives in a callback.
 *
 * The subject is always the caller's unique bus name ("system-bus-name"), which the bus daemon vouches for;
 * polkit resolves it to the process and user itself. Nothing the caller says about itself is used.
 */
class PolkitAuthority : public QObject
{
    Q_OBJECT

public:
    enum class Decision
    {
        Authorized,
        Denied,      ///< polkit said no (including: authentication needed but interaction not allowed)
        Unreachable, ///< no polkit on the bus, an error reply or a timeout: treated as a denial
    };

    struct Answer
    {
        Decision decision = Decision::Denied;
        bool challenge = false; ///< polkit would have asked for a password had interaction been allowed
        QString detail;         ///< for the audit log: the D-Bus error, or empty
    };

    using Callback = std::function<void(const Answer&)>;

    /// A password dialog can stay open for minutes; after this the check counts as unreachable.
    static constexpr int timeoutMs = 5 * 60 * 1000;

    explicit PolkitAuthority(QDBusConnection bus, QObject* parent = nullptr);

    /**
     * Starts CheckAuthorization for @p busName and @p actionId with @p details (visible to .rules files
     * through action.lookup()). @p allowInteraction sets AllowUserInteraction, so an agent may prompt.
     * @p done is called exactly once, later, from the event loop. Returns the cancellation id.
     */
    QString check(const QString& busName, const QString& actionId, const QMap<QString, QString>& details,
                  bool allowInteraction, Callback done);

    /// Asks polkit to give up a check still waiting (the caller left); its callback then reports a denial.
    void cancel(const QString& cancellationId);

private:
    QDBusConnection m_bus;
    quint64 m_nextCancellationId = 1;
};

} // namespace kaleido::helper
