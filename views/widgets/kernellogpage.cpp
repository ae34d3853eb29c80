// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernellogpage.h"

#include "kernellogfeed.h"
#include "kernellogfiltermodel.h"
#include "kernellogmodel.h"
#include "printklevels.h"
#include "privilegedclient.h"
#include "privilegedstream.h"
#include "refreshclock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kaleido {

namespace {

const QString kSettingsGroup = QStringLiteral("KernelLog");

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

/// A rounded "chip" with a text and a ✕ button that removes the filter it stands for.
QWidget* makeChip(QWidget* parent, QLabel** label, const QString& closeTip,
                  const std::function<void()>& onClose)
{
    auto* chip = new QFrame(parent);
    chip->setObjectName(QStringLiteral("filterChip"));
    chip->setFrameShape(QFrame::StyledPanel);
    chip->setAutoFillBackground(true);
    chip->setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QHBoxLayout(chip);
    layout->setContentsMargins(8, 2, 2, 2);
    *label = new QLabel(chip);
    layout->addWidget(*label);
    auto* close = new QToolButton(chip);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(closeTip);
    QObject::connect(close, &QToolButton::clicked, chip, onClose);
    layout->addWidget(close);
    chip->hide();
    return chip;
}

} // namespace

KernelLogPage::KernelLogPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                             QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_client(client)
    , m_fs(std::move(fs))
    , m_model(new KernelLogModel(this))
    , m_filter(new KernelLogFilterModel(this))
    , m_feed(new KernelLogFeed(m_fs, this))
    , m_view(new QTreeView(this))
    , m_sourcePanel(new QFrame(this))
    , m_sourceLabel(new QLabel(m_sourcePanel))
    , m_sourceButton(new QPushButton(m_sourcePanel))
    , m_follow(new QAction(tr("Follow"), this))
    , m_levelButton(new QToolButton(this))
    , m_levelMenu(new QMenu(this))
    , m_facilityButton(new QToolButton(this))
    , m_facilityMenu(new QMenu(this))
    , m_search(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_timeMode(new QComboBox(this))
    , m_status(new QLabel(this))
{
    // Source panel: why nothing is shown, and the button to read through the helper.
    m_sourcePanel->setObjectName(QStringLiteral("kernelLogSource"));
    auto* sourceLayout = new QHBoxLayout(m_sourcePanel);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sourceLayout->addWidget(m_sourceLabel, 1);
    sourceLayout->addWidget(m_sourceButton, 0, Qt::AlignTop);
    connect(m_sourceButton, &QPushButton::clicked, this, &KernelLogPage::onSourceButton);
    m_sourcePanel->hide();

    // Toolbar.
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(
        tr("Keep the newest record in view as the kernel writes more; scrolling up turns this "
           "off"));
    auto* followButton = new QToolButton(this);
    followButton->setObjectName(QStringLiteral("followButton"));
    followButton->setDefaultAction(m_follow);
    followButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_follow, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });

    const QStringList levelTips = {
        tr("The system is unusable"), tr("Action must be taken immediately"),
        tr("Critical conditions"),    tr("Error conditions"),
        tr("Warning conditions"),     tr("Normal but significant"),
        tr("Informational messages"), tr("Debugging messages (many drivers print these only when asked)"),
    };
    for (int priority = 0; priority < 8; ++priority) {
        QAction* action = m_levelMenu->addAction(
            QStringLiteral("%1 — %2").arg(KmsgRecord::priorityName(priority), levelTips.at(priority)));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(priority);
        connect(action, &QAction::toggled, this, &KernelLogPage::updateLevels);
        m_levelActions.append(action);
    }
    m_levelMenu->addSeparator();
    QAction* errorsOnly = m_levelMenu->addAction(tr("Errors and worse"));
    connect(errorsOnly, &QAction::triggered, this, [this] {
        for (QAction* a : std::as_const(m_levelActions))
            a->setChecked(a->data().toInt() <= 3);
    });
    QAction* allLevels = m_levelMenu->addAction(tr("All levels"));
    connect(allLevels, &QAction::triggered, this, [this] {
        for (QAction* a : std::as_const(m_levelActions))
            a->setChecked(true);
    });
    m_levelButton->setObjectName(QStringLiteral("levelButton"));
    m_levelButton->setText(tr("Levels"));
    m_levelButton->setMenu(m_levelMenu);
    m_levelButton->setPopupMode(QToolButton::InstantPopup);
    m_levelButton->setToolTip(tr("Which levels to show, from emerg (most serious) to debug"));

    m_facilityButton->setObjectName(QStringLiteral("facilityButton"));
    m_facilityButton->setText(tr("Facilities"));
    m_facilityButton->setMenu(m_facilityMenu);
    m_facilityButton->setPopupMode(QToolButton::InstantPopup);
    m_facilityButton->setToolTip(
        tr("Which writers to show: kern is the kernel itself, user a program "
           "writing to /dev/kmsg, and so on (the facilities in the log are listed)"));
    connect(m_facilityMenu, &QMenu::aboutToShow, this, &KernelLogPage::rebuildFacilityMenu);

    m_search->setObjectName(QStringLiteral("kernelLogSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search messages (Ctrl+F)"));
    m_search->setToolTip(tr("Show only records whose message or device contains this text (any case)"));
    connect(m_search, &QLineEdit::textChanged, this, &KernelLogPage::updateSearch);
    m_regex->setToolTip(tr("Read the search text as a regular expression (any case), e.g. ^usb|error"));
    connect(m_regex, &QCheckBox::toggled, this, &KernelLogPage::updateSearch);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_timeMode->setObjectName(QStringLiteral("timeMode"));
    m_timeMode->addItem(tr("Since boot"), int(KernelLogModel::TimestampMode::Relative));
    m_timeMode->addItem(tr("Wall clock"), int(KernelLogModel::TimestampMode::WallClock));
    m_timeMode->setToolTip(
        tr("Times as seconds since boot (the kernel's own clock), or as date and time like "
           "dmesg -T; wall-clock times are too early after a suspend"));
    connect(m_timeMode, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTimestampMode(KernelLogModel::TimestampMode(m_timeMode->currentData().toInt()));
        sizeTimeColumn();
        QSettings settings;
        settings.beginGroup(kSettingsGroup);
        settings.setValue(QStringLiteral("wallClock"), m_timeMode->currentIndex() == 1);
    });

    auto* clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearViewButton"));
    clearButton->setText(tr("Clear View"));
    clearButton->setToolTip(tr("Empty this table; new records still appear. The kernel's own log is not "
                               "touched (dmesg still shows everything)"));
    connect(clearButton, &QToolButton::clicked, this, [this] {
        m_model->clear();
        updateStatus();
    });
    auto* copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copy->setToolTip(tr("Copy the selected records as text, one line each like dmesg (Ctrl+C)"));
    connect(copy, &QAction::triggered, this, &KernelLogPage::copySelection);
    addAction(copy);
    auto* copyButton = new QToolButton(this);
    copyButton->setDefaultAction(copy);
    auto* save = new QAction(tr("Save as Text…"), this);
    save->setToolTip(tr("Write the records shown (after the filters) to a text file, one line each"));
    connect(save, &QAction::triggered, this, &KernelLogPage::saveAs);
    auto* saveButton = new QToolButton(this);
    saveButton->setDefaultAction(save);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(followButton);
    toolbar->addWidget(m_levelButton);
    toolbar->addWidget(m_facilityButton);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_regex);
    toolbar->addWidget(m_timeMode);
    toolbar->addWidget(clearButton);
    toolbar->addWidget(copyButton);
    toolbar->addWidget(saveButton);

    // Filter chips.
    m_rangeChip = makeChip(this, &m_rangeLabel, tr("Show the whole log again"), [this] { clearRange(); });
    m_rangeChip->setToolTip(tr("Only the lines the kernel printed during this operation are shown"));
    m_moduleChip = makeChip(this, &m_moduleLabel, tr("Show every module's messages again"),
                            [this] { filterModule(QString()); });
    m_moduleChip->setToolTip(
        tr("Only messages that begin with this name (a module's or a driver's, as in “pnp: …”) are shown"));
    m_chips = new QWidget(this);
    auto* chips = new QHBoxLayout(m_chips);
    chips->setContentsMargins(0, 0, 0, 0);
    chips->addWidget(m_rangeChip);
    chips->addWidget(m_moduleChip);
    chips->addStretch(1);
    m_chips->hide();

    // The table.
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("kernelLogTable"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setToolTip(tr("The kernel's log, oldest first; rows are coloured by level"));
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(KernelLogModel::LevelColumn,
                          metrics.horizontalAdvance(QStringLiteral("notice____")));
    header->resizeSection(KernelLogModel::FacilityColumn,
                          metrics.horizontalAdvance(QStringLiteral("daemon____")));
    header->resizeSection(KernelLogModel::DeviceColumn,
                          metrics.horizontalAdvance(QStringLiteral("pci_bus:0000:00__")));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this, copy](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(copy);
        const QString prefix =
            KernelLogModel::messagePrefix(m_view->indexAt(pos).data(KernelLogModel::MessageRole).toString());
        if (!prefix.isEmpty())
            menu.addAction(tr("Only Messages of “%1”").arg(prefix), this,
                           [this, prefix] { filterModule(prefix); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QScrollBar* bar = m_view->verticalScrollBar();
        // The user scrolled: stop following when they left the bottom, follow again when they return.
        QMetaObject::invokeMethod(
            this, [this, bar] { m_follow->setChecked(bar->value() >= bar->maximum()); },
            Qt::QueuedConnection);
    });

    m_status->setObjectName(QStringLiteral("kernelLogStatus"));
    m_status->setToolTip(
        tr("Records held, shown after the filters, and lost (overwritten by the kernel before "
           "they were read); the console level from /proc/sys/kernel/printk"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sourcePanel);
    layout->addLayout(toolbar);
    layout->addWidget(m_chips);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_feed, &KernelLogFeed::recordsReady, this, [this](const QList<KmsgRecord>& records) {
        if (m_model->append(records) > 0 && (m_state == State::Connecting || m_state == State::Streaming) &&
            !m_recordsSeen) {
            m_recordsSeen = true;
            setState(State::Streaming, tr("Read through Kaleido's privileged helper, as the kernel writes."));
        }
        onRowsAdded();
    });
    connect(m_feed, &KernelLogFeed::gapReady, this, [this](const KmsgReader::Gap& gap) {
        m_model->addGap(gap);
        onRowsAdded();
    });
    connect(m_feed, &KernelLogFeed::recordsSkipped, this, [this](int count) {
        m_skipped += count;
        updateStatus();
    });
    connect(m_feed, &KernelLogFeed::needsAuthorization, this, &KernelLogPage::onNeedsAuthorization);
    connect(m_feed, &KernelLogFeed::unavailable, this, &KernelLogPage::onUnavailable);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &KernelLogPage::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &KernelLogPage::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &KernelLogPage::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &KernelLogPage::updateStatus);

    m_model->setBootEpochUs(kmsgBootEpochUs());
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (settings.value(QStringLiteral("wallClock"), false).toBool())
        m_timeMode->setCurrentIndex(1);
    sizeTimeColumn();
    updatePalette();
    // The console level is a setting, read at every refresh rather than at every record.
    readConsoleLevel();
    connect(clock, &RefreshClock::tick, this, &KernelLogPage::readConsoleLevel);
    startDirect();
}

