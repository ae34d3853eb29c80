// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "processsettingdialog.h"

#include <optional>

class QSlider;
class QSpinBox;

namespace kaleido {

/**
 * Change a process's OOM score adjustment (/proc/PID/oom_score_adj): −1000 means the OOM killer never chooses
 * it, 1000 that it is chosen first. Shows the current adjustment and the resulting OOM score.
 */
class OomScoreAdjDialog : public ProcessSettingDialog
{
    Q_OBJECT

public:
    OomScoreAdjDialog(privileged::PrivilegedClient* client, KernelFs fs, ProcessActionTarget target,
                      QWidget* parent = nullptr);

    void setValue(int adjustment);
    int value() const;
    /// The adjustment read last, or nullopt when it could not be read.
    std::optional<int> currentValue() const { return m_currentValue; }

protected:
    bool showCurrent(const ProcStat& stat) override;
    privileged::PendingOperation* startApply() override;

private:
    void updateHint();

    QSpinBox* m_value;
    QSlider* m_slider;
    std::optional<int> m_currentValue;
};

} // namespace kaleido
