// SPDX-License-Identifier: GPL-2.0-or-later
// The main window under the offscreen platform: areas, the refresh clock, and the Memory ▸ Overview chart fed
// by the live kernel and by captured trees that change or vanish under it.
#include "availablemodulesmodel.h"
#include "availablemodulespage.h"
#include "chartroles.h"
#include "faultspage.h"
#include "kernellogfiltermodel.h"
#include "kernellogmodel.h"
#include "kernellogpage.h"
#include "loadedmodulesmodel.h"
#include "loadedmodulespage.h"
#include "mainwindow.h"
#include "memoryhistorymodel.h"
#include "memoryoverviewpage.h"
#include "moduleloaddialog.h"
#include "modulepreflightstrip.h"
#include "moduleunloaddialog.h"
#include "refreshclock.h"
#include "serieslegendmodel.h"
#include "testutils.h"
#include "timeserieschart.h"
#include "vmstatratemodel.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kaleido;

namespace {
void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray meminfoText(quint64 availableKiB)
{
    return "MemTotal:       16000000 kB\nMemFree:         1000000 kB\nMemAvailable:   " +
           QByteArray::number(availableKiB) +
           " kB\nCached:          5000000 kB\nSwapTotal:             0 kB\nSwapFree:              0 kB\n";
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location, never the user's
    }
    void init() { QSettings().clear(); }

