// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulefileinspector.h"

#include "kernelsettings.h"
#include "moduledetailstext.h"
#include "operationresult.h"
#include "procmodules.h"
#include "units.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kaleido {

bool isModuleFileName(const QString& path)
{
    for (const char* suffix : {".ko", ".ko.xz", ".ko.zst", ".ko.gz"}) {
        if (path.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

ModuleFileInspector::ModuleFileInspector(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_load(new QPushButton(tr("Load this file…"), this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setToolTip(tr("The module file being inspected."));
    m_details->setToolTip(
        tr("What the file says about itself (modinfo, read with libkmod), compared with the "
           "running kernel, and what loading it would do."));
    m_load->setToolTip(tr("Open the load form for this file: its parameters, then load it with finit_module "
                          "through kaleido-helper. Its dependencies must already be loaded."));
    m_load->setEnabled(false);
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (!m_path.isEmpty())
            Q_EMIT loadRequested(m_path);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_load);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);
}

void ModuleFileInspector::setEnvironment(const ModuleEnvironment& environment)
{
    m_environment = environment;
    if (!m_path.isEmpty())
        inspect(m_path);
}

bool ModuleFileInspector::inspect(const QString& path)
{
    m_path = path;
    m_info.reset();
    m_checks.clear();
    m_rejection.clear();
    const QFileInfo file(path);
    const ModuleDatabase database = m_environment.database();
    QString heading = QStringLiteral("<b>%1</b><br><small>%2</small>")
                          .arg(file.fileName().toHtmlEscaped(), file.absoluteFilePath().toHtmlEscaped());
    if (file.exists())
        heading += QStringLiteral(" <small>(%1)</small>")
                       .arg(Units::formatBytes(quint64(file.size())).toHtmlEscaped());
    m_heading->setText(heading);

    auto info = database.fromFile(path);
    if (!info) {
        m_details->setHtml(QStringLiteral("<p style=\"color:#c0392b\">%1</p>")
                               .arg(tr("This is not a kernel module Kaleido can read: %1")
                                        .arg(info.error().message())
                                        .toHtmlEscaped()));
        m_load->setEnabled(false);
        return false;
    }
    m_info = std::move(info).value();
    const auto loaded = readProcModules(m_environment.fs);
    const bool alreadyLoaded = loaded && loaded->find(m_info->name);
    const auto kernelVermagic = database.kernelVermagic();
    m_checks = checkModuleLoad(*m_info, readKernelSettings(m_environment.fs), database.signsModules(),
                               kernelVermagic, alreadyLoaded);
    const auto plan = m_environment.operations().prepareLoadFile(file.absoluteFilePath(), {});
    if (!plan)
        m_rejection = plan.reason();
    QList<LoadCheck> shown = m_checks;
    const bool compressed = !path.endsWith(QLatin1String(".ko"));
    if (compressed)
        shown.prepend(
            {LoadCheck::Severity::Warning,
             tr("The file is compressed: Kaleido loads a module file with finit_module as it is, so "
                "decompress it first (xz -d, zstd -d, gunzip), or load the installed module by name."),
             0});
    if (!m_rejection.isEmpty() && !compressed)
        shown.prepend({LoadCheck::Severity::Warning,
                       tr("kaleido-helper would not load this file: %1").arg(m_rejection), 0});
    m_details->setHtml(moduleDetailsHtml(*m_info, {}, shown, kernelVermagic));
    m_load->setEnabled(m_rejection.isEmpty());
    m_load->setToolTip(
        m_rejection.isEmpty()
            ? tr("Open the load form for this file: its parameters, then load it with "
                 "finit_module through kaleido-helper. Its dependencies must already be loaded.")
            : tr("kaleido-helper would not load this file: %1").arg(m_rejection));
    return true;
}

QString ModuleFileInspector::plainText() const
{
    return m_details->toPlainText();
}

} // namespace kaleido
