// SPDX-License-Identifier: GPL-2.0-or-later
#include "treetermination.h"

#include "operationreport.h"
#include "pendingoperation.h"
#include "privilegedclient.h"
#include "taskchildren.h"

#include <QTimer>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace kaleido {

namespace {

/// Rounds of "pause the new children" before giving up on a tree that keeps growing (each round pauses every
/// process found so far, so a tree can only outgrow a round by forking faster than signals are sent).
constexpr int maximumRounds = 16;

} // namespace

TreeTermination::TreeTermination(privileged::PrivilegedClient* client, KernelFs fs,
                                 QList<ProcessActionTarget> processes, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_fs(std::move(fs))
    , m_toStop(std::move(processes))
{
    if (!m_toStop.isEmpty())
        m_root = m_toStop.front();
    for (const ProcessActionTarget& target : std::as_const(m_toStop))
        m_known.insert(target.pid);
}

void TreeTermination::start()
{
    // From the event loop, so that finished() never comes before the caller has connected to it.
    QTimer::singleShot(0, this, [this] { send(Phase::Stop, std::exchange(m_toStop, {})); });
}

void TreeTermination::send(Phase phase, const QList<ProcessActionTarget>& targets)
{
    if (targets.isEmpty()) {
        phaseDone(phase);
        return;
    }
    const int signal = phase == Phase::Stop ? SIGSTOP : phase == Phase::Terminate ? SIGTERM : SIGCONT;
    m_outstanding = int(targets.size());
    for (const ProcessActionTarget& target : targets) {
        privileged::PendingOperation* pending = m_client->signalProcess(target.processTarget(), signal);
        connect(pending, &privileged::PendingOperation::finished, this,
                [this, phase, target, pending](const privileged::OperationResult& result) {
                    m_throughHelper = m_throughHelper || pending->wentThroughHelper();
                    received(phase, target, result);
                    if (--m_outstanding == 0)
                        phaseDone(phase);
                });
    }
}

void TreeTermination::received(Phase phase, const ProcessActionTarget& target,
                               const privileged::OperationResult& result)
{
    if (result.ok()) {
        if (phase == Phase::Stop)
            m_stopped.append(target);
        else if (phase == Phase::Terminate)
            ++m_ended;
        return;
    }
    if (result.errnoValue == ESRCH) { // ended by itself meanwhile: that is what was wanted
        if (phase != Phase::Continue)
            ++m_gone;
        return;
    }
    m_failures.append(QStringLiteral("%1: %2").arg(describeTarget(target), operationReport(result, false)));
}

QList<ProcessActionTarget> TreeTermination::newChildren()
{
    QList<ProcessActionTarget> found;
    for (const ProcessActionTarget& parent : std::as_const(m_stopped)) {
        const auto children = readProcessChildren(m_fs, parent.pid);
        if (!children)
            continue;
        for (const int pid : children->pids) {
            if (m_known.contains(pid) || pid == qint32(::getpid()))
                continue;
            m_known.insert(pid);
            if (const auto child = readProcessActionTarget(m_fs, pid); child && !child->kernelThread)
                found.append(*child);
        }
    }
    return found;
}

void TreeTermination::phaseDone(Phase phase)
{
    switch (phase) {
    case Phase::Stop:
        // The paused processes cannot fork any more; their children that the view did not know of yet (or
        // that were born meanwhile) are paused too, round after round.
        if (const QList<ProcessActionTarget> children = newChildren();
            !children.isEmpty() && ++m_rounds < maximumRounds) {
            send(Phase::Stop, children);
            return;
        }
        send(Phase::Terminate, m_stopped);
        return;
    case Phase::Terminate:
        send(Phase::Continue, m_stopped);
        return;
    case Phase::Continue:
        finish();
        return;
    }
}

void TreeTermination::finish()
{
    QString report;
    if (m_ended > 0) {
        if (m_ended == 1 && m_stopped.size() == 1 && m_stopped.front().pid == m_root.pid)
            report = tr("Asked %1 to end (SIGTERM), after pausing it so that it could not start new "
                        "processes.");
        else if (m_ended == 1)
            report = tr("Asked one process of the tree of %1 to end (SIGTERM), after pausing them all "
                        "so that none could start new ones.");
        else
            report = tr("Asked %n processes of the tree of %1 to end (SIGTERM), after "
                        "pausing them all so that none could start new ones.",
                        nullptr, m_ended);
        report = report.arg(describeTarget(m_root));
    } else {
        report = tr("No process of the tree of %1 was sent SIGTERM.").arg(describeTarget(m_root));
    }
    if (m_gone > 0)
        report += QLatin1Char(' ') + tr("%n had already exited.", nullptr, m_gone);
    if (!m_failures.isEmpty()) {
        report += QLatin1Char(' ') + tr("%n could not be signalled: %1", nullptr, int(m_failures.size()))
                                         .arg(m_failures.join(QStringLiteral(" ")));
    }
    if (m_rounds >= maximumRounds)
        report += QLatin1Char(' ') + tr("The tree kept starting new processes; some may be left.");
    if (m_throughHelper)
        report += QLatin1Char(' ') + someThroughHelperSentence();
    Q_EMIT finished(report);
    deleteLater();
}

} // namespace kaleido
