// SPDX-License-Identifier: GPL-2.0-or-later
#include "processespage.h"

#include "processactions.h"
#include "processcolumns.h"
#include "processdetailspanel.h"
#include "processfeed.h"
#include "processfiltermodel.h"
#include "processmodel.h"
#include "refreshclock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <unistd.h>

namespace kaleido {

ProcessesPage::ProcessesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                             QWidget* parent)
    : QWidget(parent)
    , m_fs(std::move(fs))
    , m_feed(new ProcessFeed(m_fs, this))
    , m_model(new ProcessModel(m_fs, this))
    , m_filter(new ProcessFilterModel(this))
    , m_find(new QLineEdit(this))
    , m_layout(new QComboBox(this))
    , m_onlyMine(new QCheckBox(tr("Only &mine"), this))
    , m_kernelThreads(new QCheckBox(tr("&Kernel threads"), this))
    , m_threads(new QCheckBox(tr("T&hreads"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTreeView(m_splitter))
    , m_details(new ProcessDetailsPanel(clock, m_fs, m_splitter))
    , m_actions(new ProcessActions(client, m_fs, this))
    , m_status(new QLabel(this))
    , m_columnMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("processesPage"));
    m_filter->setSourceModel(m_model);

    m_find->setObjectName(QStringLiteral("processFind"));
    m_find->setPlaceholderText(tr("Find by name, command line, user or PID"));
    m_find->setToolTip(tr("Shows the processes whose name, command line or user contains every word typed, "
                          "or whose PID or TID is a number typed. In the tree, their parents stay visible."));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::textChanged, m_filter, &ProcessFilterModel::setFindText);
    auto* find = new QAction(tr("Find Process"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(find);
    m_find->setToolTip(m_find->toolTip() + QLatin1Char(' ') +
                       tr("(%1)").arg(find->shortcut().toString(QKeySequence::NativeText)));

    m_layout->setObjectName(QStringLiteral("processLayout"));
    m_layout->addItem(tr("Table"), int(ProcessModel::Layout::Flat));
    m_layout->addItem(tr("Tree"), int(ProcessModel::Layout::Tree));
    m_layout->addItem(tr("Sessions"), int(ProcessModel::Layout::Sessions));
    m_layout->setItemData(0, tr("Every process in one sortable list"), Qt::ToolTipRole);
    m_layout->setItemData(1,
                          tr("Each process under the process that started it, as pstree draws it; kernel "
                             "threads under kthreadd"),
                          Qt::ToolTipRole);
    m_layout->setItemData(2,
                          tr("Session → process group → process: how a shell's jobs and terminals are "
                             "organised (job control)"),
                          Qt::ToolTipRole);
    m_layout->setToolTip(tr("How processes are arranged: a table, a tree by parent, or by session and "
                            "process group"));
    connect(m_layout, &QComboBox::activated, this,
            [this](int index) { setLayoutMode(m_layout->itemData(index).toInt()); });

    m_onlyMine->setToolTip(tr("Show only the processes running as you (uid %1)").arg(::getuid()));
    connect(m_onlyMine, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOnlyUser(on ? std::optional<quint32>(::getuid()) : std::nullopt);
        updateStatus();
    });
    m_kernelThreads->setToolTip(tr("Show the kernel's own threads (kworker, ksoftirqd, …), which run kernel "
                                   "code only and have no user memory"));
    m_kernelThreads->setChecked(true);
    connect(m_kernelThreads, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setHideKernelThreads(!on);
        updateStatus();
    });
    m_threads->setToolTip(tr("Show each process's threads beneath it (read from /proc/PID/task; costs a "
                             "little more on every refresh)"));
    connect(m_threads, &QCheckBox::toggled, this, &ProcessesPage::setThreadsShown);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    auto* layoutLabel = new QLabel(tr("&View:"), this);
    layoutLabel->setBuddy(m_layout);
    bar->addWidget(layoutLabel);
    bar->addWidget(m_layout);
    bar->addWidget(m_onlyMine);
    bar->addWidget(m_kernelThreads);
    bar->addWidget(m_threads);

    m_view->setObjectName(QStringLiteral("processView"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true); // rows of one height: a 10 000-row table lays out in no time
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setToolTip(QString()); // cells explain themselves
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setToolTip(tr("Click to sort by a column; right-click to choose the columns"));
    for (int column = 0; column < ProcessColumns::Count; ++column)
        m_view->setColumnHidden(column, !ProcessColumns::visibleByDefault(column));
    m_view->sortByColumn(ProcessColumns::Pid, Qt::AscendingOrder);
    m_view->setColumnWidth(ProcessColumns::Name, 220);
    for (const int column : {ProcessColumns::Pid, ProcessColumns::Tid, ProcessColumns::Ppid,
                             ProcessColumns::Threads, ProcessColumns::Nice, ProcessColumns::Priority,
                             ProcessColumns::Session, ProcessColumns::ProcessGroup})
        m_view->setColumnWidth(column, 64);
    for (const int column :
         {ProcessColumns::User, ProcessColumns::State, ProcessColumns::Cpu, ProcessColumns::Rss,
          ProcessColumns::Vsize, ProcessColumns::Pss, ProcessColumns::Swap})
        m_view->setColumnWidth(column, 90);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProcessesPage::showContextMenu);
    connect(m_view->header(), &QWidget::customContextMenuRequested, this, &ProcessesPage::showColumnMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProcessesPage::selectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ProcessesPage::expandInserted);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->layout() != ProcessModel::Layout::Flat)
            m_view->expandAll();
        if (m_restorePid)
            selectProcess(m_restorePid);
    });

    m_columnMenu->setToolTipsVisible(true);
    for (int column = 0; column < ProcessColumns::Count; ++column) {
        QAction* action = m_columnMenu->addAction(ProcessColumns::title(column));
        action->setCheckable(true);
        action->setToolTip(ProcessColumns::explanation(column));
        action->setEnabled(column != ProcessColumns::Name);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_view->setColumnHidden(column, !on);
            updateLazyGroups();
        });
    }

    m_details->setMinimumWidth(320);
    connect(m_details, &ProcessDetailsPanel::processActivated, this,
            [this](qint32 pid) { selectProcess(pid); });
    connect(m_details, &ProcessDetailsPanel::memoryMapRequested, this, &ProcessesPage::memoryMapRequested);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_actions->setTreeSource([this](qint32 pid) {
        QList<ProcessActionTarget> targets;
        for (const qint32 child : m_model->descendantsOf(pid)) {
            const QModelIndex index = m_model->indexOfPid(child);
            if (const ProcessNode* node = m_model->node(index))
                targets.append({child, node->task.startTime, QString::fromUtf8(node->task.comm()),
                                node->task.uid, node->task.kernelThread});
        }
        return targets;
    });
    // The actions' shortcuts (Del, Ctrl+K, …) act only while the focus is in this page, never on a process
    // selected in a page that is not shown.
    for (QAction* action : m_actions->actions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_actions, &ProcessActions::reported, this, &ProcessesPage::message);
    connect(m_actions, &ProcessActions::reported, this,
            [this](const QString& text) { m_status->setText(text); });

    m_status->setObjectName(QStringLiteral("processStatus"));
    m_status->setToolTip(tr("How many processes and threads the kernel lists, how many are shown, and how "
                            "long the last refresh took"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    connect(m_feed, &ProcessFeed::frameReady, this, &ProcessesPage::apply);
    connect(clock, &RefreshClock::tick, this, [this] {
        if (isVisible())
            refresh();
    });
    restoreSettings();
    updateLazyGroups();
    selectionChanged();
}

ProcessesPage::~ProcessesPage()
{
    saveSettings();
}

void ProcessesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_model->frame())
        refresh(); // fill at once rather than at the next tick
}

