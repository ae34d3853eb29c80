// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QMainWindow>

class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

class AvailableModulesPage;
class FaultsPage;
class KernelLogPage;
class LabsPage;
class RefreshClock;
class LoadedModulesPage;
class MemoryMapPage;
class MemoryOverviewPage;
class ProcessesPage;
class TunablesPage;

/**
 * Kaleido's window: a sidebar of areas (Processes, Memory, and the others as they exist), each area a set of
 * tabs; the global refresh control; a status bar with the kernel release, the uptime and the refresh state.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(KernelFs fs = KernelFs(), QWidget* parent = nullptr);

    RefreshClock* refreshClock() const { return m_clock; }
    int areaCount() const;
    int currentArea() const;
    void setCurrentArea(int area);
    QString areaName(int area) const;
    ProcessesPage* processesPage() const { return m_processes; }
    MemoryOverviewPage* memoryOverviewPage() const { return m_memoryOverview; }
    MemoryMapPage* memoryMapPage() const { return m_memoryMap; }
    /// Opens Memory ▸ Map on @p pid (what Processes ▸ details ▸ "Memory map…" does).
    void showMemoryMap(qint32 pid);
    LoadedModulesPage* loadedModulesPage() const { return m_loadedModules; }
    QTabWidget* modulePages() const { return m_modulePages; }
    AvailableModulesPage* availableModulesPage() const { return m_availableModules; }
    TunablesPage* tunablesPage() const { return m_tunables; }
    FaultsPage* faultsPage() const { return m_faults; }
    privileged::PrivilegedClient* privilegedClient() const { return m_client; }
    /// Opens Processes with @p pid selected (once it is in the list); what the Labs cards' "Show" buttons do.
    void showProcess(qint32 pid);
    LabsPage* labsPage() const { return m_labs; }
    /// Opens the Send Signal dialog for @p pid (0: this process, to be changed by the user).
    void showSignalDialog(qint32 pid = 0);
    KernelLogPage* kernelLogPage() const { return m_kernelLog; }

public Q_SLOTS:
    /// Opens the Kernel log area on records @p first…@p last (an operation's lines, OperationResult's
    /// kernelLogFirstSequence/LastSequence) under @p title; with first < 0 it only opens the area.
    void showKernelLog(qint64 first, qint64 last, const QString& title);
    /// Opens the Kernel log area showing only module @p module's messages (Modules ▸ "Show log lines").
    void showModuleLog(const QString& module);

public Q_SLOTS:
    /// Opens Modules ▸ Loaded with @p module selected (also built-in code); a name not listed only opens it.
    void showLoadedModule(const QString& name);
    /// Opens Modules ▸ Available with @p name selected.
    void showAvailableModule(const QString& name);
    /// Module ▸ Load…: the load form for the module selected in Available.
    void loadSelectedModule();
    /// Module ▸ Unload…: the unload dialog for the module selected in Loaded.
    void unloadSelectedModule();
    /// Module ▸ Open Module File…: the .ko inspector in Available.
    void openModuleFile();
    /// Modules ▸ Loaded's unload dialog for @p module with its users, in the safe order (lab 12's last step).
    void unloadModuleWithUsers(const QString& module);
    /// Memory ▸ Slab.
    void showSlab();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addArea(const QString& name, const QIcon& icon, const QString& toolTip, QTabWidget* pages);
    void createActions();
    void updateStatus();
    void showAbout();
    void restoreState();
    void showInterval(int ms);

    KernelFs m_fs;
    RefreshClock* m_clock;
    privileged::PrivilegedClient* m_client;
    QListWidget* m_areaList;
    QStackedWidget* m_areas;
    ProcessesPage* m_processes = nullptr;
    MemoryOverviewPage* m_memoryOverview = nullptr;
    MemoryMapPage* m_memoryMap = nullptr;
    QTabWidget* m_memoryPages = nullptr;
    QWidget* m_slab = nullptr;
    LoadedModulesPage* m_loadedModules = nullptr;
    QTabWidget* m_modulePages = nullptr;
    AvailableModulesPage* m_availableModules = nullptr;
    TunablesPage* m_tunables = nullptr;
    FaultsPage* m_faults = nullptr;
    QTabWidget* m_kernelLogPages = nullptr;
    KernelLogPage* m_kernelLog = nullptr;
    LabsPage* m_labs = nullptr;
    QComboBox* m_interval = nullptr;
    QAction* m_pauseAction = nullptr;
    QActionGroup* m_intervalGroup = nullptr;
    QLabel* m_kernelLabel;
    QLabel* m_uptimeLabel;
    QLabel* m_refreshLabel;
    QList<QAction*> m_areaActions;
};

} // namespace kaleido
