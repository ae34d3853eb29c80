// SPDX-License-Identifier: GPL-2.0-or-later
// The validators of moduleoperations.h: module and parameter names, parameter values by modinfo type. They
// run before polkit is asked, on input from any local user, so they accept one spelling of each value and
// nothing else.
#include "modulevalidation.h"

#include "moduleoperations.h"
#include "shownvalue.h"

#include <QCoreApplication>

#include <charconv>
#include <cstdint>
#include <limits>

namespace kaleido::privileged {

namespace {

constexpr qsizetype maxValueLength = 1024;
constexpr qsizetype maxArrayElements = 128;

struct IntegerType
{
    const char* name;
    bool isSigned;
    std::int64_t min;
    std::uint64_t max;
};

// The kernel's param_ops_* for integers (kernel/params.c), x86-64 sizes.
constexpr IntegerType integerTypes[] = {
    {"byte", false, 0, std::numeric_limits<unsigned char>::max()},
    {"short", true, std::numeric_limits<short>::min(), std::numeric_limits<short>::max()},
    {"ushort", false, 0, std::numeric_limits<unsigned short>::max()},
    {"int", true, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()},
    {"uint", false, 0, std::numeric_limits<unsigned int>::max()},
    {"hexint", false, 0, std::numeric_limits<unsigned int>::max()},
    {"long", true, std::numeric_limits<long>::min(), std::numeric_limits<long>::max()},
    {"ulong", false, 0, std::numeric_limits<unsigned long>::max()},
    {"ullong", false, 0, std::numeric_limits<unsigned long long>::max()},
};

const IntegerType* integerType(QStringView type)
{
    for (const IntegerType& t : integerTypes) {
        if (type == QLatin1StringView(t.name))
            return &t;
    }
    return nullptr;
}

bool isBoolType(QStringView type)
{
    return type == u"bool" || type == u"invbool";
}

bool isStringType(QStringView type)
{
    return type == u"charp" || type == u"string";
}

bool isKnownScalarType(QStringView type)
{
    return integerType(type) || isBoolType(type) || isStringType(type);
}

// Characters a charp value may not contain besides whitespace, control and non-ASCII ones.
constexpr char forbiddenInString[] = "\"'=,$`\\;|&<>";

Checked<QString> validateInteger(const IntegerType& type, const QString& value)
{
    const auto refuse = [&](const QString& why) {
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                        "“%1” is not a valid value for a parameter of type %2: %3")
                .arg(shownValue(value), QLatin1StringView(type.name), why)};
    };
    const auto range = [&]() {
        return type.isSigned ? QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                           "it must be a whole number from %1 to %2.")
                                   .arg(type.min)
                                   .arg(type.max)
                             : QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                           "it must be a whole number from 0 to %1.")
                                   .arg(type.max);
    };

    QByteArray ascii;
    for (QChar c : value) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return refuse(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "only digits are allowed."));
        ascii.append(char(c.unicode()));
    }

    const bool hex = ascii.startsWith("0x") || ascii.startsWith("0X");
    if (hex) {
        if (qstrcmp(type.name, "hexint") != 0)
            return refuse(QCoreApplication::translate(
                "kaleido::privileged::ModuleOperations",
                "write it in decimal (hexadecimal is only accepted for hexint parameters)."));
        const QByteArray digits = ascii.mid(2);
        if (digits.isEmpty() || digits.size() > 16)
            return refuse(range());
        std::uint64_t parsed = 0;
        const auto [end, ec] =
            std::from_chars(digits.constData(), digits.constData() + digits.size(), parsed, 16);
        if (ec != std::errc() || end != digits.constData() + digits.size())
            return refuse(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "“0x” must be followed by hexadecimal digits only."));
        if (parsed > type.max)
            return refuse(range());
        return QString::number(parsed);
    }

    const bool negative = ascii.startsWith('-');
    const QByteArray digits = negative ? ascii.mid(1) : ascii;
    if (digits.isEmpty())
        return refuse(range());
    for (char c : digits) {
        if (c < '0' || c > '9')
            return refuse(c == '+' ? QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                                 "write the number without a '+' sign.")
                                   : QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                                 "only digits are allowed."));
    }
    if (digits.size() > 1 && digits.startsWith('0'))
        return refuse(QCoreApplication::translate(
            "kaleido::privileged::ModuleOperations",
            "write it without leading zeros (the kernel would read them as octal)."));
    if (negative && !type.isSigned)
        return refuse(range());
    if (negative && digits == "0")
        return refuse(
            QCoreApplication::translate("kaleido::privileged::ModuleOperations", "write 0 without a sign."));
    if (digits.size() > 20)
        return refuse(range());

    if (negative) {
        std::int64_t parsed = 0;
        const auto [end, ec] =
            std::from_chars(ascii.constData(), ascii.constData() + ascii.size(), parsed, 10);
        if (ec != std::errc() || end != ascii.constData() + ascii.size() || parsed < type.min)
            return refuse(range());
        return QString::number(parsed);
    }
    std::uint64_t parsed = 0;
    const auto [end, ec] =
        std::from_chars(digits.constData(), digits.constData() + digits.size(), parsed, 10);
    if (ec != std::errc() || end != digits.constData() + digits.size())
        return refuse(range());
    if (parsed > type.max)
        return refuse(range());
    return QString::number(parsed);
}

