// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunablefiguresview.h"

#include "levelbar.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kaleido {

namespace {

QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void dim(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

} // namespace

TunableFiguresView::TunableFiguresView(QWidget* parent)
    : QWidget(parent)
    , m_box(new QGroupBox(this))
    , m_grid(new QGridLayout)
    , m_gauge(new LevelBar(this))
    , m_gaugeTitle(new QLabel(this))
    , m_notes(wrappingLabel(this, QStringLiteral("tunableNotes")))
    , m_errors(wrappingLabel(this, QStringLiteral("tunableErrors")))
    , m_empty(wrappingLabel(this, QStringLiteral("tunableNoFigures")))
{
    setObjectName(QStringLiteral("tunableFigures"));
    m_box->setToolTip(
        tr("Counters and amounts the selected setting moves, read again on every refresh; the grey "
           "column is the change since the previous refresh"));
    m_gaugeTitle->setObjectName(QStringLiteral("tunableGaugeTitle"));
    m_gauge->setObjectName(QStringLiteral("tunableGauge"));
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    m_notes->setToolTip(tr("How to read the figures above"));
    QPalette warn = m_errors->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    m_errors->setPalette(warn);
    m_errors->setToolTip(tr("Sources that could not be read"));
    dim(m_empty);

    // The rows scroll inside the box, which keeps its place under the table.
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->addWidget(m_gaugeTitle);
    contentLayout->addWidget(m_gauge);
    contentLayout->addLayout(m_grid);
    contentLayout->addWidget(m_notes);
    contentLayout->addWidget(m_errors);
    contentLayout->addWidget(m_empty);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("tunableFiguresScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    setSetting(QString());
}

void TunableFiguresView::setSetting(const QString& label)
{
    m_box->setTitle(label.isEmpty() ? tr("What it affects, live") : tr("What “%1” affects, live").arg(label));
    showFigures(LiveFigures());
}

void TunableFiguresView::showFigures(const LiveFigures& figures)
{
    m_figures = figures;
    const int rows = int(figures.figures.size());
    while (m_cells.size() < rows * 3) {
        const int row = int(m_cells.size()) / 3;
        for (int column = 0; column < 3; ++column) {
            auto* label = new QLabel(this);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if (column == 2) {
                dim(label);
                label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (column == 1)
                label->setWordWrap(true);
            m_grid->addWidget(label, row, column);
            m_cells.append(label);
        }
    }
    for (int i = 0; i < m_cells.size(); ++i) {
        QLabel* cell = m_cells.at(i);
        const int row = i / 3;
        if (row >= rows) {
            cell->hide();
            continue;
        }
        const LiveFigure& f = figures.figures.at(row);
        cell->setText(i % 3 == 0 ? f.label : i % 3 == 1 ? f.value : f.change);
        cell->setToolTip(f.toolTip);
        cell->show();
    }
    if (figures.gauge) {
        const LiveGauge& g = *figures.gauge;
        m_gauge->setLevel(g.value, g.limit, g.valueLabel, g.limitLabel, g.enforced);
        m_gaugeTitle->setText(QStringLiteral("<b>%1</b>").arg(g.title.toHtmlEscaped()));
    }
    m_gauge->setVisible(figures.gauge.has_value());
    m_gaugeTitle->setVisible(figures.gauge.has_value());
    m_notes->setText(figures.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!figures.notes.isEmpty());
    m_errors->setText(figures.errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!figures.errors.isEmpty());
    const bool empty = rows == 0 && figures.notes.isEmpty() && figures.errors.isEmpty();
    m_empty->setText(tr("Select a setting to see the counters and amounts it moves."));
    m_empty->setVisible(empty);
}

QString TunableFiguresView::figuresText() const
{
    QStringList lines;
    if (m_figures.gauge)
        lines.append(m_gauge->text());
    for (const LiveFigure& f : m_figures.figures)
        lines.append(f.change.isEmpty() ? tr("%1: %2").arg(f.label, f.value)
                                        : tr("%1: %2 (%3)").arg(f.label, f.value, f.change));
    lines += m_figures.notes;
    lines += m_figures.errors;
    return lines.join(QLatin1Char('\n'));
}

} // namespace kaleido
