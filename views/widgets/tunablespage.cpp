// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunablespage.h"

#include "privilegedclient.h"
#include "refreshclock.h"
#include "tunabledelegate.h"
#include "tunabledetailspanel.h"
#include "tunableeffects.h"
#include "tunablefiguresview.h"
#include "tunableguide.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace kaleido {

namespace {

const QString kSettingsGroup = QStringLiteral("TunablesPage");
const QString kDropCaches = QStringLiteral("vm.drop_caches");

using Outcome = privileged::OperationResult::Outcome;

} // namespace

TunablesPage::TunablesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                           QWidget* parent, const QString& settingsFile)
    : QWidget(parent)
    , m_client(client)
    , m_fs(fs)
    , m_model(new TunablesModel(fs, this, settingsFile))
    , m_figures(fs)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTreeView(this))
    , m_details(new TunableDetailsPanel(m_model, this))
    , m_figuresView(new TunableFiguresView(this))
    , m_status(new QLabel(this))
    , m_revertAll(new QPushButton(tr("Revert &All"), this))
    , m_revertAllOriginal(new QPushButton(tr("Revert All to Ori&ginal"), this))
{
    setObjectName(QStringLiteral("tunablesPage"));
    auto* intro =
        new QLabel(tr("Kernel settings for memory management. Changes take effect at once and last until "
                      "the next reboot; the system asks for an administrator's password."),
                   this);
    intro->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TunablesModel::RawValueRole);
    m_view->setObjectName(QStringLiteral("tunablesView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // table order (grouped by subsystem) until the user sorts
    m_view->setItemDelegateForColumn(TunablesModel::ValueColumn, new TunableDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setToolTip(tr("Double-click a value to change it; select a row to read about it on the right"));
    QHeaderView* header = m_view->header();
    // The names take the spare width; the values stay next to them, each column as wide as its contents.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TunablesModel::SettingColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    m_view->setColumnHidden(TunablesModel::AcceptsColumn, true); // both are in the details pane
    m_view->setColumnHidden(TunablesModel::KeyColumn, true);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        for (int column = TunablesModel::ValueColumn; column < TunablesModel::ColumnCount; ++column) {
            QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool shown) {
                m_view->setColumnHidden(column, !shown);
                saveSettings();
            });
        }
        menu.exec(m_view->header()->mapToGlobal(pos));
    });

    m_status->setObjectName(QStringLiteral("tunablesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setToolTip(tr("What happened to the last change: the value before → the value after"));
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(4);
    m_status->setText(tr("No change made yet."));

    m_revertAll->setToolTip(tr("Put every setting you changed in this session back to its earlier value"));
    m_revertAllOriginal->setObjectName(QStringLiteral("tunablesRevertAllOriginal"));
    m_revertAllOriginal->setToolTip(
        tr("Put every setting that differs from the value Kaleido first found back to that value"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_revertAll, 0, Qt::AlignTop);
    buttons->addWidget(m_revertAllOriginal, 0, Qt::AlignTop);
    buttons->addWidget(m_status, 1);

    // Left: the table over the live figures of the selected setting; right: what the setting is and does.
    auto* table = new QWidget(m_leftSplitter);
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(buttons);
    m_leftSplitter->addWidget(table);
    m_leftSplitter->addWidget(m_figuresView);
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->setStretchFactor(0, 0);
    m_leftSplitter->setStretchFactor(1, 1);
    connect(m_leftSplitter, &QSplitter::splitterMoved, this, &TunablesPage::saveSplitters);

    auto* scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("tunableDetailsScroll"));
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, &TunablesPage::saveSplitters);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &TunablesModel::changeRequested, this, &TunablesPage::requestChange);
    connect(m_details, &TunableDetailsPanel::applyRequested, this, &TunablesPage::requestChange);
    connect(m_details, &TunableDetailsPanel::revertRequested, this, &TunablesPage::revertSelected);
    connect(m_details, &TunableDetailsPanel::revertToOriginalRequested, this,
            &TunablesPage::revertSelectedToOriginal);
    connect(m_revertAll, &QPushButton::clicked, this, &TunablesPage::revertAll);
    connect(m_revertAllOriginal, &QPushButton::clicked, this, &TunablesPage::revertAllToOriginal);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetails();
        updateButtons();
        saveSettings();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        m_details->updateValues();
        updateButtons();
    });
    connect(clock, &RefreshClock::tick, this, [this] {
        if (isVisible())
            refresh();
    });

    restoreSettings();
    updateButtons();
}

