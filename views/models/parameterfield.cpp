// SPDX-License-Identifier: GPL-2.0-or-later
#include "parameterfield.h"

#include "moduleoperations.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace kaleido {

namespace {

struct ScalarKind
{
    const char* type;
    ParameterField::Kind kind;
    qint64 minimum;
    quint64 maximum;
};

constexpr ScalarKind scalarKinds[] = {
    {"int", ParameterField::Kind::Int, std::numeric_limits<qint32>::min(),
     std::numeric_limits<qint32>::max()},
    {"uint", ParameterField::Kind::UInt, 0, std::numeric_limits<quint32>::max()},
    {"long", ParameterField::Kind::Long, std::numeric_limits<qint64>::min(),
     std::numeric_limits<qint64>::max()},
    {"ulong", ParameterField::Kind::ULong, 0, std::numeric_limits<quint64>::max()},
    {"short", ParameterField::Kind::Short, std::numeric_limits<qint16>::min(),
     std::numeric_limits<qint16>::max()},
    {"ushort", ParameterField::Kind::UShort, 0, std::numeric_limits<quint16>::max()},
    {"byte", ParameterField::Kind::Byte, 0, 255},
    {"hexint", ParameterField::Kind::HexInt, 0, std::numeric_limits<quint32>::max()},
    {"bool", ParameterField::Kind::Bool, 0, 0},
    {"invbool", ParameterField::Kind::InvBool, 0, 0},
    {"charp", ParameterField::Kind::Charp, 0, 0},
    {"string", ParameterField::Kind::String, 0, 0},
};

const ScalarKind* scalarKind(const QString& type)
{
    for (const auto& k : scalarKinds) {
        if (type == QLatin1String(k.type))
            return &k;
    }
    return nullptr;
}

} // namespace

bool ParameterField::isInteger() const
{
    switch (elementKind) {
    case Kind::Int:
    case Kind::UInt:
    case Kind::Long:
    case Kind::ULong:
    case Kind::Short:
    case Kind::UShort:
    case Kind::Byte:
    case Kind::HexInt:
        return true;
    default:
        return false;
    }
}

QString ParameterField::validationType() const
{
    if (!type.isEmpty() && privileged::isKnownParameterType(type))
        return type;
    return QStringLiteral("charp");
}

QString ParameterField::typeDescription() const
{
    QString element;
    if (elementKind == Kind::HexInt) {
        element =
            QCoreApplication::translate("kaleido::ParameterField", "hexadecimal integer from 0x0 to 0x%1")
                .arg(maximum, 0, 16);
    } else if (isInteger()) {
        element = QCoreApplication::translate("kaleido::ParameterField", "integer from %1 to %2")
                      .arg(QString::number(minimum), QString::number(maximum));
    } else if (isBoolean()) {
        element = QCoreApplication::translate("kaleido::ParameterField", "Y or N");
    } else if (elementKind == Kind::Unknown) {
        element =
            type.isEmpty()
                ? QCoreApplication::translate("kaleido::ParameterField", "text (the module declares no type)")
                : QCoreApplication::translate("kaleido::ParameterField", "text (the module's own type “%1”)")
                      .arg(type);
    } else {
        element =
            QCoreApplication::translate("kaleido::ParameterField", "text without spaces, quotes or commas");
    }
    if (kind == Kind::Array)
        return QCoreApplication::translate("kaleido::ParameterField",
                                           "comma-separated list of up to 128 values, each: %1")
            .arg(element);
    return element;
}

ParameterField parameterField(const QString& name, const std::optional<QString>& type,
                              const std::optional<QString>& description)
{
    ParameterField field;
    field.name = name;
    field.type = type.value_or(QString()).trimmed();
    field.description = description.value_or(QString()).trimmed();
    QString scalar = field.type;
    const QLatin1String arrayPrefix("array of ");
    const bool array = scalar.startsWith(arrayPrefix);
    if (array)
        scalar = scalar.mid(arrayPrefix.size());
    if (const ScalarKind* k = scalarKind(scalar)) {
        field.elementKind = k->kind;
        field.minimum = k->minimum;
        field.maximum = k->maximum;
    }
    field.kind = array && field.elementKind != ParameterField::Kind::Unknown ? ParameterField::Kind::Array
                                                                             : field.elementKind;
    return field;
}

QList<ParameterField> parameterFields(const ModuleInfo& info)
{
    QList<ParameterField> fields;
    fields.reserve(info.parameters.size());
    for (const auto& p : info.parameters)
        fields.append(parameterField(p.name, p.type, p.description));
    std::sort(fields.begin(), fields.end(),
              [](const ParameterField& a, const ParameterField& b) { return a.name < b.name; });
    return fields;
}

} // namespace kaleido
