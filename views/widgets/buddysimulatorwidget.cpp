// SPDX-License-Identifier: GPL-2.0-or-later
#include "buddysimulatorwidget.h"

#include "buddyblocksview.h"
#include "units.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kaleido {

BuddySimulatorWidget::BuddySimulatorWidget(QWidget* parent)
    : QWidget(parent)
    , m_simulator(16384, 64)
    , m_request(new QSpinBox(this))
    , m_view(new BuddyBlocksView(this))
    , m_figures(new QLabel(this))
    , m_log(new QListWidget(this))
{
    setObjectName(QStringLiteral("buddySimulator"));
    m_request->setObjectName(QStringLiteral("buddyRequest"));
    m_request->setRange(1, int(m_simulator.arenaSize()));
    m_request->setValue(500);
    m_request->setSuffix(tr(" bytes"));
    m_request->setToolTip(tr("How many bytes to ask for; the allocator rounds up to a power of two, at least "
                             "%1 bytes")
                              .arg(m_simulator.minimumBlock()));
    auto* allocate = new QPushButton(tr("Allocate"), this);
    allocate->setObjectName(QStringLiteral("buddyAllocate"));
    allocate->setToolTip(
        tr("Ask the allocator for this many bytes: the smallest free block that fits is split "
           "in halves until it is just large enough"));
    connect(allocate, &QPushButton::clicked, this, [this] { this->allocate(m_request->value()); });
    auto* resetButton = new QPushButton(tr("Start Again"), this);
    resetButton->setToolTip(tr("One free block of %1 again").arg(Units::formatBytes(quint64(16384))));
    connect(resetButton, &QPushButton::clicked, this, &BuddySimulatorWidget::reset);

    auto* controls = new QHBoxLayout;
    auto* requestLabel = new QLabel(tr("Request:"), this);
    requestLabel->setBuddy(m_request);
    controls->addWidget(requestLabel);
    controls->addWidget(m_request);
    controls->addWidget(allocate);
    controls->addWidget(resetButton);
    controls->addStretch(1);

    m_figures->setObjectName(QStringLiteral("buddyFigures"));
    m_figures->setWordWrap(true);
    m_figures->setToolTip(
        tr("Internal fragmentation: bytes inside allocated blocks that the requests did not "
           "ask for. Free blocks do not count."));
    m_log->setObjectName(QStringLiteral("buddyLog"));
    m_log->setToolTip(
        tr("What the allocator did, oldest first: splits, allocations, failures, frees and merges"));
    m_log->setMinimumHeight(80);
    connect(m_view, &BuddyBlocksView::freeRequested, this, &BuddySimulatorWidget::freeAllocation);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view);
    layout->addWidget(m_figures);
    layout->addWidget(m_log, 1);
    layout->setStretchFactor(m_view, 1);
    m_view->setSimulator(&m_simulator);
    refresh();
}

bool BuddySimulatorWidget::runExercise(int exercise)
{
    QList<qint64> requests;
    if (exercise == 1)
        requests = {8000, 3000, 2000, 500, 500};
    else if (exercise == 2)
        requests = {500, 1000, 2000, 4000, 8000, 500, 500};
    else
        return false;
    m_simulator.reset(16384, 64);
    for (const qint64 request : std::as_const(requests)) {
        if (m_simulator.allocate(request) == 0)
            break;
    }
    refresh();
    return true;
}

int BuddySimulatorWidget::allocate(qint64 bytes)
{
    const int id = m_simulator.allocate(bytes);
    refresh();
    return id;
}

bool BuddySimulatorWidget::freeAllocation(int id)
{
    const bool freed = m_simulator.free(id);
    refresh();
    return freed;
}

void BuddySimulatorWidget::reset()
{
    m_simulator.reset();
    refresh();
}

QString BuddySimulatorWidget::figuresText() const
{
    return m_figures->text();
}

QString BuddySimulatorWidget::describe(const BuddySimulator::Event& event) const
{
    using Kind = BuddySimulator::EventKind;
    switch (event.kind) {
    case Kind::Split:
        return tr("Split the %1 block at offset %2 into two buddies of %3")
            .arg(Units::formatBytes(quint64(event.size)))
            .arg(event.offset)
            .arg(Units::formatBytes(quint64(event.size / 2)));
    case Kind::Allocate:
        return tr("#%1: %2 bytes → block of %3 at offset %4 (%5 bytes wasted)")
            .arg(event.id)
            .arg(event.requested)
            .arg(Units::formatBytes(quint64(event.size)))
            .arg(event.offset)
            .arg(event.size - event.requested);
    case Kind::Fail:
        return tr("#%1: %2 bytes: failed, no free block of %3")
            .arg(event.id)
            .arg(event.size)
            .arg(Units::formatBytes(quint64(std::max<qint64>(m_simulator.blockSizeFor(event.size), 0))));
    case Kind::Free:
        return tr("Freed #%1 (%2 at offset %3)")
            .arg(event.id)
            .arg(Units::formatBytes(quint64(event.size)))
            .arg(event.offset);
    case Kind::Merge:
        return tr("Merged two free buddies into a %1 block at offset %2")
            .arg(Units::formatBytes(quint64(event.size)))
            .arg(event.offset);
    }
    return {};
}

void BuddySimulatorWidget::refresh()
{
    const qint64 arena = m_simulator.arenaSize();
    const qint64 waste = m_simulator.internalFragmentation();
    m_figures->setText(
        tr("Internal fragmentation: %1 bytes of %2 bytes (%3 %) · in use %4 bytes · free %5 bytes · "
           "largest free block %6 bytes")
            .arg(QLocale().toString(waste), QLocale().toString(arena),
                 QLocale().toString(100.0 * double(waste) / double(arena), 'f', 1),
                 QLocale().toString(m_simulator.usedBytes()), QLocale().toString(m_simulator.freeBytes()),
                 QLocale().toString(m_simulator.largestFreeBlock())));
    m_log->clear();
    for (const auto& event : m_simulator.events()) {
        auto* item = new QListWidgetItem(describe(event), m_log);
        if (event.kind == BuddySimulator::EventKind::Fail) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_log->scrollToBottom();
    m_view->setSimulator(&m_simulator);
}

} // namespace kaleido
