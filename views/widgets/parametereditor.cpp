// SPDX-License-Identifier: GPL-2.0-or-later
#include "parametereditor.h"

#include "moduleoperations.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace kaleido {

namespace {

bool fitsSpinBox(const ParameterField& field)
{
    if (field.kind == ParameterField::Kind::Array || !field.isInteger() ||
        field.elementKind == ParameterField::Kind::HexInt)
        return false;
    return field.minimum >= std::numeric_limits<int>::min() &&
           field.maximum <= quint64(std::numeric_limits<int>::max());
}

} // namespace

ParameterEditor* ParameterEditor::create(const ParameterField& field, QWidget* parent)
{
    return new ParameterEditor(field, parent);
}

ParameterEditor::ParameterEditor(const ParameterField& field, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString tip = tr("%1 (%2): %3")
                            .arg(field.name, field.type.isEmpty() ? tr("no declared type") : field.type,
                                 field.typeDescription());
    if (fitsSpinBox(field)) {
        m_spin = new QSpinBox(this);
        m_spin->setRange(int(field.minimum), int(field.maximum));
        m_spin->setValue(field.minimum > 0 ? int(field.minimum) : 0);
        m_spin->setToolTip(tip);
        m_spin->setAccessibleName(field.name);
        layout->addWidget(m_spin);
        setFocusProxy(m_spin);
        connect(m_spin, &QSpinBox::valueChanged, this, [this] { Q_EMIT edited(); });
    } else if (field.kind == ParameterField::Kind::Bool || field.kind == ParameterField::Kind::InvBool) {
        m_combo = new QComboBox(this);
        m_combo->addItem(tr("Y (yes)"), QStringLiteral("Y"));
        m_combo->addItem(tr("N (no)"), QStringLiteral("N"));
        m_combo->setToolTip(field.kind == ParameterField::Kind::InvBool
                                ? tip + QLatin1Char(' ') +
                                      tr("An invbool stores the opposite of what is given.")
                                : tip);
        m_combo->setAccessibleName(field.name);
        layout->addWidget(m_combo);
        setFocusProxy(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT edited(); });
    } else {
        useLineEdit();
        m_line->setToolTip(tip);
    }
}

void ParameterEditor::useLineEdit()
{
    if (m_line)
        return;
    const QString tip = m_spin ? m_spin->toolTip() : m_combo ? m_combo->toolTip() : QString();
    delete m_spin;
    m_spin = nullptr;
    delete m_combo;
    m_combo = nullptr;
    m_line = new QLineEdit(this);
    m_line->setAccessibleName(m_field.name);
    m_line->setToolTip(tip);
    m_line->setPlaceholderText(m_field.typeDescription());
    m_line->setClearButtonEnabled(true);
    layout()->addWidget(m_line);
    setFocusProxy(m_line);
    connect(m_line, &QLineEdit::textChanged, this, [this] {
        updateLook();
        Q_EMIT edited();
    });
}

QString ParameterEditor::value() const
{
    if (m_spin)
        return QString::number(m_spin->value());
    if (m_combo)
        return m_combo->currentData().toString();
    return m_line ? m_line->text() : QString();
}

void ParameterEditor::setValue(const QString& value)
{
    const QString v = value.trimmed();
    if (m_spin) {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (ok && n >= m_spin->minimum() && n <= m_spin->maximum()) {
            m_spin->setValue(n);
            return;
        }
        useLineEdit();
    } else if (m_combo) {
        const auto canonical = privileged::validateParameterValue(QStringLiteral("bool"), v);
        if (canonical) {
            m_combo->setCurrentIndex(m_combo->findData(canonical.value()));
            return;
        }
        useLineEdit();
    }
    m_line->setText(value);
}

QString ParameterEditor::invalidReason() const
{
    const auto checked = privileged::validateParameterValue(m_field.validationType(), value());
    return checked ? QString() : checked.reason();
}

QString ParameterEditor::canonicalValue() const
{
    const auto checked = privileged::validateParameterValue(m_field.validationType(), value());
    return checked ? checked.value() : QString();
}

void ParameterEditor::updateLook()
{
    if (!m_line)
        return;
    const QString reason = invalidReason();
    m_line->setStyleSheet(reason.isEmpty() || m_line->text().isEmpty()
                              ? QString()
                              : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
}

ParameterDelegate::ParameterDelegate(int fieldRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_fieldRole(fieldRole)
{}

QWidget* ParameterDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                         const QModelIndex& index) const
{
    const QVariant data = index.data(m_fieldRole);
    const ParameterField field = data.canConvert<ParameterField>()
                                     ? data.value<ParameterField>()
                                     : parameterField(index.data(Qt::DisplayRole).toString(), {}, {});
    auto* editor = ParameterEditor::create(field, parent);
    editor->setAutoFillBackground(true);
    return editor;
}

void ParameterDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* e = qobject_cast<ParameterEditor*>(editor))
        e->setValue(index.data(Qt::EditRole).toString());
}

void ParameterDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    auto* e = qobject_cast<ParameterEditor*>(editor);
    if (e && e->isValid())
        model->setData(index, e->value(), Qt::EditRole);
}

void ParameterDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex&) const
{
    editor->setGeometry(option.rect);
}

} // namespace kaleido
