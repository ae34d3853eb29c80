// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "modprobeconfig.h"
#include "moduleenvironment.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
} // namespace privileged

class AvailableModulesFilterModel;
class AvailableModulesModel;
class ModuleFileInspector;
class ModuleIndexer;
class ModuleLoadDialog;
class RefreshClock;

/**
 * Modules ▸ Available: every module of the kernel (libkmod over modules.dep and modules.builtin), indexed in
 * the background with a progress bar, searchable by name, alias, description, author and parameter; the
 * details of the selected module (modinfo, parameters, signature, vermagic against the running kernel, the
 * modprobe.d rules that apply and where they are written, predicted refusals and taint); Load… opens the load
 * form. Open .ko… (or dropping a .ko/.ko.xz/.ko.zst on the page) inspects a module file.
 *
 * On a kernel without loadable-module support the page says so in one message and disables itself, unless
 * setEnvironment() names another release to show.
 */
class AvailableModulesPage : public QWidget
{
    Q_OBJECT

public:
    AvailableModulesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                         QWidget* parent = nullptr);
    ~AvailableModulesPage() override;

    /// Which kernel's modules to show and where /proc and /sys are (tests; the host shows 6.1.0-56-amd64).
    /// Restarts indexing.
    void setEnvironment(const ModuleEnvironment& environment);
    const ModuleEnvironment& environment() const { return m_environment; }

    /// Whether the page shows its own "no module support" message (default true). Off when the Modules area
    /// shows one message above both tabs (the page still disables itself).
    void setSupportMessageVisible(bool visible);

    /// Shows the inspector for @p path (File ▸ Open Module File…, drag and drop).
    bool inspectFile(const QString& path);
    /// Asks for a module file and inspects it.
    void openModuleFile();
    /// Opens the load form for @p module (Module ▸ Load… passes the selected one); returns the dialog.
    ModuleLoadDialog* openLoadDialog(const QString& module);
    /// Opens the load form for the module file @p path.
    ModuleLoadDialog* openLoadFileDialog(const QString& path);
    /// Selects @p module in the table (clearing a search that hides it); false when the kernel has none.
    bool selectModule(const QString& module);
    /// The module selected in the table, or empty.
    QString selectedModule() const;

    // For tests.
    bool isIndexing() const;
    bool moduleSupport() const { return m_supported; }
    AvailableModulesModel* model() const { return m_model; }
    AvailableModulesFilterModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* loadButton() const { return m_load; }
    QLabel* messageLabel() const { return m_message; }
    ModuleFileInspector* inspector() const { return m_inspector; }
    QString detailsText() const;

Q_SIGNALS:
    /// Indexing finished (or failed): the table is complete.
    void indexingFinished();
    void kernelLogRequested(qint64 first, qint64 last, const QString& title);
    void loadedModuleRequested(const QString& module);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void startIndexing();
    /// /proc/modules into the model's state column.
    void updateLoaded();
    /// Each tick: updateLoaded(), and a new index when depmod changed modules.dep.
    void refreshLoaded();
    void showSelected();
    /// The details pane with nothing selected: what selecting a module shows.
    void showDetailsHint();
    void lookupAlias();
    void updateCounts();
    void connectDialog(ModuleLoadDialog* dialog);

    RefreshClock* m_clock;
    privileged::PrivilegedClient* m_client;
    ModuleEnvironment m_environment;
    bool m_supported = true;
    bool m_explicitRelease = false;
    bool m_showSupportMessage = true;
    bool m_capturedWithoutModprobeD = false; ///< a captured tree (--root) with no modprobe.d directory
    std::unique_ptr<ModuleDatabase> m_database;
    std::unique_ptr<ModprobeConfig> m_config;

    AvailableModulesModel* m_model;
    AvailableModulesFilterModel* m_proxy;
    ModuleIndexer* m_indexer;
    QLabel* m_message;
    QWidget* m_content;
    QLineEdit* m_search;
    QComboBox* m_state;
    QProgressBar* m_progress;
    QLabel* m_counts;
    QPushButton* m_openFile;
    QPushButton* m_load;
    QTreeView* m_view;
    QStackedWidget* m_side;
    QTextBrowser* m_details;
    ModuleFileInspector* m_inspector;
    QTimer* m_aliasTimer;
};

} // namespace kaleido
