// SPDX-License-Identifier: GPL-2.0-or-later
#include "procmodules.h"

#include "sysfsvalue.h"
#include "textscan.h"
#include "wordscan.h"

#include <QCoreApplication>
#include <QFile>
#include <QVarLengthArray>

#include <unistd.h>

namespace kaleido {

namespace {

std::optional<quint64> parseHex(QByteArrayView text)
{
    if (!text.startsWith("0x") || text.size() == 2 || text.size() > 18)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text.sliced(2)) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        value = value * 16 + quint64(digit);
    }
    return value;
}

LoadedModule::State stateFrom(QByteArrayView text)
{
    if (text == "Live")
        return LoadedModule::State::Live;
    if (text == "Loading")
        return LoadedModule::State::Loading;
    if (text == "Unloading")
        return LoadedModule::State::Unloading;
    return LoadedModule::State::Unknown;
}

} // namespace

const LoadedModule* ProcModules::find(const QString& name) const
{
    for (const LoadedModule& m : modules) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

Result<ProcModules> parseProcModules(QByteArrayView data, const QString& path)
{
    ProcModules result;
    auto malformed = [&](int lineNo, const QString& what) {
        result.skippedLines.append(Error::malformed(path, lineNo, what));
    };

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        QVarLengthArray<QByteArrayView, 8> words;
        forEachWord(line, [&](QByteArrayView word) { words.append(word); });
        if (words.isEmpty())
            return;
        // name size refcount holders state are always there (the kernel prints "-" for empty ones).
        if (words.size() < 5) {
            malformed(lineNo,
                      QCoreApplication::translate("kaleido::ProcModules",
                                                  "expected “name size refcount holders state address”"));
            return;
        }
        LoadedModule module;
        module.name = QString::fromUtf8(words[0]);
        const auto size = parseUnsigned(words[1]);
        if (!size || size->length != words[1].size()) {
            malformed(lineNo, QCoreApplication::translate("kaleido::ProcModules",
                                                          "expected the size in bytes after the name"));
            return;
        }
        module.size = size->value;

        if (words[2] != "-") {
            const auto refcount = SysfsValue::parseInteger(words[2], path);
            if (!refcount) {
                malformed(lineNo, QCoreApplication::translate("kaleido::ProcModules",
                                                              "expected a reference count or “-”"));
                return;
            }
            module.refcount = *refcount;
        }
        if (words[3] != "-") {
            // Each holder is followed by a comma: "a,b,". "[permanent]," marks a module without exit
            // function.
            for (const QByteArray& holder : words[3].toByteArray().split(',')) {
                if (holder.isEmpty())
                    continue;
                if (holder == "[permanent]")
                    module.permanent = true;
                else
                    module.holders.append(QString::fromUtf8(holder));
            }
        }
        module.state = stateFrom(words[4]);
        module.stateText = QString::fromUtf8(words[4]);

        for (qsizetype i = 5; i < words.size(); ++i) {
            const QByteArrayView word = words[i];
            if (!module.address && word.startsWith("0x")) {
                module.address = parseHex(word);
                if (!module.address) {
                    malformed(lineNo, QCoreApplication::translate("kaleido::ProcModules",
                                                                  "expected a hexadecimal address"));
                    return;
                }
            } else if (module.taints.isEmpty() && word.size() >= 2 && word.startsWith('(') &&
                       word.endsWith(')')) {
                // "(OE)", "(OE+)": the sign is the loading/unloading state, already known from the state
                // word.
                for (const char c : word.sliced(1, word.size() - 2)) {
                    if (c != '+' && c != '-')
                        module.taints += QLatin1Char(c);
                }
            } else {
                module.extraFields.append(QString::fromUtf8(word));
            }
        }
        result.modules.append(std::move(module));
    });

    if (result.modules.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

Result<ProcModules> readProcModules(const KernelFs& fs)
{
    const QString path = QStringLiteral("/proc/modules");
    auto bytes = fs.readFile(path);
    if (!bytes) {
        if (bytes.error().kind == ErrorKind::Absent) {
            ProcModules none;
            none.support = ModuleSupport::None;
            return none;
        }
        return bytes.error();
    }
    return parseProcModules(*bytes, path);
}

ModuleSupport detectModuleSupport(const KernelFs& fs)
{
    const QByteArray native = QFile::encodeName(fs.hostPath(QStringLiteral("/proc/modules")));
    return ::access(native.constData(), F_OK) == 0 ? ModuleSupport::Loadable : ModuleSupport::None;
}

} // namespace kaleido