void ProcessesPage::refresh()
{
    m_feed->requestSample(lazyTargets());
}

void ProcessesPage::apply(const ProcessFramePtr& frame)
{
    m_lastSampleNs = frame->sampleNs;
    m_model->apply(frame);
    m_lastApplyNs = m_model->lastApplyNs();
    m_feed->acknowledge();
    updateStatus();
    Q_EMIT refreshed();
}

QList<LazyTarget> ProcessesPage::lazyTargets() const
{
    QList<LazyTarget> targets;
    auto add = [&](const QModelIndex& proxyIndex) {
        const ProcessNode* node = m_model->node(m_filter->mapToSource(proxyIndex));
        if (!node || node->kind != ProcessNode::Kind::Process || node->dying)
            return;
        // A selected row is usually visible too: read it once.
        for (const LazyTarget& known : std::as_const(targets)) {
            if (known.pid == node->task.pid)
                return;
        }
        targets.append({node->task.pid, node->task.startTime});
    };
    for (const QModelIndex& selected : m_view->selectionModel()->selectedRows())
        add(selected);
    const int bottom = m_view->viewport()->height();
    for (QModelIndex index = m_view->indexAt(QPoint(1, 1));
         index.isValid() && targets.size() < ProcessFeed::lazyBudget; index = m_view->indexBelow(index)) {
        if (m_view->visualRect(index).top() > bottom)
            break;
        add(index);
    }
    return targets;
}

void ProcessesPage::updateLazyGroups()
{
    LazyGroups groups;
    for (int column = 0; column < ProcessColumns::Count; ++column) {
        if (!m_view->isColumnHidden(column))
            groups |= ProcessColumns::lazyGroup(column);
    }
    m_feed->setLazyGroups(groups);
}

void ProcessesPage::setFindText(const QString& text)
{
    m_find->setText(text);
}

