// SPDX-License-Identifier: GPL-2.0-or-later
#include "memoryoverviewpage.h"

#include "chartroles.h"
#include "meminfo.h"
#include "memoryhistorymodel.h"
#include "refreshclock.h"
#include "serieslegendmodel.h"
#include "timeserieschart.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kaleido {

namespace {
const QString kSettingsGroup = QStringLiteral("MemoryOverview");
}

MemoryOverviewPage::MemoryOverviewPage(RefreshClock* clock, KernelFs fs, QWidget* parent)
    : QWidget(parent)
    , m_fs(std::move(fs))
    , m_history(new MemoryHistoryModel(this))
    , m_legend(new SeriesLegendModel(this))
    , m_chart(new TimeSeriesChart(this))
    , m_legendView(new QTreeView(this))
    , m_explanation(new QLabel(this))
    , m_error(new QLabel(this))
    , m_pause(new QToolButton(this))
    , m_window(new QComboBox(this))
    , m_historyMinutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("memoryOverviewPage"));
    m_legend->setSourceModel(m_history);
    m_chart->setModel(m_history);

    // Toolbar row.
    m_pause->setObjectName(QStringLiteral("pauseChart"));
    m_pause->setCheckable(true);
    m_pause->setText(tr("Pause chart"));
    m_pause->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setToolTip(tr("Freeze the chart to study it; sampling goes on and the chart catches up on resume"));
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_chart->setFrozen(paused);
        m_pause->setText(paused ? tr("Resume chart") : tr("Pause chart"));
        m_pause->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start")
                                                 : QStringLiteral("media-playback-pause")));
    });

    for (const auto& [seconds, label] : {std::pair{60, tr("Last minute")}, std::pair{300, tr("Last 5 minutes")},
                                         std::pair{600, tr("Last 10 minutes")}, std::pair{0, tr("Whole history")}})
        m_window->addItem(label, seconds);
    m_window->setToolTip(tr("How much of the recorded history the chart shows (and exports)"));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setWindowSeconds(m_window->currentData().toInt());
        saveSettings();
    });

    m_historyMinutes->setRange(1, 240);
    m_historyMinutes->setSuffix(tr(" min"));
    m_historyMinutes->setPrefix(tr("Keep "));
    m_historyMinutes->setToolTip(tr("How many minutes of samples are kept in memory; older samples are dropped"));
    connect(m_historyMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_history->setHistorySeconds(minutes * 60);
        saveSettings();
    });

    auto* exportCsvButton = new QToolButton(this);
    exportCsvButton->setText(tr("Export CSV…"));
    exportCsvButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    exportCsvButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportCsvButton->setToolTip(tr("Save the visible time range of the shown series as comma-separated values "
                                   "(bytes, one row per sample)"));
    connect(exportCsvButton, &QToolButton::clicked, this, &MemoryOverviewPage::exportCsv);

    auto* exportPngButton = new QToolButton(this);
    exportPngButton->setText(tr("Export PNG…"));
    exportPngButton->setIcon(QIcon::fromTheme(QStringLiteral("image-x-generic")));
    exportPngButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportPngButton->setToolTip(tr("Save a picture of the chart as it is shown"));
    connect(exportPngButton, &QToolButton::clicked, this, &MemoryOverviewPage::exportPng);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_pause);
    toolbar->addWidget(m_window);
    toolbar->addWidget(m_historyMinutes);
    toolbar->addStretch();
    toolbar->addWidget(exportCsvButton);
    toolbar->addWidget(exportPngButton);

    // A read error is said in words above the chart; the chart keeps what it has.
    m_error->setObjectName(QStringLiteral("readError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { padding: 6px; border: 1px solid palette(mid); }"));
    m_error->hide();

    // Legend with values, and the explanation of the selected series.
    m_legendView->setModel(m_legend);
    m_legendView->setRootIsDecorated(false);
    m_legendView->setUniformRowHeights(true);
    m_legendView->setAllColumnsShowFocus(true);
    m_legendView->setToolTip(tr("Tick a series to draw it; select one to read what it means"));
    m_legendView->header()->setStretchLastSection(false);
    m_legendView->header()->setSectionResizeMode(SeriesLegendModel::SeriesColumn, QHeaderView::Stretch);
    for (int c = SeriesLegendModel::NowColumn; c < SeriesLegendModel::ColumnCount; ++c)
        m_legendView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_legendView->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 34);
    connect(m_legendView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MemoryOverviewPage::showExplanation);
    connect(m_legend, &SeriesLegendModel::seriesVisibilityChanged, this, [this](int column, bool visible) {
        m_chart->setSeriesVisible(column, visible);
        saveSettings();
    });

    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_explanation->setText(tr("Select a series to read what it means."));

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_legendView, 1);
    sideLayout->addWidget(m_explanation);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({1000, 340}); // the chart takes what the legend does not need

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    restoreSettings();
    // Start with "Available" explained: the one figure people most often misread.
    m_legendView->setCurrentIndex(m_legend->index(1, SeriesLegendModel::SeriesColumn));
    connect(clock, &RefreshClock::tick, this, &MemoryOverviewPage::sample);
}

