// SPDX-License-Identifier: GPL-2.0-or-later
#include "zonespage.h"

#include "buddyorderbars.h"
#include "buddyordersmodel.h"
#include "migratetypesmodel.h"
#include "migratetypespanel.h"
#include "refreshclock.h"
#include "serieslegendmodel.h"
#include "timeserieschart.h"
#include "units.h"
#include "zonefactsmodel.h"
#include "zonehistorymodel.h"
#include "zonesfeed.h"
#include "zonetreemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kaleido {

namespace {

QLabel* explanationLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ZonesPage::ZonesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs, QWidget* parent)
    : QWidget(parent)
    , m_feed(new ZonesFeed(std::move(fs), this))
    , m_tree(new ZoneTreeModel(this))
    , m_facts(new ZoneFactsModel(this))
    , m_buddy(new BuddyOrdersModel(this))
    , m_migrate(new MigrateTypesModel(this))
    , m_history(new ZoneHistoryModel(this))
    , m_legend(new SeriesLegendModel(this))
    , m_error(new QLabel(this))
    , m_zoneView(new QTreeView(this))
    , m_factsView(new QTreeView(this))
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("zonesPage"));

    auto* intro = explanationLabel(
        tr("How the kernel's page allocator sees physical memory: each NUMA node is split into zones, and "
           "each zone hands out its free memory in blocks of 2^order pages. Select a zone on the left."),
        this);

    m_error->setObjectName(QStringLiteral("zonesError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { padding: 6px; border: 1px solid palette(mid); }"));
    m_error->hide();

    // Left: the zones, and the facts of the selected one.
    m_zoneView->setObjectName(QStringLiteral("zoneView"));
    m_zoneView->setModel(m_tree);
    m_zoneView->setUniformRowHeights(true);
    m_zoneView->setAllColumnsShowFocus(true);
    m_zoneView->setToolTip(
        tr("NUMA nodes and their memory zones; select a zone to see it on the right. Zones "
           "in italics have no memory."));
    for (int c : {ZoneTreeModel::MinColumn, ZoneTreeModel::LowColumn, ZoneTreeModel::HighColumn,
                  ZoneTreeModel::PresentColumn, ZoneTreeModel::SpannedColumn})
        m_zoneView->setColumnHidden(c, true); // in the facts below; the selector stays narrow
    m_zoneView->header()->setStretchLastSection(false);
    m_zoneView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_zoneView->header()->setSectionResizeMode(ZoneTreeModel::NameColumn, QHeaderView::Stretch);
    connect(m_zoneView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ZonesPage::zoneChosen);

    m_factsView->setObjectName(QStringLiteral("zoneFactsView"));
    m_factsView->setModel(m_facts);
    m_factsView->setRootIsDecorated(false);
    m_factsView->setUniformRowHeights(true);
    m_factsView->setAlternatingRowColors(true);
    m_factsView->setToolTip(
        tr("What /proc/zoneinfo says about the selected zone; hover a row for its meaning"));
    m_factsView->header()->setStretchLastSection(false);
    m_factsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_factsView->header()->setSectionResizeMode(ZoneFactsModel::ValueColumn, QHeaderView::Stretch);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_zoneView);
    left->addWidget(m_factsView);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 3);
    left->setChildrenCollapsible(false);

    // Right: the selected zone.
    m_heading->setObjectName(QStringLiteral("zoneHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setToolTip(tr("The zone shown in the tabs below"));
    m_tabs->setObjectName(QStringLiteral("zoneTabs"));
    m_tabs->setDocumentMode(true);
    const int blocks = m_tabs->addTab(createFreeBlocksTab(), tr("Free blocks"));
    m_tabs->setTabToolTip(blocks,
                          tr("The buddy allocator's free blocks per order, and how fragmented they are "
                             "(/proc/buddyinfo)"));
    const int types = m_tabs->addTab(createMigrateTypesTab(client, clock), tr("Migrate types"));
    m_tabs->setTabToolTip(types,
                          tr("The free blocks split by how their pages may be used (/proc/pagetypeinfo, "
                             "root only)"));
    auto* zoneParts = new QSplitter(Qt::Vertical, this);
    zoneParts->addWidget(m_tabs);
    zoneParts->addWidget(createWatermarksPanel());
    zoneParts->setChildrenCollapsible(false);
    zoneParts->setSizes({400, 380}); // the bars of 11 orders fit without scrolling
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(zoneParts, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({480, 840});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_feed, &ZonesFeed::sampled, this, &ZonesPage::apply);
    connect(clock, &RefreshClock::tick, this, [this] {
        if (isVisible())
            refresh();
    });
    updateHeading();
}

QWidget* ZonesPage::createFreeBlocksTab()
{
    auto* tab = new QWidget(this);
    auto* explanation = explanationLabel(
        tr("The buddy allocator keeps free memory in blocks of 2^order contiguous pages. A request takes the "
           "smallest block that fits, splitting a larger one into two halves (\"buddies\") when it must; two "
           "free buddies merge again. Plenty of free memory but few large blocks means fragmentation: the "
           "unusable index tells, for each size, how much of the free memory is in pieces too small for it."),
        tab);
    m_bars = new BuddyOrderBars(tab);
    m_bars->setModel(m_buddy);
    auto* scroll = new QScrollArea(tab);
    scroll->setWidget(m_bars);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(explanation);
    layout->addWidget(scroll, 1);
    return tab;
}

QWidget* ZonesPage::createMigrateTypesTab(privileged::PrivilegedClient* client, RefreshClock* clock)
{
    auto* tab = new QWidget(this);
    auto* explanation = explanationLabel(tr("Free memory is also sorted by how its pages will be used. Pages "
                                            "that can be moved (most memory of "
                                            "processes) are kept apart from pages that cannot (most kernel "
                                            "memory), in page blocks of their own, "
                                            "so that compaction can still put large free blocks together."),
                                         tab);
    m_migratePanel = new MigrateTypesPanel(m_feed, m_migrate, client, clock, tab);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(explanation);
    layout->addWidget(m_migratePanel, 1);
    return tab;
}

QWidget* ZonesPage::createWatermarksPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("watermarksPanel"));
    auto* explanation = explanationLabel(
        tr("<b>Free memory against the watermarks.</b> When free memory falls below <i>low</i>, the kernel "
           "wakes kswapd, which reclaims memory in the background until free memory is above <i>high</i> "
           "again. Below <i>min</i>, a task that asks for memory has to reclaim some itself first, and "
           "waits. Untick Free in the legend to see the watermarks up close."),
        panel);

    m_chart = new TimeSeriesChart(panel);
    m_chart->setObjectName(QStringLiteral("watermarkChart"));
    m_chart->setModel(m_history);
    m_legend->setSourceModel(m_history);
    connect(m_legend, &SeriesLegendModel::seriesVisibilityChanged, m_chart,
            &TimeSeriesChart::setSeriesVisible);

    m_pause = new QToolButton(panel);
    m_pause->setObjectName(QStringLiteral("pauseWatermarkChart"));
    m_pause->setCheckable(true);
    m_pause->setText(tr("Pause chart"));
    m_pause->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setToolTip(
        tr("Freeze the chart to study it; sampling goes on and the chart catches up on resume"));
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_chart->setFrozen(paused);
        m_pause->setText(paused ? tr("Resume chart") : tr("Pause chart"));
        m_pause->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start")
                                                 : QStringLiteral("media-playback-pause")));
    });

    m_window = new QComboBox(panel);
    m_window->setObjectName(QStringLiteral("watermarkWindow"));
    for (const auto& [seconds, label] :
         {std::pair{60, tr("Last minute")}, std::pair{300, tr("Last 5 minutes")},
          std::pair{0, tr("Whole history (10 minutes)")}})
        m_window->addItem(label, seconds);
    m_window->setToolTip(
        tr("How much of the recorded history the chart shows; ten minutes are kept per zone, "
           "recorded while this page is shown"));
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setWindowSeconds(m_window->currentData().toInt()); });
    m_window->setCurrentIndex(1);
    m_chart->setWindowSeconds(m_window->currentData().toInt());

    m_legendView = new QTreeView(panel);
    m_legendView->setObjectName(QStringLiteral("watermarkLegend"));
    m_legendView->setModel(m_legend);
    m_legendView->setRootIsDecorated(false);
    m_legendView->setUniformRowHeights(true);
    m_legendView->setToolTip(tr("Tick a line to draw it; hover one for what it means"));
    m_legendView->header()->setStretchLastSection(false);
    m_legendView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_legendView->header()->setSectionResizeMode(SeriesLegendModel::SeriesColumn, QHeaderView::Stretch);
    m_legendView->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 30);

    auto* side = new QVBoxLayout;
    side->addWidget(m_pause);
    side->addWidget(m_window);
    side->addWidget(m_legendView, 1);

    auto* chartRow = new QHBoxLayout;
    chartRow->addWidget(m_chart, 1);
    chartRow->addLayout(side);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addLayout(chartRow, 1);
    return panel;
}

void ZonesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_feed->latest())
        refresh(); // fill at once rather than at the next tick
}

void ZonesPage::refresh()
{
    m_feed->request();
}

void ZonesPage::apply()
{
    const ZonesSamplePtr sample = m_feed->latest();
    if (!sample)
        return;
    const bool hadRows = m_tree->rowCount() > 0;
    const int nodes = m_tree->rowCount();
    m_tree->setSample(sample);
    if (!hadRows || nodes != m_tree->rowCount() || !m_zoneView->currentIndex().isValid())
        m_zoneView->expandAll();
    m_facts->setSample(sample);
    m_buddy->setSample(sample);
    m_migrate->setSample(sample);
    m_history->addSample(*sample);

    // The tree may have been rebuilt (a zone appeared): keep the zone selected, or choose the largest.
    const QModelIndex current = m_tree->indexOf(m_zone);
    if (current.isValid()) {
        if (m_zoneView->currentIndex().siblingAtColumn(0) != current)
            m_zoneView->setCurrentIndex(current);
    } else if (const ZoneKey largest = m_tree->largestZone(); largest.isValid()) {
        m_zoneView->expandAll();
        m_zoneView->setCurrentIndex(m_tree->indexOf(largest));
    }

    QStringList errors;
    if (sample->zoneinfoError)
        errors.append(tr("Zone figures could not be read: %1").arg(sample->zoneinfoError->message()));
    else if (sample->zoneinfo && !sample->zoneinfo->skippedLines.isEmpty())
        errors.append(tr("Some lines of /proc/zoneinfo were not understood and are left out: %1")
                          .arg(sample->zoneinfo->skippedLines.constFirst().message()));
    if (sample->buddyinfoError)
        errors.append(tr("Free lists could not be read: %1").arg(sample->buddyinfoError->message()));
    else if (sample->buddyinfo && !sample->buddyinfo->skippedLines.isEmpty())
        errors.append(tr("Some lines of /proc/buddyinfo were not understood and are left out: %1")
                          .arg(sample->buddyinfo->skippedLines.constFirst().message()));
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
    updateHeading();
    Q_EMIT sampled();
}

