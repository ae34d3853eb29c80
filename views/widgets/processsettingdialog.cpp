// SPDX-License-Identifier: GPL-2.0-or-later
#include "processsettingdialog.h"

#include "operationreport.h"
#include "pendingoperation.h"
#include "privilegedclient.h"
#include "procstat.h"
#include "usernames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <unistd.h>

namespace kaleido {

ProcessSettingDialog::ProcessSettingDialog(privileged::PrivilegedClient* client, KernelFs fs,
                                           ProcessActionTarget target, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_fs(std::move(fs))
    , m_target(std::move(target))
    , m_form(new QFormLayout)
    , m_process(new QLabel(this))
    , m_current(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
{
    QString who = describeTarget(m_target);
    who += tr(", owned by %1").arg(UserNames(m_fs).userName(m_target.uid));
    if (m_target.pid == qint32(::getpid()))
        who += tr(" — this is Kaleido itself");
    m_process->setText(who);
    m_process->setWordWrap(true);
    m_process->setToolTip(tr("The process this window changes"));
    m_current->setWordWrap(true);
    m_current->setObjectName(QStringLiteral("currentValue"));
    m_current->setToolTip(tr("The value the kernel has now for this process"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setToolTip(tr("What applying the chosen value involves"));
    // Always there (empty when there is nothing to say), so that a hint never squeezes the rest.
    m_hint->setMinimumHeight(2 * m_hint->fontMetrics().lineSpacing());
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setToolTip(tr("What this setting means"));
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(6);
    m_status->setWordWrap(true);
    // Room for a report of a few lines, so that the window does not need to grow when one comes.
    m_status->setMinimumHeight(3 * m_status->fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setToolTip(tr("What happened to the last change"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setDefault(true);

    m_form->addRow(tr("Process:"), m_process);
    m_form->addRow(tr("Now:"), m_current);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ProcessSettingDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_explanation);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
}

void ProcessSettingDialog::finishSetup(const QString& applyToolTip)
{
    m_apply->setToolTip(applyToolTip);
    reload();
    resize(qMax(480, sizeHint().width()), sizeHint().height());
}

QString ProcessSettingDialog::currentText() const
{
    return m_current->text();
}

QString ProcessSettingDialog::statusText() const
{
    return m_status->text();
}

void ProcessSettingDialog::setCurrentText(const QString& text)
{
    m_current->setText(text);
}

void ProcessSettingDialog::setExplanation(const QString& text)
{
    m_explanation->setText(text);
}

void ProcessSettingDialog::setHint(const QString& text)
{
    m_hint->setText(text);
}

void ProcessSettingDialog::reload()
{
    const auto stat = readProcStat(m_fs, m_target.pid);
    m_gone = !stat || stat->startTime != m_target.startTime;
    if (m_gone) {
        setCurrentText(tr("%1 has exited, or its PID now names another process: there is nothing to change.")
                           .arg(describeTarget(m_target)));
        m_apply->setEnabled(false);
        return;
    }
    m_apply->setEnabled(showCurrent(*stat) && !m_busy);
}

void ProcessSettingDialog::apply()
{
    if (m_busy)
        return;
    m_busy = true;
    m_apply->setEnabled(false);
    m_status->setText(tr("Applying…"));
    privileged::PendingOperation* pending = startApply();
    connect(pending, &privileged::PendingOperation::finished, this,
            [this, pending](const privileged::OperationResult& result) {
                m_busy = false;
                const bool helper = pending->wentThroughHelper();
                QString text;
                if (result.ok() && !result.oldValue.isEmpty() && !result.newValue.isEmpty())
                    text = tr("Changed: %1 → %2. ").arg(result.oldValue, result.newValue);
                else if (!result.ok())
                    text = tr("Not changed. ");
                m_status->setText(text + operationReport(result, helper));
                reload();
                Q_EMIT applied(result, helper);
            });
}

} // namespace kaleido
