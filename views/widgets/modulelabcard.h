// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "operationresult.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
} // namespace privileged

class ModuleLoadDialog;

/**
 * Lab 12, a module's life: load the teaching module kaleido_teach (labs/kmod) with parameters, see it under
 * /sys/module, its /proc entry, its slab cache, its log lines and its holder, then unload both in the safe
 * order. Every step goes through Kaleido's own module dialogs and pages; the card asks the main window, by
 * signals, to open Modules ▸ Loaded, the Kernel log or Memory ▸ Slab. On a kernel without loadable-module
 * support it says so and Start stays disabled.
 */
class ModuleLabCard : public QWidget
{
    Q_OBJECT
public:
    static constexpr int labNumber = 12;
    static QString labId() { return QStringLiteral("modules"); }
    static QString title();
    static QString goal();

    ModuleLabCard(privileged::PrivilegedClient* client, KernelFs fs, QWidget* parent = nullptr);
    ~ModuleLabCard() override;

    /// Whether the running kernel can load modules at all (/proc/modules exists).
    bool moduleSupport() const { return m_support; }
    /// Where @p module's .ko was built (KALEIDO_KMOD_DIR or the build tree), or empty.
    QString builtFile(const QString& module) const;
    /// Whether @p module is installed for the running kernel (listed in modules.dep), so modprobe finds it.
    bool installed(const QString& module) const;

    QPushButton* startButton() const { return m_start; }
    QPushButton* stepButton(int index) const { return m_steps.value(index); }
    int stepCount() const { return int(m_steps.size()); }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* output() const { return m_output; }
    /// The load dialog the last load step opened (it deletes itself when closed).
    ModuleLoadDialog* loadDialog() const;

    /// Checks the kernel and the teaching modules, and enables the steps.
    bool start();
    /// Presses step @p index (0-based).
    bool runStep(int index);

    /// The parameters step 1 prefills.
    static QMap<QString, QString> teachParameters();

Q_SIGNALS:
    void loadedModuleRequested(const QString& module);
    void moduleLogRequested(const QString& module);
    void kernelLogRequested(qint64 first, qint64 last, const QString& title);
    /// Memory ▸ Slab, where /proc/slabinfo is read through the helper.
    void slabRequested();
    /// Modules ▸ Loaded's unload dialog for @p module with its users (the safe order).
    void unloadRequested(const QString& module);

private:
    bool openLoad(const QString& module, const QMap<QString, QString>& values);
    void showSysfs();
    void showProcAndSlab();
    void showHolders();
    void say(const QString& text);
    void updateState();
    QString release() const;

    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    bool m_support = false;
    bool m_started = false;
    QPushButton* m_start = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QList<QPushButton*> m_steps;
    QPointer<ModuleLoadDialog> m_dialog;
};

} // namespace kaleido
