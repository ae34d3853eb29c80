// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace kaleido {

class ProcessDetailsModel;
class RefreshClock;

/**
 * Processes ▸ details: everything the kernel shows about the selected process, in tabs (overview, memory,
 * users and capabilities, signals, scheduling and limits, open files, environment, namespaces and control
 * groups, ancestors and children). Re-reads the process on every tick of the RefreshClock while it is
 * visible, updating values in place; says so in a line above the tabs when the process has exited.
 */
class ProcessDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    ProcessDetailsPanel(RefreshClock* clock, KernelFs fs, QWidget* parent = nullptr);

    /// Shows the process @p pid started at @p startTime (stat field 22; 0: whichever has the PID now).
    /// pid 0: nothing selected, a hint instead of the tabs.
    void setProcess(qint32 pid, quint64 startTime);
    /// Shows the "Memory map…" button, for a window that handles memoryMapRequested() (hidden by default).
    void setMemoryMapAvailable(bool available);
    qint32 pid() const;

    ProcessDetailsModel* model() const { return m_model; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The tree view of tab @p tab.
    QTreeView* view(int tab) const { return m_views.value(tab); }
    /// The index of the tab that shows @p section (a ProcessDetails::Section), or -1.
    int tabOf(int section) const;

    /// Reads the process again (what a tick does while the panel is visible).
    void refresh();

Q_SIGNALS:
    /// The user double-clicked another process (an ancestor or a child): show it.
    void processActivated(qint32 pid);
    /// The user asked for the process's memory map (the lead opens the maps view).
    void memoryMapRequested(qint32 pid);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addTab(const QString& title, const QString& toolTip, QList<int> sections, QWidget* below = nullptr);
    void layoutViews();
    void updateHeader();

    ProcessDetailsModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_hint;
    QLabel* m_title;
    QLabel* m_banner;
    QTabWidget* m_tabs;
    QPushButton* m_memoryMap;
    QList<QTreeView*> m_views;
    QList<QList<int>> m_tabSections;
};

} // namespace kaleido