KernelLogPage::~KernelLogPage()
{
    dropStream();
}

QString KernelLogPage::sourceText() const
{
    return m_sourcePanel->isVisibleTo(this) ? m_sourceLabel->text() : QString();
}

QString KernelLogPage::statusText() const
{
    return m_status->text();
}

QString KernelLogPage::chipText() const
{
    QStringList parts;
    if (m_chips->isVisibleTo(this) && m_rangeChip->isVisibleTo(m_chips))
        parts.append(m_rangeLabel->text());
    if (m_chips->isVisibleTo(this) && m_moduleChip->isVisibleTo(m_chips))
        parts.append(m_moduleLabel->text());
    return parts.join(QStringLiteral(" · "));
}

void KernelLogPage::setState(State state, const QString& text)
{
    if (state == m_state && text == m_stateText && (!text.isEmpty() || m_sourcePanel->isHidden()))
        return;
    m_state = state;
    m_stateText = text;
    QString button;
    QString buttonTip;
    switch (state) {
    case State::Direct:
    case State::Unavailable:
        break;
    case State::NeedsAuthorization:
        button = tr("Read as Administrator…");
        buttonTip = tr("Read /dev/kmsg through Kaleido's privileged helper as the kernel writes; the desktop "
                       "asks for an administrator's password");
        break;
    case State::Connecting:
        button = tr("Cancel");
        buttonTip = tr("Stop waiting for the helper");
        break;
    case State::Streaming:
        button = tr("Stop Reading");
        buttonTip = tr("End the helper's read stream; the records read so far stay");
        break;
    case State::Failed:
        button = tr("Try Again");
        buttonTip = tr("Ask the helper again (the desktop may ask for the password again)");
        break;
    case State::Ended:
        button = tr("Start Again");
        buttonTip =
            tr("Open a new read stream through the helper (the desktop may ask for the password again)");
        break;
    }
    m_sourceLabel->setText(text);
    m_sourceButton->setText(button);
    m_sourceButton->setToolTip(buttonTip);
    m_sourceButton->setVisible(!button.isEmpty());
    m_sourcePanel->setVisible(!text.isEmpty());
    m_follow->setEnabled(m_feed->isFollowing() || state == State::Connecting);
    updateStatus();
    Q_EMIT stateChanged(state);
}