Checked<QString> validateBool(const QString& type, const QString& value)
{
    if (value == u"Y" || value == u"y" || value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0)
        return QStringLiteral("Y");
    if (value == u"N" || value == u"n" || value == u"0" || value.compare(u"false", Qt::CaseInsensitive) == 0)
        return QStringLiteral("N");
    return Rejection{
        QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                    "“%1” is not a valid value for a parameter of type %2: use Y or N.")
            .arg(shownValue(value), type)};
}

Checked<QString> validateString(const QString& type, const QString& value)
{
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e)
            return Rejection{
                QCoreApplication::translate(
                    "kaleido::privileged::ModuleOperations",
                    "“%1” is not a valid value for a parameter of type %2: spaces, control characters and "
                    "non-ASCII letters are not allowed.")
                    .arg(shownValue(value), type)};
        for (const char* f = forbiddenInString; *f; ++f) {
            if (u == char16_t(*f))
                return Rejection{
                    QCoreApplication::translate(
                        "kaleido::privileged::ModuleOperations",
                        "“%1” is not a valid value for a parameter of type %2: the character “%3” "
                        "is not allowed.")
                        .arg(shownValue(value), type, QString(c))};
        }
    }
    return value;
}

Checked<QString> validateScalar(const QString& type, const QString& value)
{
    if (value.isEmpty())
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "A parameter of type %1 needs a value.")
                             .arg(type)};
    if (const IntegerType* integer = integerType(type))
        return validateInteger(*integer, value);
    if (isBoolType(type))
        return validateBool(type, value);
    if (isStringType(type))
        return validateString(type, value);
    return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                 "Parameters of type “%1” cannot be set here.")
                         .arg(shownValue(type))};
}

constexpr QLatin1StringView arrayPrefix("array of ");

} // namespace

Checked<QString> validateModuleName(const QString& name)
{
    if (name.isEmpty())
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "No module name was given.")};
    if (name.size() > 55)
        return Rejection{QCoreApplication::translate(
                             "kaleido::privileged::ModuleOperations",
                             "“%1” is not a module name: module names are at most 55 characters long.")
                             .arg(shownValue(name))};
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'_' || u == u'-';
        if (!ok)
            return Rejection{QCoreApplication::translate(
                                 "kaleido::privileged::ModuleOperations",
                                 "“%1” is not a module name: only letters, digits, '_' and '-' are allowed.")
                                 .arg(shownValue(name))};
    }
    if (name.startsWith(QLatin1Char('-')))
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "“%1” is not a module name: it may not start with '-'.")
                             .arg(shownValue(name))};
    return name;
}

