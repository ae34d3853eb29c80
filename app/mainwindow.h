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

class FaultsPage;
class LabsPage;
class RefreshClock;
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
    TunablesPage* tunablesPage() const { return m_tunables; }
    FaultsPage* faultsPage() const { return m_faults; }
    privileged::PrivilegedClient* privilegedClient() const { return m_client; }
    /// Opens Processes with @p pid selected (once it is in the list); what the Labs cards' "Show" buttons do.
    void showProcess(qint32 pid);
    LabsPage* labsPage() const { return m_labs; }
    /// Opens the Send Signal dialog for @p pid (0: this process, to be changed by the user).
    void showSignalDialog(qint32 pid = 0);

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
    TunablesPage* m_tunables = nullptr;
    FaultsPage* m_faults = nullptr;
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
