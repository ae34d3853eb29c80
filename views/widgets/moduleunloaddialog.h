// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moduleunloadorder.h"
#include "operationresult.h"
#include "procmodules.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
} // namespace privileged

class ModuleOperationPane;

/**
 * Unload a module, with what the kernel will say known in advance: who holds it and how many references keep
 * it, in words, before any request; the safe order for the whole chain (holders first) and what would still
 * block it (a mount, an open device, a permanent module). "Unload" asks for this module alone; "Unload all"
 * runs the chain as sequential unloadModule() requests and stops at the first failure. Never forces: there
 * is no force option anywhere. Each result shows in a ModuleOperationPane.
 */
class ModuleUnloadDialog : public QDialog
{
    Q_OBJECT
public:
    ModuleUnloadDialog(const QString& module, const ProcModules& modules,
                       privileged::PrivilegedClient* client, QWidget* parent = nullptr);

    const UnloadPlan& plan() const { return m_plan; }
    QString explanationText() const;
    QString orderText() const;
    /// One line per finished step: "✓ sg: unloaded", "✗ scsi_mod: EAGAIN (in use) — …".
    QStringList stepTexts() const;
    ModuleOperationPane* pane() const { return m_pane; }
    QPushButton* unloadButton() const { return m_unloadOne; }
    QPushButton* unloadChainButton() const { return m_unloadChain; }
    bool isRunning() const { return m_running; }

    /// "EAGAIN (in use)", "EBUSY (busy)", …: an errno with the few words a module unload needs.
    static QString errnoWords(const QString& errnoName);

public Q_SLOTS:
    void unloadOne();
    void unloadChain();

Q_SIGNALS:
    /// One request of the chain finished.
    void stepFinished(const QString& module, const kaleido::privileged::OperationResult& result);
    /// The chain (or the single unload) ended: every step succeeded, or it stopped at @p failedModule.
    void finished(bool ok, const QString& failedModule);
    void kernelLogRequested(qint64 first, qint64 last, const QString& title);

private:
    void runNext();
    void setRunning(bool running);

    QString m_module;
    UnloadPlan m_plan;
    privileged::PrivilegedClient* m_client;
    QLabel* m_explanation;
    QLabel* m_order;
    QListWidget* m_steps;
    ModuleOperationPane* m_pane;
    QPushButton* m_unloadOne;
    QPushButton* m_unloadChain;
    QPushButton* m_close;
    QStringList m_queue;
    bool m_running = false;
};

} // namespace kaleido
