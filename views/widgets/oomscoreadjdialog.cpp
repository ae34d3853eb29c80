// SPDX-License-Identifier: GPL-2.0-or-later
#include "oomscoreadjdialog.h"

#include "oomscore.h"
#include "oomscoreadj.h"
#include "privilegedclient.h"
#include "procstat.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

#include <unistd.h>

namespace kaleido {

OomScoreAdjDialog::OomScoreAdjDialog(privileged::PrivilegedClient* client, KernelFs fs,
                                     ProcessActionTarget target, QWidget* parent)
    : ProcessSettingDialog(client, std::move(fs), std::move(target), parent)
    , m_value(new QSpinBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("oomScoreAdjDialog"));
    setWindowTitle(tr("OOM Score Adjustment — %1").arg(describeTarget(this->target())));
    m_value->setRange(OomScoreAdj::minimum, OomScoreAdj::maximum);
    m_value->setObjectName(QStringLiteral("oomScoreAdjValue"));
    m_value->setToolTip(tr("The new adjustment: −1000 (never chosen) to 1000 (chosen first); 0 is neutral"));
    m_slider->setRange(OomScoreAdj::minimum, OomScoreAdj::maximum);
    m_slider->setPageStep(100);
    m_slider->setTickInterval(250);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setToolTip(m_value->toolTip());
    auto* row = new QHBoxLayout;
    row->addWidget(m_value);
    row->addWidget(m_slider, 1);
    auto* label = new QLabel(tr("&New adjustment:"), this);
    label->setBuddy(m_value);
    form()->addRow(label, row);
    auto* range = new QLabel(tr("−1000 (never chosen) … 0 (neutral) … 1000 (chosen first)"), this);
    range->setToolTip(tr("The adjustments the kernel accepts"));
    form()->addRow(tr("Range:"), range);
    setExplanation(tr("When the system runs out of memory, the kernel's OOM killer ends the process with the "
                      "highest OOM score, which grows with the memory it uses. The adjustment moves that "
                      "score: −1000 means it is never chosen, 1000 that it is chosen first. Raising it is "
                      "allowed for your own processes; lowering it needs administrator permission."));
    connect(m_value, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_slider, &QSlider::valueChanged, m_value, &QSpinBox::setValue);
    connect(m_value, &QSpinBox::valueChanged, this, &OomScoreAdjDialog::updateHint);
    finishSetup(tr("Give the process the new OOM score adjustment"));
}

void OomScoreAdjDialog::setValue(int adjustment)
{
    m_value->setValue(adjustment);
}

int OomScoreAdjDialog::value() const
{
    return m_value->value();
}

bool OomScoreAdjDialog::showCurrent(const ProcStat& stat)
{
    if (stat.isKernelThread()) {
        setCurrentText(
            tr("A kernel thread: the OOM killer never chooses one, so there is nothing to adjust."));
        return false;
    }
    const auto adjustment = readOomScoreAdj(fs(), target().pid);
    if (!adjustment) {
        m_currentValue.reset();
        setCurrentText(adjustment.error().message());
        return true;
    }
    const bool first = !m_currentValue;
    m_currentValue = adjustment->adjustment;
    const auto score = readOomScore(fs(), target().pid);
    setCurrentText(score ? tr("adjustment %1; OOM score %2 (the highest score is chosen first)")
                               .arg(adjustment->adjustment)
                               .arg(score->score)
                         : tr("adjustment %1").arg(adjustment->adjustment));
    if (first)
        m_value->setValue(*m_currentValue);
    updateHint();
    return true;
}

void OomScoreAdjDialog::updateHint()
{
    if (m_currentValue && m_value->value() < *m_currentValue && ::geteuid() != 0)
        setHint(tr("Lowering the adjustment from %1 to %2 usually needs administrator permission: you may be "
                   "asked for a password.")
                    .arg(*m_currentValue)
                    .arg(m_value->value()));
    else
        setHint(QString());
}

privileged::PendingOperation* OomScoreAdjDialog::startApply()
{
    return client()->setOomScoreAdj(target().processTarget(), m_value->value());
}

} // namespace kaleido
