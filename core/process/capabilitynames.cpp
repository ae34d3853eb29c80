// SPDX-License-Identifier: GPL-2.0-or-later
#include "capabilitynames.h"

#include <iterator>

namespace kaleido {

namespace {

// include/uapi/linux/capability.h, in number order.
const char* const names[] = {
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
};

} // namespace

int lastKnownCapability()
{
    return int(std::size(names)) - 1;
}

QString capabilityName(int capability)
{
    if (capability >= 0 && capability <= lastKnownCapability())
        return QLatin1String(names[capability]);
    return QStringLiteral("cap_") + QString::number(capability);
}

QStringList capabilityNames(quint64 mask)
{
    QStringList out;
    for (int bit = 0; bit < 64; ++bit) {
        if (mask & (quint64(1) << bit))
            out.append(capabilityName(bit));
    }
    return out;
}

} // namespace kaleido
