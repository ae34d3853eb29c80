// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleunloaddialog.h"

#include "moduleoperationpane.h"
#include "pendingoperation.h"
#include "privilegedclient.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kaleido {

using privileged::OperationResult;

namespace {

QString listed(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

QString ModuleUnloadDialog::errnoWords(const QString& errnoName)
{
    if (errnoName == QLatin1String("EAGAIN") || errnoName == QLatin1String("EWOULDBLOCK"))
        return tr("%1 (in use)").arg(errnoName);
    if (errnoName == QLatin1String("EBUSY"))
        return tr("%1 (busy)").arg(errnoName);
    if (errnoName == QLatin1String("EPERM"))
        return tr("%1 (not permitted)").arg(errnoName);
    if (errnoName == QLatin1String("ENOENT"))
        return tr("%1 (not loaded)").arg(errnoName);
    return errnoName;
}

ModuleUnloadDialog::ModuleUnloadDialog(const QString& module, const ProcModules& modules,
                                       privileged::PrivilegedClient* client, QWidget* parent)
    : QDialog(parent)
    , m_module(module)
    , m_plan(planUnload(modules, module))
    , m_client(client)
    , m_explanation(new QLabel(this))
    , m_order(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_pane(new ModuleOperationPane(this))
    , m_unloadOne(new QPushButton(tr("Unload %1").arg(module), this))
    , m_unloadChain(new QPushButton(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("moduleUnloadDialog"));
    setWindowTitle(tr("Unload %1").arg(module));

    // What holds it, in words, before any request.
    QStringList lines;
    const LoadedModule* loaded = modules.find(module);
    if (!loaded) {
        lines.append(tr("%1 is not loaded.").arg(module));
    } else {
        if (loaded->holders.isEmpty())
            lines.append(tr("No module uses %1.").arg(module));
        else
            lines.append(tr("%1 is used by %n module(s): %2. They must be unloaded first.", nullptr,
                            int(loaded->holders.size()))
                             .arg(module, listed(loaded->holders)));
        if (!loaded->refcount) {
            lines.append(tr("This kernel cannot unload modules (no reference counts)."));
        } else if (*loaded->refcount == 0) {
            lines.append(tr("Its reference count is 0: nothing else keeps it loaded."));
        } else {
            const qint64 others = *loaded->refcount - loaded->holders.size();
            QString refs = tr("Its reference count is %1").arg(*loaded->refcount);
            if (others > 0)
                refs += tr(
                    ": %n reference(s) come from something other than a module — a mounted file system, an "
                    "open device, a network interface… — which must be stopped first.",
                    nullptr, int(others));
            else
                refs += tr(", all from the modules above.");
            lines.append(refs);
        }
        if (loaded->permanent)
            lines.append(
                tr("%1 has no exit function: the kernel marks it permanent and will never unload it.")
                    .arg(module));
    }
    m_explanation->setObjectName(QStringLiteral("unloadExplanation"));
    m_explanation->setText(lines.join(QLatin1Char('\n')));
    m_explanation->setWordWrap(true);
    m_explanation->setToolTip(tr("Read from /proc/modules just now: holders and reference count"));

    // The safe order and what blocks it.
    QStringList orderLines;
    if (m_plan.order.size() > 1)
        orderLines.append(tr("Unload in this order: %1").arg(m_plan.order.join(QStringLiteral(" \u2192 "))));
    for (const UnloadBlocker& b : m_plan.blockers) {
        switch (b.reason) {
        case UnloadBlocker::Reason::NonModuleUsers:
            orderLines.append(
                tr("%1 is still in use outside modules (reference count %2, %n holding module(s)): "
                   "the kernel will refuse it until that use stops.",
                   nullptr, int(b.holders))
                    .arg(b.module)
                    .arg(b.refcount.value_or(0)));
            break;
        case UnloadBlocker::Reason::Permanent:
            orderLines.append(tr("%1 is permanent and can never be unloaded.").arg(b.module));
            break;
        case UnloadBlocker::Reason::NotLive:
            orderLines.append(tr("%1 is still loading or already unloading.").arg(b.module));
            break;
        case UnloadBlocker::Reason::NoUnloadSupport:
            orderLines.append(tr("This kernel cannot unload %1.").arg(b.module));
            break;
        case UnloadBlocker::Reason::NotLoaded:
            orderLines.append(tr("%1 is not loaded.").arg(b.module));
            break;
        }
    }
    m_order->setObjectName(QStringLiteral("unloadOrder"));
    m_order->setText(orderLines.join(QLatin1Char('\n')));
    m_order->setWordWrap(true);
    m_order->setVisible(!orderLines.isEmpty());
    m_order->setToolTip(tr("Holders first, the module last; nothing is ever forced"));

    m_steps->setObjectName(QStringLiteral("unloadSteps"));
    m_steps->setToolTip(tr("Each request of this dialog and the kernel's answer"));
    m_steps->setMaximumHeight(90);
    m_steps->hide();
    m_pane->hide();

    m_unloadOne->setObjectName(QStringLiteral("unloadOneButton"));
    m_unloadOne->setToolTip(loaded && !loaded->holders.isEmpty()
                                ? tr("Ask the kernel to unload only %1; it will refuse while %2 use it")
                                      .arg(module, listed(loaded->holders))
                                : tr("Ask the kernel to unload %1 (never forced)").arg(module));
    m_unloadOne->setEnabled(loaded != nullptr);
    m_unloadChain->setObjectName(QStringLiteral("unloadChainButton"));
    m_unloadChain->setText(tr("Unload all %n in this order", nullptr, int(m_plan.order.size())));
    m_unloadChain->setToolTip(tr("Unload %1 one after the other, stopping at the first refusal")
                                  .arg(m_plan.order.join(QStringLiteral(", "))));
    m_unloadChain->setVisible(m_plan.order.size() > 1);
    m_close->setToolTip(tr("Close this dialog; a running request still finishes"));
    connect(m_unloadOne, &QPushButton::clicked, this, &ModuleUnloadDialog::unloadOne);
    connect(m_unloadChain, &QPushButton::clicked, this, &ModuleUnloadDialog::unloadChain);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_pane, &ModuleOperationPane::kernelLogRequested, this, &ModuleUnloadDialog::kernelLogRequested);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_unloadChain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_unloadOne, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_order);
    layout->addWidget(m_steps);
    layout->addWidget(m_pane, 1);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
    adjustSize();
}

QString ModuleUnloadDialog::explanationText() const
{
    return m_explanation->text();
}

QString ModuleUnloadDialog::orderText() const
{
    return m_order->text();
}

QStringList ModuleUnloadDialog::stepTexts() const
{
    QStringList out;
    for (int i = 0; i < m_steps->count(); ++i)
        out.append(m_steps->item(i)->text());
    return out;
}

void ModuleUnloadDialog::setRunning(bool running)
{
    m_running = running;
    m_unloadOne->setEnabled(!running);
    m_unloadChain->setEnabled(!running);
}

void ModuleUnloadDialog::unloadOne()
{
    if (m_running)
        return;
    m_queue = QStringList{m_module};
    m_steps->clear();
    runNext();
}

void ModuleUnloadDialog::unloadChain()
{
    if (m_running || m_plan.order.isEmpty())
        return;
    m_queue = m_plan.order;
    m_steps->clear();
    runNext();
}

void ModuleUnloadDialog::runNext()
{
    if (m_queue.isEmpty()) {
        setRunning(false);
        Q_EMIT finished(true, QString());
        return;
    }
    setRunning(true);
    const QString module = m_queue.takeFirst();
    const QString title = tr("Unload %1").arg(module);
    if (m_pane->isHidden())
        resize(qMax(width(), 680), qMax(height(), 560));
    m_pane->show();
    m_steps->show();
    m_pane->setRunning(title);
    privileged::PendingOperation* op = m_client->unloadModule(module);
    connect(op, &privileged::PendingOperation::finished, this,
            [this, op, module, title](const OperationResult& result) {
                m_pane->setResult(result, op->wentThroughHelper(), title);
                if (result.ok()) {
                    m_steps->addItem(tr("\u2713 %1: unloaded").arg(module));
                } else {
                    const QString what =
                        result.errnoName.isEmpty()
                            ? result.cause
                            : errnoWords(result.errnoName) + QStringLiteral(" — ") + result.cause;
                    m_steps->addItem(tr("\u2717 %1: %2").arg(module, what));
                }
                Q_EMIT stepFinished(module, result);
                if (!result.ok()) {
                    m_queue.clear();
                    setRunning(false);
                    Q_EMIT finished(false, module);
                    return;
                }
                runNext();
            });
}

} // namespace kaleido
