// SPDX-License-Identifier: GPL-2.0-or-later
#include "slabpage.h"

#include "chartroles.h"
#include "kmallocclasses.h"
#include "meminfo.h"
#include "privilegedclient.h"
#include "privilegedstream.h"
#include "refreshclock.h"
#include "serieslegendmodel.h"
#include "slabcachemodel.h"
#include "slabhistorymodel.h"
#include "slabinfo.h"
#include "timeserieschart.h"
#include "units.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace kaleido {

namespace {

const QString kSettingsGroup = QStringLiteral("MemorySlab");

QString timeText(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).time(), QLocale::LongFormat);
}

/// "a sentence." from "a sentence" or "a sentence.", for messages built from causes.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

} // namespace

SlabPage::SlabPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_client(client)
    , m_fs(std::move(fs))
    , m_model(new SlabCacheModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_history(new SlabHistoryModel(this))
    , m_legend(new SeriesLegendModel(this))
    , m_chart(new TimeSeriesChart(this))
    , m_view(new QTreeView(this))
    , m_legendView(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_topCount(new QSpinBox(this))
    , m_compareButton(new QPushButton(this))
    , m_sourcePanel(new QFrame(this))
    , m_sourceLabel(new QLabel(m_sourcePanel))
    , m_sourceButton(new QPushButton(m_sourcePanel))
    , m_totals(new QLabel(this))
    , m_kmalloc(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("slabPage"));

    // The source: hidden while reading directly, otherwise what is needed or what happened, and one button.
    auto* sourceFrame = static_cast<QFrame*>(m_sourcePanel);
    sourceFrame->setObjectName(QStringLiteral("slabSource"));
    sourceFrame->setFrameShape(QFrame::StyledPanel);
    m_sourceLabel->setObjectName(QStringLiteral("slabSourceText"));
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceLabel->setToolTip(tr("Where the slab figures come from: /proc/slabinfo can be read by the "
                                 "administrator (root) only"));
    m_sourceButton->setObjectName(QStringLiteral("slabSourceButton"));
    connect(m_sourceButton, &QPushButton::clicked, this, &SlabPage::onSourceButton);
    auto* sourceLayout = new QHBoxLayout(sourceFrame);
    sourceLayout->addWidget(m_sourceLabel, 1);
    sourceLayout->addWidget(m_sourceButton, 0, Qt::AlignVCenter);
    sourceFrame->hide();

    // Toolbar: filter, baseline, chart size.
    m_filter->setObjectName(QStringLiteral("slabFilter"));
    m_filter->setPlaceholderText(tr("Filter caches by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(
        tr("Show only the caches whose name contains this text (upper and lower case alike), "
           "e.g. \"kmalloc\" or \"inode\""));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_compareButton->setObjectName(QStringLiteral("slabCompareFromNow"));
    m_compareButton->setText(tr("Compare from Now"));
    m_compareButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_compareButton->setToolTip(
        tr("Start the \"Change since\" column again from the current figures, to see what a "
           "workload you start now allocates"));
    connect(m_compareButton, &QPushButton::clicked, this, [this] { m_model->resetBaseline(); });

    m_topCount->setObjectName(QStringLiteral("slabTopCount"));
    m_topCount->setRange(1, int(SlabHistoryModel::colors().size()));
    m_topCount->setPrefix(tr("Chart the "));
    m_topCount->setSuffix(tr(" largest caches"));
    m_topCount->setToolTip(
        tr("How many of the largest caches (by cache size) the chart follows; the selected "
           "row is charted too"));
    connect(m_topCount, &QSpinBox::valueChanged, this, [this](int count) {
        m_history->setTopCount(count);
        saveSettings();
    });

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_compareButton);
    toolbar->addWidget(m_topCount);

    // Totals, with meminfo's view beside them.
    m_totals->setObjectName(QStringLiteral("slabTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setToolTip(tr(
        "Sums over every cache of the last sample, beside /proc/meminfo's Slab = SReclaimable + SUnreclaim. "
        "The two need not agree: meminfo also counts kmalloc() requests above 8 KiB, which get whole pages "
        "and belong to no cache, and the two files are read a moment apart."));

    // The table.
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChartRoles::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(SlabCacheModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("slabTable"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SlabCacheModel::CacheSizeColumn, Qt::DescendingOrder);
    m_view->setToolTip(
        tr("The kernel's slab caches; click a header to sort, select a kmalloc row to read about "
           "its size class"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SlabCacheModel::NameColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(SlabCacheModel::NameColumn,
                                    fontMetrics().horizontalAdvance(QStringLiteral("kmalloc-rcl-192_")) * 3 /
                                        2);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SlabPage::currentChanged);

    // The kmalloc explanation.
    m_kmalloc->setObjectName(QStringLiteral("kmallocPanel"));
    m_kmalloc->setOpenLinks(false);
    m_kmalloc->setToolTip(
        tr("How kmalloc() rounds requests up to size classes; select a kmalloc-N row for that "
           "class"));
    m_kmalloc->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 18);

    // The chart of the largest caches, with its legend.
    m_history->setObjectName(QStringLiteral("slabHistory"));
    m_chart->setObjectName(QStringLiteral("slabChart"));
    m_chart->setModel(m_history);
    m_chart->setWindowSeconds(0);
    m_chart->setToolTip(tr("Cache size of the largest caches over the kept history; move the mouse over the "
                           "chart to read the values"));
    m_legend->setSourceModel(m_history);
    m_legendView->setObjectName(QStringLiteral("slabLegend"));
    m_legendView->setModel(m_legend);
    m_legendView->setRootIsDecorated(false);
    m_legendView->setUniformRowHeights(true);
    m_legendView->setToolTip(
        tr("The charted caches with their latest and largest size; untick one to hide its "
           "line"));
    m_legendView->header()->setStretchLastSection(false);
    m_legendView->header()->setSectionResizeMode(SeriesLegendModel::SeriesColumn, QHeaderView::Stretch);
    for (int c = SeriesLegendModel::NowColumn; c < SeriesLegendModel::ColumnCount; ++c)
        m_legendView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_legendView->hideColumn(
        SeriesLegendModel::MinimumColumn); // caches rarely shrink much; room for the names
    m_legendView->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 24);
    connect(m_legend, &SeriesLegendModel::seriesVisibilityChanged, m_chart,
            &TimeSeriesChart::setSeriesVisible);
    // The columns follow the largest caches: keep hidden lines hidden by name when they move.
    connect(m_history, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_hiddenSeries = m_legend->hiddenKeys(); });
    connect(m_history, &QAbstractItemModel::modelReset, this,
            [this] { m_legend->setHiddenKeys(m_hiddenSeries); });

    // The table takes the whole width (its columns need it); below it the chart, its legend and the
    // explanation side by side.
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_chart);
    bottom->addWidget(m_legendView);
    bottom->addWidget(m_kmalloc);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    bottom->setStretchFactor(2, 2);
    bottom->setChildrenCollapsible(false);
    bottom->setSizes({540, 320, 380});

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sourcePanel);
    layout->addLayout(toolbar);
    layout->addWidget(m_totals);
    layout->addWidget(split, 1);

    // A stream that goes quiet is not live, even before the helper gives up on it.
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, &SlabPage::onStreamSilent);

    restoreSettings();
    updateTotals();
    updateKmalloc();
    connect(clock, &RefreshClock::tick, this, &SlabPage::sample);
}

