// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "availablemodulespage.h"
#include "faultspage.h"
#include "kaleido-config.h"
#include "kernelidentity.h"
#include "kernellogpage.h"
#include "labspage.h"
#include "loadedmodulespage.h"
#include "memorymappage.h"
#include "memoryoverviewpage.h"
#include "modulelabcard.h"
#include "privilegedclient.h"
#include "processactions.h"
#include "processdetailspanel.h"
#include "processespage.h"
#include "refreshclock.h"
#include "resources.h"
#include "signaldialog.h"
#include "slabpage.h"
#include "tunablespage.h"
#include "units.h"
#include "zonespage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <memory>

namespace kaleido {

MainWindow::MainWindow(KernelFs fs, QWidget* parent)
    : QMainWindow(parent)
    , m_fs(std::move(fs))
    , m_clock(new RefreshClock(this))
    , m_client(new privileged::PrivilegedClient(this))
    , m_areaList(new QListWidget(this))
    , m_areas(new QStackedWidget(this))
    , m_kernelLabel(new QLabel(this))
    , m_uptimeLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kaleido"));

    // Sidebar of areas; each area is a set of tabs.
    m_areaList->setObjectName(QStringLiteral("areaList"));
    m_areaList->setViewMode(QListView::ListMode);
    m_areaList->setIconSize(QSize(32, 32));
    m_areaList->setSpacing(2);
    m_areaList->setFrameShape(QFrame::NoFrame);
    m_areaList->setFixedWidth(150);
    m_areaList->setToolTip(tr("The areas of Kaleido; Ctrl+1, Ctrl+2, … switch between them"));
    connect(m_areaList, &QListWidget::currentRowChanged, m_areas, &QStackedWidget::setCurrentIndex);