QString TunablesPage::statusText() const
{
    return m_status->text();
}

QString TunablesPage::selectedKey() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TunablesModel::KeyRole).toString() : QString();
}

void TunablesPage::selectKey(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TunablesModel::SettingColumn));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TunablesPage::refresh()
{
    m_model->refresh();
    const QString key = m_details->key();
    if (!key.isEmpty())
        m_figuresView->showFigures(m_figures.sample(tunableTopic(key)));
}

void TunablesPage::updateDetails()
{
    const QString key = selectedKey();
    if (key == m_details->key())
        return;
    m_details->showTunable(key);
    const privileged::TunableInfo* info = privileged::findTunable(key);
    m_figuresView->setSetting(info ? privileged::tunableLabel(*info) : QString());
    if (!key.isEmpty())
        m_figuresView->showFigures(m_figures.sample(tunableTopic(key)));
}

void TunablesPage::updateButtons()
{
    const bool idle = !isBusy();
    m_revertAll->setEnabled(idle && !m_model->changedKeys().isEmpty());
    m_revertAllOriginal->setEnabled(idle && !m_model->keysDifferingFromOriginal().isEmpty());
    m_details->setWritesEnabled(idle);
}

void TunablesPage::requestChange(const QString& key, const QString& value)
{
    enqueue({TunablesModel::Write{key, value}});
}

void TunablesPage::revertSelected()
{
    enqueue(m_model->revertWrites({selectedKey()}, TunablesModel::RevertTarget::Before));
}

void TunablesPage::revertAll()
{
    enqueue(m_model->revertWrites(m_model->changedKeys(), TunablesModel::RevertTarget::Before));
}

void TunablesPage::revertSelectedToOriginal()
{
    enqueue(m_model->revertWrites({selectedKey()}, TunablesModel::RevertTarget::Original));
}

void TunablesPage::revertAllToOriginal()
{
    enqueue(
        m_model->revertWrites(m_model->keysDifferingFromOriginal(), TunablesModel::RevertTarget::Original));
}

void TunablesPage::enqueue(const QList<TunablesModel::Write>& writes)
{
    if (writes.isEmpty())
        return;
    m_queue += writes;
    startNext();
    updateButtons();
}

void TunablesPage::startNext()
{
    // One write at a time: each may wait for a password, and overcommit_ratio and overcommit_kbytes must be
    // written in the planned order.
    if (m_pending > 0 || m_queue.isEmpty())
        return;
    const TunablesModel::Write write = m_queue.takeFirst();
    const QString key = write.key;
    const QString value = write.value;
    const QString partner = TunablesModel::linkedTunable(key);
    const QString partnerBefore = partner.isEmpty() ? QString() : m_model->currentValue(partner);
    ++m_pending;
    updateButtons();
    if (key == kDropCaches)
        m_figures.beginCacheDrop();
    const QString waiting =
        tr("Changing %1 to %2… (waiting for authorization)").arg(key, formatTunableValue(key, value));
    m_status->setText(waiting);
    if (m_details->key() == key)
        m_details->showLastChange(waiting);
    privileged::PendingOperation* pending = m_client->writeTunable(key, value);
    connect(pending, &privileged::PendingOperation::finished, this,
            [this, key, value, partnerBefore](const privileged::OperationResult& result) {
                --m_pending;
                if (key == kDropCaches)
                    m_figures.finishCacheDrop(value, result.ok());
                if (result.ok())
                    m_model->recordChange(key, result.oldValue, result.newValue, partnerBefore);
                showResult(key, value, result);
                if (!m_queue.isEmpty() && (result.outcome == Outcome::NotAuthorized ||
                                           result.outcome == Outcome::HelperUnavailable)) {
                    const int left = int(m_queue.size());
                    m_queue.clear();
                    m_status->setText(m_status->text() + QLatin1Char(' ') +
                                      (left == 1 ? tr("1 more change was not tried.")
                                                 : tr("%1 more changes were not tried.").arg(left)));
                }
                Q_EMIT changeFinished(result);
                startNext();
                updateButtons();
            });
}