void ZonesPage::zoneChosen(const QModelIndex& index)
{
    const ZoneKey zone = m_tree->zoneAt(index);
    if (zone.isValid())
        setZone(zone); // a node row keeps the zone shown
}

void ZonesPage::setZone(const ZoneKey& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    m_facts->setZone(zone);
    m_buddy->setZone(zone);
    m_migrate->setZone(zone);
    m_history->setZone(zone);
    updateHeading();
}

bool ZonesPage::selectZone(const ZoneKey& zone)
{
    const QModelIndex index = m_tree->indexOf(zone);
    if (!index.isValid())
        return false;
    m_zoneView->setCurrentIndex(index);
    return m_zone == zone;
}

QString ZonesPage::headingText() const
{
    return m_heading->text();
}

QString ZonesPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ZonesPage::updateHeading()
{
    if (!m_zone.isValid()) {
        m_heading->setText(m_feed->latest() ? tr("No zone selected.") : tr("Reading the zones…"));
        return;
    }
    const QString name = tr("Node %1 · %2").arg(m_zone.node).arg(m_zone.zone).toHtmlEscaped();
    const ZonesSamplePtr sample = m_feed->latest();
    const ZoneInfo::Zone* zone = sample ? sample->zone(m_zone) : nullptr;
    if (zone && !zone->isPopulated()) {
        m_heading->setText(tr("<b>%1</b>: no memory in this zone").arg(name));
        return;
    }
    if (!zone || !zone->freePages() || !zone->managed()) {
        m_heading->setText(QStringLiteral("<b>%1</b>").arg(name));
        return;
    }
    const QString free = Units::formatBytes(pagesToBytes(*zone->freePages(), sample->pageSize));
    const QString managed = Units::formatBytes(pagesToBytes(*zone->managed(), sample->pageSize));
    const QString pressure = ZoneFactsModel::pressureText(ZoneFactsModel::pressureOf(*zone));
    m_heading->setText(
        tr("<b>%1</b>: %2 free of %3 managed; %4")
            .arg(name, free.toHtmlEscaped(), managed.toHtmlEscaped(), pressure.toHtmlEscaped()));
}

} // namespace kaleido
