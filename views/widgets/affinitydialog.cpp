// SPDX-License-Identifier: GPL-2.0-or-later
#include "affinitydialog.h"

#include "privilegedclient.h"
#include "processcontrol.h"
#include "procstat.h"
#include "procstatus.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>

#include <algorithm>

namespace kaleido {

namespace {

constexpr int boxesPerRow = 8;

} // namespace

std::optional<QList<int>> AffinityDialog::parseCpuList(QStringView text)
{
    QList<int> cpus;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return cpus;
    for (const QStringView part : trimmed.split(u',')) {
        const qsizetype dash = part.indexOf(u'-');
        bool okFirst = false;
        bool okLast = false;
        const int first = (dash < 0 ? part : part.first(dash)).toInt(&okFirst);
        const int last = dash < 0 ? first : part.sliced(dash + 1).toInt(&okLast);
        if (!okFirst || (dash >= 0 && !okLast) || first < 0 || last < first ||
            last >= privileged::maximumCpus)
            return std::nullopt;
        for (int cpu = first; cpu <= last; ++cpu)
            cpus.append(cpu);
    }
    std::sort(cpus.begin(), cpus.end());
    cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
    return cpus;
}

AffinityDialog::AffinityDialog(privileged::PrivilegedClient* client, KernelFs fs, ProcessActionTarget target,
                               QWidget* parent)
    : ProcessSettingDialog(client, std::move(fs), std::move(target), parent)
{
    setObjectName(QStringLiteral("affinityDialog"));
    setWindowTitle(tr("CPU Affinity — %1").arg(describeTarget(this->target())));

    const int possible = privileged::possibleCpuCount(this->fs());
    QList<int> online;
    if (const auto text = this->fs().readFile(QStringLiteral("/sys/devices/system/cpu/online")))
        online = parseCpuList(QString::fromLatin1(*text)).value_or(QList<int>());

    auto* grid = new QGridLayout;
    for (int cpu = 0; cpu < possible; ++cpu) {
        auto* box = new QCheckBox(tr("CPU %1").arg(cpu), this);
        box->setObjectName(QStringLiteral("cpu%1").arg(cpu));
        const bool isOnline = online.isEmpty() || online.contains(cpu);
        box->setEnabled(isOnline);
        box->setToolTip(isOnline ? tr("Let the process run on CPU %1").arg(cpu)
                                 : tr("CPU %1 is offline: no process can run on it now").arg(cpu));
        connect(box, &QCheckBox::toggled, this, &AffinityDialog::updateHint);
        grid->addWidget(box, cpu / boxesPerRow, cpu % boxesPerRow);
        m_boxes.append(box);
    }
    grid->setColumnStretch(boxesPerRow, 1); // keep the boxes together on the left
    auto* boxes = new QWidget(this);
    boxes->setLayout(grid);
    QWidget* cpuArea = boxes;
    if (possible > 4 * boxesPerRow) { // many CPUs: scroll instead of growing the window
        auto* scroll = new QScrollArea(this);
        scroll->setWidget(boxes);
        scroll->setWidgetResizable(true);
        scroll->setMinimumHeight(160);
        scroll->setToolTip(tr("The CPUs of this system"));
        cpuArea = scroll;
    }
    auto* label = new QLabel(tr("&Run on:"), this);
    if (!m_boxes.isEmpty())
        label->setBuddy(m_boxes.front());
    form()->addRow(label, cpuArea);

    auto* all = new QPushButton(tr("A&ll CPUs"), this);
    all->setToolTip(tr("Tick every CPU that is online"));
    connect(all, &QPushButton::clicked, this, [this] {
        for (QCheckBox* box : std::as_const(m_boxes))
            box->setChecked(box->isEnabled());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addStretch();
    form()->addRow(QString(), buttons);

    auto* range = new QLabel(
        possible > 0 ? tr("CPUs 0 to %1; online: %2")
                           .arg(possible - 1)
                           .arg(online.isEmpty() ? tr("unknown") : privileged::formatCpuList(online))
                     : tr("unknown: this system does not say how many CPUs it has"),
        this);
    range->setToolTip(tr("The CPUs this kernel can have (/sys/devices/system/cpu/possible) and those running "
                         "now (/sys/devices/system/cpu/online)"));
    form()->addRow(tr("This system:"), range);
    setExplanation(
        tr("The process runs only on the ticked CPUs; the scheduler never moves it elsewhere. This "
           "applies to all its threads, and threads it starts later inherit it. Restricting a "
           "program to fewer CPUs can make it slower. Your own processes need no permission; "
           "another user's need administrator permission."));
    finishSetup(tr("Let the process run only on the ticked CPUs"));
}

void AffinityDialog::setCpus(const QList<int>& cpus)
{
    for (qsizetype cpu = 0; cpu < m_boxes.size(); ++cpu)
        m_boxes[cpu]->setChecked(cpus.contains(int(cpu)));
}

QList<int> AffinityDialog::cpus() const
{
    QList<int> chosen;
    for (qsizetype cpu = 0; cpu < m_boxes.size(); ++cpu) {
        if (m_boxes[cpu]->isChecked())
            chosen.append(int(cpu));
    }
    return chosen;
}

bool AffinityDialog::showCurrent(const ProcStat& stat)
{
    Q_UNUSED(stat);
    const auto status = readProcStatus(fs(), target().pid);
    if (!status || !status->cpusAllowedList) {
        m_currentList.clear();
        setCurrentText(status ? tr("unknown: this kernel does not show Cpus_allowed_list")
                              : status.error().message());
        return !m_boxes.isEmpty();
    }
    m_currentList = QString::fromLatin1(*status->cpusAllowedList);
    setCurrentText(tr("may run on CPUs %1").arg(m_currentList));
    if (!m_loaded) {
        m_loaded = true;
        setCpus(parseCpuList(m_currentList).value_or(QList<int>()));
    }
    updateHint();
    return !m_boxes.isEmpty();
}

void AffinityDialog::updateHint()
{
    setHint(cpus().isEmpty() ? tr("Tick at least one CPU.") : QString());
}

privileged::PendingOperation* AffinityDialog::startApply()
{
    return client()->setAffinity(target().processTarget(), cpus());
}

} // namespace kaleido
