// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymappage.h"

#include "addressspacestrip.h"
#include "memorymapgroupmodel.h"
#include "memorymapproxymodel.h"
#include "memorymaptotalsline.h"
#include "privilegedclient.h"
#include "processcomm.h"
#include "procstatus.h"
#include "refreshclock.h"
#include "smapsstreamreader.h"
#include "units.h"
#include "usernames.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace kaleido {

static const QString kSettingsGroup = QStringLiteral("MemoryMap");

MemoryMapPage::MemoryMapPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                             QWidget* parent)
    : QWidget(parent)
    , m_fs(fs)
    , m_clock(clock)
    , m_client(client)
    , m_model(new MemoryMapModel(fs, this))
    , m_groups(new MemoryMapGroupModel(this))
    , m_proxy(new MemoryMapProxyModel(this))
    , m_pidEdit(new QLineEdit(this))
    , m_process(new QLabel(this))
    , m_grouped(new QCheckBox(tr("&Group by file"), this))
    , m_onlyChanges(new QCheckBox(tr("Only &changes"), this))
    , m_filter(new QLineEdit(this))
    , m_scale(new QComboBox(this))
    , m_snapshot(new QPushButton(tr("Take &Snapshot"), this))
    , m_clearSnapshot(new QPushButton(tr("C&lear Snapshot"), this))
    , m_export(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_helper(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_diff(new QLabel(this))
    , m_strip(new AddressSpaceStrip(this))
    , m_view(new QTreeView(this))
    , m_totals(nullptr)
    , m_reader(new SmapsStreamReader(client, this))
{
    setObjectName(QStringLiteral("memoryMapPage"));
    connectHelperReader();
    m_groups->setSourceModel(m_model);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(MemoryMapModel::PathColumn);

    // Which process.
    auto* pidLabel = new QLabel(tr("&Process ID:"), this);
    pidLabel->setBuddy(m_pidEdit);
    m_pidEdit->setObjectName(QStringLiteral("pidField"));
    m_pidEdit->setValidator(new QIntValidator(1, 1 << 22, m_pidEdit));
    m_pidEdit->setPlaceholderText(tr("PID"));
    m_pidEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
    m_pidEdit->setToolTip(tr("The process whose memory map to show; Enter shows it. "
                             "Processes ▸ details ▸ \"Memory map…\" opens it here too."));
    connect(m_pidEdit, &QLineEdit::returnPressed, this, [this] {
        bool ok = false;
        const int pid = m_pidEdit->text().toInt(&ok);
        if (ok && pid > 0)
            showProcess(pid);
    });
    auto* show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("showProcess"));
    show->setToolTip(tr("Show the memory map of the process with this ID"));
    connect(show, &QPushButton::clicked, m_pidEdit, &QLineEdit::returnPressed);
    m_process->setObjectName(QStringLiteral("processName"));
    m_process->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_snapshot->setObjectName(QStringLiteral("takeSnapshot"));
    m_snapshot->setIcon(QIcon::fromTheme(QStringLiteral("camera-photo")));
    m_snapshot->setToolTip(tr("Keep the map as it is now; every later read is compared with it: areas added, "
                              "removed, grown or shrunk are marked (watch the heap grow)"));
    connect(m_snapshot, &QPushButton::clicked, this, &MemoryMapPage::takeSnapshot);
    m_clearSnapshot->setObjectName(QStringLiteral("clearSnapshot"));
    m_clearSnapshot->setToolTip(tr("Stop comparing with the snapshot"));
    connect(m_clearSnapshot, &QPushButton::clicked, this, &MemoryMapPage::clearSnapshot);

    m_export->setObjectName(QStringLiteral("exportMap"));
    m_export->setText(tr("Export"));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolTip(
        tr("Save every area with its raw values (bytes, hexadecimal addresses) and the totals"));
    auto* exportMenu = new QMenu(m_export);
    exportMenu->setToolTipsVisible(true);
    QAction* csv = exportMenu->addAction(tr("As &CSV…"), this, [this] { exportAs(false); });
    csv->setToolTip(tr("Comma-separated values, one line per area, for a spreadsheet"));
    QAction* json = exportMenu->addAction(tr("As &JSON…"), this, [this] { exportAs(true); });
    json->setToolTip(tr("One object per area, with the flags in words and the changes since the snapshot"));
    m_export->setMenu(exportMenu);

    auto* top = new QHBoxLayout;
    top->addWidget(pidLabel);
    top->addWidget(m_pidEdit);
    top->addWidget(show);
    top->addWidget(m_process, 1);
    top->addWidget(m_snapshot);
    top->addWidget(m_clearSnapshot);
    top->addWidget(m_export);

    // Status, error, progress.
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_helper->setObjectName(QStringLiteral("readThroughHelper"));
    m_helper->setText(tr("Read as &Administrator"));
    m_helper->setIcon(QIcon::fromTheme(QStringLiteral("security-high")));
    m_helper->setToolTip(tr("Ask Kaleido's helper to read this process's memory map as root, again at every "
                            "refresh; the system asks for an administrator's password"));
    m_helper->hide();
    connect(m_helper, &QPushButton::clicked, this, &MemoryMapPage::readThroughHelper);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_helper, 0, Qt::AlignTop);

    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &MemoryMapPage::updateProgress);

    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Enter a process ID, or choose a process in Processes and press \"Memory map…\"."));
    m_diff->setObjectName(QStringLiteral("diffSummary"));
    m_diff->setWordWrap(true);
    m_diff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff->hide();

    // The strip and its legend.
    m_strip->setToolTip(QString());
    connect(m_strip, &AddressSpaceStrip::rowClicked, this, &MemoryMapPage::selectSourceRow);
    m_scale->setObjectName(QStringLiteral("stripScale"));
    m_scale->addItem(tr("Compressed sizes"), int(AddressSpaceStrip::Scale::SquareRoot));
    m_scale->addItem(tr("True sizes"), int(AddressSpaceStrip::Scale::Linear));
    m_scale->setToolTip(tr("How wide each area is drawn: by the square root of its size (small areas stay "
                           "visible beside huge reservations), or in proportion to it. Large unmapped gaps "
                           "are always shortened and labelled."));
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this] {
        m_strip->setScale(AddressSpaceStrip::Scale(m_scale->currentData().toInt()));
        saveSettings();
    });
    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(AddressSpaceStrip::createLegend(this), 1);
    legendRow->addWidget(m_scale);

    // Table controls.
    m_grouped->setObjectName(QStringLiteral("groupByFile"));
    m_grouped->setToolTip(tr("One row per file (all of a library's areas together; all anonymous memory in "
                             "one row) with the counters summed"));
    connect(m_grouped, &QCheckBox::toggled, this, [this](bool on) {
        setGrouped(on);
        saveSettings();
    });
    m_onlyChanges->setObjectName(QStringLiteral("onlyChanges"));
    m_onlyChanges->setToolTip(tr("Show only the areas added, grown or shrunk since the snapshot"));
    connect(m_onlyChanges, &QCheckBox::toggled, m_proxy, &MemoryMapProxyModel::setOnlyChanges);
    m_filter->setObjectName(QStringLiteral("pathFilter"));
    m_filter->setPlaceholderText(tr("Filter by path…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(
        tr("Show only areas whose path contains this text (\"anonymous\", \"[heap]\", \"libc\")"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* tableControls = new QHBoxLayout;
    tableControls->addWidget(m_grouped);
    tableControls->addWidget(m_onlyChanges);
    tableControls->addStretch();
    tableControls->addWidget(m_filter);

    // The table.
    m_view->setObjectName(QStringLiteral("mapView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MemoryMapModel::StartColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemoryMapPage::syncStripSelection);
    m_totals = new MemoryMapTotalsLine(m_view, this);
    m_totals->setCell([this](int column, int role) { return m_model->totalData(column, role); });
    applyColumnWidths();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff);
    layout->addWidget(m_strip);
    layout->addLayout(legendRow);
    layout->addLayout(tableControls);
    layout->addWidget(m_view, 1);
    layout->setSpacing(4);
    auto* totalsRow = new QVBoxLayout;
    totalsRow->setContentsMargins(0, 0, 0, 0);
    totalsRow->addWidget(m_totals);
    layout->addLayout(totalsRow);

    // The model.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!isGrouped())
            rememberSelection();
    });
    connect(m_model, &MemoryMapModel::loaded, this, &MemoryMapPage::applyLoaded);
    connect(m_model, &MemoryMapModel::failed, this, &MemoryMapPage::applyError);
    connect(m_model, &MemoryMapModel::changesUpdated, this, &MemoryMapPage::updateDiff);
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (isGrouped())
            rememberSelection();
    });

    connect(clock, &RefreshClock::tick, this, [this] {
        if (isVisible())
            refresh();
    });

    restoreSettings();
    updateButtons();
}

