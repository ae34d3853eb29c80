// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "tunables.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace kaleido {

/**
 * The kernel settings Kaleido can change (privileged::tunableTable()), with their current values and two
 * values to go back to:
 *
 * - the **original**: the first value Kaleido ever saw for the setting, on this machine (or this captured
 *   root). It is recorded the first time the setting is read and kept in QSettings (group TunablesOriginal,
 *   one subgroup per setting with value, recorded time and kernel release), so it survives restarts and
 *   reboots and is never overwritten: it is what the system had before Kaleido touched anything. A setting
 *   that appears later (a kernel with KSM booted) is recorded when it is first read. Captured roots other
 *   than "/" keep theirs in a group of their own, so a fixture never becomes the machine's original.
 * - the value **before** this session changed it, for the session's Revert (not stored).
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
        OriginalColumn, ///< the first value ever seen (persisted); marked when the value differs
        BeforeColumn,   ///< the value before this session changed it; empty when unchanged
        AcceptsColumn,
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
        DiffersFromOriginalRole,      ///< bool: the current value is not the original
    };

    /// Which earlier value a revert goes back to.
    enum class RevertTarget
    {
        Before,   ///< the value before this session's first change
        Original, ///< the first value ever seen
    };

    /// One write of a revert plan.
    struct Write
    {
        QString key;
        QString value;
        bool operator==(const Write&) const = default;
    };

    /**
     * @p settingsFile: an INI file for the originals; empty for the application's QSettings (tests pass a
     * temporary file, or enable QStandardPaths' test mode).
     */
    explicit TunablesModel(KernelFs fs = KernelFs(), QObject* parent = nullptr,
                           const QString& settingsFile = QString());

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Re-reads every value, records originals not yet known; one merged dataChanged for the rows that
    /// changed.
    void refresh();

    /// The row of @p key, or -1.
    int rowOf(const QString& key) const;
    QString keyAt(int row) const;
    /// The current value; null when it cannot be read (or for actions).
    QString currentValue(const QString& key) const;
    /// Why the value cannot be read; empty when it can.
    QString readError(const QString& key) const;

    /// The first value ever seen (persisted); null when never read.
    QString originalValue(const QString& key) const;
    QDateTime originalRecorded(const QString& key) const;
    /// The kernel release the original was recorded on ("6.18.44"); may be empty.
    QString originalKernel(const QString& key) const;
    bool differsFromOriginal(const QString& key) const;
    /// Keys whose current value is not their original, in table order.
    QStringList keysDifferingFromOriginal() const;

    /// The value before this session's first change; null when unchanged.
    QString beforeValue(const QString& key) const;
    /// Keys changed in this session, in table order.
    QStringList changedKeys() const;

    /**
     * A write succeeded: remembers @p oldValue as the value before (first change only) and shows @p newValue.
     * @p partnerOldValue is the value the linked setting (linkedTunable()) had before the write, which the
     * kernel changed with it; it is remembered the same way.
     */
    void recordChange(const QString& key, const QString& oldValue, const QString& newValue,
                      const QString& partnerOldValue = QString());
    /// The value is back at its earlier one: forget it.
    void forgetChange(const QString& key);

    /**
     * The writes that put @p keys back to @p target, in order, leaving out those already there and actions.
     * overcommit_ratio and overcommit_kbytes are one limit for the kernel (writing either zeroes the other),
     * so they are planned together: a single write of overcommit_kbytes when its target is not 0, else of
     * overcommit_ratio.
     */
    QList<Write> revertWrites(const QStringList& keys, RevertTarget target) const;

    /// The setting the kernel changes along with @p key (overcommit_ratio ↔ overcommit_kbytes), or empty.
    static QString linkedTunable(const QString& key);
    /// The QSettings group the originals of @p fs's root are kept in.
    static QString settingsGroup(const KernelFs& fs);

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

    struct Original
    {
        QString value;
        QDateTime recorded;
        QString kernel;
    };

    void loadOriginals();
    void storeOriginals(const QStringList& keys);
    QString targetOf(const QString& key, RevertTarget target) const;
    void emitRowChanged(int row);

    KernelFs m_fs;
    QString m_settingsFile;
    QList<Row> m_rows;
    QHash<QString, QString> m_before;
    QHash<QString, Original> m_originals;
};

} // namespace kaleido
