// SPDX-License-Identifier: GPL-2.0-or-later
#include "labspage.h"

#include "labcard.h"
#include "labcatalog.h"
#include "modulelabcard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kaleido {

namespace {
const char presentationKey[] = "Labs/presentationMode";
constexpr double presentationScale = 1.6;
} // namespace

LabsPage::LabsPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_cards(new QStackedWidget(this))
    , m_presentationButton(new QToolButton(this))
    , m_normalFont(font())
{
    setObjectName(QStringLiteral("labsPage"));
    m_list->setObjectName(QStringLiteral("labList"));
    m_list->setToolTip(tr("The labs: each starts a small program and shows what the kernel does with it"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);

    const QList<LabInfo> labs = LabCatalog::labs();
    for (const LabInfo& lab : labs) {
        auto* card = new LabCard(lab);
        m_scrolls.append(addCard(card, lab.number, lab.title, lab.goal, lab.id));
        m_labCards.append(card);
        connect(card, &LabCard::processFocusRequested, this, &LabsPage::processFocusRequested);
        connect(card, &LabCard::memoryMapRequested, this, &LabsPage::memoryMapRequested);
    }
    connect(m_list, &QListWidget::currentRowChanged, m_cards, &QStackedWidget::setCurrentIndex);

    m_presentationButton->setObjectName(QStringLiteral("labsPresentation"));
    m_presentationButton->setText(tr("Presentation Mode"));
    m_presentationButton->setCheckable(true);
    m_presentationButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_presentationButton->setIcon(QIcon::fromTheme(QStringLiteral("view-fullscreen")));
    m_presentationButton->setToolTip(tr("Larger text for a projector; Kaleido remembers the choice"));
    connect(m_presentationButton, &QToolButton::toggled, this, &LabsPage::setPresentationMode);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_presentationButton);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_cards);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_list->setCurrentRow(0);
    setPresentationMode(QSettings().value(QLatin1String(presentationKey), false).toBool());
}

QWidget* LabsPage::addCard(QWidget* card, int number, const QString& title, const QString& toolTip,
                           const QString& id)
{
    // In the order of the labs' numbers.
    int row = m_list->count();
    while (row > 0 && m_list->item(row - 1)->data(Qt::UserRole + 1).toInt() > number)
        --row;
    auto* item = new QListWidgetItem(tr("%1. %2").arg(number).arg(title));
    item->setToolTip(toolTip);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::UserRole + 1, number);
    m_list->insertItem(row, item);
    auto* scroll = new QScrollArea(m_cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(card);
    m_cards->insertWidget(row, scroll);
    return scroll;
}

void LabsPage::addModuleLab(ModuleLabCard* card)
{
    if (m_moduleLab)
        return;
    m_moduleLab = card;
    QListWidgetItem* current = m_list->currentItem();
    addCard(card, ModuleLabCard::labNumber, ModuleLabCard::title(), ModuleLabCard::goal(),
            ModuleLabCard::labId());
    if (current)
        m_list->setCurrentItem(current);
    m_cards->setCurrentIndex(std::max(0, m_list->currentRow()));
}

LabsPage::~LabsPage()
{
    stopAll();
}

int LabsPage::labCount() const
{
    return int(m_labCards.size());
}

LabCard* LabsPage::card(int index) const
{
    return m_labCards.value(index);
}

LabCard* LabsPage::card(const QString& id) const
{
    for (LabCard* card : m_labCards) {
        if (card->lab().id == id)
            return card;
    }
    return nullptr;
}

void LabsPage::showLab(const QString& id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

LabCard* LabsPage::currentCard() const
{
    return m_labCards.value(int(m_scrolls.indexOf(m_cards->currentWidget())));
}

void LabsPage::setPresentationMode(bool on)
{
    m_presentation = on;
    QFont font = m_normalFont;
    if (on) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * presentationScale);
        else
            font.setPixelSize(int(font.pixelSize() * presentationScale));
    }
    setFont(font);
    m_presentationButton->blockSignals(true);
    m_presentationButton->setChecked(on);
    m_presentationButton->blockSignals(false);
    QSettings().setValue(QLatin1String(presentationKey), on);
}

void LabsPage::setPrivilegedClient(privileged::PrivilegedClient* client)
{
    for (LabCard* card : std::as_const(m_labCards))
        card->setPrivilegedClient(client);
}

void LabsPage::stopAll()
{
    for (LabCard* card : std::as_const(m_labCards))
        card->stop();
}

} // namespace kaleido
