// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "loadedmodulessnapshot.h"
#include "moduleenvironment.h"
#include "modulegraph.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
} // namespace privileged

class GraphLayout;
class LoadedModulesModel;
class LoadedModulesProxyModel;
class ModuleGraphView;
class ModuleParametersPanel;
class ModulePreflightStrip;
class ModuleUnloadDialog;
class RefreshClock;
struct PlainLayout;

/**
 * Modules ▸ Loaded: the pre-flight strip (what the kernel allows), the loaded modules as lsmod lists them
 * with their sysfs details (built-in code behind "Show built-in"), and for the selected module its parameters
 * and its place in the holder graph, laid out by graphviz. Unload (alone or with its users, in the safe
 * order) from the context menu. On a kernel without loadable-module support, the strip says so and the rest
 * is disabled.
 */
class LoadedModulesPage : public QWidget
{
    Q_OBJECT
public:
    LoadedModulesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                      QWidget* parent = nullptr);

    /// Where modinfo is looked up (the default: the release of @p fs's kernel).
    void setEnvironment(const ModuleEnvironment& environment);

    void refresh();
    /// Selects @p module in the table (showing built-in rows if needed); false when it is not listed.
    bool selectModule(const QString& module);
    QString selectedModule() const;

    /// Opens the unload dialog for @p module (with its users: the chain button is the default).
    ModuleUnloadDialog* unloadModule(const QString& module, bool withUsers = false);

    ModulePreflightStrip* preflightStrip() const { return m_strip; }
    LoadedModulesModel* model() const { return m_model; }
    LoadedModulesProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    ModuleParametersPanel* parametersPanel() const { return m_parameters; }
    ModuleGraphView* graphView() const { return m_graph; }
    GraphLayout* graphLayout() const { return m_layout; }
    QWidget* content() const { return m_content; }
    /// "Unload order: sg → scsi_mod → scsi_common" for the selected module, as shown under the graph.
    QString unloadOrderText() const;
    QCheckBox* showBuiltInBox() const { return m_showBuiltIn; }
    QCheckBox* wholeGraphBox() const { return m_wholeGraph; }
    QLineEdit* filterField() const { return m_filter; }
    /// The context menu for @p module (for tests: its actions).
    QMenu* contextMenuFor(const QString& module);

Q_SIGNALS:
    /// "Show log lines": the Kernel log area, filtered to @p module.
    void kernelLogForModuleRequested(const QString& module);
    /// "Show in Available": Modules ▸ Available on @p module.
    void availableModuleRequested(const QString& module);
    /// A result pane's "Show in Kernel log".
    void kernelLogRequested(qint64 first, qint64 last, const QString& title);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onSelectionChanged();
    void updateGraph();
    void onLayout(const PlainLayout& layout);
    void updateCount();
    void showContextMenu(const QPoint& pos);

    RefreshClock* m_clock;
    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    ModuleEnvironment m_environment;
    LoadedModulesSnapshot m_snapshot;
    ModuleGraph m_shownGraph;
    QByteArray m_requestedDot;

    ModulePreflightStrip* m_strip;
    QWidget* m_content;
    QLineEdit* m_filter;
    QCheckBox* m_showBuiltIn;
    QLabel* m_count;
    LoadedModulesModel* m_model;
    LoadedModulesProxyModel* m_proxy;
    QTableView* m_view;
    QTabWidget* m_sideTabs;
    ModuleParametersPanel* m_parameters;
    QCheckBox* m_wholeGraph;
    ModuleGraphView* m_graph;
    QLabel* m_order;
    GraphLayout* m_layout;
    QMenu* m_menu = nullptr;
};

} // namespace kaleido
