// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moduleenvironment.h"
#include "moduleinfo.h"
#include "operationresult.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;
class QTimer;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
} // namespace privileged

class ModuleLoadForm;
class ModuleOperationPane;

/**
 * Load a module with parameters: the form generated from its declared parameters, the warnings Kaleido can
 * predict (with the errno the kernel will return), a preview of the dependencies that load first, then Load
 * through PrivilegedClient. The dialog stays open and shows the result in a ModuleOperationPane.
 *
 * - Load: a module by name, as modprobe would (dependencies, modprobe.d options and blacklist).
 * - LoadFile: a .ko file (finit_module of that file; dependencies must already be loaded).
 * - Reload: unload the loaded module, then load it by name with the form's parameters.
 */
class ModuleLoadDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Load,
        LoadFile,
        Reload,
    };

    /// @p target is a module name (Load, Reload) or a file path (LoadFile); @p values prefill the form.
    ModuleLoadDialog(Mode mode, const QString& target, privileged::PrivilegedClient* client,
                     const QMap<QString, QString>& values = {}, QWidget* parent = nullptr);
    ~ModuleLoadDialog() override;

    /// Where the module and the kernel's state are read (default: the running system). Rebuilds the form.
    void setEnvironment(const ModuleEnvironment& environment);

    Mode mode() const { return m_mode; }
    QString target() const { return m_target; }
    /// The module's modinfo, when it was found.
    const std::optional<ModuleInfo>& moduleInfo() const { return m_info; }

    ModuleLoadForm* form() const { return m_form; }
    ModuleOperationPane* pane() const { return m_pane; }
    QPushButton* loadButton() const { return m_load; }
    /// The dependency preview as shown ("Loads first: …" or the reason it would be refused).
    QString dependencyText() const;
    /// Why Load is disabled, or empty.
    QString blockedReason() const;
    /// The predicted refusals and warnings as shown.
    QString warningsText() const;

    /// Starts the request (what the Load button does).
    void run();

Q_SIGNALS:
    /// The request finished (for Reload: the load, or the unload when that failed).
    void operationFinished(const kaleido::privileged::OperationResult& result);
    void kernelLogRequested(qint64 first, qint64 last, const QString& title);
    void loadedModuleRequested(const QString& module);

private:
    void reloadModule();
    void updatePreview();
    void finish(const privileged::OperationResult& result, bool throughHelper);
    QString operationTitle() const;

    Mode m_mode;
    QString m_target;
    privileged::PrivilegedClient* m_client;
    QMap<QString, QString> m_initialValues;
    ModuleEnvironment m_environment;
    std::optional<ModuleInfo> m_info;
    QString m_infoError;
    QStringList m_dependencyClosure;
    QStringList m_configNotes; ///< modprobe.d options and install rules that apply

    QLabel* m_heading;
    QLabel* m_warnings;
    ModuleLoadForm* m_form;
    QLabel* m_dependencies;
    QLabel* m_blocked;
    QPushButton* m_load;
    ModuleOperationPane* m_pane;
    QTimer* m_previewTimer;
    bool m_running = false;
};

} // namespace kaleido