    auto* processPages = new QTabWidget(this);
    processPages->setObjectName(QStringLiteral("processPages"));
    processPages->setDocumentMode(true);
    processPages->setTabBarAutoHide(true);
    m_processes = new ProcessesPage(m_clock, m_client, m_fs, processPages);
    const int processes = processPages->addTab(m_processes, tr("Processes"));
    processPages->setTabToolTip(processes, tr("Every process and thread, live: tree, details, signals"));
    connect(m_processes, &ProcessesPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    addArea(tr("Processes"), QIcon(QStringLiteral(":/kaleido/area-processes.svg")),
            tr("Processes: every task the kernel schedules, its threads, credentials and signals"),
            processPages);

    auto* memoryPages = new QTabWidget(this);
    memoryPages->setObjectName(QStringLiteral("memoryPages"));
    memoryPages->setDocumentMode(true);
    m_memoryOverview = new MemoryOverviewPage(m_clock, m_fs, memoryPages);
    const int overview = memoryPages->addTab(m_memoryOverview, tr("Overview"));
    memoryPages->setTabToolTip(overview, tr("Where the RAM goes, over time, from /proc/meminfo"));
    m_memoryMap = new MemoryMapPage(m_clock, m_client, m_fs, memoryPages);
    const int map = memoryPages->addTab(m_memoryMap, tr("Map"));
    memoryPages->setTabToolTip(map, tr("One process's memory areas: where its memory is, what kind, how it "
                                       "changes (/proc/PID/smaps)"));
    connect(m_memoryMap, &MemoryMapPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    m_memoryPages = memoryPages;
    const int zones = memoryPages->addTab(new ZonesPage(m_clock, m_client, m_fs, memoryPages), tr("Zones"));
    memoryPages->setTabToolTip(zones, tr("Nodes and zones, the buddy allocator's free blocks per order, "
                                         "fragmentation, migrate types and watermarks, live"));
    m_slab = new SlabPage(m_clock, m_client, m_fs, memoryPages);
    const int slab = memoryPages->addTab(m_slab, tr("Slab"));
    memoryPages->setTabToolTip(slab,
                               tr("The kernel's slab caches, like slabtop: objects, sizes, waste and growth "
                                  "(/proc/slabinfo, read through the helper when not root)"));
    m_tunables = new TunablesPage(m_clock, m_client, m_fs, memoryPages);
    const int tunables = memoryPages->addTab(m_tunables, tr("Tunables"));
    memoryPages->setTabToolTip(tunables,
                               tr("Overcommit, swappiness, watermarks, transparent huge pages and KSM: "
                                  "change them, see what they move, and revert them"));
    connect(m_tunables, &TunablesPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    m_faults = new FaultsPage(m_clock, m_client, m_fs, memoryPages);
    const int faults = memoryPages->addTab(m_faults, tr("Faults && OOM"));
    memoryPages->setTabToolTip(faults,
                               tr("Page-fault and swap rates from /proc/vmstat, the processes that fault "
                                  "most, and the order in which the OOM killer would end processes"));
    connect(m_faults, &FaultsPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    addArea(tr("Memory"), QIcon(QStringLiteral(":/kaleido/area-memory.svg")),
            tr("Memory: how the kernel uses RAM and swap"), memoryPages);

    // Modules: Loaded [A], Available [B].
    m_modulePages = new QTabWidget(this);
    m_modulePages->setObjectName(QStringLiteral("modulePages"));
    m_modulePages->setDocumentMode(true);
    m_loadedModules = new LoadedModulesPage(m_clock, m_client, m_fs, m_modulePages);
    const int loadedModules = m_modulePages->addTab(m_loadedModules, tr("Loaded"));
    m_modulePages->setTabToolTip(
        loadedModules, tr("Loaded modules as lsmod lists them, with holders, taint, parameters, the "
                          "dependency graph and a safe unload order"));
    m_availableModules = new AvailableModulesPage(m_clock, m_client, m_fs, m_modulePages);
    const int availableModules = m_modulePages->addTab(m_availableModules, tr("Available"));
    m_modulePages->setTabToolTip(
        availableModules, tr("Every module installed for the running kernel, searchable, with its modinfo, "
                             "parameters and modprobe.d rules; load one with typed parameters, or inspect a "
                             ".ko file"));
    connect(m_loadedModules, &LoadedModulesPage::kernelLogForModuleRequested, this,
            &MainWindow::showModuleLog);
    connect(m_loadedModules, &LoadedModulesPage::kernelLogRequested, this, &MainWindow::showKernelLog);
    connect(m_loadedModules, &LoadedModulesPage::availableModuleRequested, this,
            &MainWindow::showAvailableModule);
    connect(m_availableModules, &AvailableModulesPage::kernelLogRequested, this, &MainWindow::showKernelLog);
    connect(m_availableModules, &AvailableModulesPage::loadedModuleRequested, this,
            &MainWindow::showLoadedModule);
    addArea(tr("Modules"), QIcon(QStringLiteral(":/kaleido/area-modules.svg")),
            tr("Modules: loaded kernel modules, their parameters and dependencies; load and unload them"),
            m_modulePages);

    // Kernel log (the last area).
    m_kernelLogPages = new QTabWidget(this);
    m_kernelLogPages->setObjectName(QStringLiteral("kernelLogPages"));
    m_kernelLogPages->setDocumentMode(true);
    m_kernelLogPages->setTabBarAutoHide(true);
    m_kernelLog = new KernelLogPage(m_clock, m_client, m_fs, m_kernelLogPages);
    const int kernelLog = m_kernelLogPages->addTab(m_kernelLog, tr("Kernel Log"));
    m_kernelLogPages->setTabToolTip(kernelLog,
                                    tr("The kernel's messages from /dev/kmsg, like dmesg --follow"));
    connect(m_kernelLog, &KernelLogPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    addArea(tr("Kernel log"), QIcon(QStringLiteral(":/kaleido/area-kernellog.svg")),
            tr("Kernel log: the kernel's messages as it writes them, filtered and coloured by level"),
            m_kernelLogPages);

    // Processes ▸ details ▸ "Memory map…" opens Memory ▸ Map on that process.
    m_processes->detailsPanel()->setMemoryMapAvailable(true);
    connect(m_processes, &ProcessesPage::memoryMapRequested, this, &MainWindow::showMemoryMap);

    // Labs: each lab's card opens Processes or Memory ▸ Map on its process. Kept the last area.
    auto* labPages = new QTabWidget(this);
    labPages->setObjectName(QStringLiteral("labPages"));
    labPages->setDocumentMode(true);
    labPages->setTabBarAutoHide(true);
    m_labs = new LabsPage(labPages);
    m_labs->setPrivilegedClient(m_client);
    labPages->setTabToolTip(labPages->addTab(m_labs, tr("Labs")),
                            tr("Experiments: start a small program and watch the kernel react"));
    connect(m_labs, &LabsPage::processFocusRequested, this, &MainWindow::showProcess);
    connect(m_labs, &LabsPage::memoryMapRequested, this, &MainWindow::showMemoryMap);
    auto* moduleLab = new ModuleLabCard(m_client, m_fs);
    m_labs->addModuleLab(moduleLab);
    connect(moduleLab, &ModuleLabCard::loadedModuleRequested, this, [this](const QString& module) {
        m_loadedModules->refresh();
        showLoadedModule(module);
    });
    connect(moduleLab, &ModuleLabCard::moduleLogRequested, this, &MainWindow::showModuleLog);
    connect(moduleLab, &ModuleLabCard::kernelLogRequested, this, &MainWindow::showKernelLog);
    connect(moduleLab, &ModuleLabCard::slabRequested, this, &MainWindow::showSlab);
    connect(moduleLab, &ModuleLabCard::unloadRequested, this, &MainWindow::unloadModuleWithUsers);
    addArea(tr("Labs"), QIcon(QStringLiteral(":/kaleido/area-labs.svg")),
            tr("Labs: guided experiments for a class, each with a program to run and an effect to watch"),
            labPages);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_areaList);
    auto* separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);

    createActions();

    // Status bar: kernel, uptime, refresh state.
    m_kernelLabel->setToolTip(tr("The running kernel's release (/proc/sys/kernel/osrelease)"));
    m_uptimeLabel->setToolTip(tr("Time since the kernel booted (/proc/uptime)"));
    m_refreshLabel->setToolTip(
        tr("How often Kaleido reads the kernel's figures; change it in View ▸ Refresh"));
    statusBar()->addWidget(m_kernelLabel);
    statusBar()->addWidget(m_uptimeLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
    if (const auto id = readKernelIdentity(m_fs))
        m_kernelLabel->setText(tr("Linux %1").arg(id->release));
    else
        m_kernelLabel->setText(id.error().message());
    auto* uptimeTimer = new QTimer(this);
    connect(uptimeTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    uptimeTimer->start(1000);
    connect(m_clock, &RefreshClock::intervalChanged, this, &MainWindow::updateStatus);
    connect(m_clock, &RefreshClock::pausedChanged, this, &MainWindow::updateStatus);

    restoreState();
    updateStatus();
    m_clock->start();
}

void MainWindow::addArea(const QString& name, const QIcon& icon, const QString& toolTip, QTabWidget* pages)
{
    auto* item = new QListWidgetItem(icon, name, m_areaList);
    const int area = m_areas->addWidget(pages);
    const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + area)));
    item->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));

