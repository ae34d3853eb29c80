// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processframe.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

class ProcessActions;
class ProcessDetailsPanel;
class ProcessFeed;
class ProcessFilterModel;
class ProcessModel;
class RefreshClock;

/**
 * Processes ▸ Processes: every process (and, on request, every thread) as a table, a tree by parent, or by
 * session and process group; find and filter; the details of the selected process beside it; the actions
 * (signals, priority, OOM adjustment, affinity) in the context menu and the Process menu.
 *
 * Samples on the application's RefreshClock while it is shown, on a thread of its own (ProcessFeed); a tick
 * that comes while the previous sample is still being read or applied is skipped, never queued.
 */
class ProcessesPage : public QWidget
{
    Q_OBJECT
public:
    ProcessesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                  QWidget* parent = nullptr);
    ~ProcessesPage() override;

    ProcessModel* model() const { return m_model; }
    ProcessFilterModel* filterModel() const { return m_filter; }
    ProcessFeed* feed() const { return m_feed; }
    QTreeView* view() const { return m_view; }
    ProcessActions* actions() const { return m_actions; }
    ProcessDetailsPanel* detailsPanel() const { return m_details; }

    /// Selects (and scrolls to) a process; false when it is not in the table.
    bool selectProcess(qint32 pid);
    qint32 selectedPid() const;
    /// Find text, as typed in the find field.
    void setFindText(const QString& text);
    void setLayoutMode(int layout); ///< int(ProcessModel::Layout)
    void setThreadsShown(bool shown);

    /// Samples now (what a clock tick does while the page is shown).
    void refresh();

Q_SIGNALS:
    /// A frame was applied (tests wait for it).
    void refreshed();
    /// The user asked for the memory map of a process (Memory ▸ Map).
    void memoryMapRequested(qint32 pid);
    /// One plain sentence for the status bar (what an action did).
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void apply(const ProcessFramePtr& frame);
    void selectionChanged();
    void updateStatus();
    void updateLazyGroups();
    QList<LazyTarget> lazyTargets() const;
    void showContextMenu(const QPoint& position);
    void showColumnMenu(const QPoint& position);
    void expandInserted(const QModelIndex& parent, int first, int last);
    void saveSettings() const;
    void restoreSettings();

    KernelFs m_fs;
    ProcessFeed* m_feed;
    ProcessModel* m_model;
    ProcessFilterModel* m_filter;
    QLineEdit* m_find;
    QComboBox* m_layout;
    QCheckBox* m_onlyMine;
    QCheckBox* m_kernelThreads;
    QCheckBox* m_threads;
    QSplitter* m_splitter;
    QTreeView* m_view;
    ProcessDetailsPanel* m_details;
    ProcessActions* m_actions;
    QLabel* m_status;
    QMenu* m_columnMenu;
    qint32 m_restorePid = 0;
    qint64 m_lastApplyNs = 0;
    qint64 m_lastSampleNs = 0;
};

} // namespace kaleido
