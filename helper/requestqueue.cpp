// SPDX-License-Identifier: GPL-2.0-or-later
#include "requestqueue.h"

#include "auditlog.h"
#include "helperids.h"

#include <QCoreApplication>
#include <QTimer>

namespace kaleido::helper {

using privileged::verbInfo;

namespace {

AuditLog::Entry auditEntry(const HelperRequest& request)
{
    AuditLog::Entry entry;
    entry.caller = request.caller;
    entry.uid = request.uid;
    entry.pid = request.pid;
    entry.verb = QLatin1StringView(verbInfo(request.verb).method);
    entry.arguments = request.arguments;
    return entry;
}

} // namespace

RequestQueue::RequestQueue(QDBusConnection bus, PolkitAuthority* authority, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_authority(authority)
{}

bool RequestQueue::submit(std::shared_ptr<HelperRequest> request)
{
    qsizetype fromCaller = std::count_if(m_waiting.cbegin(), m_waiting.cend(), [&](const auto& waiting) {
        return waiting->caller == request->caller;
    });
    if (m_current && m_current->caller == request->caller)
        ++fromCaller;
    if (m_waiting.size() >= maximumQueued || fromCaller >= maximumQueuedPerCaller)
        return false;
    m_waiting.enqueue(std::move(request));
    if (!m_current)
        QTimer::singleShot(0, this, &RequestQueue::startNext);
    return true;
}

bool RequestQueue::hasCaller(const QString& caller) const
{
    if (m_current && m_current->caller == caller)
        return true;
    return std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                       [&](const auto& waiting) { return waiting->caller == caller; });
}

void RequestQueue::callerLeft(const QString& caller)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if ((*it)->caller == caller) {
            AuditLog::Entry entry = auditEntry(**it);
            entry.polkit = QStringLiteral("not-asked");
            entry.outcome = QStringLiteral("caller-left");
            AuditLog::write(entry);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    if (m_current && m_current->caller == caller && !m_currentLeft) {
        // The answer still arrives (as a denial) and ends the request; nothing is performed for a caller
        // that is gone.
        m_currentLeft = true;
        m_authority->cancel(m_cancellationId);
    }
}

void RequestQueue::startNext()
{
    if (m_current || m_waiting.isEmpty())
        return;
    m_current = m_waiting.dequeue();
    m_currentLeft = false;
    m_polkit.clear();
    const bool interactive = m_current->message.isInteractiveAuthorizationAllowed();
    m_cancellationId = m_authority->check(
        m_current->caller, verbInfo(m_current->verb).actionId(), m_current->details, interactive,
        [this](const PolkitAuthority::Answer& answer) { authorized(answer); });
}

void RequestQueue::authorized(const PolkitAuthority::Answer& answer)
{
    const QString action = verbInfo(m_current->verb).actionId();
    switch (answer.decision) {
    case PolkitAuthority::Decision::Authorized:
        m_polkit = QStringLiteral("authorized");
        break;
    case PolkitAuthority::Decision::Denied:
        m_polkit = answer.challenge ? QStringLiteral("challenge") : QStringLiteral("denied");
        break;
    case PolkitAuthority::Decision::Unreachable:
        m_polkit = QStringLiteral("unreachable");
        break;
    }

    if (answer.decision != PolkitAuthority::Decision::Authorized || m_currentLeft) {
        QString reason;
        if (answer.decision == PolkitAuthority::Decision::Unreachable)
            reason = tr("The system's authorization service (polkit) could not be asked, so the request was "
                        "refused.");
        else if (answer.challenge)
            reason = tr("Authentication is required, but the request did not allow a password prompt.");
        else
            reason = tr("Not authorized: the system's authorization policy does not allow this.");
        m_bus.send(m_current->message.createErrorReply(QLatin1StringView(privileged::ids::errorNotAuthorized),
                                                       reason));
        finish(m_currentLeft ? QStringLiteral("caller-left") : QStringLiteral("not-authorized"),
               answer.detail.isEmpty() ? action : answer.detail);
        return;
    }

    const HelperRequest::Reply reply = m_current->perform();
    AuditLog::Entry entry = auditEntry(*m_current);
    entry.polkit = m_polkit;
    if (reply.rejected) {
        m_bus.send(m_current->message.createErrorReply(
            QLatin1StringView(privileged::ids::errorInvalidArgument), *reply.rejected));
        entry.outcome = QStringLiteral("rejected");
        entry.detail = *reply.rejected;
    } else if (reply.failed) {
        m_bus.send(m_current->message.createErrorReply(QLatin1StringView(privileged::ids::errorFailed),
                                                       *reply.failed));
        entry.outcome = QStringLiteral("failed");
        entry.detail = *reply.failed;
    } else {
        m_bus.send(m_current->message.createReply(reply.arguments));
        entry.outcome =
            reply.result && !reply.result->ok() ? QStringLiteral("failed") : QStringLiteral("done");
        entry.detail = reply.result ? reply.result->cause : QString();
    }
    if (reply.result) {
        entry.result = *reply.result;
        entry.hasResult = true;
    }
    AuditLog::write(entry);
    const QString caller = m_current->caller;
    m_current.reset();
    Q_EMIT requestFinished(caller);
    startNext();
}

void RequestQueue::finish(const QString& outcome, const QString& detail)
{
    AuditLog::Entry entry = auditEntry(*m_current);
    entry.polkit = m_polkit;
    entry.outcome = outcome;
    entry.detail = detail;
    AuditLog::write(entry);
    const QString caller = m_current->caller;
    m_current.reset();
    Q_EMIT requestFinished(caller);
    startNext();
}

} // namespace kaleido::helper
