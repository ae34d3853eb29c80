// SPDX-License-Identifier: GPL-2.0-or-later
#include "signaldialog.h"

#include "operationreport.h"
#include "privilegedclient.h"
#include "procstat.h"
#include "procstatus.h"
#include "signalnames.h"
#include "taskstate.h"
#include "usernames.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <csignal>
#include <iterator>
#include <unistd.h>

namespace kaleido {

namespace {

struct SignalMeaning
{
    int number;
    const char* meaning;
};

// What each standard signal does when the program has no handler for it, and what it is for.
const SignalMeaning standardMeanings[] = {
    {SIGHUP,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Hang up: its terminal closed. Many services reload their configuration instead.")},
    {SIGINT, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                               "Interrupt, as Ctrl+C in a terminal does. Most programs end.")},
    {SIGQUIT, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "Quit, as Ctrl+\\ in a terminal does: the program ends and may dump core.")},
    {SIGILL,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Illegal instruction, normally raised by the CPU: the program ends and dumps core.")},
    {SIGTRAP,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Breakpoint or trace trap, for debuggers: without one the program dumps core.")},
    {SIGABRT,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog", "Abort, as abort() does: the program ends and dumps core.")},
    {SIGBUS,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Bus error (e.g. a mapped file was truncated): the program ends and dumps core.")},
    {SIGFPE,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Arithmetic error such as division by zero: the program ends and dumps core.")},
    {SIGKILL, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "End the process at once. It cannot catch, ignore or clean up after this; "
                                "unsaved work is lost.")},
    {SIGUSR1,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "User-defined signal 1: its meaning is up to the program (often: reopen logs).")},
    {SIGSEGV,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Invalid memory access (segmentation fault): the program ends and dumps core.")},
    {SIGUSR2,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog", "User-defined signal 2: its meaning is up to the program.")},
    {SIGPIPE,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "It wrote to a pipe or socket nobody reads: it ends unless it ignores this.")},
    {SIGALRM, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "A timer set with alarm() expired: it ends unless it expects this.")},
    {SIGTERM, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "Ask the process to end. It may clean up first, or ignore the request.")},
#ifdef SIGSTKFLT
    {SIGSTKFLT, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                  "Coprocessor stack fault: unused on Linux; the program ends.")},
#endif
    {SIGCHLD,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "One of its children stopped or ended: ignored unless the program waits for it.")},
    {SIGCONT, QT_TRANSLATE_NOOP("kaleido::SignalDialog", "Let a paused (stopped) process run again.")},
    {SIGSTOP, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "Pause the process (state T) until it gets SIGCONT. It cannot be ignored.")},
    {SIGTSTP, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "Pause from the terminal, as Ctrl+Z does; unlike SIGSTOP it can be caught.")},
    {SIGTTIN,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog", "A background process read from its terminal: it pauses.")},
    {SIGTTOU,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog", "A background process wrote to its terminal: it pauses.")},
    {SIGURG,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Urgent (out-of-band) data on a socket: ignored unless the program asks for it.")},
    {SIGXCPU, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "Its CPU time limit (RLIMIT_CPU) ran out: it ends and dumps core.")},
    {SIGXFSZ, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "It exceeded its file size limit (RLIMIT_FSIZE): it ends and dumps core.")},
    {SIGVTALRM,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Its virtual (user CPU time) timer expired: it ends unless it expects this.")},
    {SIGPROF, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                "Its profiling timer expired: it ends unless it expects this.")},
    {SIGWINCH, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                                 "Its terminal window changed size: ignored unless the program redraws.")},
    {SIGIO,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Input or output is possible on a file (SIGPOLL): it ends unless it expects this.")},
#ifdef SIGPWR
    {SIGPWR, QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                               "Power failure: it ends unless it handles this (init may shut down).")},
#endif
    {SIGSYS,
     QT_TRANSLATE_NOOP("kaleido::SignalDialog",
                       "Bad system call (e.g. refused by seccomp): the program ends and dumps core.")},
};

// The signals people send by hand, first in the list.
const int commonSignals[] = {SIGTERM, SIGINT,  SIGHUP,  SIGKILL, SIGSTOP,
                             SIGCONT, SIGTSTP, SIGQUIT, SIGUSR1, SIGUSR2};

const char* const glibcReservedMeaning = QT_TRANSLATE_NOOP(
    "kaleido::SignalDialog",
    "Reserved by glibc for its own thread handling (cancellation, set*id calls): sending it "
    "can confuse a program's threads.");
