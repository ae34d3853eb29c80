// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleenvironment.h"

#include <QFileInfo>

namespace kaleido {

QString ModuleEnvironment::effectiveRelease() const
{
    return release.isEmpty() ? ModuleDatabase::runningRelease() : release;
}

QString ModuleEnvironment::effectiveDirectory() const
{
    return modulesDirectory.isEmpty() ? QStringLiteral("/lib/modules/") + effectiveRelease()
                                      : modulesDirectory;
}

ModuleDatabase ModuleEnvironment::database() const
{
    return ModuleDatabase(effectiveRelease(), modulesDirectory);
}

privileged::ModuleOperations ModuleEnvironment::operations() const
{
    privileged::ModuleOperations::Options options;
    options.fs = fs;
    options.modulesDirectory = effectiveDirectory();
    options.configPaths = configPaths;
    options.dryRun = true;
    return privileged::ModuleOperations(options);
}

bool ModuleEnvironment::useCapturedModprobeConfig()
{
    if (fs.isLive() || !configPaths.isEmpty())
        return true;
    for (const char* dir : {"/etc/modprobe.d", "/run/modprobe.d", "/lib/modprobe.d", "/usr/lib/modprobe.d"}) {
        const QString path = fs.hostPath(QLatin1String(dir));
        if (QFileInfo(path).isDir())
            configPaths.append(path);
    }
    if (!configPaths.isEmpty())
        return true;
    // An empty list would mean libkmod's defaults, i.e. this machine's /etc/modprobe.d.
    configPaths.append(fs.hostPath(QStringLiteral("/etc/modprobe.d")));
    return false;
}

} // namespace kaleido
