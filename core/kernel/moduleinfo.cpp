// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleinfo.h"

#include <algorithm>

namespace kaleido {

namespace {

bool isYes(const QString& value)
{
    return value == QLatin1String("Y") || value == QLatin1String("y") || value == QLatin1String("1");
}

QStringList splitList(const QString& value)
{
    QStringList list = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& item : list)
        item = item.trimmed();
    list.removeAll(QString());
    return list;
}

} // namespace

QString ModuleInfo::value(const QString& key) const
{
    for (const Field& f : fields) {
        if (f.key == key)
            return f.value;
    }
    return {};
}

ModuleInfo moduleInfoFromFields(const QString& name, const QString& filename,
                                const QList<ModuleInfo::Field>& fields)
{
    ModuleInfo info;
    info.name = name;
    info.filename = filename;
    info.builtIn = filename.isEmpty();

    QList<ModuleInfo::Parameter> declared; // in order of first mention
    auto parameterNamed = [&](const QString& parameterName) -> ModuleInfo::Parameter& {
        for (ModuleInfo::Parameter& p : declared) {
            if (p.name == parameterName)
                return p;
        }
        declared.append(ModuleInfo::Parameter{parameterName, std::nullopt, std::nullopt});
        return declared.last();
    };

    for (const ModuleInfo::Field& f : fields) {
        const QString& key = f.key;
        const QString& value = f.value;
        if (key == QLatin1String("parm") || key == QLatin1String("parmtype")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon >= 0) {
                ModuleInfo::Parameter& p = parameterNamed(value.first(colon));
                if (key == QLatin1String("parm"))
                    p.description = value.sliced(colon + 1);
                else
                    p.type = value.sliced(colon + 1);
                continue;
            }
        }
        info.fields.append(f);
        if (key == QLatin1String("name") && info.name.isEmpty())
            info.name = value;
        else if (key == QLatin1String("description"))
            info.description = value;
        else if (key == QLatin1String("author"))
            info.authors.append(value);
        else if (key == QLatin1String("license"))
            info.license = value;
        else if (key == QLatin1String("version"))
            info.version = value;
        else if (key == QLatin1String("srcversion"))
            info.srcVersion = value;
        else if (key == QLatin1String("vermagic"))
            info.vermagic = value.trimmed();
        else if (key == QLatin1String("depends"))
            info.depends = splitList(value);
        else if (key == QLatin1String("alias"))
            info.aliases.append(value);
        else if (key == QLatin1String("softdep"))
            info.softDependencies.append(value);
        else if (key == QLatin1String("import_ns"))
            info.importedNamespaces.append(value);
        else if (key == QLatin1String("intree"))
            info.inTree = isYes(value);
        else if (key == QLatin1String("retpoline"))
            info.retpoline = isYes(value);
        else if (key == QLatin1String("staging"))
            info.staging = isYes(value);
        else if (key == QLatin1String("livepatch"))
            info.livePatch = isYes(value);
        else if (key == QLatin1String("test"))
            info.test = isYes(value);
        else if (key == QLatin1String("sig_id"))
            info.signatureId = value;
        else if (key == QLatin1String("signer"))
            info.signer = value;
        else if (key == QLatin1String("sig_key"))
            info.signingKey = value;
        else if (key == QLatin1String("sig_hashalgo"))
            info.signatureHashAlgorithm = value;
    }
    // modinfo(8) keeps its parameters in a list it prepends to, so it prints the last declared first.
    std::reverse(declared.begin(), declared.end());
    info.parameters = declared;
    return info;
}

QList<ModuleInfo::Field> parseModinfoSection(QByteArrayView data)
{
    QList<ModuleInfo::Field> fields;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\0', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView entry = data.sliced(start, end - start);
        const qsizetype equals = entry.indexOf('=');
        if (equals > 0) {
            fields.append(ModuleInfo::Field{QString::fromUtf8(entry.first(equals)),
                                            QString::fromUtf8(entry.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return fields;
}

bool isGplCompatibleLicense(const QString& license)
{
    static const char* const compatible[] = {"GPL",          "GPL v2",       "GPL and additional rights",
                                             "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL"};
    return std::any_of(std::begin(compatible), std::end(compatible),
                       [&](const char* l) { return license == QLatin1String(l); });
}

LoadTaint predictLoadTaint(const ModuleInfo& info, std::optional<bool> kernelSignsModules)
{
    LoadTaint taint;
    if (info.builtIn)
        return taint;
    auto add = [&](char letter) {
        if (auto flag = taintFlagForLetter(letter))
            taint.flags.append(*flag);
    };
    // No MODULE_LICENSE() counts as proprietary too ("module license 'unspecified' taints kernel").
    if (!isGplCompatibleLicense(info.license))
        add('P');
    if (info.staging)
        add('C');
    if (!info.inTree)
        add('O');
    if (!info.isSigned()) {
        if (kernelSignsModules == std::nullopt)
            taint.signatureCheckUnknown = true;
        else if (*kernelSignsModules)
            add('E');
    }
    if (info.livePatch)
        add('K');
    if (info.test)
        add('N');
    std::sort(taint.flags.begin(), taint.flags.end(),
              [](const TaintFlag& a, const TaintFlag& b) { return a.bit < b.bit; });
    return taint;
}

} // namespace kaleido
