// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tunablelivefigures.h"

#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;

namespace kaleido {

class LevelBar;

/**
 * The live figures a tunable affects (TunableLiveFigures), under Memory ▸ Tunables' table: a LevelBar when
 * there is a used-against-limit pair, then one row per figure (name, value with unit, change since the
 * previous refresh in grey), then how to read them. The page feeds it on every tick.
 */
class TunableFiguresView : public QWidget
{
    Q_OBJECT

public:
    explicit TunableFiguresView(QWidget* parent = nullptr);

    /// Names the setting in the title ("What Overcommit mode affects, live"); empty: nothing selected.
    void setSetting(const QString& label);
    void showFigures(const LiveFigures& figures);

    /// The figures as shown, "label: value (change)", one per line, the gauge first (tests, copying).
    QString figuresText() const;
    LevelBar* gauge() const { return m_gauge; }

private:
    QGroupBox* m_box;
    QGridLayout* m_grid;
    QList<QLabel*> m_cells; ///< label, value, change per row
    LevelBar* m_gauge;
    QLabel* m_gaugeTitle;
    QLabel* m_notes;
    QLabel* m_errors;
    QLabel* m_empty;
    LiveFigures m_figures;
};

} // namespace kaleido