void KernelLogPage::startDirect()
{
    dropStream();
    m_feed->start();
    if (m_feed->source() == KernelLogFeed::Source::Capture) {
        // A captured tree: its times are from another boot, so the wall clock means nothing here.
        m_timeMode->setCurrentIndex(0);
        m_timeMode->setEnabled(false);
        m_timeMode->setToolTip(
            tr("A captured log's times are relative to that machine's boot; the wall clock "
               "is only known for the running kernel"));
        setState(State::Direct, tr("A captured log (%1/dev/kmsg), read once: nothing new arrives.")
                                    .arg(m_fs.root() == QLatin1String("/") ? QString() : m_fs.root()));
    } else if (m_feed->source() == KernelLogFeed::Source::Device) {
        setState(State::Direct);
    }
}

void KernelLogPage::onNeedsAuthorization(const Error& error)
{
    Q_UNUSED(error)
    if (m_state == State::Streaming || m_state == State::Connecting)
        return;
    setState(State::NeedsAuthorization,
             tr("The kernel refused to let you read its log (/dev/kmsg), as it does for everyone but the "
                "administrator when kernel.dmesg_restrict is 1, so nothing is shown yet. Kaleido can read it "
                "for you through its privileged helper; your desktop "
                "will ask for an administrator's password."));
}

