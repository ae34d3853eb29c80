// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moduleenvironment.h"
#include "operationresult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
} // namespace privileged

class ModuleOperationPane;
class ModuleParametersModel;

/**
 * The parameters of the module selected in Modules ▸ Loaded: current values from
 * /sys/module/<m>/parameters with the type and description modinfo declares. Writable ones are edited in
 * place (ParameterDelegate) and written through PrivilegedClient::writeModuleParameter(); the pane shows the
 * old → new value. Read-only ones say why; "Reload with these parameters…" opens the load dialog in Reload
 * mode prefilled with the readable current values.
 */
class ModuleParametersPanel : public QWidget
{
    Q_OBJECT
public:
    ModuleParametersPanel(privileged::PrivilegedClient* client, ModuleEnvironment environment,
                          QWidget* parent = nullptr);

    /// Shows @p module's parameters (empty: none selected); @p loadable false for built-in code.
    void setModule(const QString& module, bool loadable);
    /// Rereads the values of the shown module (a refresh tick).
    void refresh();

    const QString& module() const { return m_module; }
    ModuleParametersModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ModuleOperationPane* pane() const { return m_pane; }
    QPushButton* reloadButton() const { return m_reload; }
    /// "greeting: hello → bye" after the last write, or empty.
    QString lastChangeText() const;
    /// The values the Reload dialog would be prefilled with.
    QMap<QString, QString> reloadValues() const;

    /// Writes @p value to @p parameter of the shown module (what committing an edit does).
    void writeParameter(const QString& parameter, const QString& value);

Q_SIGNALS:
    void kernelLogRequested(qint64 first, qint64 last, const QString& title);
    /// A parameter write or a reload finished: the page rereads the modules.
    void changed();

private:
    void onWriteRequested(const QString& module, const QString& parameter, const QString& oldValue,
                          const QString& value);
    void reloadWithParameters();
    void updateExplanation();

    privileged::PrivilegedClient* m_client;
    ModuleEnvironment m_environment;
    QString m_module;
    bool m_loadable = false;
    QList<ModuleInfo::Parameter> m_declared;
    ModuleParametersModel* m_model;
    QLabel* m_heading;
    QTableView* m_view;
    QLabel* m_explanation;
    QLabel* m_change;
    QPushButton* m_reload;
    ModuleOperationPane* m_pane;
};

} // namespace kaleido
