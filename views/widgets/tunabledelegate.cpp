// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunabledelegate.h"

#include "tunableguide.h"
#include "tunablesmodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace kaleido {

namespace {

using Grammar = privileged::TunableInfo::Grammar;

Grammar grammarOf(const QModelIndex& index)
{
    return static_cast<Grammar>(index.data(TunablesModel::GrammarRole).toInt());
}

} // namespace

QWidget* TunableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                       const QModelIndex& index) const
{
    const QString key = index.data(TunablesModel::KeyRole).toString();
    const TunableGuide guide = tunableGuide(key);
    if (grammarOf(index) == Grammar::Integer && guide.choices.isEmpty()) {
        auto* edit = new QLineEdit(parent);
        const qint64 minimum = index.data(TunablesModel::MinimumRole).toLongLong();
        const qint64 maximum = index.data(TunablesModel::MaximumRole).toLongLong();
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(minimum < 0 ? QStringLiteral("-?[0-9]{1,19}") : QStringLiteral("[0-9]{1,19}")),
            edit));
        edit->setPlaceholderText(tr("%1 to %2").arg(minimum).arg(maximum));
        edit->setToolTip(tr("%1 Press Enter to apply, Esc to cancel.").arg(describeAccepted(key)));
        return edit;
    }
    // Choices by word or by number: each shown with its name, the meaning as the item's tooltip.
    auto* combo = new QComboBox(parent);
    QStringList values = index.data(TunablesModel::ChoicesRole).toStringList();
    if (values.isEmpty()) {
        for (const TunableChoice& c : guide.choices)
            values.append(c.value);
    }
    for (const QString& value : values) {
        const TunableChoice* choice = guide.choice(value);
        combo->addItem(choice ? tr("%1 — %2").arg(value, choice->name) : value, value);
        if (choice)
            combo->setItemData(combo->count() - 1, choice->meaning, Qt::ToolTipRole);
    }
    combo->setToolTip(grammarOf(index) == Grammar::Trigger
                          ? tr("Choose what to do; it runs as soon as you pick it")
                          : tr("Choose the new value; it is applied as soon as you pick it"));
    return combo;
}

void TunableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(value);
        edit->selectAll();
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
    }
}

void TunableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

} // namespace kaleido
