// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"
#include "verbs.h"

#include <QDBusMessage>
#include <QMap>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace kaleido::helper {

/**
 * One validated call waiting for polkit and then for its turn: who asked (as the bus says), what polkit is
 * shown, and how to carry it out once authorized.
 */
struct HelperRequest
{
    /// What perform() produced: a reply body, or a D-Bus error.
    struct Reply
    {
        QVariantList arguments;          ///< the reply's body when neither error is set
        std::optional<QString> rejected; ///< re-validation refused the request: InvalidArgument
        std::optional<QString> failed;   ///< nothing to reply with (a stream could not start): Failed
        std::optional<privileged::OperationResult> result; ///< for the audit log

        /// The usual a{sv} reply; a Rejected outcome (the operation re-validated and refused) becomes an
        /// error.
        static Reply fromResult(const privileged::OperationResult& result);
        static Reply rejection(const QString& reason);
    };

    privileged::Verb verb = privileged::Verb::WriteTunable;
    QDBusMessage message; ///< the call, to reply to
    QString caller;       ///< its sender's unique name
    qint64 uid = -1;      ///< from the bus daemon, for the audit log
    qint64 pid = -1;
    QString arguments;              ///< canonical arguments for the audit log
    QMap<QString, QString> details; ///< polkit details, composed by the helper
    std::function<Reply()>
        perform; ///< re-validates and runs the operation; called once, after polkit said yes
};

} // namespace kaleido::helper