void MemoryOverviewPage::sample()
{
    const auto info = readMeminfo(m_fs);
    if (!info) {
        m_error->setText(tr("Memory figures could not be updated: %1").arg(info.error().message()));
        m_error->show();
        return;
    }
    if (!info->skippedLines.isEmpty()) {
        m_error->setText(tr("Some lines of /proc/meminfo were not understood and are left out: %1")
                             .arg(info->skippedLines.constFirst().message()));
        m_error->show();
    } else {
        m_error->hide();
    }
    m_history->addSample(QDateTime::currentMSecsSinceEpoch(), *info);
}

void MemoryOverviewPage::showExplanation(const QModelIndex& legendIndex)
{
    if (!legendIndex.isValid())
        return;
    const QModelIndex name = legendIndex.siblingAtColumn(SeriesLegendModel::SeriesColumn);
    m_explanation->setText(QStringLiteral("<b>%1</b> (%2)<br>%3")
                               .arg(name.data().toString().toHtmlEscaped(),
                                    name.data(ChartRoles::SeriesKeyRole).toString().toHtmlEscaped(),
                                    name.data(Qt::ToolTipRole).toString().toHtmlEscaped()));
}

bool MemoryOverviewPage::exportCsvTo(const QString& fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return m_chart->exportCsv(&file) && file.commit();
}

bool MemoryOverviewPage::exportPngTo(const QString& fileName)
{
    return m_chart->toImage().save(fileName, "PNG");
}

void MemoryOverviewPage::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/kaleido-memory-")
                              + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                              + QStringLiteral(".csv");
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export memory history as CSV"), suggested,
                                                          tr("CSV files (*.csv)"));
    if (!fileName.isEmpty() && !exportCsvTo(fileName))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(fileName));
}

void MemoryOverviewPage::exportPng()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                              + QStringLiteral("/kaleido-memory-")
                              + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                              + QStringLiteral(".png");
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export memory chart as PNG"), suggested,
                                                          tr("PNG images (*.png)"));
    if (!fileName.isEmpty() && !exportPngTo(fileName))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(fileName));
}

void MemoryOverviewPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("hiddenSeries"), m_legend->hiddenKeys());
    settings.setValue(QStringLiteral("windowSeconds"), m_window->currentData());
    settings.setValue(QStringLiteral("historyMinutes"), m_historyMinutes->value());
}

void MemoryOverviewPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QSignalBlocker blockWindow(m_window);
    const QSignalBlocker blockHistory(m_historyMinutes);
    const int window = m_window->findData(settings.value(QStringLiteral("windowSeconds"), 600).toInt());
    m_window->setCurrentIndex(window >= 0 ? window : 2);
    m_chart->setWindowSeconds(m_window->currentData().toInt());
    m_historyMinutes->setValue(settings.value(QStringLiteral("historyMinutes"), 10).toInt());
    m_history->setHistorySeconds(m_historyMinutes->value() * 60);
    const QStringList hidden = settings.value(QStringLiteral("hiddenSeries")).toStringList();
    settings.endGroup();
    m_legend->setHiddenKeys(hidden); // the legend tells the chart, as if the user had ticked the boxes
}

} // namespace kaleido
