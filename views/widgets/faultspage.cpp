// SPDX-License-Identifier: GPL-2.0-or-later
#include "faultspage.h"

#include "chartroles.h"
#include "faultingfiltermodel.h"
#include "faultsfeed.h"
#include "oomscoremodel.h"
#include "processactions.h"
#include "processfaultsmodel.h"
#include "refreshclock.h"
#include "serieslegendmodel.h"
#include "timeserieschart.h"
#include "units.h"
#include "vmstat.h"
#include "vmstatratemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <ctime>

namespace kaleido {

namespace {

const QString kSettingsGroup = QStringLiteral("MemoryFaults");

/// The OOM files of every process are read at most this often (they cost three reads per process).
constexpr qint64 kOomReadEveryMs = 1000;

qint64 monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

QTreeView* makeTable(QWidget* parent, const QString& objectName)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->header()->setStretchLastSection(false);
    view->header()->setSortIndicatorShown(true);
    return view;
}

/// Columns as wide as their header or @p samples, whichever is wider, so they do not jump with every refresh;
/// @p stretch takes the rest of the width.
void sizeColumns(QTreeView* view, int stretch, const QList<std::pair<int, QString>>& samples)
{
    QHeaderView* header = view->header();
    const QFontMetrics metrics = view->fontMetrics();
    const int margin = metrics.horizontalAdvance(QLatin1Char('M'));
    header->setMinimumSectionSize(4 * margin);
    for (const auto& [column, sample] : samples) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        // The title needs room for the sort arrow too.
        header->resizeSection(column, std::max(metrics.horizontalAdvance(title) + 2 * margin,
                                               metrics.horizontalAdvance(sample) + margin));
    }
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

QToolButton* makeToolButton(QWidget* parent, const QString& text, const char* icon, const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(QIcon::fromTheme(QLatin1StringView(icon)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

FaultsPage::FaultsPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                       QWidget* parent)
    : QWidget(parent)
    , m_fs(std::move(fs))
    , m_rates(new VmstatRateModel(this))
    , m_legend(new SeriesLegendModel(this))
    , m_chart(new TimeSeriesChart(this))
    , m_feed(new FaultsFeed(m_fs, this))
    , m_faults(new ProcessFaultsModel(m_fs, this))
    , m_oom(new OomScoreModel(m_fs, this))
    , m_faultsProxy(new FaultingFilterModel(this))
    , m_oomProxy(new QSortFilterProxyModel(this))
    , m_actions(new ProcessActions(client, m_fs, this))
    , m_pause(makeToolButton(
          this, tr("Pause chart"), "media-playback-pause",
          tr("Freeze the chart to study it; sampling goes on and the chart catches up on resume")))
    , m_window(new QComboBox(this))
    , m_historyMinutes(new QSpinBox(this))
    , m_legendView(new QTreeView(this))
    , m_explanation(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_tables(new QTabWidget(this))
    , m_onlyFaulting(new QCheckBox(tr("Only processes that &faulted"), this))
    , m_faultsView(makeTable(this, QStringLiteral("faultsView")))
    , m_faultsStatus(new QLabel(this))
    , m_oomView(makeTable(this, QStringLiteral("oomView")))
    , m_oomKills(new QLabel(this))
    , m_oomExplanation(new QTextBrowser(this))
    , m_adjust(new QPushButton(tr("&Adjust OOM Score…"), this))
    , m_oomStatus(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("faultsPage"));

    // The system's rates: chart and legend.
    m_legend->setSourceModel(m_rates);
    m_chart->setModel(m_rates);

    m_pause->setObjectName(QStringLiteral("pauseChart"));
    m_pause->setCheckable(true);
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_chart->setFrozen(paused);
        m_pause->setText(paused ? tr("Resume chart") : tr("Pause chart"));
        m_pause->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start")
                                                 : QStringLiteral("media-playback-pause")));
    });
    for (const auto& [seconds, label] :
         {std::pair{60, tr("Last minute")}, std::pair{300, tr("Last 5 minutes")},
          std::pair{600, tr("Last 10 minutes")}, std::pair{0, tr("Whole history")}})
        m_window->addItem(label, seconds);
    m_window->setObjectName(QStringLiteral("chartWindow"));
    m_window->setToolTip(tr("How much of the recorded history the chart shows"));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setWindowSeconds(m_window->currentData().toInt());
        saveSettings();
    });
    m_historyMinutes->setObjectName(QStringLiteral("historyMinutes"));
    m_historyMinutes->setRange(1, 60);
    m_historyMinutes->setPrefix(tr("Keep "));
    m_historyMinutes->setSuffix(tr(" min"));
    m_historyMinutes->setToolTip(
        tr("How many minutes of rates are kept in memory; older ones are dropped, so the "
           "memory used stays the same however long Kaleido runs"));
    connect(m_historyMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_rates->setHistorySeconds(minutes * 60);
        saveSettings();
    });
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_pause);
    toolbar->addWidget(m_window);
    toolbar->addWidget(m_historyMinutes);
    toolbar->addStretch();

    m_error->setObjectName(QStringLiteral("readError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setToolTip(tr("Why the figures could not be updated"));
    m_error->setStyleSheet(QStringLiteral("QLabel { padding: 6px; border: 1px solid palette(mid); }"));
    m_error->hide();

    m_legendView->setObjectName(QStringLiteral("faultLegend"));
    m_legendView->setModel(m_legend);
    m_legendView->setRootIsDecorated(false);
    m_legendView->setUniformRowHeights(true);
    m_legendView->setAllColumnsShowFocus(true);
    m_legendView->setToolTip(tr("Tick a series to draw it; select one to read what it means"));
    m_legendView->header()->setStretchLastSection(false);
    m_legendView->header()->setSectionResizeMode(SeriesLegendModel::SeriesColumn, QHeaderView::Stretch);
    for (int c = SeriesLegendModel::NowColumn; c < SeriesLegendModel::ColumnCount; ++c)
        m_legendView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The lowest rate of the history is almost always 0: the latest and the highest say more, in less room.
    m_legendView->setColumnHidden(SeriesLegendModel::MinimumColumn, true);
    m_legendView->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 30);
    connect(m_legendView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FaultsPage::showExplanation);
    connect(m_legend, &SeriesLegendModel::seriesVisibilityChanged, this, [this](int column, bool visible) {
        m_chart->setSeriesVisible(column, visible);
        saveSettings();
    });
    m_explanation->setObjectName(QStringLiteral("seriesExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_explanation->setToolTip(tr("What the selected series counts"));

    m_summary->setObjectName(QStringLiteral("faultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setToolTip(
        tr("The rates of the latest interval in words; all page faults are minor or major"));

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_legendView, 1);
    sideLayout->addWidget(m_explanation);
    auto* chartSplitter = new QSplitter(Qt::Horizontal, this);
    chartSplitter->addWidget(m_chart);
    chartSplitter->addWidget(side);
    chartSplitter->setStretchFactor(0, 1);
    chartSplitter->setStretchFactor(1, 0);
    chartSplitter->setChildrenCollapsible(false);
    chartSplitter->setSizes({1000, fontMetrics().horizontalAdvance(QStringLiteral("M")) * 36});

    auto* systemPart = new QWidget(this);
    auto* systemLayout = new QVBoxLayout(systemPart);
    systemLayout->setContentsMargins(0, 0, 0, 0);
    systemLayout->addLayout(toolbar);
    systemLayout->addWidget(m_error);
    systemLayout->addWidget(chartSplitter, 1);
    systemLayout->addWidget(m_summary);

    // Processes by fault rate.
    m_faultsProxy->setSourceModel(m_faults);
    m_faultsView->setModel(m_faultsProxy);
    m_faultsView->sortByColumn(ProcessFaultsModel::MinorColumn, Qt::DescendingOrder);
    m_faultsView->header()->setToolTip(tr("Click a column to sort by it; click again to reverse"));
    sizeColumns(m_faultsView, ProcessFaultsModel::NameColumn,
                {{ProcessFaultsModel::PidColumn, QStringLiteral("4194304")},
                 {ProcessFaultsModel::UserColumn, QStringLiteral("www-data")},
                 {ProcessFaultsModel::MinorColumn, QStringLiteral("123,456 faults/s")},
                 {ProcessFaultsModel::MajorColumn, QStringLiteral("123,456 faults/s")},
                 {ProcessFaultsModel::RssColumn, QStringLiteral("1,023 MiB")}});
    m_faultsView->setToolTip(tr("Every process with its page faults per second over the last refresh; "
                                "right-click for the process actions"));
    m_onlyFaulting->setObjectName(QStringLiteral("onlyFaulting"));
    m_onlyFaulting->setToolTip(tr("Hide the processes that took no page fault in the last refresh"));
    connect(m_onlyFaulting, &QCheckBox::toggled, this, [this](bool on) {
        m_faultsProxy->setOnlyFaulting(on);
        saveSettings();
        updateSummary();
    });
    m_faultsStatus->setObjectName(QStringLiteral("faultsStatus"));
    m_faultsStatus->setToolTip(
        tr("How many processes there are, how many faulted, and how long reading them took"));
    auto* faultsTab = new QWidget(this);
    auto* faultsLayout = new QVBoxLayout(faultsTab);
    faultsLayout->addWidget(m_onlyFaulting);
    faultsLayout->addWidget(m_faultsView, 1);
    faultsLayout->addWidget(m_faultsStatus);

    // The OOM ranking.
    m_oomProxy->setSourceModel(m_oom);
    m_oomProxy->setSortRole(OomScoreModel::SortRole);
    m_oomProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_oomView->setModel(m_oomProxy);
    m_oomView->sortByColumn(OomScoreModel::RankColumn, Qt::AscendingOrder);
    m_oomView->header()->setToolTip(tr("Click a column to sort by it; click again to reverse"));
    sizeColumns(m_oomView, OomScoreModel::NameColumn,
                {{OomScoreModel::RankColumn, QStringLiteral("9999")},
                 {OomScoreModel::PidColumn, QStringLiteral("4194304")},
                 {OomScoreModel::UserColumn, QStringLiteral("www-data")},
                 {OomScoreModel::ScoreColumn, QStringLiteral("2000")},
                 {OomScoreModel::AdjustmentColumn, QStringLiteral("-1000")},
                 {OomScoreModel::RssColumn, QStringLiteral("1,023 MiB")},
                 {OomScoreModel::SwapColumn, QStringLiteral("1,023 MiB")}});
    m_oomView->setToolTip(
        tr("The processes in the order the OOM killer would choose them; double-click one to "
           "change its adjustment"));
    connect(m_oomView, &QTreeView::doubleClicked, this, [this] {
        if (QAction* adjust = m_actions->action(ProcessActions::Action::OomScoreAdj); adjust->isEnabled())
            adjust->trigger();
    });
    m_oomKills->setObjectName(QStringLiteral("oomKills"));
    m_oomKills->setWordWrap(true);
    m_oomKills->setToolTip(
        tr("oom_kill in /proc/vmstat: how many processes the OOM killer has ended since boot"));
    m_oomExplanation->setObjectName(QStringLiteral("oomExplanation"));
    m_oomExplanation->setOpenLinks(false);
    m_oomExplanation->setFrameShape(QFrame::NoFrame);
    m_oomExplanation->viewport()->setAutoFillBackground(
        false); // reads as text on the page, scrolls when short
    m_oomExplanation->setToolTip(tr("How the kernel chooses the process to end when memory runs out"));
    m_oomExplanation->setHtml(tr(
        "<p><b>How the kernel chooses.</b> When memory is exhausted and reclaim has freed nothing, the "
        "OOM killer ends one process to get memory back. It gives each process a <i>badness</i>: the "
        "process's resident pages, its pages in swap and its page tables, as a share of all the memory it "
        "could have (RAM plus swap, or its cgroup's limit) scaled to 1000. To that it adds oom_score_adj, "
        "also in thousandths: +500 makes a process look as if it held half of memory more, −500 half less. "
        "The process with the highest badness is ended, with any process that shares its memory.</p>"
        "<p>An adjustment of −1000 exempts a process completely; process 1 and kernel threads are never "
        "chosen. oom_score shows the badness as (1000 + badness) × 2/3, so 0 … 2000. Anyone may raise "
        "the adjustment of their own process; lowering it needs administrator permission.</p>"));
    m_oomExplanation->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 28);
    m_adjust->setObjectName(QStringLiteral("adjustOomScore"));
    m_adjust->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    connect(m_adjust, &QPushButton::clicked, this, [this] {
        if (QAction* adjust = m_actions->action(ProcessActions::Action::OomScoreAdj); adjust->isEnabled())
            adjust->trigger();
    });
    m_oomStatus->setObjectName(QStringLiteral("oomStatus"));
    m_oomStatus->setWordWrap(true);
    m_oomStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_oomStatus->setToolTip(tr("What the last change of an adjustment did"));

    auto* oomTab = new QWidget(this);
    auto* oomLayout = new QHBoxLayout(oomTab);
    auto* oomTableSide = new QVBoxLayout;
    oomTableSide->addWidget(m_oomKills);
    oomTableSide->addWidget(m_oomView, 1);
    auto* oomButtons = new QHBoxLayout;
    oomButtons->addWidget(m_adjust);
    oomButtons->addWidget(m_oomStatus, 1);
    oomTableSide->addLayout(oomButtons);
    oomLayout->addLayout(oomTableSide, 1);
    oomLayout->addWidget(m_oomExplanation);

    m_tables->setObjectName(QStringLiteral("faultTables"));
    m_tables->setDocumentMode(true);
    const int faultsIndex = m_tables->addTab(faultsTab, tr("Processes by fault rate"));
    m_tables->setTabToolTip(faultsIndex,
                            tr("Which processes take the page faults: minor and major faults per "
                               "second, from /proc/PID/stat"));
    const int oomIndex = m_tables->addTab(oomTab, tr("OOM killer ranking"));
    m_tables->setTabToolTip(oomIndex, tr("Which process the kernel would end first if memory ran out, from "
                                         "/proc/PID/oom_score; change a process's adjustment here"));
    m_tables->setToolTip(tr("The processes behind the system's page faults, and the OOM killer's order"));
    connect(m_tables, &QTabWidget::currentChanged, this, [this] {
        updateTargets();
        saveSettings();
        if (m_tables->currentIndex() == 1 && isVisible())
            refresh(true);
    });

    m_splitter->addWidget(systemPart);
    m_splitter->addWidget(m_tables);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    // Actions on the selected process: the Processes page's, with its dialogs and permission path.
    for (QTreeView* view : {m_faultsView, m_oomView}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &FaultsPage::updateTargets);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint& position) { showContextMenu(view, position); });
    }
    for (QAction* action : m_actions->actions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_actions, &ProcessActions::reported, this, [this](const QString& text) {
        m_oomStatus->setText(text);
        Q_EMIT message(text);
        m_oomWanted = true; // show the new adjustment on the next tick
        if (isVisible())
            refresh(true);
    });

    connect(m_feed, &FaultsFeed::frameReady, this, &FaultsPage::apply);
    connect(m_rates, &VmstatRateModel::sampled, this, &FaultsPage::updateSummary);
    connect(clock, &RefreshClock::tick, this, [this] {
        sampleSystem();
        if (isVisible())
            refresh();
    });

    restoreSettings();
    m_legendView->setCurrentIndex(m_legend->index(1, SeriesLegendModel::SeriesColumn)); // major faults
    updateTargets();
    updateSummary();
    sampleSystem(); // the baseline: the first tick already has a rate
}