void KernelLogPage::onUnavailable(const Error& error)
{
    setState(State::Unavailable, tr("The kernel log cannot be shown: %1").arg(sentence(error.message())));
}

void KernelLogPage::onSourceButton()
{
    switch (m_state) {
    case State::NeedsAuthorization:
    case State::Failed:
    case State::Ended:
        startStream();
        break;
    case State::Connecting:
        dropStream();
        setState(State::NeedsAuthorization,
                 tr("Not reading: the request to the helper was cancelled. The kernel log is readable by the "
                    "administrator only."));
        break;
    case State::Streaming:
        stopStream();
        break;
    case State::Direct:
    case State::Unavailable:
        break;
    }
}

void KernelLogPage::startStream()
{
    dropStream();
    m_recordsSeen = false;
    setState(State::Connecting, tr("Waiting for the helper… Your desktop may ask for an administrator's "
                                   "password to let Kaleido read the kernel log."));
    m_stream = m_client->openStream(privileged::StreamSource::KernelLog, 0,
                                    quint32(privileged::minimumStreamIntervalMs), this);
    connect(m_stream, &privileged::PrivilegedStream::opened, this, &KernelLogPage::onStreamOpened);
    connect(m_stream, &privileged::PrivilegedStream::failed, this, &KernelLogPage::onStreamFailed);
    connect(m_stream, &privileged::PrivilegedStream::ended, this, &KernelLogPage::onStreamEnded);
    m_feed->attachStream(m_stream);
}

void KernelLogPage::stopStream()
{
    if (!m_stream)
        return;
    dropStream();
    onStreamEnded(tr("You stopped reading."));
}

void KernelLogPage::dropStream()
{
    if (!m_stream)
        return;
    m_feed->stop();
    m_stream->disconnect(this);
    m_stream->close();
    m_stream->deleteLater();
    m_stream = nullptr;
}

void KernelLogPage::onStreamOpened()
{
    if (!m_recordsSeen)
        setState(State::Connecting, tr("Authorized; waiting for the first records from the helper…"));
}

