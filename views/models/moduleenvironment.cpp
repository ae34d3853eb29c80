// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleenvironment.h"

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

} // namespace kaleido
