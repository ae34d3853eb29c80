// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QString>

namespace kaleido::helper {

/**
 * One audit record per request the helper received, whatever became of it, written to syslog with facility
 * authpriv (journalctl SYSLOG_FACILITY=10, /var/log/auth.log). It names the caller as the bus saw it (unique
 * name, uid, pid), the verb, the canonical arguments, what polkit said and what the operation did.
 */
class AuditLog
{
public:
    struct Entry
    {
        QString caller;  ///< unique bus name, ":1.42"
        qint64 uid = -1; ///< -1: the bus did not say (caller already gone)
        qint64 pid = -1;
        QString verb;      ///< D-Bus method, "WriteTunable"
        QString arguments; ///< canonical arguments when validated, else the raw ones (escaped)
        QString polkit;    ///< "not-asked", "authorized", "denied", "challenge", "unreachable"
        QString outcome;   ///< "done", "failed", "rejected", "not-authorized", "busy", "caller-left"
        QString detail;    ///< reason or cause
        privileged::OperationResult result; ///< what the operation reported (old/new, errno, module, taint)
        bool hasResult = false;
    };

    /// Opens syslog for the helper (ident "kaleido-helper", facility authpriv).
    static void open();

    /**
     * Test builds only: also append every line to @p path. The production helper never writes files of its
     * own choosing.
     */
    static void setCopyFile(const QString& path);

    static void write(const Entry& entry);

    /// The line write() sends, without syslog's prefix; control characters and quotes are escaped.
    static QString format(const Entry& entry);

    /// @p text quoted for one log line: '"', '\\' and control characters escaped, at most @p limit
    /// characters.
    static QString quote(const QString& text, int limit = 256);
};

} // namespace kaleido::helper
