// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kaleido {

/// Which page a lab step opens, focused on the lab's process.
enum class LabFocus
{
    None,
    Processes,
    MemoryMap
};

/// One guided step: a button that sends @c command to the workload (or, for the simulator, runs an exercise).
struct LabStep
{
    QString label;   ///< the button's text
    QString command; ///< the line sent to the workload; "exercise1"/"exercise2"/"reset" for the simulator
    QString watch;   ///< what to look at after pressing it
    LabFocus focus = LabFocus::None;
    bool focusOnReplyPid =
        false; ///< focus on the "pid=" of the workload's answer instead of the workload itself
    /// A kernel setting (a key of the helper's tunable table, "vm.overcommit_memory") the step changes as
    /// administrator before it sends @c command (if any). Steps with a setting work without the workload.
    QString settingKey = {};
    /// The value the step writes; empty: put back the value the setting had before this lab first changed it.
    QString settingValue = {};
    bool changesSetting() const { return !settingKey.isEmpty(); }
    bool restoresSetting() const { return changesSetting() && settingValue.isEmpty(); }
};

/// One lab: its card's texts, its workload and its steps. Texts are translated when the catalogue is built.
struct LabInfo
{
    QString id;     ///< stable, for settings and tests: "forktree", "malloc", "paging", "buddy"
    int number = 0; ///< the issue's numbering of the labs
    QString title;
    QString goal;
    QString watch;       ///< where to look, before starting
    QString explanation; ///< "what you just saw"
    QString workload;    ///< program name in labs/workloads; empty for the simulator
    QStringList arguments;
    bool memoryHungry = false;
    qint64 memoryMaxBytes = 0;
    bool requiresLimit = false; ///< refuse to start unless memory.max can be applied (the OOM lab)
    LabFocus startFocus = LabFocus::None;
    QList<LabStep> steps;
    bool simulator() const { return workload.isEmpty(); }
};

/// The labs Kaleido offers, in the order of the Labs area's list.
class LabCatalog
{
public:
    static QList<LabInfo> labs();
    static LabInfo lab(const QString& id); ///< an empty LabInfo (no id) if there is none
};

} // namespace kaleido
