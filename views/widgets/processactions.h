// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processactiontarget.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

/**
 * The actions a process view offers on its selection, for the Process menu and the context menu: Send
 * Signal…, Stop, Continue, End, Kill, End Process Tree…, Change Priority…, OOM Score Adjustment…, CPU
 * Affinity…. Signal actions work on every selected process, the others on one.
 *
 * Everything goes through PrivilegedClient: each action is tried as the user first and only a permission
 * error sends that one request through kaleido-helper; reported() says when it did. Nothing blocks the GUI
 * thread: questions and dialogs are opened window-modal or modeless and answered from the event loop.
 *
 * Kernel threads do not act on signals, so signal actions are disabled for them with a tooltip saying why.
 * Signals to Kaleido itself ask first, and End Process Tree never stops Kaleido.
 */
class ProcessActions : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        SendSignal,
        Stop,
        Continue,
        End,
        Kill,
        EndTree,
        Renice,
        OomScoreAdj,
        Affinity,
    };

    /// A question before a drastic step: returns true to go ahead. Tests answer without a window.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;
    /// The descendants of a process (not the process itself), from the view's latest snapshot.
    using TreeSource = std::function<QList<ProcessActionTarget>(qint32 pid)>;

    /// @p dialogParent owns this object and the dialogs and questions it opens.
    ProcessActions(privileged::PrivilegedClient* client, KernelFs fs, QWidget* dialogParent);

    /// The selection; the actions are enabled and their tooltips say why not.
    void setTargets(const QList<ProcessActionTarget>& targets);
    const QList<ProcessActionTarget>& targets() const { return m_targets; }
    /// Without a tree source, End Process Tree reads the descendants from /proc.
    void setTreeSource(TreeSource descendants);
    /// Replaces the question box (nullptr: the box again).
    void setConfirm(Confirm confirm);

    QList<QAction*> actions() const { return m_actions; }
    QAction* action(Action which) const;
    /// Adds the actions to @p menu, grouped by separators.
    void addTo(QMenu* menu) const;

    /// What End Process Tree would signal for @p root: it and its descendants, without Kaleido itself and
    /// without kernel threads, root first. @p includesKaleido tells whether Kaleido was left out.
    QList<ProcessActionTarget> treeOf(const ProcessActionTarget& root, bool* includesKaleido = nullptr) const;

Q_SIGNALS:
    /// One plain sentence (or two) per finished action, for the status bar; it says when the action went
    /// through kaleido-helper.
    void reported(const QString& message);
    /// A dialog (SignalDialog, ReniceDialog, …) was opened for the selection.
    void dialogOpened(QDialog* dialog);

private:
    QAction* addAction(Action which, const QString& text, const QString& toolTip, const char* icon);
    void updateEnabled();
    void setAvailable(Action which, bool available, const QString& reason);
    void sendSignal(int signal);
    void sendNow(int signal, const QList<ProcessActionTarget>& targets, int skippedKernelThreads);
    void endTree();
    void openDialog(Action which);
    void ask(const QString& title, const QString& text, const QString& goAhead,
             const std::function<void()>& then);

    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    QWidget* m_dialogParent;
    QList<ProcessActionTarget> m_targets;
    TreeSource m_treeSource;
    Confirm m_confirm;
    QList<QAction*> m_actions; ///< indexed by Action
    QHash<QAction*, QString> m_toolTips;
};

} // namespace kaleido