MemoryMapPage::~MemoryMapPage() = default;

QSortFilterProxyModel* MemoryMapPage::proxyModel() const
{
    return m_proxy;
}

void MemoryMapPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pid > 0 && m_live && !m_model->isLoading())
        refresh(); // at once rather than at the next tick
}

void MemoryMapPage::showProcess(qint32 pid)
{
    if (pid <= 0)
        return;
    m_reader->close();
    m_live = true;
    setStatus(QString(), false);
    m_helper->hide();
    if (m_pidEdit->text() != QString::number(pid))
        m_pidEdit->setText(QString::number(pid));
    const bool other = pid != m_pid;
    m_pid = pid;
    updateProcessText();
    m_firstLoad = true;
    m_loadTimer.start();
    m_model->setProcess(pid);
    if (other) { // what was selected belonged to the other process
        m_selectedStarts.clear();
        m_selectedPaths.clear();
        m_restoreScroll = false;
    }
    m_summary->setText(tr("Reading the memory map of process %1…").arg(pid));
    updateProgress();
    m_progressTimer->start();
    updateButtons();
}

void MemoryMapPage::refresh()
{
    if (m_pid <= 0 || !m_live || m_reader->isStreaming() || m_model->isLoading())
        return;
    m_loadTimer.start();
    m_model->reload();
}

