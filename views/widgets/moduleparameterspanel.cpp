// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleparameterspanel.h"

#include "moduleloaddialog.h"
#include "moduleoperationpane.h"
#include "moduleparametersmodel.h"
#include "parametereditor.h"
#include "pendingoperation.h"
#include "privilegedclient.h"
#include "sysfsmodule.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kaleido {

using privileged::OperationResult;
using Access = ModuleParametersModel::Access;

ModuleParametersPanel::ModuleParametersPanel(privileged::PrivilegedClient* client,
                                             ModuleEnvironment environment, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_environment(std::move(environment))
    , m_model(new ModuleParametersModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_explanation(new QLabel(this))
    , m_change(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload with these parameters…"), this))
    , m_pane(new ModuleOperationPane(this))
{
    setObjectName(QStringLiteral("moduleParametersPanel"));
    m_view->setObjectName(QStringLiteral("moduleParametersView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ModuleParametersModel::ValueColumn,
                                     new ParameterDelegate(ModuleParametersModel::FieldRole, m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("The module's parameters; double-click a writable value to change it"));
    m_heading->setToolTip(tr("The module whose parameters are shown"));
    m_explanation->setWordWrap(true);
    m_explanation->setToolTip(tr("How the selected parameter can be changed"));
    m_change->setObjectName(QStringLiteral("parameterChange"));
    m_change->setToolTip(tr("The last change: the value before → the value the kernel reports now"));
    m_change->hide();
    m_reload->setObjectName(QStringLiteral("reloadWithParameters"));
    m_reload->setToolTip(tr("Unload the module and load it again with parameters you choose: the way to "
                            "change read-only ones"));
    m_pane->hide();

    connect(m_model, &ModuleParametersModel::writeRequested, this, &ModuleParametersPanel::onWriteRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModuleParametersPanel::updateExplanation);
    connect(m_reload, &QPushButton::clicked, this, &ModuleParametersPanel::reloadWithParameters);
    connect(m_pane, &ModuleOperationPane::kernelLogRequested, this,
            &ModuleParametersPanel::kernelLogRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_change, 1);
    buttons->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_pane, 1);
    setModule(QString(), false);
}

void ModuleParametersPanel::setModule(const QString& module, bool loadable)
{
    const bool same = module == m_module;
    m_module = module;
    m_loadable = loadable;
    if (!same) {
        m_declared.clear();
        m_change->hide();
        m_pane->hide();
        if (!module.isEmpty()) {
            if (auto infos = m_environment.database().lookup(module); infos && !infos->isEmpty())
                m_declared = infos->first().parameters;
        }
    }
    refresh();
    updateExplanation();
}

void ModuleParametersPanel::refresh()
{
    if (m_module.isEmpty()) {
        m_model->clear();
        m_heading->setText(tr("Select a module to see its parameters."));
        m_reload->setEnabled(false);
        m_reload->setToolTip(tr("Select a loaded module to reload it with other parameters."));
        return;
    }
    auto sysfs = readSysfsModule(m_environment.fs, m_module, SysfsModuleParts::All);
    const bool fresh = m_model->module() != m_module;
    m_model->setModule(m_module, sysfs ? std::optional<SysfsModule>(*sysfs) : std::nullopt, m_declared);
    if (fresh)
        m_view->resizeColumnsToContents();
    m_heading->setText(m_model->rowCount() == 0 ? tr("%1 has no parameters.").arg(m_module)
                                                : tr("Parameters of %1").arg(m_module));

    if (!m_loadable) {
        m_reload->setEnabled(false);
        m_reload->setToolTip(
            tr("%1 is built into the kernel: it cannot be unloaded, so it cannot be reloaded with other "
               "parameters.")
                .arg(m_module));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_reload->setEnabled(false);
        m_reload->setToolTip(
            tr("%1 has no parameters: reloading it could not change anything.").arg(m_module));
        return;
    }
    m_reload->setEnabled(true);
    // Values Reload cannot carry over: hidden (mode 0) and root-only (0400) ones go back to their defaults.
    QStringList lost;
    for (const auto& row : m_model->parameters())
        if (row.access == Access::Hidden || row.access == Access::RootOnly)
            lost.append(row.name);
    QString tip = tr("Unload the module and load it again with parameters you choose: the way to change "
                     "read-only ones (loading an already loaded module would ignore new values).");
    if (!lost.isEmpty())
        tip += QLatin1Char('\n') +
               tr("%1 cannot be read here and will return to the module's defaults unless you set them.")
                   .arg(lost.join(QStringLiteral(", ")));
    m_reload->setToolTip(tip);
}

void ModuleParametersPanel::updateExplanation()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_explanation->setText(
            m_model->rowCount() > 0 ? tr("Select a parameter to see how it can be changed.") : QString());
        return;
    }
    const auto access = Access(current.data(ModuleParametersModel::AccessRole).toInt());
    m_explanation->setText(ModuleParametersModel::accessExplanation(access));
}

QString ModuleParametersPanel::lastChangeText() const
{
    return m_change->isHidden() ? QString() : m_change->text();
}

QMap<QString, QString> ModuleParametersPanel::reloadValues() const
{
    QMap<QString, QString> values;
    for (const auto& row : m_model->parameters()) {
        if ((row.access == Access::Writable || row.access == Access::ReadOnly) && row.sysfs &&
            row.sysfs->value)
            values.insert(row.name, *row.sysfs->value);
    }
    return values;
}

void ModuleParametersPanel::writeParameter(const QString& parameter, const QString& value)
{
    const int row = m_model->rowOf(parameter);
    const QString old = row >= 0
                            ? m_model->index(row, 0).data(ModuleParametersModel::CurrentValueRole).toString()
                            : QString();
    onWriteRequested(m_module, parameter, old, value);
}

void ModuleParametersPanel::onWriteRequested(const QString& module, const QString& parameter,
                                             const QString& oldValue, const QString& value)
{
    Q_UNUSED(oldValue)
    const QString title = tr("Set %1 of %2").arg(parameter, module);
    m_pane->show();
    m_pane->setRunning(title);
    privileged::PendingOperation* op = m_client->writeModuleParameter(module, parameter, value);
    connect(op, &privileged::PendingOperation::finished, this,
            [this, op, module, parameter, title](const OperationResult& result) {
                m_pane->setResult(result, op->wentThroughHelper(), title);
                if (result.ok() || !result.oldValue.isEmpty() || !result.newValue.isEmpty()) {
                    m_change->setText(
                        tr("%1: %2 \u2192 %3").arg(parameter, result.oldValue, result.newValue));
                    m_change->show();
                }
                if (module == m_module)
                    refresh();
                Q_EMIT changed();
            });
}

void ModuleParametersPanel::reloadWithParameters()
{
    if (m_module.isEmpty())
        return;
    auto* dialog =
        new ModuleLoadDialog(ModuleLoadDialog::Mode::Reload, m_module, m_client, reloadValues(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEnvironment(m_environment);
    connect(dialog, &ModuleLoadDialog::operationFinished, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(dialog, &ModuleLoadDialog::kernelLogRequested, this, &ModuleParametersPanel::kernelLogRequested);
    dialog->open();
}

} // namespace kaleido
