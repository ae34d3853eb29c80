// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysfsmodule.h"

#include "kerneldirectory.h"
#include "sysfsvalue.h"
#include "textscan.h"
#include "wordscan.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace kaleido {

const SysfsModule::Parameter* SysfsModule::parameter(const QString& parameterName) const
{
    for (const Parameter& p : parameters) {
        if (p.name == parameterName)
            return &p;
    }
    return nullptr;
}

SysfsModule::InitState parseModuleInitState(QByteArrayView data)
{
    const QByteArrayView word = data.trimmed();
    if (word == "live")
        return SysfsModule::InitState::Live;
    if (word == "coming")
        return SysfsModule::InitState::Coming;
    if (word == "going")
        return SysfsModule::InitState::Going;
    return SysfsModule::InitState::Unknown;
}

QStringList parseNameList(QByteArrayView data)
{
    QStringList names;
    forEachLine(data, [&](QByteArrayView line) {
        line = line.trimmed();
        if (!line.isEmpty())
            names.append(QString::fromUtf8(line));
    });
    return names;
}

Result<ParameterModes> parseParameterModes(QByteArrayView data, const QString& path)
{
    ParameterModes result;
    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        QVarLengthArray<QByteArrayView, 4> words;
        forEachWord(line, [&](QByteArrayView word) { words.append(word); });
        if (words.isEmpty())
            return;
        bool ok = words.size() == 2 && words[1].size() <= 6;
        quint32 mode = 0;
        for (qsizetype i = 0; ok && i < words[1].size(); ++i) {
            const char c = words[1][i];
            ok = c >= '0' && c <= '7';
            mode = mode * 8 + quint32(c - '0');
        }
        if (!ok || mode > 07777) {
            result.skippedLines.append(Error::malformed(
                path, lineNo,
                QCoreApplication::translate("kaleido::SysfsModule", "expected “parameter octal-mode”")));
            return;
        }
        result.parameters.append(ParameterMode{QString::fromUtf8(words[0]), mode});
    });
    if (result.parameters.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

namespace {

// Reads one optional file of the module directory: nullopt when absent (the module does not have it), an
// entry in `unreadable` when it exists but cannot be read.
std::optional<QByteArray> readOptional(const KernelFs& fs, const QString& path, SysfsModule& module)
{
    auto bytes = fs.readFile(path);
    if (bytes)
        return std::move(bytes).value();
    if (bytes.error().kind != ErrorKind::Absent)
        module.unreadable.append(bytes.error());
    return std::nullopt;
}

template<typename T>
std::optional<T> valueOrRecord(Result<T> result, SysfsModule& module)
{
    if (result)
        return std::move(result).value();
    module.unreadable.append(result.error());
    return std::nullopt;
}

void readParameters(const KernelFs& fs, const QString& dir, SysfsModule& module)
{
    QList<ParameterMode> modes;
    const QString sidecar = dir + QStringLiteral("/parameters.modes");
    if (auto bytes = fs.readFile(sidecar)) {
        auto parsed = parseParameterModes(*bytes, sidecar);
        if (!parsed) {
            module.unreadable.append(parsed.error());
            return;
        }
        module.unreadable.append(parsed->skippedLines);
        modes = parsed->parameters;
    } else {
        auto entries = listKernelDirectory(fs, dir + QStringLiteral("/parameters"));
        if (!entries) {
            if (entries.error().kind != ErrorKind::Absent)
                module.unreadable.append(entries.error());
            return;
        }
        for (const KernelDirEntry& entry : *entries) {
            if (entry.type == KernelDirEntry::Type::File)
                modes.append(ParameterMode{entry.name, entry.mode});
        }
    }

    for (const ParameterMode& m : modes) {
        SysfsModule::Parameter parameter;
        parameter.name = m.name;
        parameter.mode = m.mode;
        // sysfs refuses to open a file without read bits even for root; do not try.
        if (parameter.readable()) {
            auto value = fs.readFile(dir + QStringLiteral("/parameters/") + m.name);
            if (value)
                parameter.value = SysfsValue::parseText(*value);
            else
                parameter.readError = value.error();
        }
        module.parameters.append(std::move(parameter));
    }
}

} // namespace

Result<SysfsModule> readSysfsModule(const KernelFs& fs, const QString& name, SysfsModuleParts parts)
{
    const QString dir = QStringLiteral("/sys/module/") + name;
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))) {
        Error e;
        e.kind = ErrorKind::Absent;
        e.path = dir;
        return e;
    }
    auto listing = listKernelDirectory(fs, dir);
    if (!listing)
        return listing.error();

    SysfsModule module;
    module.name = name;
    if (auto bytes = readOptional(fs, dir + QStringLiteral("/initstate"), module)) {
        module.initState = parseModuleInitState(*bytes);
        module.initStateText = SysfsValue::parseText(*bytes).trimmed();
    }
    if (auto bytes = readOptional(fs, dir + QStringLiteral("/refcnt"), module))
        module.refcount =
            valueOrRecord(SysfsValue::parseInteger(*bytes, dir + QStringLiteral("/refcnt")), module);
    if (auto bytes = readOptional(fs, dir + QStringLiteral("/coresize"), module))
        module.coreSize =
            valueOrRecord(SysfsValue::parseUnsigned(*bytes, dir + QStringLiteral("/coresize")), module);
    if (auto bytes = readOptional(fs, dir + QStringLiteral("/initsize"), module))
        module.initSize =
            valueOrRecord(SysfsValue::parseUnsigned(*bytes, dir + QStringLiteral("/initsize")), module);
    if (auto bytes = readOptional(fs, dir + QStringLiteral("/taint"), module))
        module.taint = SysfsValue::parseText(*bytes).trimmed();
    if (auto bytes = readOptional(fs, dir + QStringLiteral("/version"), module))
        module.version = SysfsValue::parseText(*bytes);
    if (auto bytes = readOptional(fs, dir + QStringLiteral("/srcversion"), module))
        module.srcVersion = SysfsValue::parseText(*bytes);

    if (auto names = fs.readFile(dir + QStringLiteral("/holders.names"))) {
        module.holders = parseNameList(*names);
    } else if (auto entries =
                   listKernelDirectory(fs, dir + QStringLiteral("/holders"), DirectoryOrder::Kernel)) {
        QStringList holders;
        for (const KernelDirEntry& entry : *entries)
            holders.append(entry.name);
        module.holders = holders;
    } else if (entries.error().kind != ErrorKind::Absent) {
        module.unreadable.append(entries.error());
    }

    if (parts == SysfsModuleParts::All)
        readParameters(fs, dir, module);
    return module;
}

Result<QStringList> listSysfsModules(const KernelFs& fs)
{
    auto entries = listKernelDirectory(fs, QStringLiteral("/sys/module"));
    if (!entries)
        return entries.error();
    QStringList names;
    for (const KernelDirEntry& entry : *entries) {
        if (entry.type == KernelDirEntry::Type::Directory)
            names.append(entry.name);
    }
    return names;
}

} // namespace kaleido
