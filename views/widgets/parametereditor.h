// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "parameterfield.h"

#include <QStyledItemDelegate>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace kaleido {

/**
 * The editor for one module parameter, chosen by its declared type: a spin box for int, short, ushort and
 * byte; Y/N for bool and invbool; a line edit for the wider integers, hexint, text and arrays (each element
 * checked). Whatever the editor, value() is checked with validateParameterValue() for the declared type
 * (unknown types as charp), and invalidReason() says in plain words why a value would be refused.
 */
class ParameterEditor : public QWidget
{
    Q_OBJECT

public:
    /// The editor that fits @p field.
    static ParameterEditor* create(const ParameterField& field, QWidget* parent = nullptr);

    const ParameterField& field() const { return m_field; }
    /// The text the kernel would be given (not canonicalised).
    QString value() const;
    /// Shows @p value (a current sysfs value or a prefilled one); a value the editor cannot show as it is
    /// falls back to a line edit so nothing is lost.
    void setValue(const QString& value);
    bool isValid() const { return invalidReason().isEmpty(); }
    /// Empty when valid; otherwise the reason the value would be refused (translated).
    QString invalidReason() const;
    /// The value as validateParameterValue() canonicalises it; empty when invalid.
    QString canonicalValue() const;

Q_SIGNALS:
    /// The value changed (by the user or setValue()).
    void edited();

private:
    explicit ParameterEditor(const ParameterField& field, QWidget* parent);
    void useLineEdit();
    void updateLook();

    ParameterField m_field;
    QSpinBox* m_spin = nullptr;
    QComboBox* m_combo = nullptr;
    QLineEdit* m_line = nullptr;
};

/**
 * A table delegate that edits a module parameter with a ParameterEditor. The model gives the field under
 * @p fieldRole (QVariant of ParameterField; without it the cell is edited as charp) and the value under
 * Qt::EditRole; setModelData() writes Qt::EditRole only when the value is valid.
 */
class ParameterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ParameterDelegate(int fieldRole, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    int m_fieldRole;
};

} // namespace kaleido
