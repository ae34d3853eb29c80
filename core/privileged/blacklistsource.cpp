// SPDX-License-Identifier: GPL-2.0-or-later
#include "blacklistsource.h"

#include "kernelcmdline.h"
#include "modprobeconfig.h"

#include <QCoreApplication>

namespace kaleido::privileged {

namespace {

QString normalized(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace

QStringList defaultModprobeConfigPaths()
{
    return ModprobeConfig::defaultConfigPaths();
}

QString blacklistSource(const QString& module, const QStringList& configPaths, const KernelFs& fs)
{
    const QString name = normalized(module);
    const QString file =
        modprobeRuleSource(QStringLiteral("blacklist"), name,
                           configPaths.isEmpty() ? defaultModprobeConfigPaths() : configPaths);
    if (!file.isEmpty())
        return file;
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
