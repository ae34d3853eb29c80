// SPDX-License-Identifier: GPL-2.0-or-later
#include "vmsysctls.h"

#include "zoneheader.h"

#include <QCoreApplication>

namespace kaleido {

Result<QList<quint64>> VmSysctls::values(const QString& name) const
{
    const auto t = text(name);
    if (!t)
        return t.error();
    QList<quint64> numbers;
    QByteArrayView rest = *t;
    for (QByteArrayView token = nextToken(rest); !token.isEmpty(); token = nextToken(rest)) {
        const auto number = tokenToUnsigned(token);
        if (!number) {
            return Error::malformed(attributes.find(name)->path, 0,
                                    QCoreApplication::translate("kaleido::VmSysctls", "expected numbers"));
        }
        numbers.append(*number);
    }
    return numbers;
}

bool VmSysctls::isWriteOnly(QStringView name) const
{
    const KernelAttribute* a = attributes.find(name);
    return a && a->writeOnly;
}

QStringList VmSysctls::writeOnlyNames() const
{
    QStringList names;
    for (const KernelAttribute& a : attributes.items) {
        if (a.writeOnly)
            names.append(a.name);
    }
    return names;
}

Result<VmSysctls::OvercommitMode> VmSysctls::overcommitMode() const
{
    const auto mode = value(QStringLiteral("overcommit_memory"));
    if (!mode)
        return mode.error();
    if (*mode > 2) {
        return Error::malformed(attributes.find(QStringLiteral("overcommit_memory"))->path, 0,
                                QCoreApplication::translate("kaleido::VmSysctls", "expected 0, 1 or 2"));
    }
    return OvercommitMode(*mode);
}

Result<VmSysctls> readVmSysctls(const KernelFs& fs)
{
    // Reading stat_refresh (root) makes every CPU fold its vm counters into the totals: not for sampling.
    auto attributes =
        readKernelAttributes(fs, QStringLiteral("/proc/sys/vm"), {QStringLiteral("stat_refresh")});
    if (!attributes)
        return attributes.error();
    VmSysctls sysctls;
    sysctls.attributes = std::move(*attributes);
    return sysctls;
}

} // namespace kaleido
