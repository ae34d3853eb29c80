// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "operationresult.h"
#include "processactiontarget.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

/**
 * Ends a process tree so that forking cannot outrun it: every process is paused first (SIGSTOP), then the
 * children of the paused ones are read live from /proc and paused too, until no new ones turn up; only then
 * is each asked to end (SIGTERM) and let run again (SIGCONT) to do so. Every signal goes through
 * PrivilegedClient, so each is tried as the user first. Runs from the event loop without blocking; emits
 * finished() once and deletes itself.
 */
class TreeTermination : public QObject
{
    Q_OBJECT

public:
    /// @p processes: the root first, then the descendants the view knows of. Kaleido itself and kernel
    /// threads must not be among them (ProcessActions leaves them out); children found later that are either
    /// are skipped.
    TreeTermination(privileged::PrivilegedClient* client, KernelFs fs, QList<ProcessActionTarget> processes,
                    QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    /// @p report is one or two plain sentences for the status bar.
    void finished(const QString& report);

private:
    enum class Phase
    {
        Stop,
        Terminate,
        Continue,
    };

    void send(Phase phase, const QList<ProcessActionTarget>& targets);
    void received(Phase phase, const ProcessActionTarget& target, const privileged::OperationResult& result);
    void phaseDone(Phase phase);
    QList<ProcessActionTarget> newChildren();
    void finish();

    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    ProcessActionTarget m_root;
    QList<ProcessActionTarget> m_toStop;
    QSet<qint32> m_known;
    QList<ProcessActionTarget> m_stopped;
    QStringList m_failures;
    int m_outstanding = 0;
    int m_rounds = 0;
    int m_ended = 0;
    int m_gone = 0;
    bool m_throughHelper = false;
};

} // namespace kaleido
