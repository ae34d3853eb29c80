// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunablespage.h"

#include "privilegedclient.h"
#include "refreshclock.h"
#include "tunabledelegate.h"
#include "tunablesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kaleido {

TunablesPage::TunablesPage(RefreshClock* clock, privileged::PrivilegedClient* client, KernelFs fs,
                           QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new TunablesModel(std::move(fs), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_change(new QPushButton(tr("&Change…"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_revertAll(new QPushButton(tr("Revert &All"), this))
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
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // table order (grouped by subsystem) until the user sorts
    m_view->setItemDelegateForColumn(TunablesModel::ValueColumn, new TunableDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a value to change it; hover a row to learn what it does"));

    m_status->setObjectName(QStringLiteral("tunablesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setToolTip(tr("What happened to the last change"));

    m_change->setToolTip(tr("Change the selected setting (or double-click its value)"));
    m_revert->setToolTip(tr("Put the selected setting back to the value it had before you changed it"));
    m_revertAll->setToolTip(tr("Put every setting you changed in this session back to its earlier value"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_change);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_revertAll);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_model, &TunablesModel::changeRequested, this, &TunablesPage::requestChange);
    connect(m_change, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(TunablesModel::ValueColumn));
    });
    connect(m_revert, &QPushButton::clicked, this, &TunablesPage::revertSelected);
    connect(m_revertAll, &QPushButton::clicked, this, &TunablesPage::revertAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TunablesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TunablesPage::updateButtons);
    connect(clock, &RefreshClock::tick, this, [this] {
        if (isVisible())
            m_model->refresh();
    });
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

void TunablesPage::updateButtons()
{
    const QString key = selectedKey();
    const bool idle = m_pending == 0;
    m_change->setEnabled(idle && !key.isEmpty());
    m_revert->setEnabled(idle && !m_model->originalValue(key).isNull());
    m_revertAll->setEnabled(idle && !m_model->changedKeys().isEmpty());
}

void TunablesPage::requestChange(const QString& key, const QString& value)
{
    ++m_pending;
    updateButtons();
    m_status->setText(tr("Changing %1 to %2… (waiting for authorization)").arg(key, value));
    privileged::PendingOperation* pending = m_client->writeTunable(key, value);
    connect(pending, &privileged::PendingOperation::finished, this,
            [this, key](const privileged::OperationResult& result) {
                --m_pending;
                showResult(key, result);
                Q_EMIT changeFinished(result);
            });
}

void TunablesPage::revertSelected()
{
    const QString key = selectedKey();
    const QString original = m_model->originalValue(key);
    if (!original.isNull())
        requestChange(key, original);
}

void TunablesPage::revertAll()
{
    const QStringList keys = m_model->changedKeys();
    for (const QString& key : keys)
        requestChange(key, m_model->originalValue(key));
}

void TunablesPage::showResult(const QString& key, const privileged::OperationResult& result)
{
    if (result.ok()) {
        m_model->recordChange(key, result.oldValue, result.newValue);
        m_status->setText(
            result.oldValue.isEmpty() && result.newValue.isEmpty()
                ? tr("%1: %2").arg(key, result.cause)
                : tr("%1: %2 → %3. %4").arg(key, result.oldValue, result.newValue, result.cause));
    } else {
        QString text = tr("%1 was not changed: %2").arg(key, result.cause);
        if (!result.errnoName.isEmpty())
            text += QStringLiteral(" (%1)").arg(result.errnoName);
        m_status->setText(text);
        m_model->refresh();
    }
    updateButtons();
}

} // namespace kaleido