void MemoryMapPage::updateProcessText()
{
    m_command.clear();
    m_owner.clear();
    if (const auto comm = readProcessComm(m_fs, m_pid))
        m_command = comm->text();
    if (const auto status = readProcStatus(m_fs, m_pid); status && status->uid)
        m_owner = UserNames(m_fs).userName((*status->uid)[0]);
    if (m_command.isEmpty())
        m_process->setText(tr("No process %1").arg(m_pid));
    else if (m_owner.isEmpty())
        m_process->setText(m_command);
    else
        m_process->setText(tr("%1, user %2").arg(m_command, m_owner));
}

QString MemoryMapPage::processText() const
{
    return m_process->text();
}

void MemoryMapPage::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error
                                ? QStringLiteral("QLabel { padding: 6px; border: 1px solid palette(mid); "
                                                 "background: rgba(220, 60, 40, 40); }")
                                : QStringLiteral("QLabel { padding: 6px; border: 1px solid palette(mid); }"));
}

QString MemoryMapPage::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

bool MemoryMapPage::offersHelper() const
{
    return m_helper->isVisibleTo(this);
}

void MemoryMapPage::applyLoaded()
{
    const qint64 ms = m_loadTimer.isValid() ? m_loadTimer.elapsed() : -1;
    if (!m_reader->isStreaming())
        m_lastLoadMs = ms;
    m_firstLoad = false;
    updateProgress();
    if (!m_reader->isStreaming())
        setStatus(QString(), false);
    m_strip->setMappings(m_model->mappings());
    restoreSelection();
    syncStripSelection();
    updateSummary();
    updateDiff();
    m_totals->setShown(true);
    updateButtons();
    Q_EMIT loaded();
}

void MemoryMapPage::applyError(const Error& error)
{
    m_firstLoad = false;
    updateProgress();
    m_strip->setMappings({});
    m_helper->hide();
    QString text;
    switch (error.kind) {
    case ErrorKind::Vanished:
    case ErrorKind::Absent:
        m_live = false; // nothing to read any more; a new PID starts again
        text = tr("Process %1 does not exist any more: it has exited (or never existed). Enter another "
                  "process ID.")
                   .arg(m_pid);
        m_process->setText(tr("No process %1").arg(m_pid));
        break;
    case ErrorKind::PermissionDenied:
        m_live = false; // asking again gives the same answer
        if (m_client && m_client->route() == privileged::PrivilegedClient::Route::Helper) {
            text =
                tr("Process %1 (%2) belongs to %3: only root may read another user's memory map. Kaleido's "
                   "helper can read it for you; the system will ask for an administrator's password.")
                    .arg(QString::number(m_pid), m_command.isEmpty() ? tr("unknown") : m_command,
                         m_owner.isEmpty() ? tr("another user") : m_owner);
            m_helper->show();
        } else {
            text = MemoryMapModel::errorSentence(error);
        }
        break;
    case ErrorKind::Malformed:
    case ErrorKind::IoError:
        text = tr("The memory map of process %1 could not be read: %2")
                   .arg(QString::number(m_pid), MemoryMapModel::errorSentence(error));
        break;
    }
    setStatus(text, true);
    m_summary->setText(tr("No map to show."));
    m_totals->setShown(false);
    updateDiff();
    updateButtons();
    Q_EMIT failed(text);
}

