// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperrequest.h"
#include "polkitauthority.h"

#include <QDBusConnection>
#include <QObject>
#include <QQueue>

#include <memory>

namespace kaleido::helper {

/**
 * Runs validated requests one at a time: ask polkit for the request's action, and if it says yes, perform
 * the operation and reply. Requests that arrive meanwhile wait in line (a polkit dialog can take minutes, and
 * answering "busy" would make other callers retry blindly); the line is bounded, overall and per caller.
 */
class RequestQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximumQueued = 32;
    static constexpr int maximumQueuedPerCaller = 4;

    RequestQueue(QDBusConnection bus, PolkitAuthority* authority, QObject* parent = nullptr);

    /// Takes @p request into line; false (nothing taken) when the line is full.
    bool submit(std::shared_ptr<HelperRequest> request);

    bool isIdle() const { return !m_current && m_waiting.isEmpty(); }
    bool hasCaller(const QString& caller) const;

    /// @p caller left the bus: forget its waiting requests and withdraw its polkit check.
    void callerLeft(const QString& caller);

Q_SIGNALS:
    /// A request was answered (or dropped); the line may now be empty.
    void requestFinished(const QString& caller);

private:
    void startNext();
    void authorized(const PolkitAuthority::Answer& answer);
    void finish(const QString& outcome, const QString& detail);

    QDBusConnection m_bus;
    PolkitAuthority* m_authority;
    QQueue<std::shared_ptr<HelperRequest>> m_waiting;
    std::shared_ptr<HelperRequest> m_current;
    QString m_cancellationId;
    QString m_polkit; ///< what polkit said about m_current, for the audit log
    bool m_currentLeft = false;
};

} // namespace kaleido::helper