const char* const realTimeMeaning = QT_TRANSLATE_NOOP(
    "kaleido::SignalDialog",
    "Real-time signal for the program's own use (glibc programs call it SIGRTMIN+%1); queued, "
    "not merged; ends the program unless it handles it.");
const char* const realTimeMaxMeaning = QT_TRANSLATE_NOOP(
    "kaleido::SignalDialog",
    "The last real-time signal, SIGRTMAX, for the program's own use; queued, not merged; ends "
    "the program unless it handles it.");

QString translated(const char* text)
{
    return QCoreApplication::translate("kaleido::SignalDialog", text);
}

bool isCommon(int signal)
{
    return std::find(std::begin(commonSignals), std::end(commonSignals), signal) != std::end(commonSignals);
}

/// A group heading in the signal list: shown, not selectable.
void addHeading(QComboBox* combo, const QString& text)
{
    combo->addItem(text);
    if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
        QStandardItem* item = model->item(combo->count() - 1);
        item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
}

} // namespace

QList<int> SignalDialog::signalNumbers()
{
    QList<int> numbers(std::begin(commonSignals), std::end(commonSignals));
    for (const SignalMeaning& entry : standardMeanings) {
        if (!isCommon(entry.number))
            numbers.append(entry.number);
    }
    std::sort(numbers.begin() + qsizetype(std::size(commonSignals)), numbers.end());
    for (int signal = kernelRealTimeMin; signal <= SIGRTMAX; ++signal)
        numbers.append(signal);
    return numbers;
}

QString SignalDialog::signalMeaning(int signal)
{
    for (const SignalMeaning& entry : standardMeanings) {
        if (entry.number == signal)
            return translated(entry.meaning);
    }
    // glibc's SIGRTMIN is the kernel's plus two: the first two real-time signals serve its threads.
    const int glibcRealTimeMin = kernelRealTimeMin + 2;
    if (signal >= kernelRealTimeMin && signal < glibcRealTimeMin)
        return translated(glibcReservedMeaning);
    if (signal == SIGRTMAX)
        return translated(realTimeMaxMeaning);
    if (signal >= glibcRealTimeMin && signal < SIGRTMAX)
        return translated(realTimeMeaning).arg(signal - glibcRealTimeMin);
    return QString();
}

