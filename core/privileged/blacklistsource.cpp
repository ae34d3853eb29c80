// SPDX-License-Identifier: GPL-2.0-or-later
#include "blacklistsource.h"

#include "kernelcmdline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace kaleido::privileged {

namespace {

QString normalized(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

bool fileBlacklists(const QString& path, const QString& module)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // modprobe.d files are small; a bound keeps a hostile one from taking the helper's memory.
    const QByteArray content = file.read(1 << 20);
    for (const QByteArray& line : content.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && words[0] == "blacklist" && normalized(QString::fromUtf8(words[1])) == module)
            return true;
    }
    return false;
}

} // namespace

QStringList defaultModprobeConfigPaths()
{
    return {QStringLiteral("/etc/modprobe.d"), QStringLiteral("/run/modprobe.d"),
            QStringLiteral("/usr/local/lib/modprobe.d"), QStringLiteral("/lib/modprobe.d")};
}

QString blacklistSource(const QString& module, const QStringList& configPaths, const KernelFs& fs)
{
    const QString name = normalized(module);
    QSet<QString> seen;
    for (const QString& path : configPaths.isEmpty() ? defaultModprobeConfigPaths() : configPaths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList files =
                QDir(path).entryList({QStringLiteral("*.conf")}, QDir::Files | QDir::Readable, QDir::Name);
            for (const QString& file : files) {
                if (seen.contains(file))
                    continue;
                seen.insert(file);
                const QString full = path + QLatin1Char('/') + file;
                if (fileBlacklists(full, name))
                    return full;
            }
        } else if (info.isFile() && fileBlacklists(path, name)) {
            return path;
        }
    }
    if (const auto cmdline = readKernelCmdline(fs)) {
        for (const KernelCmdline::Parameter& p : cmdline->parameters) {
            if (normalized(p.name) != u"modprobe.blacklist" || !p.value)
                continue;
            for (const QString& listed : p.value->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (normalized(listed) == name)
                    return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                       "the kernel command line (modprobe.blacklist=)");
            }
        }
    }
    return {};
}

} // namespace kaleido::privileged
