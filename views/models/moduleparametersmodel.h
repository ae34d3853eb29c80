// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moduleinfo.h"
#include "sysfsmodule.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * The parameters of one loaded (or built-in) module: the union of /sys/module/<m>/parameters (current values
 * and permission bits) and what modinfo declares (type, description). How a parameter may be changed follows
 * from the mode module_param() gave it:
 *
 * | Access   | mode            | meaning                                                              |
 * |----------|-----------------|----------------------------------------------------------------------|
 * | Writable | any write bit   | can be changed now, through the helper                               |
 * | ReadOnly | 0444 and alike  | readable by all, set at load only: reload with new parameters        |
 * | RootOnly | 0400            | only root can read it; set at load only                              |
 * | Hidden   | 0 (no file)     | declared in modinfo but not shown in sysfs: set at load only         |
 *
 * Editing the Value cell of a writable row does not change the model: it emits writeRequested(), and the
 * value shown changes when the next setModule() reads it back from the kernel.
 */
class ModuleParametersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        TypeColumn,
        AccessColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Access
    {
        Writable,
        ReadOnly,
        RootOnly,
        Hidden
    };
    Q_ENUM(Access)

    enum Role
    {
        AccessRole = Qt::UserRole + 520, ///< any cell: Access as int
        ParameterNameRole,               ///< any cell
        TypeRole,         ///< any cell: the modinfo type ("int", "charp", "array of int"…) or ""
        CurrentValueRole, ///< any cell: the value read from sysfs (invalid when unreadable)
        FieldRole,        ///< any cell: ParameterField (for ParameterDelegate)
    };

    struct Row
    {
        QString name;
        std::optional<SysfsModule::Parameter> sysfs;
        std::optional<ModuleInfo::Parameter> declared;
        Access access = Access::Hidden;
    };

    explicit ModuleParametersModel(QObject* parent = nullptr);

    /**
     * Shows the parameters of @p module: @p sysfs read with SysfsModuleParts::All (nullopt when the module
     * has no /sys/module directory), @p declared the modinfo parameters (empty when the .ko is not found).
     */
    void setModule(const QString& module, const std::optional<SysfsModule>& sysfs,
                   const QList<ModuleInfo::Parameter>& declared);
    void clear();

    const QString& module() const { return m_module; }
    const QList<Row>& parameters() const { return m_rows; }
    int rowOf(const QString& parameter) const;

    static QString accessName(Access access);
    static QString accessExplanation(Access access);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user entered @p value for writable @p parameter, which currently reads @p oldValue.
    void writeRequested(const QString& module, const QString& parameter, const QString& oldValue,
                        const QString& value);

private:
    QString m_module;
    QList<Row> m_rows;
};

} // namespace kaleido