void TunablesPage::showResult(const QString& key, const QString& value,
                              const privileged::OperationResult& result)
{
    QString text;
    if (result.ok()) {
        text = result.oldValue.isEmpty() && result.newValue.isEmpty()
                   ? tr("%1: %2").arg(key, result.cause)
                   : tr("%1: %2 → %3. %4")
                         .arg(key, formatTunableValue(key, result.oldValue),
                              formatTunableValue(key, result.newValue), result.cause);
    } else {
        text = tr("%1 was not changed to %2: %3").arg(key, formatTunableValue(key, value), result.cause);
        if (!result.errnoName.isEmpty())
            text += QStringLiteral(" (%1)").arg(result.errnoName);
        m_model->refresh();
    }
    m_status->setText(text);
    if (m_details->key() == key)
        m_details->showLastChange(text);
    m_details->updateValues();
    if (!m_details->key().isEmpty())
        m_figuresView->showFigures(m_figures.sample(tunableTopic(m_details->key())));
    Q_EMIT message(text);
}

void TunablesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_leftSized)
        return;
    m_leftSized = true;
    // First time shown, with no sizes saved: once laid out, the table as tall as its rows (if that leaves
    // the figures room), the figures under it the rest.
    QTimer::singleShot(0, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        const QRect first = m_view->visualRect(m_proxy->index(0, 0));
        const QRect last = m_view->visualRect(m_proxy->index(m_proxy->rowCount() - 1, 0));
        const int spare = m_view->viewport()->height() - (last.bottom() - first.top() + 1) - 2;
        const QList<int> sizes = m_leftSplitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int table = std::clamp(sizes.value(0) - spare, total / 3, total - total / 3);
        m_leftSplitter->setSizes({table, total - table});
    });
}

void TunablesPage::saveSplitters() const
{
    // Only when the user moves one: sizes from before the first layout mean nothing.
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("leftSplitter"), m_leftSplitter->saveState());
}

void TunablesPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    QStringList hidden;
    for (int column = 0; column < TunablesModel::ColumnCount; ++column) {
        if (m_view->isColumnHidden(column))
            hidden.append(QString::number(column));
    }
    settings.setValue(QStringLiteral("hiddenColumns"), hidden);
    const QString key = selectedKey();
    if (!key.isEmpty())
        settings.setValue(QStringLiteral("selected"), key);
}

void TunablesPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({540, 460});
    m_leftSized = m_leftSplitter->restoreState(settings.value(QStringLiteral("leftSplitter")).toByteArray());
    if (settings.contains(QStringLiteral("hiddenColumns"))) {
        const QStringList hidden = settings.value(QStringLiteral("hiddenColumns")).toStringList();
        for (int column = TunablesModel::ValueColumn; column < TunablesModel::ColumnCount; ++column)
            m_view->setColumnHidden(column, hidden.contains(QString::number(column)));
    }
    const QString key = settings.value(QStringLiteral("selected")).toString();
    selectKey(m_model->rowOf(key) >= 0 ? key : m_model->keyAt(0));
}

} // namespace kaleido
