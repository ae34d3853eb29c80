// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "processsettingdialog.h"

class QSpinBox;

namespace kaleido {

/**
 * Change the nice value of a process (all its threads): −20 gets the most CPU time, 19 the least. Shows the
 * current value from /proc/PID/stat and whether the scheduling policy uses it at all.
 */
class ReniceDialog : public ProcessSettingDialog
{
    Q_OBJECT

public:
    ReniceDialog(privileged::PrivilegedClient* client, KernelFs fs, ProcessActionTarget target,
                 QWidget* parent = nullptr);

    void setNice(int nice);
    int nice() const;
    /// The nice value read last, or nullopt when the process has gone.
    std::optional<int> currentNice() const { return m_currentNice; }

protected:
    bool showCurrent(const ProcStat& stat) override;
    privileged::PendingOperation* startApply() override;

private:
    void updateHint();

    QSpinBox* m_nice;
    std::optional<int> m_currentNice;
};

} // namespace kaleido
