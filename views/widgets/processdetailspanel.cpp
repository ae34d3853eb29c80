// SPDX-License-Identifier: GPL-2.0-or-later
#include "processdetailspanel.h"

#include "processdetailsmodel.h"
#include "refreshclock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace kaleido {

ProcessDetailsPanel::ProcessDetailsPanel(RefreshClock* clock, KernelFs fs, QWidget* parent)
    : QWidget(parent)
    , m_model(new ProcessDetailsModel(std::move(fs), this))
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_memoryMap(new QPushButton(this))
{
    setObjectName(QStringLiteral("processDetailsPanel"));

    m_hint->setObjectName(QStringLiteral("detailsHint"));
    m_hint->setText(tr("Select a process to see its details: status, memory, open files, signals and more."));
    m_hint->setToolTip(tr("The details of the process selected in the list appear here"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setToolTip(tr("The process shown: its name, process ID and state"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_banner->setObjectName(QStringLiteral("detailsState"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setToolTip(
        tr("The process is not running any more; the details are frozen at the last reading"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { padding: 6px; border: 1px solid palette(mid); }"));
    m_banner->hide();

    m_memoryMap->setObjectName(QStringLiteral("memoryMapButton"));
    m_memoryMap->setText(tr("Memory map…"));
    m_memoryMap->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));
    m_memoryMap->setToolTip(
        tr("Open the process's memory map: every mapped area with its size, permissions and "
           "file (/proc/PID/smaps)"));
    m_memoryMap->setVisible(false); // until a window offers a memory map view (setMemoryMapAvailable())
    connect(m_memoryMap, &QPushButton::clicked, this, [this] {
        if (m_model->pid() > 0)
            Q_EMIT memoryMapRequested(m_model->pid());
    });
    auto* memoryButtons = new QWidget(this);
    auto* memoryButtonsLayout = new QHBoxLayout(memoryButtons);
    memoryButtonsLayout->setContentsMargins(0, 0, 0, 0);
    memoryButtonsLayout->addStretch();
    memoryButtonsLayout->addWidget(m_memoryMap);

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    addTab(tr("Overview"), tr("Name, state, IDs, start time and CPU time"), {ProcessDetails::StatusSection});
    addTab(tr("Memory"), tr("Resident, virtual, swapped and proportional memory"),
           {ProcessDetails::MemorySection}, memoryButtons);
    addTab(tr("Identity"), tr("User and group IDs and capabilities"),
           {ProcessDetails::CredentialsSection, ProcessDetails::CapabilitiesSection});
    addTab(tr("Signals"), tr("Pending, blocked, ignored and caught signals"),
           {ProcessDetails::SignalsSection});
    addTab(tr("Scheduling"),
           tr("Scheduling policy, priority, CPU affinity, context switches and resource limits"),
           {ProcessDetails::SchedulingSection, ProcessDetails::LimitsSection});
    addTab(tr("Files"), tr("Open file descriptors: files, sockets, pipes and kernel objects"),
           {ProcessDetails::FilesSection});
    addTab(tr("Environment"), tr("The environment variables the process was started with"),
           {ProcessDetails::EnvironmentSection});
    addTab(tr("Isolation"), tr("Namespaces and control groups: is the process in a container or a slice"),
           {ProcessDetails::NamespacesSection, ProcessDetails::CgroupsSection});
    addTab(tr("Family"),
           tr("The chain of parents up to PID 1 and the direct children; double-click one to show it"),
           {ProcessDetails::AncestorsSection, ProcessDetails::ChildrenSection});

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_banner);
    detailsLayout->addWidget(m_tabs, 1);
    detailsLayout->addStretch(); // takes the room of the tabs when there is nothing to show in them
    m_title->setContentsMargins(4, 4, 4, 2);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ProcessDetailsPanel::layoutViews);
    connect(m_model, &ProcessDetailsModel::stateChanged, this, &ProcessDetailsPanel::updateHeader);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (!topLeft.parent().isValid() || topLeft.parent().row() == ProcessDetails::StatusSection)
            updateHeader();
    });
    if (clock)
        connect(clock, &RefreshClock::tick, this, &ProcessDetailsPanel::refresh);
    layoutViews();
    updateHeader();
}

void ProcessDetailsPanel::addTab(const QString& title, const QString& toolTip, QList<int> sections,
                                 QWidget* below)
{
    auto* view = new QTreeView(this);
    view->setObjectName(QStringLiteral("detailsView%1").arg(m_views.size()));
    view->setModel(m_model);
    view->setRootIsDecorated(false);
    view->setItemsExpandable(false);
    view->setIndentation(view->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    view->setAllColumnsShowFocus(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long values are elided; tooltips show them
    view->setToolTip(toolTip);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(ProcessDetailsModel::FieldColumn, QHeaderView::Interactive);
    connect(view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint32 pid = index.data(ProcessDetailsModel::PidRole).toInt();
        if (pid > 0 && pid != m_model->pid())
            Q_EMIT processActivated(pid);
    });

    QWidget* page = view;
    if (below) {
        page = new QWidget(this);
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->addWidget(view, 1);
        pageLayout->addWidget(below);
    }
    const int tab = m_tabs->addTab(page, title);
    m_tabs->setTabToolTip(tab, toolTip);
    m_views.append(view);
    m_tabSections.append(std::move(sections));
}

int ProcessDetailsPanel::tabOf(int section) const
{
    for (int tab = 0; tab < m_tabSections.size(); ++tab) {
        if (m_tabSections.at(tab).contains(section))
            return tab;
    }
    return -1;
}

void ProcessDetailsPanel::layoutViews()
{
    // Each tab shows its own sections of the one model, always expanded.
    for (int tab = 0; tab < m_views.size(); ++tab) {
        QTreeView* view = m_views.at(tab);
        for (int section = 0; section < m_model->rowCount(); ++section)
            view->setRowHidden(section, QModelIndex(), !m_tabSections.at(tab).contains(section));
        view->expandAll();
        view->resizeColumnToContents(ProcessDetailsModel::FieldColumn);
        view->setColumnWidth(ProcessDetailsModel::FieldColumn,
                             std::min(view->columnWidth(ProcessDetailsModel::FieldColumn),
                                      view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24));
    }
    m_stack->setCurrentIndex(m_model->pid() > 0 ? 1 : 0);
    updateHeader();
}

void ProcessDetailsPanel::updateHeader()
{
    const qint32 pid = m_model->pid();
    m_memoryMap->setEnabled(m_model->state() == ProcessDetailsModel::State::Live);
    if (pid == 0) {
        m_title->clear();
        m_banner->hide();
        return;
    }
    const QString name = m_model->processName();
    const QString state = m_model->state() == ProcessDetailsModel::State::Live
                              ? m_model->value(ProcessDetails::StatusSection, QStringLiteral("state"))
                              : QString();
    if (name.isEmpty())
        m_title->setText(tr("PID %1").arg(pid));
    else if (state.isEmpty())
        m_title->setText(tr("%1 — PID %2").arg(name).arg(pid));
    else
        m_title->setText(tr("%1 — PID %2 — %3").arg(name).arg(pid).arg(state));
    const QString stateText = m_model->stateText();
    m_banner->setText(stateText);
    m_banner->setVisible(!stateText.isEmpty());
    // Gone before it could be read: no empty tabs that look like a process without details.
    m_tabs->setVisible(m_model->rowCount() > 0);
}

void ProcessDetailsPanel::setProcess(qint32 pid, quint64 startTime)
{
    m_model->setProcess(pid, startTime);
}

qint32 ProcessDetailsPanel::pid() const
{
    return m_model->pid();
}

void ProcessDetailsPanel::refresh()
{
    if (!isVisible() || m_model->pid() == 0)
        return;
    m_model->refresh();
}

void ProcessDetailsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // the values may have gone stale while hidden
}

void ProcessDetailsPanel::setMemoryMapAvailable(bool available)
{
    m_memoryMap->setVisible(available);
}

} // namespace kaleido