FaultsPage::~FaultsPage() = default;

void FaultsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_splitterPlaced) {
        // The chart gets 40 % of the height at first, the tables the rest (the minimum sizes permitting).
        m_splitterPlaced = true;
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 2 / 5, height - height * 2 / 5});
    }
    refresh();
}

void FaultsPage::sampleSystem()
{
    const auto stat = readVmstat(m_fs);
    if (!stat) {
        m_error->setText(tr("Fault rates could not be updated: %1").arg(stat.error().message()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_rates->addSample(QDateTime::currentMSecsSinceEpoch(), monotonicNs(), *stat);
}

bool FaultsPage::refresh(bool forceOom)
{
    const bool oomShown = m_tables->currentIndex() == 1;
    const bool withOom = oomShown && (forceOom || m_oomWanted || !m_oomRead.isValid() ||
                                      m_oomRead.elapsed() >= kOomReadEveryMs);
    if (!m_feed->requestSample(withOom)) {
        if (forceOom)
            m_oomWanted = true; // on the next request
        return false;
    }
    if (withOom) {
        m_oomRead.start();
        m_oomWanted = false;
    }
    return true;
}

void FaultsPage::apply(const FaultsFramePtr& frame)
{
    if (frame->error) {
        m_faultsStatus->setText(tr("The processes could not be read: %1").arg(frame->error->message()));
    } else {
        m_faults->apply(frame->snapshot);
        if (frame->oomRead)
            m_oom->apply(frame->oom);
        const int processes = m_faults->rowCount();
        int faulted = 0;
        for (int row = 0; row < processes; ++row)
            faulted += m_faults->minorRate(row).value_or(0) > 0 || m_faults->majorRate(row).value_or(0) > 0;
        const QString read =
            tr("read in %1 ms").arg(QLocale().toString(double(frame->sampleNs) / 1e6, 'f', 1));
        if (m_faults->intervalSeconds() > 0)
            m_faultsStatus->setText(
                tr("%n processes, %1 of them faulted in the last %2 s; %3", nullptr, processes)
                    .arg(faulted)
                    .arg(QLocale().toString(m_faults->intervalSeconds(), 'f', 1), read));
        else
            m_faultsStatus->setText(
                tr("%n processes; the rates come with the next refresh; %1", nullptr, processes).arg(read));
    }
    m_feed->acknowledge();
    Q_EMIT refreshed();
}

QString FaultsPage::summaryText() const
{
    return m_summary->text();
}

QString FaultsPage::oomKillText() const
{
    return m_oomKills->text();
}

QString FaultsPage::oomExplanation() const
{
    return m_oomExplanation->toPlainText();
}

void FaultsPage::updateSummary()
{
    using State = VmstatRateModel::State;
    const auto& series = vmstatRateSeries();
    QStringList sentences;
    const auto all = m_rates->latestRate(0);
    const auto major = m_rates->latestRate(1);
    const QString faults = tr("faults/s");
    if (all && major) {
        const auto number = [](double rate) { return QLocale().toString(rate, 'f', rate < 100 ? 1 : 0); };
        sentences.append(
            tr("Page faults: %1 (minor %2, major %3).")
                .arg(Units::formatRate(*all, faults), number(std::max(0.0, *all - *major)), number(*major)));
    } else if (all) {
        sentences.append(tr("Page faults: %1.").arg(Units::formatRate(*all, faults)));
    }
    const auto in = m_rates->latestRate(2);
    const auto out = m_rates->latestRate(3);
    if (in && out)
        sentences.append(tr("Swapped: %1 in, %2 out.")
                             .arg(Units::formatRate(*in, series[2].translatedUnit()),
                                  Units::formatRate(*out, series[3].translatedUnit())));
    bool waiting = false;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const State state = m_rates->latestState(int(i));
        if (state == State::Waiting)
            waiting = true;
        else if (state != State::Rate)
            sentences.append(
                tr("%1 (%2): %3.")
                    .arg(series[i].translatedLabel(), series[i].key(), VmstatRateModel::stateText(state)));
    }
    if (waiting && m_rates->sampleCount() <= 1)
        sentences.prepend(tr("Waiting for a second sample of /proc/vmstat: a rate needs two."));
    m_summary->setText(sentences.join(QLatin1Char(' ')));

    const auto kills = m_rates->oomKills();
    if (m_rates->sampleCount() == 0)
        m_oomKills->setText(QString());
    else if (!kills)
        m_oomKills->setText(
            tr("This kernel does not count OOM kills (there is no oom_kill in /proc/vmstat; it "
               "came with Linux 4.13)."));
    else {
        // Counted first: lupdate 6.4 hangs on a %n argument with an operator inside parentheses.
        const int sinceBoot = int(kills.value());
        const int whileWatching = int(m_rates->oomKillsSinceFirstSample().value_or(0));
        m_oomKills->setText(tr("The OOM killer has ended %n processes since boot", nullptr, sinceBoot) +
                            tr(", %n of them since Kaleido started watching.", nullptr, whileWatching));
    }
}

void FaultsPage::updateTargets()
{
    QTreeView* view = m_tables->currentIndex() == 1 ? m_oomView : m_faultsView;
    QList<ProcessActionTarget> targets;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    const bool oom = view == m_oomView;
    for (const QModelIndex& index : rows) {
        ProcessActionTarget target;
        target.pid = index.data(oom ? int(OomScoreModel::PidRole) : int(ProcessFaultsModel::PidRole)).toInt();
        target.startTime =
            index.data(oom ? int(OomScoreModel::StartTimeRole) : int(ProcessFaultsModel::StartTimeRole))
                .toULongLong();
        target.uid =
            index.data(oom ? int(OomScoreModel::UidRole) : int(ProcessFaultsModel::UidRole)).toUInt();
        target.name =
            index.siblingAtColumn(oom ? int(OomScoreModel::NameColumn) : int(ProcessFaultsModel::NameColumn))
                .data()
                .toString();
        targets.append(target); // both tables leave kernel threads out
    }
    m_actions->setTargets(targets);
    QAction* adjust = m_actions->action(ProcessActions::Action::OomScoreAdj);
    m_adjust->setEnabled(adjust->isEnabled());
    m_adjust->setToolTip(
        adjust->isEnabled()
            ? tr("Make the selected process more or less likely to be chosen: changes its "
                 "oom_score_adj as you, or through kaleido-helper when that needs administrator "
                 "permission")
            : adjust->toolTip());
}

bool FaultsPage::selectProcess(qint32 pid)
{
    const bool oom = m_tables->currentIndex() == 1;
    QTreeView* view = oom ? m_oomView : m_faultsView;
    QSortFilterProxyModel* proxy = oom ? m_oomProxy : m_faultsProxy;
    const int row = oom ? m_oom->rowOfPid(pid) : m_faults->rowOfPid(pid);
    if (row < 0)
        return false;
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(row, 0));
    if (!index.isValid())
        return false;
    view->selectionModel()->setCurrentIndex(index,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

void FaultsPage::showOomRanking(bool shown)
{
    m_tables->setCurrentIndex(shown ? 1 : 0);
}

void FaultsPage::showContextMenu(QTreeView* view, const QPoint& position)
{
    if (!view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    m_actions->addTo(&menu);
    menu.exec(view->viewport()->mapToGlobal(position));
}

void FaultsPage::showExplanation(const QModelIndex& legendIndex)
{
    if (!legendIndex.isValid())
        return;
    const QModelIndex name = legendIndex.siblingAtColumn(SeriesLegendModel::SeriesColumn);
    m_explanation->setText(QStringLiteral("<b>%1</b><br>%2")
                               .arg(name.data().toString().toHtmlEscaped(),
                                    name.data(Qt::ToolTipRole).toString().toHtmlEscaped()));
}

void FaultsPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("hiddenSeries"), m_legend->hiddenKeys());
    settings.setValue(QStringLiteral("windowSeconds"), m_window->currentData());
    settings.setValue(QStringLiteral("historyMinutes"), m_historyMinutes->value());
    settings.setValue(QStringLiteral("onlyFaulting"), m_onlyFaulting->isChecked());
    settings.setValue(QStringLiteral("table"), m_tables->currentIndex());
}

void FaultsPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QSignalBlocker blockWindow(m_window);
    const QSignalBlocker blockHistory(m_historyMinutes);
    const QSignalBlocker blockOnly(m_onlyFaulting);
    const QSignalBlocker blockTables(m_tables);
    const int window = m_window->findData(settings.value(QStringLiteral("windowSeconds"), 300).toInt());
    m_window->setCurrentIndex(window >= 0 ? window : 1);
    m_chart->setWindowSeconds(m_window->currentData().toInt());
    m_historyMinutes->setValue(settings.value(QStringLiteral("historyMinutes"), 10).toInt());
    m_rates->setHistorySeconds(m_historyMinutes->value() * 60);
    m_onlyFaulting->setChecked(settings.value(QStringLiteral("onlyFaulting"), false).toBool());
    m_faultsProxy->setOnlyFaulting(m_onlyFaulting->isChecked());
    m_tables->setCurrentIndex(std::clamp(settings.value(QStringLiteral("table"), 0).toInt(), 0, 1));
    QStringList defaultHidden;
    for (const VmstatRateSeries& series : vmstatRateSeries()) {
        if (!series.shownByDefault)
            defaultHidden.append(series.key());
    }
    const QStringList hidden = settings.value(QStringLiteral("hiddenSeries"), defaultHidden).toStringList();
    settings.endGroup();
    m_legend->setHiddenKeys(hidden);
}

} // namespace kaleido
