// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moduleinfo.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * One declared module parameter as a form field: what kind of editor it wants and the range of its values.
 * Built from modinfo's parm/parmtype; a parameter without a type, or with a type of the module's own
 * (kernel_param_ops), is Unknown and is validated as charp, the strictest textual grammar.
 */
struct ParameterField
{
    enum class Kind
    {
        Int,
        UInt,
        Long,
        ULong,
        Short,
        UShort,
        Byte,
        Bool,
        InvBool,
        HexInt,
        Charp,
        String,
        Array,
        Unknown,
    };

    QString name;
    QString type;        ///< as modinfo declares it ("int", "array of charp", …); empty when undeclared
    QString description; ///< MODULE_PARM_DESC, empty when none
    Kind kind = Kind::Unknown;
    Kind elementKind = Kind::Unknown; ///< for Array: the element's kind; otherwise equal to kind
    qint64 minimum = 0;               ///< integer kinds (of the element for arrays)
    quint64 maximum = 0;

    bool isInteger() const;
    bool isBoolean() const { return elementKind == Kind::Bool || elementKind == Kind::InvBool; }
    /// The type validateParameterValue() checks the value as: the declared type, or "charp" when unknown.
    QString validationType() const;
    /// "integer from 0 to 255", "Y or N", "text", "comma-separated list of integers", … (translated).
    QString typeDescription() const;
};

/// The field for one parameter of a module.
ParameterField parameterField(const QString& name, const std::optional<QString>& type,
                              const std::optional<QString>& description);

/// The module's parameters as fields, sorted by name.
QList<ParameterField> parameterFields(const ModuleInfo& info);

} // namespace kaleido

Q_DECLARE_METATYPE(kaleido::ParameterField)