void KernelLogPage::onStreamFailed(const privileged::OperationResult& result)
{
    using Outcome = privileged::OperationResult::Outcome;
    dropStream();
    const QString cause = sentence(result.cause);
    QString text;
    switch (result.outcome) {
    case Outcome::NotAuthorized:
        text = tr("Reading the kernel log was not authorized, so nothing new is shown. %1").arg(cause);
        break;
    case Outcome::HelperUnavailable:
        text =
            tr("The kernel log cannot be read through the helper. %1 Privileges in Kaleido's README says how "
               "the helper, kaleido-helper, is installed.")
                .arg(cause);
        break;
    case Outcome::Rejected:
    case Outcome::Failed:
    case Outcome::Done:
        text = tr("The helper could not read the kernel log. %1").arg(cause);
        break;
    }
    setState(State::Failed, text.trimmed());
}

void KernelLogPage::onStreamEnded(const QString& reason)
{
    dropStream();
    setState(State::Ended,
             tr("Stopped: %1 The records read so far stay; new ones are not shown.").arg(sentence(reason)));
}

void KernelLogPage::onRowsAdded()
{
    if (m_follow->isChecked() && !m_clock->isPaused() && !m_filter->sequenceRange())
        m_view->scrollToBottom();
    updateStatus();
}

void KernelLogPage::updateStatus()
{
    const QLocale locale;
    QString text =
        tr("%1 records, %2 shown")
            .arg(locale.toString(qlonglong(m_model->recordCount())), locale.toString(m_filter->rowCount()));
    if (m_model->lostCount() > 0)
        text += tr(", %1 lost").arg(locale.toString(m_model->lostCount()));
    if (m_skipped > 0)
        text += tr(", %1 not understood").arg(locale.toString(m_skipped));
    if (m_consoleLevel) {
        const int console = std::clamp(*m_consoleLevel, 0, 8);
        text += console == 0 ? tr(" · console level 0: no message reaches the console")
                             : tr(" · console level %1: %2 and more serious messages also reach the console")
                                   .arg(console)
                                   .arg(KmsgRecord::priorityName(console - 1));
    }
    if (!m_filter->textError().isEmpty())
        text += tr(" · the search is not a valid regular expression (%1), so it filters nothing")
                    .arg(m_filter->textError());
    m_status->setText(text);
}

void KernelLogPage::readConsoleLevel()
{
    const auto printk = readPrintkLevels(m_fs);
    const std::optional<int> level = printk ? std::optional<int>(printk->console) : std::nullopt;
    if (level == m_consoleLevel)
        return;
    m_consoleLevel = level;
    updateStatus();
}

void KernelLogPage::updateLevels()
{
    quint8 mask = 0;
    for (QAction* a : std::as_const(m_levelActions)) {
        if (a->isChecked())
            mask |= quint8(1U << a->data().toInt());
    }
    m_filter->setLevels(mask);
    m_levelButton->setText(mask == KernelLogFilterModel::allLevels ? tr("Levels") : tr("Levels (some)"));
    updateStatus();
}

void KernelLogPage::rebuildFacilityMenu()
{
    m_facilityMenu->clear();
    QSet<int> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int facility = m_model->index(row, 0).data(KernelLogModel::FacilityRole).toInt();
        if (facility >= 0)
            seen.insert(facility);
    }
    seen += m_filter->facilities();
    QList<int> sorted(seen.cbegin(), seen.cend());
    std::sort(sorted.begin(), sorted.end());
    QAction* all = m_facilityMenu->addAction(tr("All facilities"));
    all->setCheckable(true);
    all->setChecked(m_filter->facilities().isEmpty());
    connect(all, &QAction::triggered, this, [this] {
        m_filter->setFacilities({});
        updateFacilities();
    });
    m_facilityMenu->addSeparator();
    for (int facility : sorted) {
        QAction* action = m_facilityMenu->addAction(KmsgRecord::facilityName(facility));
        action->setCheckable(true);
        action->setChecked(m_filter->facilities().contains(facility));
        connect(action, &QAction::triggered, this, [this, facility](bool on) {
            QSet<int> set = m_filter->facilities();
            if (on)
                set.insert(facility);
            else
                set.remove(facility);
            m_filter->setFacilities(set);
            updateFacilities();
        });
    }
}