QString SignalDialog::signalLabel(int signal)
{
    if (signal == SIGRTMAX)
        return QStringLiteral("%1 = SIGRTMAX (%2)").arg(signalName(signal)).arg(signal);
    return QStringLiteral("%1 (%2)").arg(signalName(signal)).arg(signal);
}

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

    m_pid->setRange(0, privileged::pidMaxLimit);
    m_pid->setSpecialValueText(tr("(enter a process ID)"));
    m_pid->setToolTip(tr("The process ID (PID) of the process to signal"));
    m_process->setWordWrap(true);
    m_process->setMinimumHeight(2 * m_process->fontMetrics().lineSpacing());
    m_process->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_process->setObjectName(QStringLiteral("signalProcess"));
    m_process->setToolTip(tr("The process this PID names now: its name, owner and state"));

    const QList<int> numbers = signalNumbers();
    const auto commonCount = qsizetype(std::size(commonSignals));
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const int number = numbers[i];
        if (i == 0)
            addHeading(m_signal, tr("Common signals"));
        else if (i == commonCount)
            addHeading(m_signal, tr("Other standard signals"));
        else if (number == kernelRealTimeMin)
            addHeading(m_signal, tr("Real-time signals"));
        m_signal->addItem(signalLabel(number), number);
        m_signal->setItemData(m_signal->count() - 1, signalMeaning(number), Qt::ToolTipRole);
    }
    m_signal->setMaxVisibleItems(20);
    m_signal->setToolTip(tr("The signal to send; its meaning is shown below"));
    m_meaning->setWordWrap(true);
    // Room for the longest meaning and report, so that the window does not need to grow when they change.
    m_meaning->setMinimumHeight(3 * m_meaning->fontMetrics().lineSpacing());
    m_meaning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_meaning->setObjectName(QStringLiteral("signalMeaning"));
    m_meaning->setToolTip(tr("What the chosen signal does to a program that has no handler for it"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(3 * m_status->fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("signalStatus"));
    m_status->setToolTip(tr("What happened to the last signal sent"));
    m_send->setToolTip(tr("Send the signal. It is tried as you first; another user's process needs an "
                          "administrator's password."));
    m_send->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Process ID:"), m_pid);
    form->addRow(QString(), m_process);
    form->addRow(tr("S&ignal:"), m_signal);
    form->addRow(QString(), m_meaning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    connect(m_pid, &QSpinBox::valueChanged, this, [this] {
        m_expectedStartTime = 0; // typed by hand: whichever process has this PID now
        describeProcess();
    });
    connect(m_signal, &QComboBox::currentIndexChanged, this,
            [this] { m_meaning->setText(signalMeaning(signal())); });
    connect(m_send, &QPushButton::clicked, this, &SignalDialog::send);
    setSignal(SIGTERM);
    m_meaning->setText(signalMeaning(signal()));
    setPid(pid > 0 ? pid : 0);
}

void SignalDialog::setPid(qint32 pid)
{
    const QSignalBlocker blocker(m_pid);
    m_pid->setValue(pid);
    m_expectedStartTime = 0;
    describeProcess();
}

void SignalDialog::setTarget(const privileged::ProcessTarget& target)
{
    const QSignalBlocker blocker(m_pid);
    m_pid->setValue(target.pid);
    m_expectedStartTime = target.startTime;
    describeProcess();
}

void SignalDialog::setSignal(int signal)
{
    const int index = m_signal->findData(signal);
    if (index >= 0)
        m_signal->setCurrentIndex(index);
}

int SignalDialog::signal() const
{
    return m_signal->currentData().toInt();
}

QString SignalDialog::statusText() const
{
    return m_status->text();
}

QString SignalDialog::processText() const
{
    return m_process->text();
}

QList<int> SignalDialog::offeredSignals() const
{
    QList<int> numbers;
    for (int i = 0; i < m_signal->count(); ++i) {
        if (const QVariant data = m_signal->itemData(i); data.isValid())
            numbers.append(data.toInt());
    }
    return numbers;
}

void SignalDialog::describeProcess()
{
    const qint32 pid = m_pid->value();
    m_startTime = 0;
    m_send->setEnabled(false);
    if (pid <= 0) {
        m_process->setText(tr("Type the ID of the process to signal (the PID column of a process list)."));
        return;
    }
    const auto stat = readProcStat(m_fs, pid);
    const auto status = readProcStatus(m_fs, pid);
    if (!stat || !status) {
        m_process->setText(m_expectedStartTime != 0
                               ? tr("The chosen process %1 has exited; nothing can be sent to it.").arg(pid)
                               : (!stat ? stat.error().message() : status.error().message()));
        return;
    }
    if (m_expectedStartTime != 0 && stat->startTime != m_expectedStartTime) {
        m_process->setText(tr("PID %1 now names another process (%2) than the one chosen, which has exited; "
                              "nothing will be sent to it.")
                               .arg(QString::number(pid), QString::fromUtf8(stat->comm)));
        return;
    }
    m_startTime = stat->startTime;
    const quint32 uid = status->uid ? (*status->uid)[0] : 0;
    const QString owner = UserNames(m_fs).userName(uid);
    QString note;
    if (stat->isKernelThread())
        note = tr(" — a kernel thread: it does not act on signals, so none can be sent");
    else if (pid == qint32(::getpid()))
        note = tr(" — this is Kaleido itself");
    else if (uid != ::geteuid() && ::geteuid() != 0)
        note = tr(" — another user's process: you will be asked for an administrator's password");
    m_process->setText(tr("%1, owned by %2, %3%4")
                           .arg(QString::fromUtf8(status->name), owner, taskStateWord(status->state), note));
    m_send->setEnabled(!stat->isKernelThread());
}

void SignalDialog::send()
{
    const quint64 startTime = m_expectedStartTime != 0 ? m_expectedStartTime : m_startTime;
    if (startTime == 0)
        return;
    const int number = signal();
    const qint32 pid = m_pid->value();
    m_send->setEnabled(false);
    m_status->setText(tr("Sending %1 to %2…").arg(signalName(number)).arg(pid));
    privileged::PendingOperation* pending = m_client->signalProcess({pid, startTime}, number);
    connect(pending, &privileged::PendingOperation::finished, this,
            [this, pending](const privileged::OperationResult& result) {
                m_status->setText(operationReport(result, pending->wentThroughHelper()));
                describeProcess();
                Q_EMIT sent(result);
            });
}

} // namespace kaleido
