// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "labcatalog.h"

#include <QWidget>

class QLabel;
class QGroupBox;
class QPlainTextEdit;
class QPushButton;

namespace kaleido {

class BuddySimulatorWidget;
class LabRunner;

/**
 * One lab's card: goal, what to watch, Start/Stop, the guided steps, what the workload says, and "what you
 * just saw". Asks the main window, through signals, to open Processes or Memory ▸ Map on the lab's process.
 */
class LabCard : public QWidget
{
    Q_OBJECT
public:
    explicit LabCard(const LabInfo& lab, QWidget* parent = nullptr);
    ~LabCard() override;

    const LabInfo& lab() const { return m_lab; }
    LabRunner* runner() const { return m_runner; }
    BuddySimulatorWidget* simulator() const { return m_simulator; }
    qint32 focusPid() const
    {
        return m_focusPid;
    } ///< the process the Show buttons open: the workload or its child
    bool isRunning() const;

    bool start();
    void stop();
    /// Presses step @p index (0-based): sends its command, or runs the simulator's exercise.
    bool runStep(int index);

protected:
    void changeEvent(QEvent* event) override;

signals:
    void processFocusRequested(qint32 pid);
    void memoryMapRequested(qint32 pid);

private:
    void handleLine(const QString& line);
    void updateState();
    void showFocus(LabFocus focus);

    LabInfo m_lab;
    LabRunner* m_runner = nullptr;
    BuddySimulatorWidget* m_simulator = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_showProcess = nullptr;
    QPushButton* m_showMap = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QList<QPushButton*> m_stepButtons;
    QList<QLabel*> m_stepWatch;
    QGroupBox* m_explanation = nullptr;
    qint32 m_focusPid = 0;
    int m_pendingStep = -1;
};

} // namespace kaleido
