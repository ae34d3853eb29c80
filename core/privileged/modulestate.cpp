// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulestate.h"

#include "kerneltaint.h"

namespace kaleido::privileged {

QString kernelName(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

std::optional<LoadedModule> loadedModule(const KernelFs& fs, const QString& name)
{
    const auto modules = readProcModules(fs);
    if (!modules)
        return std::nullopt;
    if (const LoadedModule* module = modules->find(name))
        return *module;
    return std::nullopt;
}

QString taintLetters(const KernelFs& fs)
{
    const auto taint = readTainted(fs);
    return taint ? taint->letters() : QString();
}

} // namespace kaleido::privileged