    void opensOnProcessesAndTheMemoryChartReceivesLivePoints()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.areaCount() >= 2);
        QCOMPARE(window.areaName(0), QStringLiteral("Processes"));
        QCOMPARE(window.areaName(1), QStringLiteral("Memory"));
        QCOMPARE(window.currentArea(), 0);
        window.setCurrentArea(1);

        window.refreshClock()->setIntervalMs(100);
        MemoryOverviewPage* page = window.memoryOverviewPage();
        const int series = page->historyModel()->columnCount() - 1;
        // Every series is present on this kernel; two ticks give two points each.
        QTRY_VERIFY_WITH_TIMEOUT(page->chart()->pointCount() >= 2 * series, 10000);
        QVERIFY(page->historyModel()->rowCount() >= 2);
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("readError"))->isVisible());

        // The status bar names the running kernel and the refresh state.
        const QString status = statusText(window);
        QVERIFY2(status.contains(QStringLiteral("Linux ")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Refreshing every 0.1 s")), qPrintable(status));

        // Hovering describes the sample under the mouse with units.
        const qint64 last = page->historyModel()->timeAt(page->historyModel()->rowCount() - 1);
        const QString hover = page->chart()->describeSampleNear(last);
        QVERIFY2(hover.contains(QStringLiteral("Available: ")) && hover.contains(QStringLiteral("iB")),
                 qPrintable(hover));
    }

    // Modules (Ctrl+3) on the captured Debian guest: Loaded lists its 17 modules; showLoadedModule() selects
    // one. On this host (no module support) the same area says so and disables its content.
    void modulesArea()
    {
        MainWindow window{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        window.refreshClock()->setPaused(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.areaCount() >= 3);
        QCOMPARE(window.areaName(2), QStringLiteral("Modules"));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), 2);
        LoadedModulesPage* loaded = window.loadedModulesPage();
        QVERIFY(loaded);
        QCOMPARE(window.modulePages()->currentWidget(), loaded);
        QCOMPARE(window.modulePages()->tabText(0), QStringLiteral("Loaded"));
        QVERIFY(!window.modulePages()->tabToolTip(0).isEmpty());
        QCOMPARE(loaded->model()->loadedCount(), 17);
        QVERIFY(loaded->content()->isEnabled());

        window.setCurrentArea(0);
        window.showLoadedModule(QStringLiteral("scsi_mod"));
        QCOMPARE(window.currentArea(), 2);
        QCOMPARE(loaded->selectedModule(), QStringLiteral("scsi_mod"));

        // Available is the second tab; Loaded's "Show in Available" and the Module menu lead to it.
        AvailableModulesPage* available = window.availableModulesPage();
        QVERIFY(available);
        QCOMPARE(window.modulePages()->tabText(1), QStringLiteral("Available"));
        QVERIFY(!window.modulePages()->tabToolTip(1).isEmpty());
        if (available->isIndexing()) {
            QSignalSpy indexed(available, &AvailableModulesPage::indexingFinished);
            QVERIFY(indexed.wait(60000));
        }
        if (available->model()->rowCount() == 0)
            QSKIP("the 6.1 fixture's release has no modules installed on this machine");
        window.setCurrentArea(0);
        Q_EMIT loaded->availableModuleRequested(QStringLiteral("dummy"));
        QCOMPARE(window.currentArea(), 2);
        QCOMPARE(window.modulePages()->currentWidget(), available);
        QCOMPARE(available->selectedModule(), QStringLiteral("dummy"));

        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus.append(action->text());
        QVERIFY(menus.contains(QStringLiteral("&Module")));
        // Module ▸ Unload… from Available unloads what is chosen there: the dialog explains dummy's users.
        window.unloadSelectedModule();
        QCOMPARE(window.modulePages()->currentWidget(), loaded);
        QCOMPARE(loaded->selectedModule(), QStringLiteral("dummy"));
        auto* unloadDialog = loaded->findChild<ModuleUnloadDialog*>();
        QVERIFY(unloadDialog);
        QVERIFY(unloadDialog->isVisible());
        unloadDialog->close();
        // Module ▸ Load… opens the load form of Available's selection.
        window.modulePages()->setCurrentWidget(available);
        window.loadSelectedModule();
        auto* loadDialog = available->findChild<ModuleLoadDialog*>();
        QVERIFY(loadDialog);
        QVERIFY(loadDialog->isVisible());
        loadDialog->close();

        MainWindow host{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        host.refreshClock()->setPaused(true);
        QVERIFY(!host.loadedModulesPage()->content()->isEnabled());
        QVERIFY(host.loadedModulesPage()->preflightStrip()->noSupportText().contains(QLatin1String("6.18")));
    }

    void areasSwitchWithKeyboardShortcuts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int area = window.areaCount() - 1; area >= 0; --area) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + area), Qt::ControlModifier);
            QCOMPARE(window.currentArea(), area);
        }
    }

    // The Kernel log area comes after Modules (before Labs) and opens on an operation's
    // lines.
    void kernelLogAreaShowsAnOperationsLines()
    {
        MainWindow window{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        window.refreshClock()->setPaused(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Processes, Memory, Modules, Kernel log, Labs.
        const int area = 3;
        QCOMPARE(window.areaName(area), QStringLiteral("Kernel log"));
        QCOMPARE(window.areaName(window.areaCount() - 1), QStringLiteral("Labs"));
        KernelLogPage* page = window.kernelLogPage();
        QVERIFY(page);
        QCOMPARE(page->model()->recordCount(), 100);
        QCOMPARE(window.currentArea(), 0);

        window.showKernelLog(302, 304, QStringLiteral("load dummy"));
        QCOMPARE(window.currentArea(), area);
        QVERIFY(page->isVisible());
        QCOMPARE(page->filterModel()->rowCount(), 3);
        QVERIFY2(page->chipText().contains(QStringLiteral("load dummy")), qPrintable(page->chipText()));

        // No sequences (an older helper, or nothing printed): the area opens, nothing is filtered.
        page->clearRange();
        window.setCurrentArea(0);
        window.showKernelLog(-1, -1, QStringLiteral("unload dummy"));
        QCOMPARE(window.currentArea(), area);
        QCOMPARE(page->filterModel()->rowCount(), 100);
        QVERIFY(page->chipText().isEmpty());

        // A module's messages ("pnp: …" twice in this log).
        window.setCurrentArea(0);
        window.showModuleLog(QStringLiteral("pnp"));
        QCOMPARE(window.currentArea(), area);
        QCOMPARE(page->filterModel()->rowCount(), 2);
        QVERIFY(page->chipText().contains(QStringLiteral("Messages of: pnp")));
    }

    void capturedTreeChangingAndVanishing()
    {
        QTemporaryDir root;
        writeFile(root.path() + QStringLiteral("/proc/sys/kernel/osrelease"), "6.1.0-99-amd64\n");
        writeFile(root.path() + QStringLiteral("/proc/uptime"), "93784.5 1000.0\n");
        writeFile(root.path() + QStringLiteral("/proc/meminfo"), meminfoText(8'000'000));

        MainWindow window{KernelFs(root.path())};
        window.refreshClock()->setPaused(true); // drive sampling by hand
        window.setCurrentArea(1);               // Memory
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(statusText(window).contains(QStringLiteral("Linux 6.1.0-99-amd64")));
        QVERIFY(statusText(window).contains(QStringLiteral("1 d 02:03:04")));
        QVERIFY(statusText(window).contains(QStringLiteral("Refresh paused")));

        // The window samples once as it opens, so it never starts empty.
        MemoryOverviewPage* page = window.memoryOverviewPage();
        QCOMPARE(page->historyModel()->rowCount(), 1);
        writeFile(root.path() + QStringLiteral("/proc/meminfo"), meminfoText(6'000'000));
        QTest::qWait(5); // distinct timestamps
        page->sample();
        QCOMPARE(page->historyModel()->rowCount(), 2);
        const int available = 2;
        QCOMPARE(page->historyModel()->index(1, available).data(ChartRoles::RawValueRole).toLongLong(),
                 6'000'000LL * 1024);
        // Series this kernel tree lacks (AnonPages, Slab…) draw nothing, the five others draw two points.
        QCOMPARE(page->chart()->pointCount(), 2 * 5);

        // The file vanishes: the page says so in words, keeps its history and the window keeps running.
        QFile::remove(root.path() + QStringLiteral("/proc/meminfo"));
        page->sample();
        auto* error = page->findChild<QLabel*>(QStringLiteral("readError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("/proc/meminfo does not exist")),
                 qPrintable(error->text()));
        QCOMPARE(page->historyModel()->rowCount(), 2);
        QCOMPARE(page->chart()->pointCount(), 2 * 5);

        // It comes back garbled at the end: the good lines are used, the bad one is reported.
        writeFile(root.path() + QStringLiteral("/proc/meminfo"), meminfoText(5'000'000) + "Broken");
        page->sample();
        QCOMPARE(page->historyModel()->rowCount(), 3);
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("line 7")),
                 qPrintable(error->text()));
        writeFile(root.path() + QStringLiteral("/proc/meminfo"), meminfoText(5'000'000));
        page->sample();
        QVERIFY(!error->isVisible());
        // Memory ▸ Faults & OOM: this tree has no /proc/vmstat at first, which the page says in words.
        auto* memoryPages = window.findChild<QTabWidget*>(QStringLiteral("memoryPages"));
        FaultsPage* faults = window.faultsPage();
        QVERIFY(faults);
        const int faultsTab = memoryPages->indexOf(faults);
        QVERIFY(faultsTab >= 0);
        QCOMPARE(memoryPages->tabText(faultsTab), QStringLiteral("Faults && OOM"));
        QVERIFY(!memoryPages->tabToolTip(faultsTab).isEmpty());
        memoryPages->setCurrentIndex(faultsTab);
        auto* faultsError = faults->findChild<QLabel*>(QStringLiteral("readError"));
        faults->sampleSystem();
        QVERIFY(faultsError->isVisible());
        QVERIFY2(faultsError->text().contains(QStringLiteral("/proc/vmstat does not exist")),
                 qPrintable(faultsError->text()));
        writeFile(root.path() + QStringLiteral("/proc/vmstat"), "pgfault 1000\npgmajfault 10\n");
        faults->sampleSystem();
        QVERIFY(!faultsError->isVisible());
        writeFile(root.path() + QStringLiteral("/proc/vmstat"), "pgfault 1500\npgmajfault 10\n");
        QTest::qWait(5);
        faults->sampleSystem();
        QCOMPARE(faults->rateModel()->rowCount(), 1);
        QVERIFY(faults->rateModel()->latestRate(0).value_or(0) > 0);
        QCOMPARE(faults->rateModel()->latestRate(1), 0.0);
        QCOMPARE(faults->rateModel()->latestState(2), VmstatRateModel::State::NotReported); // no pswpin here
        QVERIFY2(faults->summaryText().contains(QStringLiteral("not reported")),
                 qPrintable(faults->summaryText()));
        QVERIFY2(faults->oomKillText().contains(QStringLiteral("does not count OOM kills")),
                 qPrintable(faults->oomKillText()));
    }

    void legendPauseAndExport()
    {
        QTemporaryDir root;
        writeFile(root.path() + QStringLiteral("/proc/sys/kernel/osrelease"), "6.18.0-test\n");
        writeFile(root.path() + QStringLiteral("/proc/meminfo"), meminfoText(7'000'000));
        MainWindow window{KernelFs(root.path())};
        window.refreshClock()->setPaused(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MemoryOverviewPage* page = window.memoryOverviewPage();
        for (int i = 0; i < 2; ++i) { // plus the sample taken as the window opened
            QTest::qWait(5);
            page->sample();
        }
        QCOMPARE(page->historyModel()->rowCount(), 3);

        // Unticking "Free" in the legend hides it in the chart and in the export.
        const int freeColumn = 3;
        QVERIFY(page->legendModel()->setData(page->legendModel()->index(freeColumn - 1, 0), Qt::Unchecked,
                                             Qt::CheckStateRole));
        QVERIFY(!page->chart()->isSeriesVisible(freeColumn));
        QVERIFY(page->chart()->isSeriesVisible(2));
        QVERIFY(!page->chart()->describeSampleNear(0).contains(QStringLiteral("Free:")));

        QTemporaryDir out;
        const QString csvPath = out.path() + QStringLiteral("/memory.csv");
        QVERIFY(page->exportCsvTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 3 + 1); // header, three samples, empty after the last CRLF
        QVERIFY2(lines.at(0).startsWith("time,MemTotal_bytes,MemAvailable_bytes,Cached_bytes"),
                 lines.at(0).constData());
        QVERIFY(!lines.at(0).contains("MemFree"));
        QVERIFY2(lines.at(1).contains(",16384000000,7168000000,5120000000"), lines.at(1).constData());

        const QString pngPath = out.path() + QStringLiteral("/memory.png");
        QVERIFY(page->exportPngTo(pngPath));
        const QImage png(pngPath);
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 100 && png.height() > 100);

        // The hidden series stays hidden in the next session.
        QCOMPARE(QSettings().value(QStringLiteral("MemoryOverview/hiddenSeries")).toStringList(),
                 QStringList{QStringLiteral("MemFree")});
        MainWindow second{KernelFs(root.path())};
        QVERIFY(!second.memoryOverviewPage()->chart()->isSeriesVisible(freeColumn));

        // "Pause chart" freezes the picture while sampling goes on; resuming catches up.
        auto* pause = page->findChild<QToolButton*>(QStringLiteral("pauseChart"));
        const int before = page->chart()->pointCount();
        pause->click();
        page->sample();
        QCOMPARE(page->historyModel()->rowCount(), 4);
        QCOMPARE(page->chart()->pointCount(), before);
        pause->click();
        QVERIFY(page->chart()->pointCount() > before);
    }

    void chartFollowsTheSystemPalette()
    {
        // A dark theme gives a dark chart with light text, not Qt Charts' fixed white theme.
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        {
            MainWindow window;
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QImage image = window.memoryOverviewPage()->chart()->toImage();
            QVERIFY(!image.isNull());
            QCOMPARE(image.pixelColor(3, 3), dark.color(QPalette::Base));
            // Somewhere there are light axis labels on it.
            bool lightText = false;
            for (int y = 0; y < image.height() && !lightText; y += 2)
                for (int x = 0; x < image.width() / 8 && !lightText; ++x)
                    lightText = image.pixelColor(x, y).lightness() > 200;
            QVERIFY(lightText);
        }
        QApplication::setPalette(original);
    }

    void restoresAreaAndRefreshInterval()
    {
        {
            MainWindow window;
            window.refreshClock()->setIntervalMs(2000);
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.refreshClock()->intervalMs(), 2000);
    }

private:
    static QString statusText(QMainWindow& window)
    {
        QStringList parts;
        const auto labels = window.statusBar()->findChildren<QLabel*>();
        for (QLabel* label : labels)
            parts.append(label->text());
        return parts.join(QLatin1Char('|'));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
