// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "faultsframe.h"
#include "kernelfs.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

class FaultingFilterModel;
class FaultsFeed;
class OomScoreModel;
class ProcessActions;
class ProcessFaultsModel;
class RefreshClock;
class SeriesLegendModel;
class TimeSeriesChart;
class VmstatRateModel;

/**
 * Memory ▸ Faults & OOM: the system's page-fault and swap rates from /proc/vmstat as a live chart with a
 * legend; below it, the processes by fault rate and the OOM killer's ranking with an explanation of how it
 * chooses, where oom_score_adj is changed through the same dialog and permission path as on the Processes
 * page.
 *
 * /proc/vmstat is one small file, read on every tick of the RefreshClock (also while the page is hidden, so
 * the chart has a history when it is opened). The per-process tables sample on a thread of their own
 * (FaultsFeed) and only while the page is shown; the oom files of every process are read only while the OOM
 * table is shown, at most once a second.
 */
class FaultsPage : public QWidget
{
    Q_OBJECT
public:
    FaultsPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
               QWidget* parent = nullptr);
    ~FaultsPage() override;

    VmstatRateModel* rateModel() const { return m_rates; }
    SeriesLegendModel* legendModel() const { return m_legend; }
    TimeSeriesChart* chart() const { return m_chart; }
    ProcessFaultsModel* faultsModel() const { return m_faults; }
    OomScoreModel* oomModel() const { return m_oom; }
    FaultingFilterModel* faultsProxy() const { return m_faultsProxy; }
    QSortFilterProxyModel* oomProxy() const { return m_oomProxy; }
    QTreeView* faultsView() const { return m_faultsView; }
    QTreeView* oomView() const { return m_oomView; }
    QTabWidget* tables() const { return m_tables; }
    ProcessActions* actions() const { return m_actions; }
    QPushButton* adjustButton() const { return m_adjust; }
    /// The text under the chart: the latest rates in words, and what is missing.
    QString summaryText() const;
    QString oomKillText() const;
    /// How the kernel chooses a victim, as plain text.
    QString oomExplanation() const;

    /// Reads /proc/vmstat once and records it (every tick does).
    void sampleSystem();
    /// Asks the sampling thread for the process tables (every tick does while the page is shown);
    /// @p forceOom reads the oom files now even if they were read less than a second ago.
    bool refresh(bool forceOom = false);
    /// Shows the OOM ranking (true) or the fault table (false).
    void showOomRanking(bool shown);
    /// Selects @p pid in the shown table; false when it is not there.
    bool selectProcess(qint32 pid);

Q_SIGNALS:
    /// A frame of the process tables was applied (tests wait for it).
    void refreshed();
    /// One plain sentence for the status bar (what an action did).
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void apply(const FaultsFramePtr& frame);
    void updateSummary();
    void updateTargets();
    void showContextMenu(QTreeView* view, const QPoint& position);
    void showExplanation(const QModelIndex& legendIndex);
    void saveSettings() const;
    void restoreSettings();

    KernelFs m_fs;
    VmstatRateModel* m_rates;
    SeriesLegendModel* m_legend;
    TimeSeriesChart* m_chart;
    FaultsFeed* m_feed;
    ProcessFaultsModel* m_faults;
    OomScoreModel* m_oom;
    FaultingFilterModel* m_faultsProxy;
    QSortFilterProxyModel* m_oomProxy;
    ProcessActions* m_actions;
    QToolButton* m_pause;
    QComboBox* m_window;
    QSpinBox* m_historyMinutes;
    QTreeView* m_legendView;
    QLabel* m_explanation;
    QLabel* m_summary;
    QLabel* m_error;
    QTabWidget* m_tables;
    QCheckBox* m_onlyFaulting;
    QTreeView* m_faultsView;
    QLabel* m_faultsStatus;
    QTreeView* m_oomView;
    QLabel* m_oomKills;
    QTextBrowser* m_oomExplanation;
    QPushButton* m_adjust;
    QLabel* m_oomStatus;
    QSplitter* m_splitter;
    bool m_splitterPlaced = false;
    QElapsedTimer m_oomRead; ///< since the oom files were last requested
    bool m_oomWanted = true; ///< read them on the next request, whatever the time
};

} // namespace kaleido
