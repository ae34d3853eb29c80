// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunabledelegate.h"

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
    if (grammarOf(index) == Grammar::Integer) {
        auto* edit = new QLineEdit(parent);
        const qint64 minimum = index.data(TunablesModel::MinimumRole).toLongLong();
        const qint64 maximum = index.data(TunablesModel::MaximumRole).toLongLong();
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(minimum < 0 ? QStringLiteral("-?[0-9]{1,19}") : QStringLiteral("[0-9]{1,19}")),
            edit));
        edit->setPlaceholderText(tr("%1 to %2").arg(minimum).arg(maximum));
        edit->setToolTip(tr("A whole number from %1 to %2; press Enter to apply, Esc to cancel")
                             .arg(minimum)
                             .arg(maximum));
        return edit;
    }
    auto* combo = new QComboBox(parent);
    combo->addItems(index.data(TunablesModel::ChoicesRole).toStringList());
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
        const int at = combo->findText(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
    }
}

void TunableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
}

} // namespace kaleido
