// SPDX-License-Identifier: GPL-2.0-or-later
#include "renicedialog.h"

#include "privilegedclient.h"
#include "procstat.h"
#include "taskstate.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <unistd.h>

namespace kaleido {

ReniceDialog::ReniceDialog(privileged::PrivilegedClient* client, KernelFs fs, ProcessActionTarget target,
                           QWidget* parent)
    : ProcessSettingDialog(client, std::move(fs), std::move(target), parent)
    , m_nice(new QSpinBox(this))
{
    setObjectName(QStringLiteral("reniceDialog"));
    setWindowTitle(tr("Change Priority — %1").arg(describeTarget(this->target())));
    m_nice->setRange(-20, 19);
    m_nice->setObjectName(QStringLiteral("niceValue"));
    m_nice->setToolTip(
        tr("The new nice value: −20 (most CPU time) to 19 (least CPU time); 0 is the default"));
    form()->addRow(tr("&New nice value:"), m_nice);
    auto* range = new QLabel(tr("−20 (highest priority) … 0 (default) … 19 (lowest priority)"), this);
    range->setToolTip(tr("The nice values Linux allows"));
    form()->addRow(tr("Range:"), range);
    setExplanation(
        tr("When the CPUs are busy, a process with a lower nice value gets more CPU time. Anyone "
           "may make their own process nicer (a higher value); lowering the value below its current "
           "one needs administrator permission. The value is set for every thread of the process."));
    connect(m_nice, &QSpinBox::valueChanged, this, &ReniceDialog::updateHint);
    finishSetup(tr("Give the process the new nice value"));
    updateHint();
}

void ReniceDialog::setNice(int nice)
{
    m_nice->setValue(nice);
}

int ReniceDialog::nice() const
{
    return m_nice->value();
}

bool ReniceDialog::showCurrent(const ProcStat& stat)
{
    const bool first = !m_currentNice;
    m_currentNice = int(stat.nice);
    QString text = tr("nice %1").arg(stat.nice);
    if (!policyUsesNice(stat.policy)) {
        text += tr(" — it runs under %1, where the nice value has no effect")
                    .arg(schedulingPolicyName(stat.policy));
    }
    setCurrentText(text);
    if (first)
        m_nice->setValue(*m_currentNice);
    updateHint();
    return true;
}

void ReniceDialog::updateHint()
{
    if (m_currentNice && m_nice->value() < *m_currentNice && ::geteuid() != 0)
        setHint(tr("Lowering the nice value from %1 to %2 needs administrator permission: you will be asked "
                   "for a password.")
                    .arg(*m_currentNice)
                    .arg(m_nice->value()));
    else
        setHint(QString());
}

privileged::PendingOperation* ReniceDialog::startApply()
{
    return client()->reniceProcess(target().processTarget(), m_nice->value());
}

} // namespace kaleido
