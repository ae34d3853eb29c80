// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "processsettingdialog.h"

#include <QList>

class QCheckBox;

namespace kaleido {

/**
 * Choose the CPUs a process (every thread of it) may run on. Shows Cpus_allowed_list from /proc/PID/status
 * and one box per CPU the system can have; offline CPUs cannot be chosen.
 */
class AffinityDialog : public ProcessSettingDialog
{
    Q_OBJECT

public:
    AffinityDialog(privileged::PrivilegedClient* client, KernelFs fs, ProcessActionTarget target,
                   QWidget* parent = nullptr);

    /// Ticks exactly @p cpus (ones the system does not have are ignored).
    void setCpus(const QList<int>& cpus);
    QList<int> cpus() const;
    /// Cpus_allowed_list as read last ("0-3,6"), empty when unknown.
    QString currentList() const { return m_currentList; }

    /// "0-3,6" → {0,1,2,3,6}; nullopt when the text is not such a list.
    static std::optional<QList<int>> parseCpuList(QStringView text);

protected:
    bool showCurrent(const ProcStat& stat) override;
    privileged::PendingOperation* startApply() override;

private:
    void updateHint();

    QList<QCheckBox*> m_boxes; ///< index = CPU number
    QString m_currentList;
    bool m_loaded = false;
};

} // namespace kaleido
