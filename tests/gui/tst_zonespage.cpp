// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Zones driven as a user would, over captured kernels (KernelFs(root)); the root-only breakdown
// comes through the privileged client's in-process route against the same tree.
#include "buddyorderbars.h"
#include "buddyordersmodel.h"
#include "migratetypesmodel.h"
#include "migratetypespanel.h"
#include "privilegedclient.h"
#include "refreshclock.h"
#include "testutils.h"
#include "timeserieschart.h"
#include "zonefactsmodel.h"
#include "zonehistorymodel.h"
#include "zonesfeed.h"
#include "zonespage.h"
#include "zonetreemodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace kaleido;
using privileged::PrivilegedClient;

class TestZonesPage : public QObject
{
    Q_OBJECT

private:
    static void sampleOnce(ZonesPage& page, RefreshClock& clock)
    {
        QSignalSpy sampled(&page, &ZonesPage::sampled);
        Q_EMIT clock.tick();
        QVERIFY(sampled.wait(10'000));
    }

private Q_SLOTS:
    void init() { QCoreApplication::setOrganizationName(QStringLiteral("kaleido-test")); }

    void showsTheZonesOfACapturedKernel_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("largest");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << QStringLiteral("Normal");
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << QStringLiteral("DMA32");
    }
    void showsTheZonesOfACapturedKernel()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, largest);
        const QString root = test::fixtureRoot(kernel);
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root), {}});
        ZonesPage page(&clock, &client, KernelFs(root));
        page.feed()->setPageSize(4096);
        page.resize(1250, 800);
        QSignalSpy sampled(&page, &ZonesPage::sampled);
        page.show(); // the first sample comes without waiting for a tick
        QVERIFY(sampled.wait(10'000));

        // The tree: one node, five zones, the largest selected; every node expanded.
        QCOMPARE(page.treeModel()->rowCount(), 1);
        QCOMPARE(page.treeModel()->rowCount(page.treeModel()->index(0, 0)), 5);
        QVERIFY(page.zoneView()->isExpanded(page.treeModel()->index(0, 0)));
        QCOMPARE(page.selectedZone(), (ZoneKey{0, largest}));
        QVERIFY2(page.headingText().contains(QStringLiteral("Node 0 · ") + largest),
                 qPrintable(page.headingText()));
        QVERIFY(page.headingText().contains(QStringLiteral("managed")));
        QVERIFY(page.errorText().isEmpty());

        // The bars: 11 orders labelled with their block size, painted.
        BuddyOrderBars* bars = page.bars();
        QCOMPARE(page.buddyModel()->rowCount(), 11);
        QCOMPARE(bars->rowLabel(3), QStringLiteral("order 3 · 32 KiB"));
        QCOMPARE(bars->rowLabel(10), QStringLiteral("order 10 · 4 MiB"));
        QVERIFY(bars->height() >= bars->sizeHint().height() || bars->sizeHint().height() > 0);
        const QImage picture = bars->grab().toImage();
        QVERIFY(!picture.isNull());
        // Heading tooltips explain the column; the unusable index's gives the formula.
        const QString headingTip = bars->toolTipAt(QPoint(bars->width() - 10, 3));
        QVERIFY2(headingTip.contains(QStringLiteral("(F − Σ_{i≥j} n_i·2^i) / F")), qPrintable(headingTip));
        const int rowY = bars->fontMetrics().height() + 10 + 4 * (bars->fontMetrics().height() + 6);
        QVERIFY2(bars->toolTipAt(QPoint(bars->width() - 10, rowY)).contains(QStringLiteral("order 4")),
                 qPrintable(bars->toolTipAt(QPoint(bars->width() - 10, rowY))));

        // The facts: sizes with units, protection rows.
        QVERIFY(page.factsModel()->rowOf(QStringLiteral("managed")) >= 0);
        QVERIFY(page.factsView()->model()->rowCount() > 8);

        // Migrate types: tests run as root, so the table is there.
        QVERIFY(page.migratePanel()->isShowingTable());
        QVERIFY(page.migrateModel()->rowOf(u"Movable") >= 0);
        QVERIFY(!page.migratePanel()->streamButton()->isVisibleTo(page.migratePanel()));

        // The chart goes through the chart adapter; a second sample adds a point per series.
        QCOMPARE(page.chart()->model(), page.historyModel());
        QCOMPARE(page.historyModel()->rowCount(), 1);
        sampleOnce(page, clock);
        QCOMPARE(page.historyModel()->rowCount(), 2);
        QCOMPARE(page.chart()->pointCount(), 2 * 4);

        // Choosing another zone in the tree changes every part of the page.
        QVERIFY(page.selectZone(ZoneKey{0, QStringLiteral("DMA")}));
        QCOMPARE(page.buddyModel()->zone(), (ZoneKey{0, QStringLiteral("DMA")}));
        QCOMPARE(page.migrateModel()->zone(), (ZoneKey{0, QStringLiteral("DMA")}));
        QCOMPARE(page.factsModel()->zone(), (ZoneKey{0, QStringLiteral("DMA")}));
        QCOMPARE(page.historyModel()->rowCount(), 2); // DMA was recorded all along
        QVERIFY(page.headingText().contains(QStringLiteral("DMA")));

        // An empty zone says why it has no bars, and no table of zeros.
        const QString empty = kernel == QStringLiteral("linux-6.1-debian") ? QStringLiteral("Normal")
                                                                           : QStringLiteral("Movable");
        QVERIFY(page.selectZone(ZoneKey{0, empty}));
        QCOMPARE(page.buddyModel()->rowCount(), 0);
        QVERIFY(bars->toolTipAt(QPoint(10, 10)).contains(QStringLiteral("has no memory")));
        QVERIFY(!page.migratePanel()->isShowingTable());
        QVERIFY2(page.migratePanel()->messageText().contains(QStringLiteral("no memory")),
                 qPrintable(page.migratePanel()->messageText()));

        // A click on a node row keeps the zone shown.
        page.zoneView()->setCurrentIndex(page.treeModel()->index(0, 0));
        QCOMPARE(page.selectedZone(), (ZoneKey{0, empty}));
    }

    void aNormalUserIsOfferedTheHelper()
    {
        const QString root = test::fixtureRoot(QStringLiteral("linux-6.18-host"));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root), {}});
        ZonesPage page(&clock, &client, KernelFs(root));
        page.feed()->setDirectPageTypeReads(false); // as a normal user: the kernel refuses pagetypeinfo
        QSignalSpy sampled(&page, &ZonesPage::sampled);
        page.show();
        QVERIFY(sampled.wait(10'000));
        page.tabs()->setCurrentIndex(1);

        MigrateTypesPanel* panel = page.migratePanel();
        QVERIFY(!panel->isShowingTable());
        QCOMPARE(page.migrateModel()->rowCount(), 0);
        QVERIFY2(panel->messageText().contains(QStringLiteral("only root may read")),
                 qPrintable(panel->messageText()));
        QPushButton* button = panel->streamButton();
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QVERIFY(!button->toolTip().isEmpty());

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isShowingTable(), 10'000);
        QCOMPARE(page.feed()->pageTypeAccess(), ZonesFeed::PageTypeAccess::Streaming);
        const int movable = page.migrateModel()->rowOf(u"Movable");
        QVERIFY(movable >= 0);
        QCOMPARE(page.migrateModel()->freeBlocks(movable, 10), 151ULL); // Normal, order 10
        QVERIFY2(panel->messageText().contains(QStringLiteral("kaleido-helper")),
                 qPrintable(panel->messageText()));
        QVERIFY(panel->messageText().contains(QStringLiteral("512 pages")));

        // The stream stops: the table goes, the button comes back.
        page.feed()->closePageTypeStream();
        QVERIFY(!panel->isShowingTable());
        QCOMPARE(page.migrateModel()->rowCount(), 0);
        QVERIFY(button->isVisible());
    }

    void aFailedStreamSaysWhyAndOffersToTryAgain()
    {
        QTemporaryDir root; // no /proc at all
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        ZonesPage page(&clock, &client, KernelFs(root.path()));
        page.feed()->setDirectPageTypeReads(false);
        QSignalSpy sampled(&page, &ZonesPage::sampled);
        page.show();
        QVERIFY(sampled.wait(10'000));

        // Nothing could be read: said in words, and the page stays usable.
        QVERIFY2(page.errorText().contains(QStringLiteral("/proc/zoneinfo")), qPrintable(page.errorText()));
        QVERIFY(page.errorText().contains(QStringLiteral("/proc/buddyinfo")));
        QCOMPARE(page.treeModel()->rowCount(), 0);
        QVERIFY(!page.selectedZone().isValid());

        page.migratePanel()->openStream();
        QTRY_COMPARE_WITH_TIMEOUT(page.feed()->pageTypeAccess(), ZonesFeed::PageTypeAccess::Failed, 10'000);
        QVERIFY(!page.migratePanel()->isShowingTable());
        QVERIFY(page.migratePanel()->messageText().contains(QStringLiteral("pagetypeinfo")));
        QCOMPARE(page.migratePanel()->streamButton()->text(), QStringLiteral("Try again through the helper"));
        QVERIFY(page.migratePanel()->streamButton()->isEnabled());
    }

    void everyControlExplainsItself()
    {
        const QString root = test::fixtureRoot(QStringLiteral("linux-6.18-host"));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root), {}});
        ZonesPage page(&clock, &client, KernelFs(root));
        QSignalSpy sampled(&page, &ZonesPage::sampled);
        page.show();
        QVERIFY(sampled.wait(10'000));

        const auto controls = page.findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* w : controls) {
            const bool isControl = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                                   (qobject_cast<QAbstractItemView*>(w) && !qobject_cast<QHeaderView*>(w)) ||
                                   qobject_cast<BuddyOrderBars*>(w);
            if (!isControl || w->window() != &page || qobject_cast<QTabBar*>(w->parentWidget()))
                continue; // not a control, a combo box's own popup list, or a tab bar's scroll arrows
            ++checked;
            QVERIFY2(
                !w->toolTip().isEmpty(),
                qPrintable(QStringLiteral("%1 (%2) has no tooltip")
                               .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        }
        QVERIFY(checked >= 7);
        for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(page.treeModel()),
                                          static_cast<QAbstractItemModel*>(page.factsModel()),
                                          static_cast<QAbstractItemModel*>(page.buddyModel()),
                                          static_cast<QAbstractItemModel*>(page.migrateModel())}) {
            for (int c = 0; c < model->columnCount(); ++c)
                QVERIFY2(!model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                         qPrintable(model->headerData(c, Qt::Horizontal).toString()));
        }
        for (int t = 0; t < page.tabs()->count(); ++t)
            QVERIFY(!page.tabs()->tabToolTip(t).isEmpty());
    }
};

QTEST_MAIN(TestZonesPage)
#include "tst_zonespage.moc"