void MemoryMapPage::updateSummary()
{
    const MemoryMapModel::Totals& t = m_model->totals();
    if (t.mappings == 0) {
        m_summary->setText(
            tr("Process %1 has no memory areas: a kernel thread or a zombie has no user address "
               "space.")
                .arg(m_pid));
        return;
    }
    QString text = tr("Areas: %1. Address space %2, resident %3 (proportional %4), anonymous %5, swapped %6.")
                       .arg(QString::number(t.mappings), Units::formatBytes(t.size),
                            Units::formatBytes(t.values[MemoryMapModel::Rss]),
                            Units::formatBytes(t.values[MemoryMapModel::Pss]),
                            Units::formatBytes(t.values[MemoryMapModel::Anonymous]),
                            Units::formatBytes(t.values[MemoryMapModel::Swap]));
    const QString time = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    if (m_reader->isStreaming())
        text += QLatin1Char(' ') + tr("Read as root through Kaleido's helper at %1.").arg(time);
    else if (m_lastLoadMs >= 0)
        text += QLatin1Char(' ') + tr("Read at %1 in %2 ms.").arg(time).arg(m_lastLoadMs);
    m_summary->setText(text);
}

void MemoryMapPage::updateDiff()
{
    QList<QPair<int, MemoryMapModel::Change::Type>> changed;
    if (!m_model->hasBaseline()) {
        m_diff->hide();
        m_diff->clear();
        m_strip->setChangedRows(changed);
        updateButtons();
        return;
    }
    for (const MemoryMapModel::Change& c : m_model->changes()) {
        if (c.type == MemoryMapModel::Change::Removed)
            continue;
        const int row = m_model->rowOfAddress(c.after.start);
        if (row >= 0)
            changed.append({row, c.type});
    }
    m_strip->setChangedRows(changed);
    const MemoryMapModel::Snapshot& baseline = m_model->baseline();
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(baseline.takenMs).time(),
                                            QStringLiteral("HH:mm:ss"));
    m_diff->setText(
        tr("Snapshot of %1 (%2 resident). %3")
            .arg(when, Units::formatBytes(baseline.totals.values[MemoryMapModel::Rss]),
                 MemoryMapModel::diffSummary(baseline, m_model->takeSnapshot(), m_model->changes())));
    m_diff->show();
    updateButtons();
}

QString MemoryMapPage::diffText() const
{
    return m_model->hasBaseline() ? m_diff->text() : QString();
}

void MemoryMapPage::updateProgress()
{
    if (!m_firstLoad || !m_model->isLoading()) {
        m_progress->hide();
        m_progressTimer->stop();
        return;
    }
    const qint64 read = m_model->bytesRead();
    const qint64 expected = m_model->expectedBytes();
    if (expected > 0) {
        m_progress->setRange(0, int(expected / 1024));
        m_progress->setValue(int(std::min(read, expected) / 1024));
    } else {
        m_progress->setRange(0, 0); // how long smaps is cannot be known before it is read
    }
    m_progress->setFormat(tr("Reading /proc/%1/smaps: %2").arg(m_pid).arg(Units::formatBytes(quint64(read))));
    m_progress->show();
}

void MemoryMapPage::updateButtons()
{
    const bool rows = m_model->rowCount() > 0;
    m_snapshot->setEnabled(rows);
    m_clearSnapshot->setEnabled(m_model->hasBaseline());
    m_onlyChanges->setEnabled(m_model->hasBaseline() && !isGrouped());
    m_export->setEnabled(rows);
}

void MemoryMapPage::takeSnapshot()
{
    if (m_model->rowCount() == 0)
        return;
    m_model->setBaseline(m_model->takeSnapshot());
    Q_EMIT message(tr("Snapshot of process %1 taken: every read is now compared with it.").arg(m_pid));
}

void MemoryMapPage::clearSnapshot()
{
    m_onlyChanges->setChecked(false);
    m_model->clearBaseline();
}

bool MemoryMapPage::isGrouped() const
{
    return m_proxy->sourceModel() == m_groups;
}

