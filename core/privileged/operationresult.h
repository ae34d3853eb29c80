// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace kaleido::privileged {

/**
 * What a privileged operation did, the same whether it ran in the helper (sent back over D-Bus as a{sv}) or
 * in-process for a root GUI. Only the fields that apply to the verb are filled.
 */
struct OperationResult
{
    enum class Outcome
    {
        Done,          ///< the operation ran and succeeded
        Failed,        ///< it ran (or was tried) and the kernel or a file said no: see errnoName and cause
        Rejected,      ///< the arguments were refused before anything was asked or done (Rejection)
        NotAuthorized, ///< polkit said no (or the password dialog was dismissed)
        HelperUnavailable, ///< the helper could not be reached (not installed, no system bus, timed out)
    };

    Outcome outcome = Outcome::Failed;
    bool ok() const { return outcome == Outcome::Done; }

    QString errnoName; ///< "EBUSY", "ENOEXEC", …; empty on success or when no system call failed
    int errnoValue = 0;
    QString cause; ///< one plain sentence for the user saying what happened (also on success)

    // Tunables, module parameters, nice, oom_score_adj, affinity: the value read before and after.
    QString oldValue;
    QString newValue;

    // Module verbs.
    QStringList kernelLog; ///< /dev/kmsg lines printed while the operation ran, "<level>text"
    /// /dev/kmsg sequence numbers of the first and last of those lines (for "Show in Kernel log"); -1 when
    /// none was printed or the log could not be read.
    qint64 kernelLogFirstSequence = -1;
    qint64 kernelLogLastSequence = -1;
    QString taintBefore; ///< /proc/sys/kernel/tainted as letters ("" when untainted)
    QString taintAfter;
    QStringList loaded;  ///< modules inserted, dependencies first (load) / removed (unload)
    QStringList holders; ///< modules that use this one (unload refused)
    int refcount = -1;   ///< the module's reference count when an unload was refused; -1 unknown
    QString modulePath;  ///< the resolved .ko file

    /// A failure for system error @p err (errnoName and errnoValue from it) with @p cause.
    static OperationResult failure(int err, const QString& cause);
    static OperationResult success(const QString& cause);
    static OperationResult make(Outcome outcome, const QString& cause);

    QVariantMap toVariantMap() const;
    static OperationResult fromVariantMap(const QVariantMap& map);
};

/// "EPERM" for EPERM, … ("errno 4242" for unknown values).
QString errnoSymbol(int err);

} // namespace kaleido::privileged
