// SPDX-License-Identifier: GPL-2.0-or-later
#include "migratetypespanel.h"

#include "buddyordersmodel.h"
#include "migratetypesmodel.h"
#include "refreshclock.h"
#include "zonesfeed.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace kaleido {

MigrateTypesPanel::MigrateTypesPanel(ZonesFeed* feed, MigrateTypesModel* model,
                                     privileged::PrivilegedClient* client, RefreshClock* clock,
                                     QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_model(model)
    , m_client(client)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_source(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("migrateTypesPanel"));

    // Page 0: why there is no table, and what would get one.
    auto* explanation = new QWidget(m_stack);
    m_message->setObjectName(QStringLiteral("migrateTypesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_button->setObjectName(QStringLiteral("openPageTypeStream"));
    m_button->setIcon(QIcon::fromTheme(QStringLiteral("dialog-password")));
    m_button->setToolTip(
        tr("Ask Kaleido's privileged helper to read /proc/pagetypeinfo for you at every refresh; "
           "the system asks for an administrator's password first"));
    connect(m_button, &QPushButton::clicked, this, &MigrateTypesPanel::openStream);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_button);
    buttonRow->addStretch(1);
    auto* explanationLayout = new QVBoxLayout(explanation);
    explanationLayout->addWidget(m_message);
    explanationLayout->addLayout(buttonRow);
    explanationLayout->addStretch(1);

    // Page 1: the table.
    auto* table = new QWidget(m_stack);
    m_source->setObjectName(QStringLiteral("migrateTypesSource"));
    m_source->setWordWrap(true);
    m_source->setToolTip(tr("Where these figures come from and how large a page block is"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(MigrateTypesModel::SortRole);
    m_view->setObjectName(QStringLiteral("migrateTypesView"));
    m_view->setModel(proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the kernel's order until the user sorts
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->setToolTip(tr("Free blocks per order on each migrate type's free list; hover a type for what it "
                          "holds, a heading for what the column counts"));
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_source);
    tableLayout->addWidget(m_view, 1);

    m_stack->addWidget(explanation);
    m_stack->addWidget(table);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_feed, &ZonesFeed::pageTypeAccessChanged, this, &MigrateTypesPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MigrateTypesPanel::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MigrateTypesPanel::updateState);
    updateState();
}

bool MigrateTypesPanel::isShowingTable() const
{
    return m_stack->currentIndex() == 1;
}

QString MigrateTypesPanel::messageText() const
{
    return isShowingTable() ? m_source->text() : m_message->text();
}

void MigrateTypesPanel::openStream()
{
    m_feed->openPageTypeStream(m_client, m_clock->intervalMs());
}

void MigrateTypesPanel::updateState()
{
    using Access = ZonesFeed::PageTypeAccess;
    const Access access = m_feed->pageTypeAccess();
    const bool readable = access == Access::Direct || access == Access::Streaming;
    if (!readable && m_model->hasData())
        m_model->clear(); // a stream that ended: its last figures are not current any more

    if (readable && m_model->hasData()) {
        QString blocks;
        if (const auto order = m_model->pageBlockOrder(); order && m_model->pagesPerBlock()) {
            const QString pages = QLocale().toString(*m_model->pagesPerBlock());
            blocks = tr("A page block is %1 pages (%2): the unit in which the kernel assigns migrate types.")
                         .arg(pages, BuddyOrdersModel::blockSizeText(*order, m_feed->pageSize()));
        }
        m_source->setText(m_feed->pageTypeStatus() + QLatin1Char(' ') + blocks);
        m_stack->setCurrentIndex(1);
        return;
    }

    QString text;
    switch (access) {
    case Access::Unknown:
        text = tr("Reading…");
        break;
    case Access::Direct:
    case Access::Streaming:
        text = m_model->emptyReason(); // this zone has no free lists, or the last read failed
        break;
    case Access::NeedsPrivilege:
    case Access::Opening:
    case Access::Failed:
    case Access::Unavailable:
        text = m_feed->pageTypeStatus();
        break;
    }
    m_message->setText(text);
    m_button->setVisible(access == Access::NeedsPrivilege || access == Access::Opening ||
                         access == Access::Failed);
    m_button->setEnabled(access != Access::Opening);
    m_button->setText(access == Access::Failed ? tr("Try again through the helper")
                                               : tr("Read /proc/pagetypeinfo as administrator…"));
    m_stack->setCurrentIndex(0);
}

} // namespace kaleido
