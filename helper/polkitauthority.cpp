// SPDX-License-Identifier: GPL-2.0-or-later
#include "polkitauthority.h"

#include "polkittypes.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <unistd.h>

namespace kaleido::helper {

namespace {

const QString polkitService = QStringLiteral("org.freedesktop.PolicyKit1");
const QString authorityPath = QStringLiteral("/org/freedesktop/PolicyKit1/Authority");
const QString authorityInterface = QStringLiteral("org.freedesktop.PolicyKit1.Authority");

constexpr quint32 allowUserInteraction = 1;

} // namespace

PolkitAuthority::PolkitAuthority(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    registerPolkitTypes();
}

QString PolkitAuthority::check(const QString& busName, const QString& actionId,
                               const QMap<QString, QString>& details, bool allowInteraction, Callback done)
{
    const QString cancellationId =
        QStringLiteral("kaleido-helper-%1-%2").arg(::getpid()).arg(m_nextCancellationId++);

    QDBusMessage call = QDBusMessage::createMethodCall(polkitService, authorityPath, authorityInterface,
                                                       QStringLiteral("CheckAuthorization"));
    const PolkitSubject subject{QStringLiteral("system-bus-name"), {{QStringLiteral("name"), busName}}};
    call << QVariant::fromValue(subject) << actionId << QVariant::fromValue(details)
         << (allowInteraction ? allowUserInteraction : quint32(0)) << cancellationId;

    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [watcher, done = std::move(done)](QDBusPendingCallWatcher*) {
                watcher->deleteLater();
                const QDBusPendingReply<PolkitAuthorizationResult> reply = *watcher;
                Answer answer;
                if (reply.isError()) {
                    answer.decision = Decision::Unreachable;
                    answer.detail = reply.error().name() + QStringLiteral(": ") + reply.error().message();
                } else {
                    const PolkitAuthorizationResult result = reply.value();
                    answer.decision = result.isAuthorized ? Decision::Authorized : Decision::Denied;
                    answer.challenge = result.isChallenge;
                }
                done(answer);
            });
    return cancellationId;
}

void PolkitAuthority::cancel(const QString& cancellationId)
{
    QDBusMessage call = QDBusMessage::createMethodCall(polkitService, authorityPath, authorityInterface,
                                                       QStringLiteral("CancelCheckAuthorization"));
    call << cancellationId;
    m_bus.send(call);
}

} // namespace kaleido::helper