void MemoryMapPage::setGrouped(bool grouped)
{
    if (grouped == isGrouped())
        return;
    const QList<int> selected = selectedSourceRows();
    if (m_grouped->isChecked() != grouped) {
        const QSignalBlocker block(m_grouped);
        m_grouped->setChecked(grouped);
    }
    if (grouped)
        m_onlyChanges->setChecked(false);
    m_proxy->setSourceModel(grouped ? static_cast<QAbstractItemModel*>(m_groups) : m_model);
    m_proxy->setFilterKeyColumn(grouped ? int(MemoryMapGroupModel::PathColumn)
                                        : int(MemoryMapModel::PathColumn));
    if (grouped)
        m_totals->setCell([this](int column, int role) { return m_groups->totalData(column, role); });
    else
        m_totals->setCell([this](int column, int role) { return m_model->totalData(column, role); });
    m_view->sortByColumn(grouped ? int(MemoryMapGroupModel::RssColumn) : int(MemoryMapModel::StartColumn),
                         grouped ? Qt::DescendingOrder : Qt::AscendingOrder);
    applyColumnWidths();
    // Keep what was selected: the files of the selected areas, or the areas of the selected files.
    if (!selected.isEmpty())
        selectSourceRow(selected.constFirst());
    updateButtons();
}

void MemoryMapPage::applyColumnWidths()
{
    const QFontMetrics fm = fontMetrics();
    QHeaderView* header = m_view->header();
    const QAbstractItemModel* model = m_proxy->sourceModel();
    int column = 0;
    // n digits wide, and never narrower than the column's title (with room for the sort arrow).
    const auto chars = [&](int n) {
        const int title = fm.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + 28;
        return std::max(fm.horizontalAdvance(QLatin1Char('0')) * n + 16, title);
    };
    const auto resize = [&](int c, int n) {
        column = c;
        header->resizeSection(c, chars(n));
    };
    if (isGrouped()) {
        resize(MemoryMapGroupModel::PathColumn, 40);
        resize(MemoryMapGroupModel::MappingsColumn, 6);
        for (int c = MemoryMapGroupModel::SizeColumn; c <= MemoryMapGroupModel::LockedColumn; ++c)
            resize(c, 9);
        resize(MemoryMapGroupModel::PermissionsColumn, 20);
        resize(MemoryMapGroupModel::KindsColumn, 24);
        return;
    }
    resize(MemoryMapModel::StartColumn, 13);
    resize(MemoryMapModel::EndColumn, 13);
    resize(MemoryMapModel::SizeColumn, 9);
    resize(MemoryMapModel::PermissionsColumn, 5);
    resize(MemoryMapModel::OffsetColumn, 9);
    resize(MemoryMapModel::DeviceColumn, 6);
    resize(MemoryMapModel::InodeColumn, 9);
    resize(MemoryMapModel::PathColumn, 36);
    for (int c = MemoryMapModel::RssColumn; c < MemoryMapModel::VmFlagsColumn; ++c)
        resize(c, 9);
    resize(MemoryMapModel::ThpEligibleColumn, 4);
    resize(MemoryMapModel::VmFlagsColumn, 60);
}

QList<int> MemoryMapPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid())
            continue;
        if (isGrouped())
            rows += m_groups->group(source.row()).rows;
        else
            rows.append(source.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MemoryMapPage::selectSourceRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QModelIndex source =
        isGrouped() ? m_groups->index(m_groups->rowOfSourceRow(row), 0) : m_model->index(row, 0);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) { // filtered out: show everything again
        m_filter->clear();
        m_onlyChanges->setChecked(false);
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MemoryMapPage::syncStripSelection()
{
    m_strip->setSelectedRows(selectedSourceRows());
}

void MemoryMapPage::rememberSelection()
{
    // Areas moved (a read with other areas resets the rows): keep the selection by address, or by file.
    m_selectedStarts.clear();
    m_selectedPaths.clear();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid())
            continue;
        if (isGrouped())
            m_selectedPaths.append(m_groups->group(source.row()).path);
        else
            m_selectedStarts.append(m_model->mapping(source.row()).start);
    }
    m_scrollValue = m_view->verticalScrollBar()->value();
    m_restoreScroll = true;
}