SlabPage::~SlabPage()
{
    dropStream();
}

QString SlabPage::sourceText() const
{
    return m_sourcePanel->isVisibleTo(this) ? m_sourceLabel->text() : QString();
}

QString SlabPage::totalsText() const
{
    return m_totals->text();
}

QString SlabPage::kmallocText() const
{
    return m_kmalloc->toPlainText();
}

void SlabPage::setState(State state, const QString& text)
{
    if (state == m_state && text == m_stateText && (!text.isEmpty() || m_sourcePanel->isHidden()))
        return;
    m_state = state;
    m_stateText = text;
    QString button;
    QString buttonTip;
    switch (state) {
    case State::Direct:
        break;
    case State::Unavailable:
        break;
    case State::NeedsAuthorization:
        button = tr("Read as Administrator…");
        buttonTip = tr("Read /proc/slabinfo through Kaleido's privileged helper, every %1 (the refresh "
                       "interval); the desktop asks for an administrator's password")
                        .arg(RefreshClock::intervalText(m_clock->intervalMs()));
        break;
    case State::Connecting:
        button = tr("Cancel");
        buttonTip = tr("Stop waiting for the helper");
        break;
    case State::Streaming:
        button = tr("Stop Reading");
        buttonTip = tr("End the helper's read stream; the last figures stay, marked as stopped");
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
    m_compareButton->setEnabled(state == State::Direct || state == State::Streaming);
    Q_EMIT stateChanged(state);
}

void SlabPage::sample()
{
    // Once the helper is involved, its frames (or its end) decide; the user restarts it with the button.
    if (m_state == State::Connecting || m_state == State::Streaming || m_state == State::Failed ||
        m_state == State::Ended)
        return;

    const auto info = readSlabinfo(m_fs);
    if (!info) {
        discard();
        if (info.error().kind == ErrorKind::PermissionDenied) {
            if (m_state != State::NeedsAuthorization)
                setState(State::NeedsAuthorization,
                         tr("The slab caches are readable by the administrator only (/proc/slabinfo has mode "
                            "0400), so nothing is shown yet. Kaleido can read them for you through its "
                            "privileged helper; your desktop will ask for an administrator's password."));
        } else {
            setState(State::Unavailable,
                     tr("The slab caches cannot be shown: %1 Kaleido tries again at every refresh.")
                         .arg(sentence(info.error().message())));
        }
        return;
    }
    QString note;
    if (!info->skippedLines.isEmpty())
        note = tr("Some lines of /proc/slabinfo were not understood and are left out: %1")
                   .arg(sentence(info->skippedLines.constFirst().message()));
    setState(State::Direct, note);
    apply(*info, QDateTime::currentMSecsSinceEpoch());
}

void SlabPage::apply(const SlabInfo& info, qint64 msecs)
{
    if (const auto mem = readMeminfo(m_fs)) {
        m_slab = mem->value("Slab");
        m_reclaimable = mem->value("SReclaimable");
        m_unreclaimable = mem->value("SUnreclaim");
    } else {
        m_slab.reset();
        m_reclaimable.reset();
        m_unreclaimable.reset();
    }
    m_model->setLive(true);
    m_model->update(info, msecs);
    m_history->addSample(msecs, info, m_model->pageSize());
    updateTotals();
    updateKmalloc();
    Q_EMIT sampled();
}

void SlabPage::discard()
{
    m_model->clear();
    m_history->clear();
    m_slab.reset();
    m_reclaimable.reset();
    m_unreclaimable.reset();
    updateTotals();
    updateKmalloc();
}

void SlabPage::onSourceButton()
{
    switch (m_state) {
    case State::NeedsAuthorization:
    case State::Failed:
    case State::Ended:
        startStream();
        break;
    case State::Connecting:
        dropStream();
        discard();
        setState(
            State::NeedsAuthorization,
            tr("Not reading: the request to the helper was cancelled. The slab caches are readable by the "
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

void SlabPage::startStream()
{
    dropStream();
    discard();
    m_framesSeen = false;
    setState(State::Connecting,
             tr("Waiting for the helper… Your desktop may ask for an administrator's password "
                "to let Kaleido read the slab caches."));
    m_streamIntervalMs = std::max(m_clock->intervalMs(), int(privileged::minimumStreamIntervalMs));
    m_stream = m_client->openStream(privileged::StreamSource::SlabInfo, 0, quint32(m_streamIntervalMs), this);
    connect(m_stream, &privileged::PrivilegedStream::opened, this, &SlabPage::onStreamOpened);
    connect(m_stream, &privileged::PrivilegedStream::failed, this, &SlabPage::onStreamFailed);
    connect(m_stream, &privileged::PrivilegedStream::frameReceived, this, &SlabPage::onFrame);
    connect(m_stream, &privileged::PrivilegedStream::ended, this, &SlabPage::onStreamEnded);
}

void SlabPage::stopStream()
{
    if (!m_stream)
        return;
    dropStream();
    onStreamEnded(tr("You stopped reading."));
}

void SlabPage::dropStream()
{
    m_silence.stop();
    if (!m_stream)
        return;
    m_stream->disconnect(this);
    m_stream->close();
    m_stream->deleteLater();
    m_stream = nullptr;
}

void SlabPage::onStreamOpened()
{
    if (!m_framesSeen)
        setState(State::Connecting, tr("Authorized; waiting for the first figures from the helper…"));
    m_silence.start(silenceLimitMs());
}

void SlabPage::onStreamFailed(const privileged::OperationResult& result)
{
    using Outcome = privileged::OperationResult::Outcome;
    dropStream();
    discard();
    const QString cause = sentence(result.cause);
    QString text;
    switch (result.outcome) {
    case Outcome::NotAuthorized:
        text = tr("Reading the slab caches was not authorized, so nothing is shown. %1").arg(cause);
        break;
    case Outcome::HelperUnavailable:
        text = tr("The slab caches cannot be read, so nothing is shown. %1 Privileges in Kaleido's README "
                  "says how "
                  "the helper, kaleido-helper, is installed.")
                   .arg(cause);
        break;
    case Outcome::Rejected:
    case Outcome::Failed:
    case Outcome::Done:
        text = tr("The helper could not read the slab caches, so nothing is shown. %1").arg(cause);
        break;
    }
    setState(State::Failed, text.trimmed());
}

void SlabPage::onFrame(const privileged::StreamFrame& frame)
{
    m_silence.start(silenceLimitMs());
    if (m_clock->isPaused())
        return; // the whole window stands still while paused
    m_framesSeen = true;
    const qint64 msecs = frame.timestampMs > 0 ? frame.timestampMs : QDateTime::currentMSecsSinceEpoch();
    const auto info = parseSlabinfo(frame.payload);
    if (!info) {
        discard();
        setState(State::Streaming,
                 tr("The helper sent figures that could not be read, so nothing is shown: %1")
                     .arg(sentence(info.error().message())));
        return;
    }
    setState(State::Streaming, tr("Read through Kaleido's privileged helper, every %1.")
                                   .arg(RefreshClock::intervalText(m_streamIntervalMs)));
    apply(*info, msecs);
}

void SlabPage::onStreamEnded(const QString& reason)
{
    dropStream();
    const qint64 last = m_model->sampleMsecs();
    if (m_model->rowCount() == 0) {
        discard();
        setState(State::Ended, tr("Stopped before any figures arrived: %1").arg(sentence(reason)));
        return;
    }
    m_model->setLive(false);
    setState(State::Ended,
             tr("Stopped: %1 The greyed-out figures below are the last ones, from %2, and are no "
                "longer updated.")
                 .arg(sentence(reason), timeText(last)));
    updateTotals();
    updateKmalloc();
}

int SlabPage::silenceLimitMs() const
{
    return std::max(10'000, 5 * m_streamIntervalMs);
}

void SlabPage::onStreamSilent()
{
    if (m_state != State::Streaming && m_state != State::Connecting)
        return;
    m_model->setLive(false);
    const QString since = m_model->sampleCount() > 0 ? timeText(m_model->sampleMsecs()) : QString();
    setState(
        m_state,
        since.isEmpty()
            ? tr("The helper has sent no figures yet; still waiting.")
            : tr("No new figures from the helper since %1: the greyed-out figures are not live.").arg(since));
    updateTotals();
}

void SlabPage::updateTotals()
{
    if (m_model->rowCount() == 0) {
        m_totals->setText(tr("No slab figures are shown."));
        return;
    }
    const SlabCacheModel::Totals& t = m_model->totals();
    QString text =
        tr("<b>All %1 caches</b> hold %2 in slabs: live objects %3 (active objects × object size), "
           "all object slots %4, estimated waste at the slabs' ends %5.")
            .arg(QLocale().toString(t.caches), Units::formatBytes(t.cacheBytes),
                 Units::formatBytes(t.activeObjectBytes), Units::formatBytes(t.totalObjectBytes),
                 Units::formatBytes(t.fragmentationBytes));
    if (m_slab) {
        text +=
            QLatin1Char(' ') +
            tr("<b>/proc/meminfo</b>: Slab %1 = SReclaimable %2 + SUnreclaim %3; the caches account for %4 "
               "of it.")
                .arg(Units::formatBytes(*m_slab),
                     m_reclaimable ? Units::formatBytes(*m_reclaimable) : tr("not reported"),
                     m_unreclaimable ? Units::formatBytes(*m_unreclaimable) : tr("not reported"),
                     *m_slab > 0 ? tr("%1 %").arg(QLocale().toString(
                                       100.0 * double(t.cacheBytes) / double(*m_slab), 'f', 0))
                                 : tr("none"));
    }
    if (!m_model->isLive())
        text = tr("<i>Stopped, as of %1:</i> ").arg(timeText(m_model->sampleMsecs())) + text;
    m_totals->setText(text);
}

void SlabPage::updateKmalloc()
{
    const QModelIndex current = m_view->currentIndex();
    const QString name =
        current.isValid() ? current.data(SlabCacheModel::CacheNameRole).toString() : QString();
    const QString html = KmallocClasses::explanationHtml(m_model, name);
    if (html == m_kmallocHtml)
        return;
    m_kmallocHtml = html;
    const int scroll = m_kmalloc->verticalScrollBar()->value(); // new figures must not move the text
    m_kmalloc->setHtml(html);
    m_kmalloc->verticalScrollBar()->setValue(scroll);
}

void SlabPage::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString name =
        current.isValid() ? current.data(SlabCacheModel::CacheNameRole).toString() : QString();
    m_history->setPinnedCache(name);
    updateKmalloc();
    m_kmalloc->verticalScrollBar()->setValue(0); // another class: read it from the top
}

bool SlabPage::selectCache(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SlabCacheModel::NameColumn));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void SlabPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("topCount"), m_topCount->value());
}

void SlabPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QSignalBlocker block(m_topCount);
    m_topCount->setValue(settings.value(QStringLiteral("topCount"), 8).toInt());
    m_history->setTopCount(m_topCount->value());
}

} // namespace kaleido
