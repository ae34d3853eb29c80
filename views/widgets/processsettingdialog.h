// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "operationresult.h"
#include "processactiontarget.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace kaleido {

struct ProcStat;

namespace privileged {
class PendingOperation;
class PrivilegedClient;
} // namespace privileged

/**
 * What the dialogs that change one setting of one process share: the process (name, PID, owner), its current
 * value, the editor a subclass adds, a plain explanation, Apply and Close, and a status line that reports
 * "old → new" and whether the change went through kaleido-helper. The change is tried as the user first; only
 * a permission error sends it through the helper (PrivilegedClient does that). A process that has exited, or
 * whose PID now names another process, is refused by its start time.
 */
class ProcessSettingDialog : public QDialog
{
    Q_OBJECT

public:
    const ProcessActionTarget& target() const { return m_target; }
    /// The line that shows the current value.
    QString currentText() const;
    /// What happened to the last change.
    QString statusText() const;
    /// Applies the value in the editor (what the Apply button does). Also when the process has gone: the
    /// refusal is reported like any other outcome.
    void apply();
    /// Reads the current value again.
    void reload();

Q_SIGNALS:
    /// A change finished; @p throughHelper says whether it was sent through kaleido-helper.
    void applied(const kaleido::privileged::OperationResult& result, bool throughHelper);

protected:
    ProcessSettingDialog(privileged::PrivilegedClient* client, KernelFs fs, ProcessActionTarget target,
                         QWidget* parent);

    /// Where a subclass adds its editor rows (after "Process:" and "Now:").
    QFormLayout* form() const { return m_form; }
    void setExplanation(const QString& text);
    /// A remark about the value in the editor (e.g. that it needs administrator permission); empty for none.
    void setHint(const QString& text);
    /// Subclasses call this at the end of their constructor.
    void finishSetup(const QString& applyToolTip);

    /// Shows the current value (setCurrentText) and returns whether it can be changed. @p stat is the
    /// target's stat, already checked to be the same process.
    virtual bool showCurrent(const ProcStat& stat) = 0;
    virtual privileged::PendingOperation* startApply() = 0;
    void setCurrentText(const QString& text);

    privileged::PrivilegedClient* client() const { return m_client; }
    const KernelFs& fs() const { return m_fs; }
    /// Whether the process is known to be gone (or its PID reused).
    bool targetGone() const { return m_gone; }

private:
    privileged::PrivilegedClient* m_client;
    KernelFs m_fs;
    ProcessActionTarget m_target;
    QFormLayout* m_form;
    QLabel* m_process;
    QLabel* m_current;
    QLabel* m_hint;
    QLabel* m_explanation;
    QLabel* m_status;
    QPushButton* m_apply;
    bool m_gone = false;
    bool m_busy = false;
};

} // namespace kaleido
