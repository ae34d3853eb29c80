// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;
class QTreeView;

namespace kaleido {

class MemoryHistoryModel;
class RefreshClock;
class SeriesLegendModel;
class TimeSeriesChart;

/**
 * Memory ▸ Overview: /proc/meminfo over time. Samples on every tick of the application's RefreshClock, keeps a
 * history of configurable length, and shows it as a chart with a legend that explains each series.
 */
class MemoryOverviewPage : public QWidget
{
    Q_OBJECT
public:
    MemoryOverviewPage(RefreshClock* clock, KernelFs fs, QWidget* parent = nullptr);

    MemoryHistoryModel* historyModel() const { return m_history; }
    SeriesLegendModel* legendModel() const { return m_legend; }
    TimeSeriesChart* chart() const { return m_chart; }

    /// Reads /proc/meminfo once and records it (called on each tick).
    void sample();

    bool exportCsvTo(const QString& fileName);
    bool exportPngTo(const QString& fileName);

private:
    void exportCsv();
    void exportPng();
    void showExplanation(const QModelIndex& legendIndex);
    void saveSettings() const;
    void restoreSettings();

    KernelFs m_fs;
    MemoryHistoryModel* m_history;
    SeriesLegendModel* m_legend;
    TimeSeriesChart* m_chart;
    QTreeView* m_legendView;
    QLabel* m_explanation;
    QLabel* m_error;
    QToolButton* m_pause;
    QComboBox* m_window;
    QSpinBox* m_historyMinutes;
};

} // namespace kaleido
