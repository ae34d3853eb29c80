// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "zonekey.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

class BuddyOrderBars;
class BuddyOrdersModel;
class MigrateTypesModel;
class MigrateTypesPanel;
class RefreshClock;
class SeriesLegendModel;
class TimeSeriesChart;
class ZoneFactsModel;
class ZoneHistoryModel;
class ZonesFeed;
class ZoneTreeModel;

/**
 * Memory ▸ Zones: the page allocator, live. NUMA nodes and their zones on the left with the selected zone's
 * facts (sizes, watermarks, protection); on the right, in two tabs, the zone's free blocks per order as bars
 * with the unusable free space index, and its free lists by migrate type (root-only: through the helper when
 * not root); below them its free memory against the min, low and high watermarks over time.
 *
 * Samples on the application's RefreshClock while it is shown; the files are read on a worker thread
 * (ZonesFeed), and a tick that comes while a read is under way is skipped.
 */
class ZonesPage : public QWidget
{
    Q_OBJECT
public:
    ZonesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
              QWidget* parent = nullptr);

    ZonesFeed* feed() const { return m_feed; }
    ZoneTreeModel* treeModel() const { return m_tree; }
    ZoneFactsModel* factsModel() const { return m_facts; }
    BuddyOrdersModel* buddyModel() const { return m_buddy; }
    MigrateTypesModel* migrateModel() const { return m_migrate; }
    ZoneHistoryModel* historyModel() const { return m_history; }
    QTreeView* zoneView() const { return m_zoneView; }
    QTreeView* factsView() const { return m_factsView; }
    BuddyOrderBars* bars() const { return m_bars; }
    MigrateTypesPanel* migratePanel() const { return m_migratePanel; }
    TimeSeriesChart* chart() const { return m_chart; }
    QTabWidget* tabs() const { return m_tabs; }

    ZoneKey selectedZone() const { return m_zone; }
    /// Selects @p zone in the tree (and so everywhere); false when the tree does not have it.
    bool selectZone(const ZoneKey& zone);
    /// The heading above the tabs ("Node 0 · Normal: …").
    QString headingText() const;
    /// The read errors shown above everything; empty when there are none.
    QString errorText() const;

    /// Samples now (what a clock tick does while the page is shown).
    void refresh();

Q_SIGNALS:
    /// A sample was applied to every model (tests wait for it).
    void sampled();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void apply();
    void zoneChosen(const QModelIndex& index);
    void setZone(const ZoneKey& zone);
    void updateHeading();
    QWidget* createFreeBlocksTab();
    QWidget* createMigrateTypesTab(privileged::PrivilegedClient* client, RefreshClock* clock);
    QWidget* createWatermarksPanel();

    ZonesFeed* m_feed;
    ZoneTreeModel* m_tree;
    ZoneFactsModel* m_facts;
    BuddyOrdersModel* m_buddy;
    MigrateTypesModel* m_migrate;
    ZoneHistoryModel* m_history;
    SeriesLegendModel* m_legend;
    ZoneKey m_zone;

    QLabel* m_error;
    QTreeView* m_zoneView;
    QTreeView* m_factsView;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    BuddyOrderBars* m_bars = nullptr;
    MigrateTypesPanel* m_migratePanel = nullptr;
    TimeSeriesChart* m_chart = nullptr;
    QTreeView* m_legendView = nullptr;
    QToolButton* m_pause = nullptr;
    QComboBox* m_window = nullptr;
};

} // namespace kaleido
