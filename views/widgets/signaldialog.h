// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "operationresult.h"
#include "processcontrol.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

/**
 * Send a signal to a process: pick the PID (or get it from a process view), see whose process it is, pick one
 * of every signal Linux has — the 31 standard ones, most used first, and the real-time ones — with its
 * meaning spelled out. The signal is tried as the user first; only when the kernel says EPERM is it sent
 * through the privileged helper (the system asks for an administrator's password), and the status says so.
 *
 * Given a ProcessTarget, the dialog sends to that process only: if its PID names another process meanwhile,
 * nothing is sent.
 */
class SignalDialog : public QDialog
{
    Q_OBJECT

public:
    SignalDialog(privileged::PrivilegedClient* client, KernelFs fs, qint32 pid = 0,
                 QWidget* parent = nullptr);

    /// Any process with this PID (its start time is read now).
    void setPid(qint32 pid);
    /// Exactly the process @p target names: when its PID now has another start time, nothing is sent.
    void setTarget(const privileged::ProcessTarget& target);
    void setSignal(int signal);
    int signal() const;
    /// Sends the chosen signal (what the Send button does).
    void send();
    QString statusText() const;
    /// What the line under the PID says about the process.
    QString processText() const;
    /// The signal numbers the list offers, in its order (group headings left out).
    QList<int> offeredSignals() const;

    /// Every signal the dialog offers, in its order: the common ones, the other standard ones (1…31), the
    /// real-time ones (the kernel's SIGRTMIN, 32, to SIGRTMAX, 64).
    static QList<int> signalNumbers();
    /// One line saying what @p signal does by default and what it is for; translated.
    static QString signalMeaning(int signal);
    /// "SIGTERM (15)", "SIGRTMIN+2 (34)".
    static QString signalLabel(int signal);

    /// The kernel's first real-time signal (glibc keeps it and the next for its threads).
    static constexpr int kernelRealTimeMin = 32;

Q_SIGNALS:
    void sent(const kaleido::privileged::OperationResult& result);

private:
    void describeProcess();

    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    QSpinBox* m_pid;
    QLabel* m_process;
    QComboBox* m_signal;
    QLabel* m_meaning;
    QLabel* m_status;
    QPushButton* m_send;
    quint64 m_startTime = 0;         ///< of the process the PID names now
    quint64 m_expectedStartTime = 0; ///< from setTarget(); 0: whichever process has the PID
};

} // namespace kaleido
