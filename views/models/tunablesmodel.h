// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "tunables.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kaleido {

/**
 * The kernel settings Kaleido can change (privileged::tunableTable()), with their current values and, for
 * each one changed in this session, the value it had before so it can be reverted with one click.
 *
 * Editing the Value column does not write anything: it emits changeRequested(), and whoever holds the
 * privileged client writes the value and reports back with recordChange() or refresh(). Sorting by value
 * sorts numbers as numbers (RawValueRole).
 */
class TunablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SettingColumn,
        ValueColumn,
        AcceptsColumn,
        OriginalColumn, ///< the value before this session changed it; empty when unchanged
        KeyColumn,
        ColumnCount
    };

    enum Role
    {
        KeyRole = Qt::UserRole + 100, ///< "vm.swappiness"
        GrammarRole,                  ///< int(privileged::TunableInfo::Grammar)
        ChoicesRole,                  ///< QStringList for choices and triggers
        MinimumRole,                  ///< qint64
        MaximumRole,                  ///< qint64
        RawValueRole,                 ///< the value as a number when it is one (sorting), else the text
        ChangedRole,                  ///< bool: changed in this session, can be reverted
    };

    explicit TunablesModel(KernelFs fs = KernelFs(), QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Re-reads every value; one merged dataChanged for the rows whose value changed.
    void refresh();

    /// The row of @p key, or -1.
    int rowOf(const QString& key) const;
    QString currentValue(const QString& key) const;
    /// The value before the first change of this session; null when unchanged.
    QString originalValue(const QString& key) const;

    /// A write succeeded: remembers @p oldValue as the original (first change only) and shows @p newValue.
    void recordChange(const QString& key, const QString& oldValue, const QString& newValue);
    /// The value is back at its original: forget it.
    void forgetChange(const QString& key);
    /// Keys changed in this session, in table order.
    QStringList changedKeys() const;

Q_SIGNALS:
    /// The user edited a value: write @p value to @p key (nothing has been written yet).
    void changeRequested(const QString& key, const QString& value);

private:
    struct Row
    {
        const privileged::TunableInfo* info;
        QString value; ///< current (or the read error in words)
        bool readable = false;
    };

    KernelFs m_fs;
    QList<Row> m_rows;
    QHash<QString, QString> m_original;
};

} // namespace kaleido