void KernelLogPage::updateFacilities()
{
    QStringList names;
    for (int facility : m_filter->facilities())
        names.append(KmsgRecord::facilityName(facility));
    names.sort();
    m_facilityButton->setText(names.isEmpty() ? tr("Facilities")
                                              : tr("Facilities: %1").arg(names.join(u',')));
    updateStatus();
}

void KernelLogPage::updateSearch()
{
    m_filter->setText(m_search->text(), m_regex->isChecked());
    updateStatus();
}

void KernelLogPage::updateChips()
{
    m_rangeChip->setVisible(m_filter->sequenceRange().has_value());
    m_moduleChip->setVisible(!m_filter->module().isEmpty());
    m_chips->setVisible(m_rangeChip->isVisibleTo(m_chips) || m_moduleChip->isVisibleTo(m_chips));
}

void KernelLogPage::sizeTimeColumn()
{
    // Wide enough for a bold (crit and worse) time of a machine up for weeks, and for the header.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString widest = m_model->timestampMode() == KernelLogModel::TimestampMode::WallClock
                               ? QStringLiteral("2026-11-22 10:00:00.000")
                               : QStringLiteral("9999999.999999");
    const int header = fontMetrics().horizontalAdvance(
        m_model->headerData(KernelLogModel::TimeColumn, Qt::Horizontal).toString());
    const int margin = fontMetrics().horizontalAdvance(QStringLiteral("MM"));
    m_view->header()->resizeSection(KernelLogModel::TimeColumn,
                                    std::max(boldMetrics.horizontalAdvance(widest), header) + margin);
}

void KernelLogPage::updatePalette()
{
    m_model->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
}

void KernelLogPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updatePalette();
    QWidget::changeEvent(event);
}

void KernelLogPage::showSequences(quint64 first, quint64 last, const QString& title)
{
    if (last < first)
        std::swap(first, last);
    m_rangeTitle = title;
    m_follow->setChecked(false);
    m_model->setHighlight(std::pair{first, last});
    m_filter->setSequenceRange(std::pair{first, last});
    QString text = tr("Lines of: %1").arg(title);
    if (m_filter->rowCount() == 0) {
        text += QLatin1Char(' ');
        if (m_state == State::NeedsAuthorization || m_state == State::Failed || m_state == State::Unavailable)
            text +=
                tr("(not shown: the page is not reading the log; the operation's result lists them, as the "
                   "helper captured them)");
        else
            text += tr("(not in the records held here: records %1–%2)").arg(first).arg(last);
    }
    m_rangeLabel->setText(text);
    updateChips();
    selectRange();
    updateStatus();
}

void KernelLogPage::selectRange()
{
    QItemSelection selection;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        selection.select(m_filter->index(row, 0), m_filter->index(row, KernelLogModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (m_filter->rowCount() > 0) {
        m_view->selectionModel()->setCurrentIndex(m_filter->index(0, 0), QItemSelectionModel::NoUpdate);
        m_view->scrollTo(m_filter->index(0, 0), QAbstractItemView::PositionAtTop);
    }
}

void KernelLogPage::clearRange()
{
    m_rangeTitle.clear();
    m_filter->setSequenceRange(std::nullopt);
    // The highlight stays, so the lines can still be found in the whole log.
    updateChips();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        m_view->scrollTo(selected.constFirst(), QAbstractItemView::PositionAtCenter);
    updateStatus();
}

void KernelLogPage::filterModule(const QString& module)
{
    m_filter->setModule(module);
    m_moduleLabel->setText(tr("Messages of: %1").arg(module));
    updateChips();
    updateStatus();
}

QString KernelLogPage::shownText(bool selectedOnly) const
{
    QStringList lines;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (selectedOnly && !m_view->selectionModel()->isRowSelected(row, {}))
            continue;
        lines.append(m_model->lineText(m_filter->mapToSource(index).row()));
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

void KernelLogPage::copySelection() const
{
    const QString text = shownText(true);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool KernelLogPage::saveText(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    file.write(shownText().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void KernelLogPage::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Kernel Log"), QStringLiteral("kernel-log.txt"),
                                     tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveText(path, &error))
        Q_EMIT message(tr("Saved %1 records to %2.").arg(m_filter->rowCount()).arg(path));
    else
        Q_EMIT message(error);
}

} // namespace kaleido