void MemoryMapPage::restoreSelection()
{
    if (m_restoreScroll) {
        m_restoreScroll = false;
        m_view->verticalScrollBar()->setValue(m_scrollValue);
    }
    if (m_selectedStarts.isEmpty() && m_selectedPaths.isEmpty())
        return;
    if (!m_view->selectionModel()->selectedRows().isEmpty()) { // it survived (same areas)
        m_selectedStarts.clear();
        m_selectedPaths.clear();
        return;
    }
    QItemSelection selection;
    QModelIndex current;
    auto add = [&](const QModelIndex& source) {
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return;
        selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
        if (!current.isValid())
            current = index;
    };
    if (isGrouped()) {
        for (const QString& path : std::as_const(m_selectedPaths))
            if (const int row = m_groups->rowOfPath(path); row >= 0)
                add(m_groups->index(row, 0));
    } else {
        for (quint64 start : std::as_const(m_selectedStarts))
            if (const int row = m_model->rowOfAddress(start); row >= 0)
                add(m_model->index(row, 0));
    }
    m_selectedStarts.clear();
    m_selectedPaths.clear();
    if (current.isValid()) {
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
}

QVariant MemoryMapPage::totalValue(int column) const
{
    if (column == MemoryMapModel::PathColumn)
        return qint64(m_model->totals().mappings);
    return m_model->totalData(column, MemoryMapModel::SortRole);
}

QStringList MemoryMapPage::totalsTexts() const
{
    QStringList texts;
    const QAbstractItemModel* model = m_proxy->sourceModel();
    for (int column = 0; column < model->columnCount(); ++column)
        texts.append(m_totals->cell(column, Qt::DisplayRole).toString());
    return texts;
}

MemoryMapExport::Source MemoryMapPage::exportSource() const
{
    return MemoryMapExport::sourceFrom(*m_model, m_command);
}

bool MemoryMapPage::exportTo(const QString& fileName, bool json)
{
    return MemoryMapExport::writeFile(fileName, exportSource(), json);
}

void MemoryMapPage::exportAs(bool json)
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/kaleido-map-%1-%2.%3")
            .arg(QString::number(m_pid),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 json ? QStringLiteral("json") : QStringLiteral("csv"));
    const QString fileName = QFileDialog::getSaveFileName(
        this, json ? tr("Export memory map as JSON") : tr("Export memory map as CSV"), suggested,
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (exportTo(fileName, json))
        Q_EMIT message(tr("Saved the memory map of process %1 to %2.").arg(QString::number(m_pid), fileName));
    else
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(fileName));
}

void MemoryMapPage::readThroughHelper()
{
    if (m_pid <= 0 || !m_client)
        return;
    m_reader->open(m_pid, m_clock->intervalMs());
    m_live = false;
    m_helper->hide();
    m_firstLoad = true;
    m_firstFrame = true;
    setStatus(tr("Asking Kaleido's helper to read the memory map of process %1…").arg(m_pid), false);
    updateProgress();
    m_progressTimer->start();
}

void MemoryMapPage::connectHelperReader()
{
    connect(m_reader, &SmapsStreamReader::opened, this, [this](qint32 pid) {
        setStatus(tr("Process %1's map is read as root by Kaleido's helper, every %2.")
                      .arg(QString::number(pid), RefreshClock::intervalText(m_clock->intervalMs())),
                  false);
    });
    connect(m_reader, &SmapsStreamReader::frameReceived, this, [this](qint32 pid, const QByteArray& smaps) {
        // While refresh is paused the picture stays, as on the other pages; the first frame always shows.
        if (pid != m_pid || (m_clock->isPaused() && !m_firstFrame))
            return;
        m_firstFrame = false;
        m_loadTimer.start();
        m_model->applySmapsText(pid, smaps);
    });
    connect(m_reader, &SmapsStreamReader::failed, this, [this](const QString& text) {
        m_firstLoad = false;
        updateProgress();
        setStatus(text, true);
        m_helper->show();
        Q_EMIT failed(text);
    });
    connect(m_reader, &SmapsStreamReader::ended, this, [this](const QString& reason) {
        QString text = tr("The helper stopped reading the map: %1").arg(reason);
        if (!QFile::exists(m_fs.hostPath(QStringLiteral("/proc/%1").arg(m_pid))))
            text = tr("Process %1 does not exist any more: it has exited.").arg(m_pid);
        setStatus(text, true);
    });
}

void MemoryMapPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("grouped"), isGrouped());
    settings.setValue(QStringLiteral("scale"), m_scale->currentData());
}

void MemoryMapPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const int scale =
        m_scale->findData(settings.value(QStringLiteral("scale"), int(AddressSpaceStrip::Scale::SquareRoot)));
    {
        const QSignalBlocker block(m_scale);
        m_scale->setCurrentIndex(scale >= 0 ? scale : 0);
    }
    m_strip->setScale(AddressSpaceStrip::Scale(m_scale->currentData().toInt()));
    setGrouped(settings.value(QStringLiteral("grouped"), false).toBool());
}

} // namespace kaleido
