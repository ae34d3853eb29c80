// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleloadform.h"

#include "parametereditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kaleido {

ModuleLoadForm::ModuleLoadForm(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(tr("This module declares no parameters."), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_empty->setToolTip(tr("modinfo lists no parm or parmtype entries for this module."));
}

void ModuleLoadForm::setFields(const QList<ParameterField>& fields, const QMap<QString, QString>& values)
{
    for (const Row& row : std::as_const(m_rows)) {
        delete row.set;
        delete row.editor;
        delete row.type;
        delete row.description;
    }
    m_rows.clear();
    m_fields = fields;
    m_empty->setVisible(fields.isEmpty());
    int line = 0;
    for (const ParameterField& field : fields) {
        Row row;
        row.set = new QCheckBox(field.name, this);
        row.set->setToolTip(
            tr("Pass %1 to the module. Unchecked parameters keep the module's default.").arg(field.name));
        row.editor = ParameterEditor::create(field, this);
        row.type = new QLabel(field.type.isEmpty() ? tr("(no type)") : field.type, this);
        row.type->setToolTip(field.typeDescription());
        row.description =
            new QLabel(field.description.isEmpty() ? tr("No description.") : field.description, this);
        row.description->setWordWrap(true);
        row.description->setToolTip(
            tr("The module's own description of %1 (MODULE_PARM_DESC).").arg(field.name));
        QPalette grey = row.description->palette();
        grey.setColor(QPalette::WindowText, grey.color(QPalette::Disabled, QPalette::WindowText));
        row.description->setPalette(grey);
        m_grid->addWidget(row.set, line, 0);
        m_grid->addWidget(row.editor, line, 1);
        m_grid->addWidget(row.type, line, 2);
        m_grid->addWidget(row.description, line + 1, 1, 1, 2);
        line += 2;
        if (values.contains(field.name)) {
            row.editor->setValue(values.value(field.name));
            row.set->setChecked(true);
        }
        QCheckBox* box = row.set;
        connect(row.editor, &ParameterEditor::edited, this, [this, box] {
            box->setChecked(true);
            Q_EMIT changed();
        });
        connect(row.set, &QCheckBox::toggled, this, &ModuleLoadForm::changed);
        m_rows.insert(field.name, row);
    }
    Q_EMIT changed();
}

QMap<QString, QString> ModuleLoadForm::parameters() const
{
    QMap<QString, QString> result;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!it->set->isChecked())
            continue;
        const QString canonical = it->editor->canonicalValue();
        result.insert(it.key(), canonical.isEmpty() ? it->editor->value() : canonical);
    }
    return result;
}

QString ModuleLoadForm::invalidReason() const
{
    for (const ParameterField& field : m_fields) {
        const Row row = m_rows.value(field.name);
        if (!row.set || !row.set->isChecked())
            continue;
        const QString reason = row.editor->invalidReason();
        if (!reason.isEmpty())
            return tr("%1: %2").arg(field.name, reason);
    }
    return {};
}

ParameterEditor* ModuleLoadForm::editor(const QString& name) const
{
    return m_rows.value(name).editor;
}

QCheckBox* ModuleLoadForm::setBox(const QString& name) const
{
    return m_rows.value(name).set;
}

QLabel* ModuleLoadForm::descriptionLabel(const QString& name) const
{
    return m_rows.value(name).description;
}

} // namespace kaleido
