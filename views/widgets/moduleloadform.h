// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "parameterfield.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace kaleido {

class ParameterEditor;

/**
 * The parameters of a module as a form: one row per declared parameter with a "set" check box (only checked
 * parameters are passed; the others keep the module's default), the typed editor, the type in words and the
 * description. Editing a value checks its box.
 */
class ModuleLoadForm : public QWidget
{
    Q_OBJECT

public:
    explicit ModuleLoadForm(QWidget* parent = nullptr);

    /// Rebuilds the rows; @p values prefill (and check) parameters by name.
    void setFields(const QList<ParameterField>& fields, const QMap<QString, QString>& values = {});
    QList<ParameterField> fields() const { return m_fields; }

    /// The checked parameters with the values typed (canonicalised where valid).
    QMap<QString, QString> parameters() const;
    /// Empty when every checked value is valid; otherwise "name: reason" for the first invalid one.
    QString invalidReason() const;
    bool isValid() const { return invalidReason().isEmpty(); }

    ParameterEditor* editor(const QString& name) const;
    QCheckBox* setBox(const QString& name) const;
    /// The description label of @p name's row (tests check it is shown).
    QLabel* descriptionLabel(const QString& name) const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QCheckBox* set = nullptr;
        ParameterEditor* editor = nullptr;
        QLabel* type = nullptr;
        QLabel* description = nullptr;
    };

    QGridLayout* m_grid;
    QLabel* m_empty;
    QList<ParameterField> m_fields;
    QMap<QString, Row> m_rows;
};

} // namespace kaleido