    auto* action = new QAction(icon, name, this);
    action->setShortcut(shortcut);
    action->setToolTip(toolTip);
    connect(action, &QAction::triggered, this, [this, area] { setCurrentArea(area); });
    m_areaActions.append(action);
}

int MainWindow::areaCount() const
{
    return m_areas->count();
}

int MainWindow::currentArea() const
{
    return m_areas->currentIndex();
}

void MainWindow::setCurrentArea(int area)
{
    if (area >= 0 && area < m_areas->count())
        m_areaList->setCurrentRow(area);
}

QString MainWindow::areaName(int area) const
{
    return m_areaList->item(area)->text();
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                                        this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close Kaleido"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (QAction* action : std::as_const(m_areaActions))
        viewMenu->addAction(action);
    viewMenu->addSeparator();

    QMenu* refreshMenu = viewMenu->addMenu(tr("&Refresh"));
    m_pauseAction = refreshMenu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")),
                                           tr("&Pause Refresh"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Space), QKeySequence(Qt::Key_Pause)});
    m_pauseAction->setToolTip(tr("Stop reading the kernel's figures until resumed (Ctrl+Space)"));
    connect(m_pauseAction, &QAction::toggled, m_clock, &RefreshClock::setPaused);
    connect(m_clock, &RefreshClock::pausedChanged, m_pauseAction, &QAction::setChecked);
    QAction* now = refreshMenu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                          tr("Refresh &Now"), m_clock, &RefreshClock::tick);
    now->setShortcut(QKeySequence::Refresh);
    now->setToolTip(tr("Read the kernel's figures once, now"));
    refreshMenu->addSeparator();

    m_intervalGroup = new QActionGroup(this);
    m_interval = new QComboBox(this);
    m_interval->setToolTip(tr("How often the kernel's figures are read"));
    for (int ms : RefreshClock::standardIntervalsMs()) {
        QAction* action = refreshMenu->addAction(tr("Every %1").arg(RefreshClock::intervalText(ms)));
        action->setCheckable(true);
        action->setData(ms);
        action->setToolTip(tr("Read the kernel's figures every %1").arg(RefreshClock::intervalText(ms)));
        m_intervalGroup->addAction(action);
        connect(action, &QAction::triggered, m_clock, [this, ms] { m_clock->setIntervalMs(ms); });
        m_interval->addItem(tr("Every %1").arg(RefreshClock::intervalText(ms)), ms);
    }
    connect(m_interval, &QComboBox::activated, this,
            [this](int index) { m_clock->setIntervalMs(m_interval->itemData(index).toInt()); });
    connect(m_clock, &RefreshClock::intervalChanged, this, &MainWindow::showInterval);

    QToolBar* toolbar = addToolBar(tr("Refresh"));
    toolbar->setObjectName(QStringLiteral("refreshToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(now);
    toolbar->addWidget(m_interval);

    QMenu* processMenu = menuBar()->addMenu(tr("&Process"));
    processMenu->setToolTipsVisible(true);
    m_processes->actions()->addTo(processMenu);
    processMenu->addSeparator();
    QAction* signal =
        processMenu->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Send Signal to a &PID…"),
                               this, [this] { showSignalDialog(); });
    signal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    signal->setToolTip(tr("Send a signal (end, pause, continue, …) to any process by its ID, "
                          "also one not in the list (Ctrl+Shift+K)"));

    QMenu* moduleMenu = menuBar()->addMenu(tr("&Module"));
    moduleMenu->setToolTipsVisible(true);
    QAction* load = moduleMenu->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Load Module…"),
                                          this, &MainWindow::loadSelectedModule);
    load->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    load->setToolTip(tr("Load the module selected in Modules ▸ Available, with the parameters you choose "
                        "(Ctrl+L)"));
    QAction* unload = moduleMenu->addAction(QIcon::fromTheme(QStringLiteral("list-remove")),
                                            tr("&Unload Module…"), this, &MainWindow::unloadSelectedModule);
    unload->setToolTip(tr("Unload the module selected in Modules ▸ Loaded; explains first who still uses "
                          "it and in which order a chain can go"));
    QAction* openFile = moduleMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                              tr("&Open Module File…"), this, &MainWindow::openModuleFile);
    openFile->setShortcut(QKeySequence::Open);
    openFile->setToolTip(tr("Inspect a .ko file before loading it: its modinfo, whether it matches the "
                            "running kernel, its signature and the taint it would cause (Ctrl+O)"));
    fileMenu->insertAction(quit, openFile);
    fileMenu->insertSeparator(quit);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(QIcon(QStringLiteral(":/kaleido/kaleido.svg")), tr("&About Kaleido"),
                                         this, &MainWindow::showAbout);
    about->setToolTip(tr("Versions of Kaleido, Qt, libkmod and the running kernel"));
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setToolTip(tr("About the Qt toolkit"));
}

