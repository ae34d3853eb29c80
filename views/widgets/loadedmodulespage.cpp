// SPDX-License-Identifier: GPL-2.0-or-later
#include "loadedmodulespage.h"

#include "graphlayout.h"
#include "kernelidentity.h"
#include "loadedmodulesmodel.h"
#include "loadedmodulesproxymodel.h"
#include "modulegraphview.h"
#include "moduleparameterspanel.h"
#include "modulepreflightstrip.h"
#include "moduleunloaddialog.h"
#include "moduleunloadorder.h"
#include "refreshclock.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kaleido {

namespace {

ModuleEnvironment environmentFor(const KernelFs& fs)
{
    ModuleEnvironment environment;
    environment.fs = fs;
    // A captured tree (tests, --root) is another kernel: look its modules up under its own release.
    if (!fs.isLive()) {
        if (const auto identity = readKernelIdentity(fs))
            environment.release = identity->release;
        // Its modprobe.d rules, not this machine's (Reload with these parameters… shows them).
        environment.useCapturedModprobeConfig();
    }
    return environment;
}

} // namespace

LoadedModulesPage::LoadedModulesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                                     QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_client(client)
    , m_fs(std::move(fs))
    , m_environment(environmentFor(m_fs))
    , m_strip(new ModulePreflightStrip(m_fs, this))
    , m_content(new QWidget(this))
    , m_filter(new QLineEdit(m_content))
    , m_showBuiltIn(new QCheckBox(tr("Show built-in"), m_content))
    , m_count(new QLabel(m_content))
    , m_model(new LoadedModulesModel(this))
    , m_proxy(new LoadedModulesProxyModel(this))
    , m_view(new QTableView(m_content))
    , m_sideTabs(new QTabWidget(m_content))
    , m_parameters(new ModuleParametersPanel(client, m_environment, m_sideTabs))
    , m_wholeGraph(new QCheckBox(tr("Whole graph"), m_content))
    , m_graph(new ModuleGraphView(m_content))
    , m_order(new QLabel(m_content))
    , m_layout(new GraphLayout(this))
{
    setObjectName(QStringLiteral("loadedModulesPage"));

    m_filter->setObjectName(QStringLiteral("loadedModulesFilter"));
    m_filter->setPlaceholderText(tr("Filter by module or user"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only modules whose name, or one of whose users, contains this text"));
    m_showBuiltIn->setObjectName(QStringLiteral("showBuiltIn"));
    m_showBuiltIn->setToolTip(tr("Also list code built into the kernel that has a /sys/module directory "
                                 "(parameters, version); it cannot be unloaded"));
    m_count->setToolTip(tr("How many modules are loaded, and how many rows the filter shows"));

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("loadedModulesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LoadedModulesModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setToolTip(tr("Loaded modules, as lsmod lists them; right-click a module to unload it"));
    m_view->setColumnHidden(LoadedModulesModel::SrcVersionColumn, true);

    m_wholeGraph->setObjectName(QStringLiteral("wholeGraph"));
    m_wholeGraph->setToolTip(
        tr("Draw every loaded module, not only the selected one's users and dependencies"));
    auto* graphPage = new QWidget(m_sideTabs);
    auto* graphLayout = new QVBoxLayout(graphPage);
    graphLayout->setContentsMargins(4, 4, 4, 4);
    graphLayout->addWidget(m_wholeGraph);
    graphLayout->addWidget(m_graph, 1);
    m_order->setObjectName(QStringLiteral("unloadOrderLine"));
    m_order->setWordWrap(true);
    m_order->setToolTip(tr("The order in which the selected module and the modules using it can be unloaded "
                           "(the numbers in the graph); what would still block it"));
    graphLayout->addWidget(m_order);
    const int parametersTab = m_sideTabs->addTab(m_parameters, tr("Parameters"));
    m_sideTabs->setTabToolTip(parametersTab,
                              tr("The selected module's parameters: current values, change the "
                                 "writable ones"));
    const int graphTab = m_sideTabs->addTab(graphPage, tr("Graph"));
    m_sideTabs->setTabToolTip(graphTab,
                              tr("Which modules use which, laid out by graphviz, with the unload order"));
    m_sideTabs->setObjectName(QStringLiteral("loadedModulesSideTabs"));

    auto* tableSide = new QWidget(m_content);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_showBuiltIn);
    controls->addWidget(m_count);
    tableLayout->addLayout(controls);
    tableLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(tableSide);
    splitter->addWidget(m_sideTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_strip);
    layout->addWidget(m_content, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_showBuiltIn, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setShowBuiltIn(on);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LoadedModulesPage::onSelectionChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LoadedModulesPage::showContextMenu);
    connect(m_wholeGraph, &QCheckBox::toggled, this, &LoadedModulesPage::updateGraph);
    connect(m_graph, &ModuleGraphView::moduleClicked, this,
            [this](const QString& module) { selectModule(module); });
    connect(m_layout, &GraphLayout::finished, this, &LoadedModulesPage::onLayout);
    connect(m_layout, &GraphLayout::failed, m_graph, &ModuleGraphView::showMessage);
    connect(m_parameters, &ModuleParametersPanel::changed, this, &LoadedModulesPage::refresh);
    connect(m_parameters, &ModuleParametersPanel::kernelLogRequested, this,
            &LoadedModulesPage::kernelLogRequested);
    if (m_clock)
        connect(m_clock, &RefreshClock::tick, this, [this] {
            if (isVisible()) // a hidden page catches up in showEvent()
                refresh();
        });

    refresh();
    m_view->resizeColumnsToContents();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void LoadedModulesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void LoadedModulesPage::setEnvironment(const ModuleEnvironment& environment)
{
    m_environment = environment;
}

void LoadedModulesPage::refresh()
{
    m_strip->refresh();
    const bool supported = m_strip->moduleSupport();
    m_content->setEnabled(supported);
    m_snapshot = readLoadedModules(m_fs, &m_snapshot);
    m_model->update(m_snapshot);
    updateCount();
    if (!supported) {
        m_graph->showMessage(tr("This kernel has no loadable modules."));
        return;
    }
    m_parameters->refresh();
    updateGraph();
}

void LoadedModulesPage::updateCount()
{
    if (m_snapshot.error) {
        m_count->setText(m_snapshot.error->message());
        return;
    }
    const int loaded = m_model->loadedCount();
    m_count->setText(tr("%n loaded", nullptr, loaded) + QStringLiteral(" · ") +
                     tr("%n shown", nullptr, m_proxy->rowCount()));
}

QString LoadedModulesPage::selectedModule() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(LoadedModulesModel::ModuleNameRole).toString() : QString();
}

bool LoadedModulesPage::selectModule(const QString& module)
{
    const int row = m_model->rowOf(module);
    if (row < 0)
        return false;
    if (m_model->index(row, 0).data(LoadedModulesModel::BuiltInRole).toBool())
        m_showBuiltIn->setChecked(true);
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void LoadedModulesPage::onSelectionChanged()
{
    const QString module = selectedModule();
    const int row = m_model->rowOf(module);
    const bool builtIn = row >= 0 && m_model->index(row, 0).data(LoadedModulesModel::BuiltInRole).toBool();
    m_parameters->setModule(module, !module.isEmpty() && !builtIn);
    updateGraph();
}

QString LoadedModulesPage::unloadOrderText() const
{
    return m_order->text();
}

void LoadedModulesPage::updateGraph()
{
    if (!m_strip->moduleSupport())
        return;
    const ModuleGraph whole = ModuleGraph::fromSnapshot(m_snapshot);
    const QString module = selectedModule();
    if (whole.node(module)) {
        const UnloadPlan plan = planUnload(m_snapshot.procModules(), module);
        QString text = tr("Unload order: %1").arg(plan.order.join(QStringLiteral(" → ")));
        QStringList blocked;
        for (const UnloadBlocker& b : plan.blockers)
            blocked.append(b.module);
        if (!blocked.isEmpty())
            text += QLatin1Char('\n') +
                    tr("Blocked by: %1 (see Unload… for why)").arg(blocked.join(QStringLiteral(", ")));
        m_order->setText(text);
    } else {
        m_order->setText(QString());
    }
    ModuleGraph graph = whole;
    if (!m_wholeGraph->isChecked() && whole.node(module))
        graph = whole.neighbourhood(module);
    m_graph->setSelectedModule(module);
    if (graph.isEmpty()) {
        m_shownGraph = graph;
        m_graph->showMessage(tr("No module is loaded."));
        return;
    }
    const QByteArray dot = graph.toDot(m_graph->nodeSizes(graph));
    if (dot == m_requestedDot && m_graph->nodeCount() > 0) {
        m_graph->setUnloadOrder(whole.node(module) ? planUnload(m_snapshot.procModules(), module).order
                                                   : QStringList());
        return;
    }
    m_requestedDot = dot;
    m_shownGraph = graph;
    m_layout->layout(dot);
}

void LoadedModulesPage::onLayout(const PlainLayout& layout)
{
    m_graph->showLayout(m_shownGraph, layout);
    const QString module = selectedModule();
    m_graph->setSelectedModule(module);
    m_graph->setUnloadOrder(m_shownGraph.node(module) ? planUnload(m_snapshot.procModules(), module).order
                                                      : QStringList());
}

ModuleUnloadDialog* LoadedModulesPage::unloadModule(const QString& module, bool withUsers)
{
    auto* dialog = new ModuleUnloadDialog(module, m_snapshot.procModules(), m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (withUsers)
        dialog->setWindowTitle(tr("Unload %1 with its users").arg(module));
    connect(dialog, &ModuleUnloadDialog::stepFinished, this, &LoadedModulesPage::refresh);
    connect(dialog, &ModuleUnloadDialog::kernelLogRequested, this, &LoadedModulesPage::kernelLogRequested);
    dialog->open();
    return dialog;
}

QMenu* LoadedModulesPage::contextMenuFor(const QString& module)
{
    delete m_menu;
    m_menu = new QMenu(this);
    const int row = m_model->rowOf(module);
    const bool builtIn = row >= 0 && m_model->index(row, 0).data(LoadedModulesModel::BuiltInRole).toBool();
    const UnloadPlan plan = planUnload(m_snapshot.procModules(), module);

    QAction* unload = m_menu->addAction(tr("Unload…"), this, [this, module] { unloadModule(module, false); });
    unload->setObjectName(QStringLiteral("unloadAction"));
    unload->setToolTip(tr("Unload %1; the dialog says first whether the kernel will allow it").arg(module));
    unload->setEnabled(!builtIn && row >= 0);
    QAction* chain =
        m_menu->addAction(tr("Unload with its users…"), this, [this, module] { unloadModule(module, true); });
    chain->setObjectName(QStringLiteral("unloadChainAction"));
    chain->setToolTip(tr("Unload the modules that use %1 first, in a safe order, then %1").arg(module));
    chain->setEnabled(!builtIn && plan.order.size() > 1);
    m_menu->addSeparator();
    QAction* log = m_menu->addAction(tr("Show log lines"), this,
                                     [this, module] { Q_EMIT kernelLogForModuleRequested(module); });
    log->setObjectName(QStringLiteral("showLogAction"));
    log->setToolTip(tr("Open the Kernel log filtered to lines that name %1").arg(module));
    QAction* available = m_menu->addAction(tr("Show in Available"), this,
                                           [this, module] { Q_EMIT availableModuleRequested(module); });
    available->setObjectName(QStringLiteral("showAvailableAction"));
    available->setToolTip(
        tr("Open Modules ▸ Available on %1: its file, modinfo and modprobe rules").arg(module));
    m_menu->setToolTipsVisible(true);
    return m_menu;
}

void LoadedModulesPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString module = index.data(LoadedModulesModel::ModuleNameRole).toString();
    contextMenuFor(module)->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace kaleido