void ProcessesPage::setLayoutMode(int layout)
{
    const int index = m_layout->findData(layout);
    if (index < 0)
        return;
    m_layout->setCurrentIndex(index);
    m_restorePid = selectedPid();
    m_model->setLayout(ProcessModel::Layout(layout));
}

void ProcessesPage::setThreadsShown(bool shown)
{
    m_threads->setChecked(shown);
    m_feed->setThreadsEnabled(shown);
    if (isVisible())
        refresh();
}

void ProcessesPage::expandInserted(const QModelIndex& parent, int first, int last)
{
    if (m_model->layout() == ProcessModel::Layout::Flat)
        return;
    // A new process may come with new children of its own (inserted with it): open the whole new subtree,
    // but not thread rows.
    QList<QModelIndex> pending;
    for (int row = first; row <= last; ++row)
        pending.append(m_filter->index(row, 0, parent));
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeLast();
        if (index.data(ProcessModel::KindRole).toInt() == int(ProcessNode::Kind::Thread))
            continue;
        m_view->expand(index);
        for (int row = 0; row < m_filter->rowCount(index); ++row)
            pending.append(m_filter->index(row, 0, index));
    }
}

bool ProcessesPage::selectProcess(qint32 pid)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfPid(pid));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

qint32 ProcessesPage::selectedPid() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ProcessModel::PidRole).toInt() : 0;
}

void ProcessesPage::selectionChanged()
{
    QList<ProcessActionTarget> targets;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
        const ProcessNode* node = m_model->node(m_filter->mapToSource(row));
        if (node && node->isTask() && !node->dying)
            targets.append({node->kind == ProcessNode::Kind::Thread ? node->task.tid : node->task.pid,
                            node->task.startTime, QString::fromUtf8(node->task.comm()), node->task.uid,
                            node->task.kernelThread});
    }
    m_actions->setTargets(targets);
    const ProcessNode* current =
        m_model->node(m_filter->mapToSource(m_view->selectionModel()->currentIndex()));
    if (current && current->isTask())
        m_details->setProcess(current->task.pid, current->task.startTime);
    else
        m_details->setProcess(0, 0);
}

void ProcessesPage::updateStatus()
{
    const QLocale locale;
    int shown = 0;
    // Counting visible rows walks the proxy; cheap next to a refresh, and only the top level in the table.
    if (m_model->layout() == ProcessModel::Layout::Flat)
        shown = m_filter->rowCount();
    QString text =
        m_feed->threadsEnabled()
            ? tr("%1 processes, %2 threads")
                  .arg(locale.toString(m_model->processCount()), locale.toString(m_model->threadCount()))
            : tr("%1 processes").arg(locale.toString(m_model->processCount()));
    if (m_model->layout() == ProcessModel::Layout::Flat && shown != m_model->rowCount())
        text += tr(" · %1 shown").arg(locale.toString(shown));
    text += tr(" · read in %1 ms, shown in %2 ms")
                .arg(locale.toString(double(m_lastSampleNs) / 1e6, 'f', 1),
                     locale.toString(double(m_lastApplyNs) / 1e6, 'f', 1));
    if (const ProcessFramePtr& frame = m_model->frame(); frame && frame->error)
        text = frame->error->message();
    m_status->setText(text);
}

void ProcessesPage::showContextMenu(const QPoint& position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    m_actions->addTo(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ProcessesPage::showColumnMenu(const QPoint& position)
{
    const QList<QAction*> actions = m_columnMenu->actions();
    for (int column = 0; column < actions.size(); ++column) {
        const QSignalBlocker blocker(actions[column]);
        actions[column]->setChecked(!m_view->isColumnHidden(column));
    }
    m_columnMenu->exec(m_view->header()->mapToGlobal(position));
}

void ProcessesPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("ProcessesPage"));
    settings.setValue(QStringLiteral("header"), m_view->header()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("layout"), int(m_model->layout()));
    settings.setValue(QStringLiteral("onlyMine"), m_onlyMine->isChecked());
    settings.setValue(QStringLiteral("kernelThreads"), m_kernelThreads->isChecked());
    settings.setValue(QStringLiteral("threads"), m_threads->isChecked());
}

void ProcessesPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("ProcessesPage"));
    if (settings.contains(QStringLiteral("header")))
        m_view->header()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    if (settings.contains(QStringLiteral("splitter")))
        m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    else
        m_splitter->setSizes({760, 300});
    setLayoutMode(settings.value(QStringLiteral("layout"), int(ProcessModel::Layout::Tree)).toInt());
    m_onlyMine->setChecked(settings.value(QStringLiteral("onlyMine"), false).toBool());
    m_kernelThreads->setChecked(settings.value(QStringLiteral("kernelThreads"), true).toBool());
    setThreadsShown(settings.value(QStringLiteral("threads"), false).toBool());
}

} // namespace kaleido
