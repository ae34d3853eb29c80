// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "buddysimulator.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QSpinBox;

namespace kaleido {

class BuddyBlocksView;

/// The buddy allocator lab's simulator: a request field, the blocks as rows, the figures and a log of events.
class BuddySimulatorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BuddySimulatorWidget(QWidget* parent = nullptr);

    const BuddySimulator& simulator() const { return m_simulator; }
    /// Runs exercise 1 or 2 of the handbook from a fresh arena; false for any other number.
    bool runExercise(int exercise);
    int allocate(qint64 bytes);
    bool freeAllocation(int id);
    void reset();
    QString figuresText() const; ///< the figures line as shown, for tests

private:
    void refresh();
    QString describe(const BuddySimulator::Event& event) const;

    BuddySimulator m_simulator;
    QSpinBox* m_request;
    BuddyBlocksView* m_view;
    QLabel* m_figures;
    QListWidget* m_log;
};

} // namespace kaleido
