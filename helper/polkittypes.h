// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusArgument>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace kaleido::helper {

/// polkit's Subject struct, D-Bus (sa{sv}): here always ("system-bus-name", {"name": <unique name>}).
struct PolkitSubject
{
    QString kind;
    QVariantMap details;
};

/// polkit's AuthorizationResult struct, D-Bus (bba{ss}).
struct PolkitAuthorizationResult
{
    bool isAuthorized = false;
    bool isChallenge = false; ///< not authorized, but would be after authentication
    QMap<QString, QString> details;
};

QDBusArgument& operator<<(QDBusArgument& argument, const PolkitSubject& subject);
const QDBusArgument& operator>>(const QDBusArgument& argument, PolkitSubject& subject);
QDBusArgument& operator<<(QDBusArgument& argument, const PolkitAuthorizationResult& result);
const QDBusArgument& operator>>(const QDBusArgument& argument, PolkitAuthorizationResult& result);

/// Registers the two structs and a{ss} with QtDBus; call once before the first CheckAuthorization.
void registerPolkitTypes();

} // namespace kaleido::helper

Q_DECLARE_METATYPE(kaleido::helper::PolkitSubject)
Q_DECLARE_METATYPE(kaleido::helper::PolkitAuthorizationResult)
