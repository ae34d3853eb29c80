// SPDX-License-Identifier: GPL-2.0-or-later
#include "labcard.h"

#include "buddysimulatorwidget.h"
#include "labrunner.h"
#include "operationresult.h"
#include "pendingoperation.h"
#include "privilegedclient.h"
#include "tunables.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <csignal>

namespace kaleido {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// "/proc/sys/vm/overcommit_memory" for "vm.overcommit_memory": the file a teacher can look up.
QString settingFile(const QString& key)
{
    const privileged::TunableInfo* info = privileged::findTunable(key);
    return info ? QLatin1Char('/') + QLatin1String(info->path) : key;
}

} // namespace

LabCard::LabCard(const LabInfo& lab, QWidget* parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setObjectName(QStringLiteral("labCard_") + lab.id);
    auto* layout = new QVBoxLayout(this);

    auto* title = paragraph(QStringLiteral("<h2>%1</h2>").arg(lab.title.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("labTitle"));
    layout->addWidget(title);
    auto* goal = paragraph(tr("<b>Goal:</b> %1").arg(lab.goal.toHtmlEscaped()), this);
    goal->setToolTip(tr("What this lab shows"));
    layout->addWidget(goal);
    auto* watch = paragraph(tr("<b>What to watch:</b> %1").arg(lab.watch.toHtmlEscaped()), this);
    watch->setToolTip(tr("Where the effect appears"));
    layout->addWidget(watch);

    if (!lab.simulator()) {
        m_runner = new LabRunner(this);
        m_start =
            new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start"), this);
        m_start->setObjectName(QStringLiteral("labStart"));
        m_start->setToolTip(
            tr("Start the lab's program, %1, as you, in a process group of its own").arg(lab.workload));
        m_stop = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"), this);
        m_stop->setObjectName(QStringLiteral("labStop"));
        m_stop->setToolTip(tr("End the lab's program and every process it started; nothing keeps running"));
        m_showProcess = new QPushButton(tr("Show in Processes"), this);
        m_showProcess->setObjectName(QStringLiteral("labShowProcess"));
        m_showProcess->setToolTip(
            tr("Open Processes with the lab's process (or the child the last step made) "
               "selected"));
        m_showMap = new QPushButton(tr("Show Memory Map"), this);
        m_showMap->setObjectName(QStringLiteral("labShowMap"));
        m_showMap->setToolTip(tr("Open Memory ▸ Map on the lab's process"));
        connect(m_start, &QPushButton::clicked, this, &LabCard::start);
        connect(m_stop, &QPushButton::clicked, this, &LabCard::stop);
        connect(m_showProcess, &QPushButton::clicked, this, [this] { showFocus(LabFocus::Processes); });
        connect(m_showMap, &QPushButton::clicked, this, [this] { showFocus(LabFocus::MemoryMap); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_start);
        buttons->addWidget(m_stop);
        buttons->addSpacing(12);
        buttons->addWidget(m_showProcess);
        buttons->addWidget(m_showMap);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        m_status = paragraph(QString(), this);
        m_status->setObjectName(QStringLiteral("labStatus"));
        m_status->setToolTip(
            tr("Whether the lab's program runs, its process ID, and the safety limits applied"));
        layout->addWidget(m_status);
        // Only the Show buttons this lab's steps need.
        bool processes = lab.startFocus == LabFocus::Processes;
        bool map = lab.startFocus == LabFocus::MemoryMap;
        for (const LabStep& step : lab.steps) {
            processes = processes || step.focus == LabFocus::Processes;
            map = map || step.focus == LabFocus::MemoryMap;
        }
        m_showProcess->setVisible(processes);
        m_showMap->setVisible(map);
        connect(m_runner, &LabRunner::lineReceived, this, &LabCard::handleLine);
        connect(m_runner, &LabRunner::finished, this, [this](const QString& description) {
            m_output->appendPlainText(description);
            // A command it had not answered (an OOM kill mid-step) must not keep the steps disabled.
            dropPendingCommand();
            updateState();
        });
    }

    auto* steps = new QGroupBox(tr("Steps"), this);
    steps->setToolTip(tr("Press the steps in order and watch what changes after each"));
    auto* grid = new QGridLayout(steps);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < lab.steps.size(); ++i) {
        const LabStep& step = lab.steps.at(i);
        auto* button = new QPushButton(tr("%1. %2").arg(i + 1).arg(step.label), steps);
        button->setObjectName(QStringLiteral("labStep%1").arg(i + 1));
        if (lab.simulator())
            button->setToolTip(tr("Run this on the simulator"));
        else if (step.restoresSetting())
            button->setToolTip(tr("Kaleido writes back the value %1 had before this lab changed it, through "
                                  "its helper (an administrator's password may be asked)")
                                   .arg(settingFile(step.settingKey)));
        else if (step.changesSetting())
            button->setToolTip(tr("Kaleido writes %1 to %2 through its helper (an administrator's password "
                                  "may be asked); the lab remembers the old value so that it can be put back")
                                   .arg(step.settingValue, settingFile(step.settingKey)));
        else if (step.command.startsWith(QLatin1String("kill:")))
            button->setToolTip(
                tr("Kaleido sends SIG%1 to the lab's program with kill()").arg(step.command.mid(5)));
        else
            button->setToolTip(
                tr("Tell the lab's program to do this step (it receives \"%1\")").arg(step.command));
        connect(button, &QPushButton::clicked, this, [this, i] { runStep(i); });
        auto* label = paragraph(step.watch, steps);
        label->setToolTip(tr("What this step makes happen"));
        grid->addWidget(button, i, 0, Qt::AlignTop);
        grid->addWidget(label, i, 1);
        m_stepButtons.append(button);
        m_stepWatch.append(label);
    }
    layout->addWidget(steps);

    if (lab.simulator()) {
        m_simulator = new BuddySimulatorWidget(this);
        layout->addWidget(m_simulator, 1);
    } else {
        auto* outputBox = new QGroupBox(tr("What the program says"), this);
        auto* outputLayout = new QVBoxLayout(outputBox);
        m_output = new QPlainTextEdit(outputBox);
        m_output->setObjectName(QStringLiteral("labOutput"));
        m_output->setReadOnly(true);
        m_output->setMaximumBlockCount(500);
        m_output->setToolTip(tr("The lab program's answers: the process IDs and addresses it works with"));
        m_output->setSizePolicy(QSizePolicy::Expanding,
                                QSizePolicy::Preferred); // the stretch below takes the rest
        outputLayout->addWidget(m_output);
        QEvent fontChange(QEvent::FontChange);
        changeEvent(&fontChange);
        layout->addWidget(outputBox);
    }

    m_explanation = new QGroupBox(tr("What you just saw"), this);
    m_explanation->setObjectName(QStringLiteral("labExplanation"));
    m_explanation->setToolTip(tr("Why the kernel behaved as it did"));
    auto* explanationLayout = new QVBoxLayout(m_explanation);
    explanationLayout->addWidget(paragraph(lab.explanation, m_explanation));
    layout->addWidget(m_explanation);
    m_explanation->setVisible(false);
    if (!lab.simulator())
        layout->addStretch(1);
    updateState();
}

void LabCard::changeEvent(QEvent* event)
{
    // The program's answers in a fixed-width font (addresses line up), at the card's size (presentation
    // mode).
    if (event->type() == QEvent::FontChange && m_output) {
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (font().pointSizeF() > 0)
            fixed.setPointSizeF(font().pointSizeF());
        m_output->setFont(fixed);
        const int line = QFontMetrics(fixed).lineSpacing();
        m_output->setMinimumHeight(line * 4);
        m_output->setMaximumHeight(line * 10);
    }
    QWidget::changeEvent(event);
}

LabCard::~LabCard() = default; // the runner, a child, stops the workload when it goes

bool LabCard::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool LabCard::start()
{
    if (!m_runner || isRunning())
        return false;
    const QString program = LabRunner::workloadPath(m_lab.workload);
    m_output->clear();
    if (m_lab.requiresLimit) {
        const LabRunner::LimitSupport support = LabRunner::memoryLimitSupport();
        if (!support.available) {
            m_output->appendPlainText(
                tr("This lab runs only under a memory limit, so that the OOM killer can "
                   "only end the lab's own program. %1")
                    .arg(support.reason));
            return false;
        }
    }
    LabRunner::Options options;
    options.memoryHungry = m_lab.memoryHungry;
    options.memoryMaxBytes = m_lab.memoryMaxBytes;
    options.requireLimit = m_lab.requiresLimit;
    const bool ok = m_runner->start(program.isEmpty() ? m_lab.workload : program, m_lab.arguments, options);
    if (!ok)
        m_output->appendPlainText(m_runner->errorString());
    m_focusPid = ok ? m_runner->pid() : 0;
    for (QPushButton* button : std::as_const(m_stepButtons))
        button->setText(button->text().remove(QStringLiteral("✓ ")));
    updateState();
    return ok;
}

void LabCard::stop()
{
    if (!m_runner)
        return;
    m_runner->stop();
    m_focusPid = 0;
    dropPendingCommand();
    for (auto it = m_changedSettings.cbegin(); it != m_changedSettings.cend(); ++it)
        m_output->appendPlainText(tr("%1 is still changed (it was %2): the lab's last step puts it back.")
                                      .arg(settingFile(it.key()), it.value()));
    updateState();
}

void LabCard::setPrivilegedClient(privileged::PrivilegedClient* client)
{
    m_client = client;
    updateState();
}

bool LabCard::runStep(int index)
{
    if (index < 0 || index >= m_lab.steps.size())
        return false;
    const LabStep& step = m_lab.steps.at(index);
    if (m_simulator) {
        if (step.command == QLatin1String("reset"))
            m_simulator->reset();
        else if (!m_simulator->runExercise(step.command.right(1).toInt()))
            return false;
        m_explanation->setVisible(true);
        return true;
    }
    if (step.command.startsWith(QLatin1String("kill:"))) {
        // Signals the program cannot answer while stopped: Kaleido sends them itself.
        const int signal = step.command.endsWith(QLatin1String("STOP")) ? SIGSTOP : SIGCONT;
        if (!m_runner->sendSignal(signal))
            return false;
        m_output->appendPlainText(
            QStringLiteral("> kill -%1 %2").arg(step.command.mid(5)).arg(m_runner->pid()));
        m_focusPid = m_runner->pid();
        markDone(index);
        return true;
    }
    if (step.changesSetting())
        return startSettingStep(index);
    if (!isRunning() || !m_runner->send(step.command))
        return false;
    m_pendingStep = index;
    m_output->appendPlainText(QStringLiteral("> ") + step.command);
    updateState();
    return true;
}

void LabCard::handleLine(const QString& line)
{
    m_output->appendPlainText(line);
    if (m_pendingStep < 0 ||
        !(line.startsWith(QLatin1String("ok")) || line.startsWith(QLatin1String("error"))))
        return;
    const int index = m_pendingStep;
    const LabStep& step = m_lab.steps.at(index);
    m_pendingStep = -1;
    if (line.startsWith(QLatin1String("ok"))) {
        const QRegularExpressionMatch pid = QRegularExpression(QStringLiteral("\\bpid=(\\d+)")).match(line);
        m_focusPid = step.focusOnReplyPid && pid.hasMatch() ? pid.captured(1).toInt() : m_runner->pid();
        markDone(index);
    }
    updateState();
}

bool LabCard::startSettingStep(int index)
{
    const LabStep& step = m_lab.steps.at(index);
    if (!stepEnabled(index, isRunning()))
        return false;
    const QString value =
        step.restoresSetting() ? m_changedSettings.value(step.settingKey) : step.settingValue;
    m_pendingStep = index;
    m_writingSetting = true;
    const bool asRoot = m_client->route() == privileged::PrivilegedClient::Route::InProcess;
    m_output->appendPlainText(asRoot ? tr("> %1 ← %2 (Kaleido runs as root: written directly)")
                                           .arg(settingFile(step.settingKey), value)
                                     : tr("> %1 ← %2 (as administrator, through Kaleido's helper)")
                                           .arg(settingFile(step.settingKey), value));
    privileged::PendingOperation* pending = m_client->writeTunable(step.settingKey, value);
    connect(pending, &privileged::PendingOperation::finished, this,
            [this, index](const privileged::OperationResult& result) { settingWritten(index, result); });
    updateState();
    return true;
}

void LabCard::settingWritten(int index, const privileged::OperationResult& result)
{
    const LabStep& step = m_lab.steps.at(index);
    m_pendingStep = -1;
    m_writingSetting = false;
    const QString file = settingFile(step.settingKey);
    if (!result.ok()) {
        QString reason = result.cause;
        if (!result.errnoName.isEmpty())
            reason = QStringLiteral("%1 (%2)").arg(reason, result.errnoName);
        m_output->appendPlainText(tr("%1 was not changed: %2").arg(file, reason));
        updateState();
        return;
    }
    const privileged::TunableInfo* info = privileged::findTunable(step.settingKey);
    const bool trigger = info && info->grammar == privileged::TunableInfo::Grammar::Trigger; // drop_caches
    if (trigger)
        m_output->appendPlainText(tr("%1: done.").arg(file));
    else
        m_output->appendPlainText(tr("%1: %2 → %3").arg(file, result.oldValue, result.newValue));
    if (step.restoresSetting())
        m_changedSettings.remove(step.settingKey);
    else if (!trigger && !m_changedSettings.contains(step.settingKey))
        m_changedSettings.insert(step.settingKey, result.oldValue);
    // Then the step's command, so that the program shows the setting's effect at once.
    if (!step.command.isEmpty() && isRunning() && m_runner->send(step.command)) {
        m_pendingStep = index;
        m_output->appendPlainText(QStringLiteral("> ") + step.command);
    } else {
        markDone(index);
    }
    updateState();
}

void LabCard::dropPendingCommand()
{
    if (!m_writingSetting) // a setting being written still reports its result
        m_pendingStep = -1;
}

void LabCard::markDone(int index)
{
    QPushButton* button = m_stepButtons.at(index);
    if (!button->text().startsWith(QStringLiteral("✓ ")))
        button->setText(QStringLiteral("✓ ") + button->text());
    m_explanation->setVisible(true);
}

bool LabCard::stepEnabled(int index, bool running) const
{
    if (m_pendingStep >= 0)
        return false;
    const LabStep& step = m_lab.steps.at(index);
    if (!step.changesSetting())
        return running;
    if (!m_client)
        return false;
    // A setting can be changed or put back whether or not the program runs.
    return !step.restoresSetting() || m_changedSettings.contains(step.settingKey);
}

void LabCard::showFocus(LabFocus focus)
{
    const qint32 pid = m_focusPid ? m_focusPid : (m_runner ? m_runner->pid() : 0);
    if (pid <= 0)
        return;
    if (focus == LabFocus::Processes)
        emit processFocusRequested(pid);
    else if (focus == LabFocus::MemoryMap)
        emit memoryMapRequested(m_runner ? m_runner->pid() : pid);
}

void LabCard::updateState()
{
    if (!m_runner)
        return;
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_showProcess->setEnabled(running);
    m_showMap->setEnabled(running);
    for (int i = 0; i < m_stepButtons.size(); ++i)
        m_stepButtons.at(i)->setEnabled(stepEnabled(i, running));
    QString status;
    if (running) {
        status = tr("Running as process %1.").arg(m_runner->pid());
        if (m_focusPid && m_focusPid != m_runner->pid())
            status += QLatin1Char(' ') + tr("The last step's process: %1.").arg(m_focusPid);
    } else {
        status = tr("Not running. Press Start.");
    }
    if (m_lab.requiresLimit && !running) {
        const LabRunner::LimitSupport support = LabRunner::memoryLimitSupport();
        m_start->setEnabled(support.available);
        status = support.available
                     ? tr("Not running. Press Start. It will run under a memory limit of %1 MiB.")
                           .arg(m_lab.memoryMaxBytes / (1024 * 1024))
                     : tr("This lab cannot run here: it needs a memory limit, so that the OOM killer "
                          "can only end its own program. %1")
                           .arg(support.reason);
    } else if (m_lab.memoryHungry) {
        if (running && !m_runner->limitNote().isEmpty())
            status += QLatin1Char(' ') + m_runner->limitNote();
        else if (!running)
            status +=
                QLatin1Char(' ') +
                tr("It will make itself the OOM killer's first choice (oom_score_adj 1000) and run under a "
                   "memory limit of %1 MiB where cgroup v2 allows it.")
                    .arg(m_lab.memoryMaxBytes / (1024 * 1024));
    }
    QStringList changed;
    for (auto it = m_changedSettings.cbegin(); it != m_changedSettings.cend(); ++it)
        changed << tr("%1 (it was %2)").arg(settingFile(it.key()), it.value());
    if (!changed.isEmpty())
        status += QLatin1Char(' ') + tr("Changed by this lab: %1.").arg(changed.join(QStringLiteral(", ")));
    m_status->setText(status);
}

} // namespace kaleido
