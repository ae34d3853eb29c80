// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleloaddialog.h"

#include "kernelsettings.h"
#include "modprobeconfig.h"
#include "moduleloadcheck.h"
#include "moduleloadform.h"
#include "moduleoperationpane.h"
#include "parameterfield.h"
#include "pendingoperation.h"
#include "privilegedclient.h"
#include "procmodules.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace kaleido {

using privileged::OperationResult;

ModuleLoadDialog::ModuleLoadDialog(Mode mode, const QString& target, privileged::PrivilegedClient* client,
                                   const QMap<QString, QString>& values, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_target(target)
    , m_client(client)
    , m_initialValues(values)
    , m_heading(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_form(new ModuleLoadForm(this))
    , m_dependencies(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_load(new QPushButton(this))
    , m_pane(new ModuleOperationPane(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(operationTitle());
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setToolTip(tr("The module and what its modinfo says about it."));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setToolTip(
        tr("What Kaleido predicts the kernel will say. A predicted refusal does not stop you: "
           "the kernel has the last word, and a refused load changes nothing."));
    m_dependencies->setWordWrap(true);
    m_dependencies->setToolTip(
        tr("What modprobe would do: the modules loaded first, those already loaded and "
           "those loaded after it (softdep post:)."));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_blocked->setToolTip(tr("Why Load is disabled."));
    m_load->setText(mode == Mode::Reload ? tr("Reload") : tr("Load"));
    m_load->setToolTip(mode == Mode::Reload
                           ? tr("Unload the module, then load it again with the checked parameters. Needs "
                                "administrator permission (kaleido-helper).")
                           : tr("Load the module with the checked parameters. Needs administrator permission "
                                "(kaleido-helper)."));
    m_load->setDefault(true);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setToolTip(tr("The parameters the module declares. Check a parameter to pass it."));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_load, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setToolTip(tr("Close this dialog."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, &ModuleLoadDialog::run);

    m_pane->hide();
    connect(m_pane, &ModuleOperationPane::kernelLogRequested, this, &ModuleLoadDialog::kernelLogRequested);
    connect(m_pane, &ModuleOperationPane::loadedModuleRequested, this,
            &ModuleLoadDialog::loadedModuleRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_warnings);
    layout->addWidget(scroll, 2);
    layout->addWidget(m_dependencies);
    layout->addWidget(m_blocked);
    layout->addWidget(buttons);
    layout->addWidget(m_pane, 1);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ModuleLoadDialog::updatePreview);
    connect(m_form, &ModuleLoadForm::changed, m_previewTimer, qOverload<>(&QTimer::start));
    resize(720, 640);
    reloadModule();
}

ModuleLoadDialog::~ModuleLoadDialog() = default;

void ModuleLoadDialog::setEnvironment(const ModuleEnvironment& environment)
{
    m_environment = environment;
    reloadModule();
}

QString ModuleLoadDialog::operationTitle() const
{
    switch (m_mode) {
    case Mode::Load:
        return tr("Load %1").arg(m_target);
    case Mode::LoadFile:
        return tr("Load %1").arg(QFileInfo(m_target).fileName());
    case Mode::Reload:
        return tr("Reload %1").arg(m_target);
    }
    return {};
}

void ModuleLoadDialog::reloadModule()
{
    m_info.reset();
    m_infoError.clear();
    const ModuleDatabase database = m_environment.database();
    if (m_mode == Mode::LoadFile) {
        auto info = database.fromFile(m_target);
        if (info)
            m_info = std::move(info).value();
        else
            m_infoError = info.error().message();
    } else {
        auto infos = database.lookup(m_target);
        if (infos && !infos->isEmpty())
            m_info = infos->constFirst();
        else
            m_infoError = tr("No module “%1” is installed for kernel %2.")
                              .arg(m_target, m_environment.effectiveRelease());
    }
    if (m_info) {
        QString heading = QStringLiteral("<b>%1</b>").arg(m_info->name.toHtmlEscaped());
        if (!m_info->description.isEmpty())
            heading += QStringLiteral(" — ") + m_info->description.toHtmlEscaped();
        const QString file = m_mode == Mode::LoadFile ? m_target : m_info->filename;
        if (!file.isEmpty())
            heading += QStringLiteral("<br><small>%1</small>").arg(file.toHtmlEscaped());
        m_heading->setText(heading);
        m_form->setFields(parameterFields(*m_info), m_initialValues);
        m_configNotes.clear();
        if (m_mode != Mode::LoadFile) {
            const ModprobeConfig config(m_environment.effectiveDirectory(), m_environment.configPaths);
            for (const ModprobeRule& rule : config.rulesFor(m_info->name)) {
                if (rule.kind == ModprobeRule::Kind::Options)
                    m_configNotes << tr("modprobe.d also passes %1 (%2).").arg(rule.value, rule.source);
                else if (rule.kind == ModprobeRule::Kind::Install)
                    m_configNotes << tr("An install rule runs “%1” instead of loading it (%2).")
                                         .arg(rule.value, rule.source);
            }
        }
        // Every module it needs, directly or not (modules.dep lists them all): the preview names those
        // already loaded.
        m_dependencyClosure.clear();
        if (const auto index = database.index()) {
            for (const ModuleIndexEntry& entry : *index) {
                if (entry.name == m_info->name) {
                    m_dependencyClosure = entry.dependencies;
                    break;
                }
            }
        }
    } else {
        m_heading->setText(QStringLiteral("<b>%1</b>").arg(m_target.toHtmlEscaped()));
        m_form->setFields({});
    }
    m_warnings->clear();
    if (m_info) {
        const auto loaded = readProcModules(m_environment.fs);
        const bool alreadyLoaded = m_mode != Mode::Reload && loaded && loaded->find(m_info->name);
        const auto checks =
            checkModuleLoad(*m_info, readKernelSettings(m_environment.fs), database.signsModules(),
                            database.kernelVermagic(), alreadyLoaded);
        QStringList items;
        for (const LoadCheck& c : checks) {
            QString text = c.text.toHtmlEscaped();
            if (c.severity == LoadCheck::Severity::Refusal) {
                text = QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                           .arg(tr("The kernel will refuse it (%1): %2")
                                    .arg(privileged::errnoSymbol(c.expectedErrno), c.text)
                                    .toHtmlEscaped());
            } else if (c.severity == LoadCheck::Severity::Warning) {
                text = QStringLiteral("<span style=\"color:#b9770e\">%1</span>").arg(text);
            }
            items << QStringLiteral("<li>%1</li>").arg(text);
        }
        if (!items.isEmpty())
            m_warnings->setText(QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(items.join(QString())));
    }
    m_warnings->setVisible(!m_warnings->text().isEmpty());
    updatePreview();
}

void ModuleLoadDialog::updatePreview()
{
    m_previewTimer->stop();
    QString blocked;
    QString dependencies;
    if (!m_info) {
        blocked = m_infoError;
    } else if (!m_form->isValid()) {
        blocked = m_form->invalidReason();
    }
    if (m_info && blocked.isEmpty()) {
        const auto ops = m_environment.operations();
        const QMap<QString, QString> params = m_form->parameters();
        auto loaded = readProcModules(m_environment.fs);
        const auto isLoaded = [&loaded](const QString& name) {
            return loaded && loaded->find(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')));
        };
        if (m_mode == Mode::LoadFile) {
            const auto plan = ops.prepareLoadFile(m_target, params);
            if (!plan) {
                blocked = plan.reason();
            } else {
                QStringList missing;
                for (const QString& dep : m_info->depends) {
                    if (!isLoaded(dep))
                        missing << dep;
                }
                dependencies = missing.isEmpty()
                                   ? tr("Loading a file loads nothing else; its dependencies are loaded.")
                                   : tr("Loading a file loads nothing else: %1 must be loaded first, or the "
                                        "kernel refuses with ENOENT (unknown symbols).")
                                         .arg(missing.join(QStringLiteral(", ")));
            }
        } else {
            const auto plan = ops.prepareLoad(m_target, params);
            if (!plan) {
                blocked = plan.reason();
            } else {
                QStringList first;
                QStringList already;
                for (const QString& dep : plan->dependencies)
                    (isLoaded(dep) ? already : first) << dep;
                for (const QString& dep : std::as_const(m_dependencyClosure)) {
                    if (isLoaded(dep) && !already.contains(dep))
                        already << dep;
                }
                QStringList parts;
                if (m_mode == Mode::Reload)
                    parts << tr("Unloads %1, then loads it again with these parameters.").arg(plan->name);
                parts << (first.isEmpty() ? tr("Loads no other module first.")
                                          : tr("Loads first: %1.").arg(first.join(QStringLiteral(", "))));
                if (!already.isEmpty())
                    parts << tr("Already loaded: %1.").arg(already.join(QStringLiteral(", ")));
                if (!plan->loadedAfter.isEmpty())
                    parts << tr("After it: %1.").arg(plan->loadedAfter.join(QStringLiteral(", ")));
                parts += m_configNotes;
                dependencies = parts.join(QLatin1Char(' '));
            }
        }
    }
    m_dependencies->setText(dependencies);
    m_dependencies->setVisible(!dependencies.isEmpty());
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    m_load->setEnabled(blocked.isEmpty() && !m_running);
}

QString ModuleLoadDialog::dependencyText() const
{
    return m_dependencies->text();
}

QString ModuleLoadDialog::blockedReason() const
{
    return m_blocked->text();
}

QString ModuleLoadDialog::warningsText() const
{
    return m_warnings->text();
}

void ModuleLoadDialog::run()
{
    updatePreview();
    if (!m_load->isEnabled())
        return;
    const QString title = operationTitle();
    m_running = true;
    m_load->setEnabled(false);
    m_pane->show();
    m_pane->setRunning(title);
    if (!m_client) {
        finish(OperationResult::make(OperationResult::Outcome::HelperUnavailable,
                                     tr("No connection to kaleido-helper.")),
               false);
        return;
    }
    const QMap<QString, QString> params = m_form->parameters();
    const QString name = m_info ? m_info->name : m_target;
    m_pane->setModuleName(name);
    auto startLoad = [this, params, name] {
        privileged::PendingOperation* op = m_mode == Mode::LoadFile
                                               ? m_client->loadModuleFile(m_target, params)
                                               : m_client->loadModule(m_target, params);
        connect(op, &privileged::PendingOperation::finished, this,
                [this, op](const OperationResult& result) { finish(result, op->wentThroughHelper()); });
    };
    if (m_mode == Mode::Reload) {
        privileged::PendingOperation* op = m_client->unloadModule(name);
        connect(op, &privileged::PendingOperation::finished, this,
                [this, op, startLoad](const OperationResult& result) {
                    if (result.ok())
                        startLoad();
                    else
                        finish(result, op->wentThroughHelper());
                });
        return;
    }
    startLoad();
}

void ModuleLoadDialog::finish(const OperationResult& result, bool throughHelper)
{
    m_running = false;
    m_pane->show();
    m_pane->setResult(result, throughHelper, operationTitle());
    updatePreview();
    Q_EMIT operationFinished(result);
}

} // namespace kaleido
