// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "labcatalog.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QGroupBox;
class QPlainTextEdit;
class QPushButton;

namespace kaleido {

class BuddySimulatorWidget;
class LabRunner;

namespace privileged {
class PrivilegedClient;
struct OperationResult;
} // namespace privileged

/**
 * One lab's card: goal, what to watch, Start/Stop, the guided steps, what the workload says, and "what you
 * just saw". Asks the main window, through signals, to open Processes or Memory ▸ Map on the lab's process.
 * Steps that change a kernel setting (overcommit mode, drop_caches, ksmd, THP) write it through the
 * PrivilegedClient — the helper asks polkit — and the card remembers the value it found, so that a later step
 * (or the teacher, reminded in the status line) can put it back.
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
    /// Where steps that change a kernel setting send their request; without one those steps are disabled.
    void setPrivilegedClient(privileged::PrivilegedClient* client);
    /// The settings this lab changed and has not put back: key → the value it had before.
    QMap<QString, QString> changedSettings() const { return m_changedSettings; }

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
    bool startSettingStep(int index);
    void settingWritten(int index, const privileged::OperationResult& result);
    void markDone(int index);
    void dropPendingCommand(); ///< the program will not answer: its step no longer blocks the others
    bool stepEnabled(int index, bool running) const;
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
    bool m_writingSetting = false; ///< m_pendingStep's setting is on its way to the kernel
    privileged::PrivilegedClient* m_client = nullptr;
    QMap<QString, QString> m_changedSettings; ///< key → value before this lab's first change
};

} // namespace kaleido