void MainWindow::showLoadedModule(const QString& name)
{
    setCurrentArea(m_areas->indexOf(m_modulePages));
    m_modulePages->setCurrentWidget(m_loadedModules);
    m_loadedModules->selectModule(name);
}

void MainWindow::showAvailableModule(const QString& name)
{
    setCurrentArea(m_areas->indexOf(m_modulePages));
    m_modulePages->setCurrentWidget(m_availableModules);
    if (!m_availableModules->selectModule(name))
        statusBar()->showMessage(tr("%1 is not among the modules installed for this kernel").arg(name),
                                 10000);
}

void MainWindow::loadSelectedModule()
{
    setCurrentArea(m_areas->indexOf(m_modulePages));
    m_modulePages->setCurrentWidget(m_availableModules);
    const QString module = m_availableModules->selectedModule();
    if (module.isEmpty() || !m_availableModules->openLoadDialog(module))
        statusBar()->showMessage(tr("Choose a module in Modules ▸ Available, then Load Module…"), 10000);
}

void MainWindow::unloadSelectedModule()
{
    setCurrentArea(m_areas->indexOf(m_modulePages));
    // From Available, the module chosen there (when it is loaded); otherwise Loaded's selection.
    if (m_modulePages->currentWidget() == m_availableModules) {
        const QString chosen = m_availableModules->selectedModule();
        if (!chosen.isEmpty())
            m_loadedModules->selectModule(chosen);
    }
    m_modulePages->setCurrentWidget(m_loadedModules);
    const QString module = m_loadedModules->selectedModule();
    if (module.isEmpty() || !m_loadedModules->unloadModule(module))
        statusBar()->showMessage(tr("Choose a module in Modules ▸ Loaded, then Unload Module…"), 10000);
}

