// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulesdep.h"

#include "textscan.h"

#include <QCoreApplication>

namespace kaleido {

QString moduleNameFromPath(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    QStringView file = slash >= 0 ? path.mid(slash + 1) : path;
    for (const char* suffix : {".ko", ".ko.xz", ".ko.zst", ".ko.gz"}) {
        const QLatin1String s(suffix);
        if (file.endsWith(s) && file.size() > s.size()) {
            QString name = file.chopped(s.size()).toString();
            name.replace(QLatin1Char('-'), QLatin1Char('_'));
            return name;
        }
    }
    return {};
}

Result<QList<ModulesDepEntry>> parseModulesDep(QByteArrayView data, const QString& path)
{
    QList<ModulesDepEntry> entries;
    int nonBlank = 0;
    int firstBad = 0;
    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            return;
        ++nonBlank;
        const qsizetype colon = trimmed.indexOf(':');
        ModulesDepEntry entry;
        if (colon > 0) {
            entry.relativePath = QString::fromUtf8(trimmed.first(colon).trimmed());
            entry.name = moduleNameFromPath(entry.relativePath);
        }
        if (entry.name.isEmpty()) {
            if (firstBad == 0)
                firstBad = lineNo;
            return;
        }
        const QByteArrayView rest = trimmed.sliced(colon + 1);
        qsizetype i = 0;
        while (i < rest.size()) {
            while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t'))
                ++i;
            qsizetype end = i;
            while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t')
                ++end;
            if (end > i) {
                const QString dep = moduleNameFromPath(QString::fromUtf8(rest.sliced(i, end - i)));
                if (!dep.isEmpty())
                    entry.dependencies.append(dep);
            }
            i = end;
        }
        entries.append(std::move(entry));
    });
    if (entries.isEmpty() && nonBlank > 0)
        return Error::malformed(
            path, firstBad,
            QCoreApplication::translate("kaleido::ModulesDep", "expected “path.ko: dependencies”"));
    return entries;
}

QStringList parseModulesBuiltin(QByteArrayView data)
{
    QStringList names;
    forEachLine(data, [&](QByteArrayView line) {
        const QString name = moduleNameFromPath(QString::fromUtf8(line.trimmed()));
        if (!name.isEmpty())
            names.append(name);
    });
    return names;
}

} // namespace kaleido