Checked<QString> validateParameterName(const QString& name)
{
    if (name.isEmpty())
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "A parameter name is empty.")};
    if (name.size() > 64)
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                        "“%1” is not a parameter name: it is longer than 64 characters.")
                .arg(shownValue(name))};
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
        if (!ok)
            return Rejection{QCoreApplication::translate(
                                 "kaleido::privileged::ModuleOperations",
                                 "“%1” is not a parameter name: only letters, digits and '_' are allowed.")
                                 .arg(shownValue(name))};
    }
    return name;
}

bool isKnownParameterType(const QString& type)
{
    if (type.startsWith(arrayPrefix))
        return isKnownScalarType(QStringView(type).sliced(arrayPrefix.size()));
    return isKnownScalarType(type);
}

Checked<QString> validateParameterValue(const QString& type, const QString& value)
{
    if (value.size() > maxValueLength)
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                        "The value is too long: parameter values are at most %1 characters.")
                .arg(maxValueLength)};
    if (!isKnownParameterType(type))
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "Parameters of type “%1” cannot be set here.")
                             .arg(shownValue(type))};
    if (!type.startsWith(arrayPrefix))
        return validateScalar(type, value);

    const QString element = type.sliced(arrayPrefix.size());
    if (value.isEmpty())
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "A parameter of type %1 needs at least one element.")
                             .arg(type)};
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() > maxArrayElements)
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                        "Too many elements: a parameter of type %1 takes at most %2 here.")
                .arg(type)
                .arg(maxArrayElements)};
    QStringList canonical;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].isEmpty())
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "Element %1 of “%2” is empty.")
                                 .arg(i + 1)
                                 .arg(shownValue(value))};
        auto checked = validateScalar(element, parts[i]);
        if (!checked)
            return Rejection{
                QCoreApplication::translate("kaleido::privileged::ModuleOperations", "Element %1: %2")
                    .arg(i + 1)
                    .arg(checked.reason())};
        canonical.append(*checked);
    }
    return canonical.join(QLatin1Char(','));
}

QByteArray moduleOptionsString(const QMap<QString, QString>& parameters)
{
    QByteArray options;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!options.isEmpty())
            options.append(' ');
        options.append(it.key().toLatin1());
        options.append('=');
        options.append(it.value().toLatin1());
    }
    return options;
}

Checked<QMap<QString, QString>> checkModuleParameters(const ModuleInfo& info, const QString& module,
                                                      const QMap<QString, QString>& parameters)
{
    if (parameters.size() > maxModuleParameters)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "Too many parameters: at most %1 can be given.")
                             .arg(maxModuleParameters)};
    QMap<QString, QString> canonical;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (auto name = validateParameterName(it.key()); !name)
            return Rejection{name.reason()};
        const ModuleInfo::Parameter* declared = nullptr;
        for (const ModuleInfo::Parameter& p : info.parameters) {
            if (p.name == it.key())
                declared = &p;
        }
        if (!declared) {
            QStringList names;
            for (const ModuleInfo::Parameter& p : info.parameters)
                names.append(p.name);
            names.sort();
            const QString known = names.isEmpty()
                                      ? QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                                    "It declares no parameters.")
                                      : QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                                    "Its parameters are: %1.")
                                            .arg(names.join(QStringLiteral(", ")));
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "%1 has no parameter “%2”. %3")
                                 .arg(module, it.key(), known)};
        }
        const QString type = declared->type && isKnownParameterType(*declared->type)
                                 ? *declared->type
                                 : QStringLiteral("charp");
        auto value = validateParameterValue(type, it.value());
        if (!value)
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "Parameter “%1” of %2: %3")
                                 .arg(it.key(), module, value.reason())};
        canonical.insert(it.key(), *value);
    }
    return canonical;
}

Checked<QString> validateCanonicalValue(const QString& value)
{
    return validateParameterValue(QStringLiteral("array of charp"), value);
}

} // namespace kaleido::privileged
