// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunablesmodel.h"

#include <QCoreApplication>
#include <QFont>

namespace kaleido {

namespace {

using Grammar = privileged::TunableInfo::Grammar;

QString translated(const char* text)
{
    return QCoreApplication::translate("kaleido::privileged::Tunable", text);
}

QString accepts(const privileged::TunableInfo& info)
{
    if (info.grammar == Grammar::Integer)
        return TunablesModel::tr("%1 to %2").arg(info.minimum).arg(info.maximum);
    return info.choices.join(QStringLiteral(", "));
}

} // namespace

TunablesModel::TunablesModel(KernelFs fs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fs(std::move(fs))
{
    for (const privileged::TunableInfo& info : privileged::tunableTable())
        m_rows.append(Row{&info, QString(), false});
    refresh();
}

int TunablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TunablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TunablesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const privileged::TunableInfo& info = *row.info;
    const QString key = QLatin1StringView(info.key);
    switch (role) {
    case KeyRole:
        return key;
    case GrammarRole:
        return static_cast<int>(info.grammar);
    case ChoicesRole:
        return info.choices;
    case MinimumRole:
        return info.minimum;
    case MaximumRole:
        return info.maximum;
    case ChangedRole:
        return m_original.contains(key);
    default:
        break;
    }

    if (role == Qt::ToolTipRole) {
        QString tip = QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p>")
                          .arg(translated(info.label).toHtmlEscaped(), key,
                               translated(info.description).toHtmlEscaped());
        tip += QStringLiteral("<p>") + tr("File: /%1").arg(QLatin1StringView(info.path)).toHtmlEscaped() +
               QStringLiteral("<br>") + tr("Accepts: %1").arg(accepts(info)).toHtmlEscaped() +
               QStringLiteral("</p>");
        if (index.column() == ValueColumn && info.grammar != Grammar::Trigger)
            tip += QStringLiteral("<p>") +
                   tr("Double-click to change it; the system asks for an administrator's "
                      "password.")
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
        if (info.grammar == Grammar::Trigger)
            tip += QStringLiteral("<p>") +
                   tr("An action, not a setting: double-click to run it.").toHtmlEscaped() +
                   QStringLiteral("</p>");
        return tip;
    }

    const auto valueText = [&]() -> QString {
        if (info.grammar == Grammar::Trigger)
            return tr("(action)");
        return row.value;
    };

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case SettingColumn:
            return translated(info.label);
        case ValueColumn:
            return role == Qt::EditRole && !row.readable ? QString() : valueText();
        case AcceptsColumn:
            return accepts(info);
        case OriginalColumn:
            return m_original.value(key);
        case KeyColumn:
            return key;
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        if (index.column() == ValueColumn || index.column() == OriginalColumn) {
            const QString text = index.column() == ValueColumn ? row.value : m_original.value(key);
            bool ok = false;
            const qlonglong number = text.toLongLong(&ok);
            return ok ? QVariant(number) : QVariant(text);
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && info.grammar == Grammar::Integer &&
        (index.column() == ValueColumn || index.column() == OriginalColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == ValueColumn && m_original.contains(key)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant TunablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SettingColumn:
            return tr("Setting");
        case ValueColumn:
            return tr("Value");
        case AcceptsColumn:
            return tr("Accepts");
        case OriginalColumn:
            return tr("Before");
        case KeyColumn:
            return tr("Key");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SettingColumn:
            return tr("What the setting controls; hover a row for an explanation");
        case ValueColumn:
            return tr("The value the kernel reports now; double-click to change it");
        case AcceptsColumn:
            return tr("The values Kaleido will write to this setting");
        case OriginalColumn:
            return tr("The value before you changed it in this session; Revert restores it");
        case KeyColumn:
            return tr("The sysctl-style name, as kaleido-cli set uses it");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags TunablesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TunablesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != ValueColumn)
        return false;
    const Row& row = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || (row.info->grammar != Grammar::Trigger && text == row.value))
        return false;
    Q_EMIT changeRequested(QLatin1StringView(row.info->key), text);
    return false; // nothing changed yet: the value shows once the kernel has it
}

void TunablesModel::refresh()
{
    const privileged::TunableWriter reader(m_fs);
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const auto value = reader.read(QLatin1StringView(row.info->key));
        const QString text = value ? *value : value.reason();
        if (text == row.value && value.ok() == row.readable)
            continue;
        row.value = text;
        row.readable = value.ok();
        if (first < 0)
            first = i;
        last = i;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int TunablesModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (key == QLatin1StringView(m_rows.at(i).info->key))
            return i;
    }
    return -1;
}

QString TunablesModel::currentValue(const QString& key) const
{
    const int row = rowOf(key);
    return row >= 0 && m_rows.at(row).readable ? m_rows.at(row).value : QString();
}

QString TunablesModel::originalValue(const QString& key) const
{
    return m_original.value(key);
}

void TunablesModel::recordChange(const QString& key, const QString& oldValue, const QString& newValue)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    const bool trigger = m_rows.at(row).info->grammar == Grammar::Trigger;
    if (!trigger && !m_original.contains(key) && !oldValue.isEmpty())
        m_original.insert(key, oldValue);
    if (!trigger && m_original.value(key) == newValue)
        m_original.remove(key);
    if (!trigger && !newValue.isEmpty()) {
        m_rows[row].value = newValue;
        m_rows[row].readable = true;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TunablesModel::forgetChange(const QString& key)
{
    const int row = rowOf(key);
    if (row >= 0 && m_original.remove(key) > 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QStringList TunablesModel::changedKeys() const
{
    QStringList keys;
    for (const Row& row : m_rows) {
        const QString key = QLatin1StringView(row.info->key);
        if (m_original.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace kaleido