void MainWindow::unloadModuleWithUsers(const QString& module)
{
    m_loadedModules->refresh();
    showLoadedModule(module);
    m_loadedModules->unloadModule(module, true);
}

void MainWindow::showSlab()
{
    setCurrentArea(m_areas->indexOf(m_memoryPages));
    m_memoryPages->setCurrentWidget(m_slab);
}

void MainWindow::openModuleFile()
{
    setCurrentArea(m_areas->indexOf(m_modulePages));
    m_modulePages->setCurrentWidget(m_availableModules);
    m_availableModules->openModuleFile();
}

void MainWindow::showMemoryMap(qint32 pid)
{
    const int area = m_areas->indexOf(m_memoryPages);
    setCurrentArea(area);
    m_memoryPages->setCurrentWidget(m_memoryMap);
    m_memoryMap->showProcess(pid);
}

void MainWindow::showKernelLog(qint64 first, qint64 last, const QString& title)
{
    setCurrentArea(m_areas->indexOf(m_kernelLogPages));
    m_kernelLogPages->setCurrentWidget(m_kernelLog);
    if (first >= 0)
        m_kernelLog->showSequences(quint64(first), quint64(std::max(first, last)), title);
}

void MainWindow::showModuleLog(const QString& module)
{
    setCurrentArea(m_areas->indexOf(m_kernelLogPages));
    m_kernelLogPages->setCurrentWidget(m_kernelLog);
    m_kernelLog->filterModule(module);
}

