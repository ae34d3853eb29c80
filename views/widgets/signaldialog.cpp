// SPDX-License-Identifier: GPL-2.0-or-later
#include "signaldialog.h"

#include "privilegedclient.h"
#include "procstat.h"
#include "procstatus.h"
#include "taskstate.h"
#include "usernames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <csignal>
#include <unistd.h>

namespace kaleido {

namespace {

struct SignalChoice
{
    int number;
    const char* name;
    const char* meaning;
};

// The signals a person sends by hand, each with what it usually does.
const SignalChoice signalChoices[] = {
    {SIGTERM, "SIGTERM",
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Ask the process to end. It may clean up first, or ignore the request.")},
    {SIGINT, "SIGINT",
     QT_TRANSLATE_NOOP("kaleido::SignalDialog", "Interrupt, as Ctrl+C in a terminal does.")},
    {SIGHUP, "SIGHUP",
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Hang up. Many services reload their configuration when they get it.")},
    {SIGKILL, "SIGKILL",
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "End the process at once. It cannot catch, ignore or clean up after "
                       "this; unsaved work is lost.")},
    {SIGSTOP, "SIGSTOP",
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Pause the process (state T) until it gets SIGCONT. It cannot be ignored.")},
    {SIGCONT, "SIGCONT", QT_TRANSLATE_NOOP("kaleido::SignalDialog", "Let a paused process run again.")},
    {SIGUSR1, "SIGUSR1",
     QT_TRANSLATE_NOOP("kaleido::SignalDialog", "User-defined signal 1: its meaning is up to the program.")},
    {SIGUSR2, "SIGUSR2",
     QT_TRANSLATE_NOOP("kaleido::SignalDialog", "User-defined signal 2: its meaning is up to the program.")},
};

} // namespace

SignalDialog::SignalDialog(privileged::PrivilegedClient* client, KernelFs fs, qint32 pid, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_fs(std::move(fs))
    , m_pid(new QSpinBox(this))
    , m_process(new QLabel(this))
    , m_signal(new QComboBox(this))
    , m_meaning(new QLabel(this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
{
    setObjectName(QStringLiteral("signalDialog"));
    setWindowTitle(tr("Send Signal"));

    m_pid->setRange(0, 4194304);
    m_pid->setSpecialValueText(tr("(enter a process ID)"));
    m_pid->setToolTip(tr("The process ID (PID) of the process to signal"));
    m_process->setWordWrap(true);
    m_process->setToolTip(tr("The process this PID names now: its name, owner and state"));
    for (const SignalChoice& choice : signalChoices)
        m_signal->addItem(QStringLiteral("%1 (%2)").arg(QLatin1StringView(choice.name)).arg(choice.number),
                          choice.number);
    m_signal->setToolTip(tr("The signal to send; its meaning is shown below"));
    m_meaning->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("signalStatus"));
    m_status->setToolTip(tr("What happened to the last signal sent"));
    m_send->setToolTip(tr("Send the signal. Another user's process needs an administrator's password."));
    m_send->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Process ID:"), m_pid);
    form->addRow(QString(), m_process);
    form->addRow(tr("S&ignal:"), m_signal);
    form->addRow(QString(), m_meaning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_pid, &QSpinBox::valueChanged, this, &SignalDialog::describeProcess);
    connect(m_signal, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_meaning->setText(tr(signalChoices[index].meaning)); });
    connect(m_send, &QPushButton::clicked, this, &SignalDialog::send);
    m_meaning->setText(tr(signalChoices[0].meaning));
    setPid(pid > 0 ? pid : 0);
}

void SignalDialog::setPid(qint32 pid)
{
    m_pid->setValue(pid);
    describeProcess();
}

void SignalDialog::setSignal(int signal)
{
    const int index = m_signal->findData(signal);
    if (index >= 0)
        m_signal->setCurrentIndex(index);
}

QString SignalDialog::statusText() const
{
    return m_status->text();
}

void SignalDialog::describeProcess()
{
    const qint32 pid = m_pid->value();
    if (pid <= 0) {
        m_startTime = 0;
        m_process->setText(tr("Type the ID of the process to signal (the PID column of a process list)."));
        m_send->setEnabled(false);
        return;
    }
    const auto stat = readProcStat(m_fs, pid);
    const auto status = readProcStatus(m_fs, pid);
    if (!stat || !status) {
        m_startTime = 0;
        m_process->setText(!stat ? stat.error().message() : status.error().message());
        m_send->setEnabled(false);
        return;
    }
    m_startTime = stat->startTime;
    const quint32 uid = status->uid ? (*status->uid)[0] : 0;
    const QString owner = UserNames(m_fs).userName(uid);
    const bool own = uid == geteuid();
    m_process->setText(tr("%1, owned by %2, %3%4")
                           .arg(QString::fromUtf8(status->name), owner, taskStateWord(status->state),
                                own || geteuid() == 0 ? QString()
                                                      : tr(" — another user's process: you will be asked "
                                                           "for an administrator's password")));
    m_send->setEnabled(true);
}

void SignalDialog::send()
{
    if (m_startTime == 0)
        return;
    const int signal = m_signal->currentData().toInt();
    const qint32 pid = m_pid->value();
    m_send->setEnabled(false);
    m_status->setText(tr("Sending %1 to %2…").arg(m_signal->currentText()).arg(pid));
    privileged::PendingOperation* pending = m_client->signalProcess({pid, m_startTime}, signal);
    connect(pending, &privileged::PendingOperation::finished, this,
            [this](const privileged::OperationResult& result) {
                QString text = result.cause;
                if (!result.ok() && !result.errnoName.isEmpty())
                    text += QStringLiteral(" (%1)").arg(result.errnoName);
                m_status->setText(text);
                describeProcess();
                Q_EMIT sent(result);
            });
}

} // namespace kaleido
