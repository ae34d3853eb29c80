// SPDX-License-Identifier: GPL-2.0-or-later
#include "processactions.h"

#include "affinitydialog.h"
#include "oomscoreadjdialog.h"
#include "operationreport.h"
#include "pendingoperation.h"
#include "privilegedclient.h"
#include "renicedialog.h"
#include "signaldialog.h"
#include "signalnames.h"
#include "taskchildren.h"
#include "treetermination.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

#include <csignal>
#include <memory>
#include <unistd.h>

namespace kaleido {

namespace {

qint32 ownPid()
{
    return qint32(::getpid());
}

/// "sleep, bash and 3 more" for a question about several processes.
QString listNames(const QList<ProcessActionTarget>& targets)
{
    QStringList names;
    for (qsizetype i = 0; i < targets.size() && i < 5; ++i)
        names.append(describeTarget(targets[i]));
    QString text = names.join(QStringLiteral(", "));
    if (targets.size() > 5) {
        // The count is worked out first: lupdate 6.4 never finishes a file whose %n argument holds
        // an operator inside parentheses, such as int(targets.size() - 5).
        const int more = int(targets.size() - 5);
        text += QCoreApplication::translate("kaleido::ProcessActions", " and %n more", nullptr, more);
    }
    return text;
}

/// What several signals sent at once come to, reported when the last one finishes.
struct SignalBatch
{
    int signal = 0;
    int outstanding = 0;
    int sent = 0;
    int skippedKernelThreads = 0;
    qsizetype total = 0;
    bool throughHelper = false;
    QStringList failures;
    QString single; ///< the report of a batch of one
};

} // namespace

ProcessActions::ProcessActions(privileged::PrivilegedClient* client, KernelFs fs, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_fs(std::move(fs))
    , m_dialogParent(dialogParent)
{
    QAction* signal =
        addAction(Action::SendSignal, tr("Send &Signal…"),
                  tr("Choose any signal, with its meaning, to send to the process"), "process-stop");
    signal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction* stop = addAction(Action::Stop, tr("S&top"),
                              tr("Pause the selected processes (SIGSTOP) until they are continued"),
                              "media-playback-pause");
    stop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* cont = addAction(Action::Continue, tr("&Continue"),
                              tr("Let paused processes run again (SIGCONT)"), "media-playback-start");
    cont->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction* end =
        addAction(Action::End, tr("&End"),
                  tr("Ask the selected processes to end (SIGTERM); they may save their work first"),
                  "application-exit");
    end->setShortcut(QKeySequence(Qt::Key_Delete));
    QAction* kill =
        addAction(Action::Kill, tr("&Kill…"),
                  tr("End the selected processes at once (SIGKILL); unsaved work is lost"), "process-stop");
    kill->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    QAction* tree = addAction(Action::EndTree, tr("End Process &Tree…"),
                              tr("End the process and every process it started, pausing them all first so "
                                 "that none can start new ones"),
                              "edit-delete");
    tree->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    QAction* renice = addAction(Action::Renice, tr("Change &Priority…"),
                                tr("Change the nice value: how much CPU time the process gets when the CPUs "
                                   "are busy"),
                                "view-sort-descending");
    renice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction* oom = addAction(Action::OomScoreAdj, tr("&OOM Score Adjustment…"),
                             tr("Make the process more or less likely to be ended when memory runs out"),
                             "dialog-warning");
    oom->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* affinity = addAction(Action::Affinity, tr("CPU &Affinity…"),
                                  tr("Choose the CPUs the process may run on"), "cpu");
    affinity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    connect(signal, &QAction::triggered, this, [this] { openDialog(Action::SendSignal); });
    connect(stop, &QAction::triggered, this, [this] { sendSignal(SIGSTOP); });
    connect(cont, &QAction::triggered, this, [this] { sendSignal(SIGCONT); });
    connect(end, &QAction::triggered, this, [this] { sendSignal(SIGTERM); });
    connect(kill, &QAction::triggered, this, [this] { sendSignal(SIGKILL); });
    connect(tree, &QAction::triggered, this, &ProcessActions::endTree);
    connect(renice, &QAction::triggered, this, [this] { openDialog(Action::Renice); });
    connect(oom, &QAction::triggered, this, [this] { openDialog(Action::OomScoreAdj); });
    connect(affinity, &QAction::triggered, this, [this] { openDialog(Action::Affinity); });
    updateEnabled();
}

QAction* ProcessActions::addAction(Action which, const QString& text, const QString& toolTip,
                                   const char* icon)
{
    Q_ASSERT(m_actions.size() == qsizetype(which));
    auto* action = new QAction(QIcon::fromTheme(QLatin1StringView(icon)), text, this);
    static const char* const names[] = {"sendSignal",    "stopProcess", "continueProcess",
                                        "endProcess",    "killProcess", "endProcessTree",
                                        "reniceProcess", "oomScoreAdj", "cpuAffinity"};
    action->setObjectName(QLatin1StringView(names[qsizetype(which)]));
    m_toolTips.insert(action, toolTip);
    m_actions.append(action);
    return action;
}

QAction* ProcessActions::action(Action which) const
{
    return m_actions.value(qsizetype(which));
}

void ProcessActions::addTo(QMenu* menu) const
{
    menu->setToolTipsVisible(true);
    for (const Action which : {Action::End, Action::Kill, Action::EndTree}) // the usual ones first
        menu->addAction(action(which));
    menu->addSeparator();
    for (const Action which : {Action::Stop, Action::Continue, Action::SendSignal})
        menu->addAction(action(which));
    menu->addSeparator();
    for (const Action which : {Action::Renice, Action::OomScoreAdj, Action::Affinity})
        menu->addAction(action(which));
}

void ProcessActions::setTargets(const QList<ProcessActionTarget>& targets)
{
    m_targets = targets;
    updateEnabled();
}

void ProcessActions::setTreeSource(TreeSource descendants)
{
    m_treeSource = std::move(descendants);
}

void ProcessActions::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void ProcessActions::setAvailable(Action which, bool available, const QString& reason)
{
    QAction* act = action(which);
    act->setEnabled(available);
    QString tip = m_toolTips.value(act);
    if (!act->shortcut().isEmpty())
        tip += QStringLiteral(" (%1)").arg(act->shortcut().toString(QKeySequence::NativeText));
    if (!available && !reason.isEmpty())
        tip = QStringLiteral("%1\n%2").arg(tip, reason);
    act->setToolTip(tip);
    act->setStatusTip(available ? m_toolTips.value(act) : reason);
}

void ProcessActions::updateEnabled()
{
    QString all; // a reason that disables every action
    if (!m_fs.isLive())
        all = tr("Kaleido is showing a system captured in %1, not the running one: its processes cannot be "
                 "changed.")
                  .arg(m_fs.root());
    else if (m_targets.isEmpty())
        all = tr("Select a process first.");
    qsizetype kernelThreads = 0;
    for (const ProcessActionTarget& target : std::as_const(m_targets))
        kernelThreads += target.kernelThread ? 1 : 0;
    const bool single = m_targets.size() == 1;
    const bool kernelThread = single && m_targets.front().kernelThread;

    const QString kernelReason =
        tr("Kernel threads do not act on signals: they cannot be paused, continued or "
           "ended from user space.");
    const QString singleReason = tr("Select a single process for this.");
    QString signalsReason = all;
    if (signalsReason.isEmpty() && kernelThreads == m_targets.size())
        signalsReason = kernelReason;
    for (const Action which : {Action::Stop, Action::Continue, Action::End, Action::Kill})
        setAvailable(which, signalsReason.isEmpty(), signalsReason);

    auto singleOnly = [&](const QString& more) {
        if (!all.isEmpty())
            return all;
        if (!single)
            return singleReason;
        return more;
    };
    setAvailable(Action::SendSignal, singleOnly(kernelThread ? kernelReason : QString()).isEmpty(),
                 singleOnly(kernelThread ? kernelReason : QString()));
    QString treeReason = kernelThread ? kernelReason : QString();
    if (single && m_targets.front().pid == 1)
        treeReason =
            tr("Every process descends from process 1, so ending its tree would end the whole system.");
    if (single && m_targets.front().pid == ownPid())
        treeReason = tr("This is Kaleido itself: quit it instead.");
    setAvailable(Action::EndTree, singleOnly(treeReason).isEmpty(), singleOnly(treeReason));
    setAvailable(Action::Renice, singleOnly({}).isEmpty(), singleOnly({}));
    const QString oomReason =
        kernelThread ? tr("The OOM killer never chooses a kernel thread, so there is nothing to adjust.")
                     : QString();
    setAvailable(Action::OomScoreAdj, singleOnly(oomReason).isEmpty(), singleOnly(oomReason));
    setAvailable(Action::Affinity, singleOnly({}).isEmpty(), singleOnly({}));
}

void ProcessActions::ask(const QString& title, const QString& text, const QString& goAhead,
                         const std::function<void()>& then)
{
    if (m_confirm) {
        if (m_confirm(title, text))
            then();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(goAhead, QMessageBox::AcceptRole);
    yes->setToolTip(tr("Go ahead"));
    box->button(QMessageBox::Cancel)->setToolTip(tr("Do nothing"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, yes, then] {
        if (box->clickedButton() == yes)
            then();
    });
    box->open(); // window-modal, answered from the event loop
}

void ProcessActions::sendSignal(int signal)
{
    QList<ProcessActionTarget> targets;
    int skipped = 0;
    bool self = false;
    for (const ProcessActionTarget& target : std::as_const(m_targets)) {
        if (target.kernelThread) {
            ++skipped;
            continue;
        }
        self = self || target.pid == ownPid();
        targets.append(target);
    }
    if (targets.isEmpty())
        return;

    const QString name = signalName(signal);
    QString question;
    QString title;
    QString goAhead;
    if (self && signal == SIGSTOP) {
        title = tr("Pause Kaleido Itself?");
        question =
            tr("The selection includes Kaleido itself (process %1). Paused, Kaleido freezes and cannot "
               "continue itself: you would have to send it SIGCONT from elsewhere (kill -CONT %1).")
                .arg(ownPid());
        goAhead = tr("Pause");
    } else if (self && signal != SIGCONT) {
        title = tr("Signal Kaleido Itself?");
        question =
            tr("The selection includes Kaleido itself (process %1). Sending it %2 will probably end it.")
                .arg(QString::number(ownPid()), name);
        goAhead = tr("Send %1").arg(name);
    } else if (signal == SIGKILL) {
        title = tr("Kill Processes?");
        question =
            targets.size() == 1
                ? tr("Kill %1? It ends at once, without a chance to save its work or clean up.")
                      .arg(describeTarget(targets.front()))
                : tr("Kill %n processes (%1)? They end at once, without a chance to save their work or "
                     "clean up.",
                     nullptr, int(targets.size()))
                      .arg(listNames(targets));
        goAhead = tr("Kill");
    }
    if (question.isEmpty()) {
        sendNow(signal, targets, skipped);
        return;
    }
    ask(title, question, goAhead, [this, signal, targets, skipped] { sendNow(signal, targets, skipped); });
}

void ProcessActions::sendNow(int signal, const QList<ProcessActionTarget>& targets, int skippedKernelThreads)
{
    auto batch = std::make_shared<SignalBatch>();
    batch->signal = signal;
    batch->outstanding = int(targets.size());
    batch->total = targets.size();
    batch->skippedKernelThreads = skippedKernelThreads;
    for (const ProcessActionTarget& target : targets) {
        privileged::PendingOperation* pending = m_client->signalProcess(target.processTarget(), signal);
        connect(pending, &privileged::PendingOperation::finished, this,
                [this, batch, target, pending](const privileged::OperationResult& result) {
                    const bool helper = pending->wentThroughHelper();
                    batch->throughHelper = batch->throughHelper || helper;
                    if (result.ok())
                        ++batch->sent;
                    else
                        batch->failures.append(QStringLiteral("%1: %2").arg(describeTarget(target),
                                                                            operationReport(result, false)));
                    if (batch->total == 1)
                        batch->single = operationReport(result, helper);
                    if (--batch->outstanding > 0)
                        return;
                    QString report = batch->single;
                    if (batch->total > 1) {
                        report = tr("Sent %1 to %2 of %n processes.", nullptr, int(batch->total))
                                     .arg(signalName(batch->signal))
                                     .arg(batch->sent);
                        if (!batch->failures.isEmpty())
                            report += QLatin1Char(' ') + batch->failures.join(QLatin1Char(' '));
                        if (batch->throughHelper)
                            report += QLatin1Char(' ') + someThroughHelperSentence();
                    }
                    if (batch->skippedKernelThreads > 0)
                        report += QLatin1Char(' ') +
                                  (batch->skippedKernelThreads == 1
                                       ? tr("One kernel thread was left out: it does not act on "
                                            "signals.")
                                       : tr("%n kernel threads were left out: they do not act on "
                                            "signals.",
                                            nullptr, batch->skippedKernelThreads));
                    Q_EMIT reported(report);
                });
    }
}

QList<ProcessActionTarget> ProcessActions::treeOf(const ProcessActionTarget& root,
                                                  bool* includesKaleido) const
{
    QList<ProcessActionTarget> tree{root};
    if (m_treeSource) {
        tree += m_treeSource(root.pid);
    } else {
        // Breadth first through the live /proc/PID/task/*/children files.
        for (qsizetype i = 0; i < tree.size() && tree.size() < 100'000; ++i) {
            const auto children = readProcessChildren(m_fs, tree[i].pid);
            if (!children)
                continue;
            for (const int pid : children->pids) {
                if (const auto child = readProcessActionTarget(m_fs, pid))
                    tree.append(*child);
            }
        }
    }
    QList<ProcessActionTarget> wanted;
    QSet<qint32> seen;
    if (includesKaleido)
        *includesKaleido = false;
    for (const ProcessActionTarget& target : std::as_const(tree)) {
        if (target.pid == ownPid() && includesKaleido)
            *includesKaleido = true;
        if (target.pid == ownPid() || target.kernelThread || seen.contains(target.pid))
            continue;
        seen.insert(target.pid);
        wanted.append(target);
    }
    return wanted;
}

void ProcessActions::endTree()
{
    if (m_targets.size() != 1)
        return;
    const ProcessActionTarget root = m_targets.front();
    bool includesKaleido = false;
    const QList<ProcessActionTarget> tree = treeOf(root, &includesKaleido);
    if (tree.isEmpty())
        return;
    QString question = (tree.size() == 1 ? tr("End %1? Kaleido knows of no process it started.")
                                         : tr("End %1 and every process it started: %n processes in all?",
                                              nullptr, int(tree.size())))
                           .arg(describeTarget(root));
    question +=
        QStringLiteral("\n\n") +
        (tree.size() == 1
             ? tr("It is paused first (SIGSTOP) so that it cannot start new processes, then asked to "
                  "end (SIGTERM) and let run again to do so. Processes it started meanwhile are found "
                  "and ended too.")
             : tr("All of them are paused first (SIGSTOP) so that none can start new ones, then asked "
                  "to end (SIGTERM) and let run again to do so. Processes they started meanwhile are "
                  "found and ended too."));
    if (includesKaleido)
        question += QLatin1Char(' ') + tr("Kaleido itself is in this tree and is left running.");
    ask(tr("End Process Tree?"), question,
        tree.size() == 1 ? tr("End Process") : tr("End %n Processes", nullptr, int(tree.size())),
        [this, tree] {
            auto* termination = new TreeTermination(m_client, m_fs, tree, this);
            connect(termination, &TreeTermination::finished, this, &ProcessActions::reported);
            termination->start();
        });
}

void ProcessActions::openDialog(Action which)
{
    if (m_targets.size() != 1)
        return;
    const ProcessActionTarget target = m_targets.front();
    QDialog* dialog = nullptr;
    if (which == Action::SendSignal) {
        auto* signalDialog = new SignalDialog(m_client, m_fs, 0, m_dialogParent);
        signalDialog->setTarget(target.processTarget());
        connect(signalDialog, &SignalDialog::sent, this,
                [this, signalDialog] { Q_EMIT reported(signalDialog->statusText()); });
        dialog = signalDialog;
    } else {
        ProcessSettingDialog* setting = nullptr;
        if (which == Action::Renice)
            setting = new ReniceDialog(m_client, m_fs, target, m_dialogParent);
        else if (which == Action::OomScoreAdj)
            setting = new OomScoreAdjDialog(m_client, m_fs, target, m_dialogParent);
        else
            setting = new AffinityDialog(m_client, m_fs, target, m_dialogParent);
        connect(setting, &ProcessSettingDialog::applied, this,
                [this](const privileged::OperationResult& result, bool throughHelper) {
                    Q_EMIT reported(operationReport(result, throughHelper));
                });
        dialog = setting;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // modeless: the process list keeps updating behind it
    Q_EMIT dialogOpened(dialog);
}

} // namespace kaleido