void MainWindow::showProcess(qint32 pid)
{
    for (int area = 0; area < m_areas->count(); ++area) {
        if (m_areas->widget(area)->isAncestorOf(m_processes))
            setCurrentArea(area);
    }
    if (auto* pages = qobject_cast<QTabWidget*>(m_processes->parentWidget()->parentWidget()))
        pages->setCurrentWidget(m_processes);
    if (m_processes->selectProcess(pid))
        return;
    // A process started a moment ago is not in the list yet: select it after the next refresh.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_processes, &ProcessesPage::refreshed, this, [this, pid, connection] {
        m_processes->selectProcess(pid);
        disconnect(*connection);
    });
    m_clock->tick();
}

void MainWindow::showSignalDialog(qint32 pid)
{
    auto* dialog = new SignalDialog(m_client, m_fs, pid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateStatus()
{
    if (const auto up = readUptime(m_fs))
        m_uptimeLabel->setText(tr("Up %1").arg(Units::formatDuration(qint64(*up))));
    else
        m_uptimeLabel->setText(up.error().message());
    m_refreshLabel->setText(m_clock->stateText());
    m_pauseAction->setText(m_clock->isPaused() ? tr("&Resume Refresh") : tr("&Pause Refresh"));
    m_pauseAction->setIcon(QIcon::fromTheme(m_clock->isPaused() ? QStringLiteral("media-playback-start")
                                                                : QStringLiteral("media-playback-pause")));
}

void MainWindow::showAbout()
{
    const auto id = readKernelIdentity(m_fs);
    const QString kernel = id ? (id->release + QStringLiteral("<br><small>") + id->version.toHtmlEscaped() +
                                 QStringLiteral("</small>"))
                              : id.error().message().toHtmlEscaped();
    QMessageBox::about(this, tr("About Kaleido"),
                       tr("<h3>Kaleido %1</h3>"
                          "<p>The Linux kernel's view of processes, memory and kernel modules, live.</p>"
                          "<table>"
                          "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
                          "<tr><td>libkmod</td><td>%4</td></tr>"
                          "<tr><td>Kernel</td><td>%5</td></tr>"
                          "</table>"
                          "<p>Licensed under the GNU General Public License, version 2 or later.</p>")
                           .arg(QStringLiteral(KALEIDO_VERSION_STRING), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), QStringLiteral(KALEIDO_KMOD_VERSION),
                                kernel));
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    const int area = settings.value(QStringLiteral("MainWindow/area"), 0).toInt();
    setCurrentArea(area >= 0 && area < areaCount() ? area : 0);
    for (int i = 0; i < areaCount(); ++i) {
        if (auto* pages = qobject_cast<QTabWidget*>(m_areas->widget(i)))
            pages->setCurrentIndex(settings.value(QStringLiteral("MainWindow/page%1").arg(i), 0).toInt());
    }
    const int interval = settings.value(QStringLiteral("Refresh/intervalMs"), 1000).toInt();
    m_clock->setIntervalMs(RefreshClock::standardIntervalsMs().contains(interval) ? interval : 1000);
    showInterval(m_clock->intervalMs()); // also when it did not change, so the menu and combo box show it
}

void MainWindow::showInterval(int ms)
{
    int index = m_interval->findData(ms);
    if (index <
        0) { // an interval from --interval that the menu does not offer: show it rather than a blank box
        m_interval->addItem(tr("Every %1").arg(RefreshClock::intervalText(ms)), ms);
        index = m_interval->count() - 1;
    }
    m_interval->setCurrentIndex(index);
    for (QAction* action : m_intervalGroup->actions())
        action->setChecked(action->data().toInt() == ms);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/area"), currentArea());
    for (int i = 0; i < areaCount(); ++i) {
        if (auto* pages = qobject_cast<QTabWidget*>(m_areas->widget(i)))
            settings.setValue(QStringLiteral("MainWindow/page%1").arg(i), pages->currentIndex());
    }
    settings.setValue(QStringLiteral("Refresh/intervalMs"), m_clock->intervalMs());
    QMainWindow::closeEvent(event);
}

} // namespace kaleido
