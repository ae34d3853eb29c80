// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "operationresult.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kaleido {

namespace privileged {
class PrivilegedClient;
}

/**
 * Send a signal to a process: pick the PID (or get it from a process view), see whose process it is, pick the
 * signal with its meaning spelled out. One's own processes are signalled directly; another user's go through
 * the privileged helper, and the system asks for an administrator's password.
 */
class SignalDialog : public QDialog
{
    Q_OBJECT

public:
    SignalDialog(privileged::PrivilegedClient* client, KernelFs fs, qint32 pid = 0,
                 QWidget* parent = nullptr);

    void setPid(qint32 pid);
    void setSignal(int signal);
    /// Sends the chosen signal (what the Send button does).
    void send();
    QString statusText() const;

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
    quint64 m_startTime = 0;
};

} // namespace kaleido
