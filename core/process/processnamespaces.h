// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "linktargets.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace kaleido {

/**
 * /proc/<pid>/ns/: which namespace of each type the process is in.
 *
 * Each entry is a link named after the namespace file; its target names the type and the namespace's inode:
 * @code
 * cgroup -> cgroup:[4026531835]
 * mnt -> mnt:[4026531841]
 * pid_for_children -> pid:[4026531836]
 * time_for_children -> time:[4026531834]
 * @endcode
 * Two processes share a namespace when the inode numbers are equal. The set of files grows with the kernel
 * (cgroup 4.6, time 5.6) and shrinks with its configuration, so nothing assumes it: current kernels have
 * cgroup ipc mnt net pid pid_for_children time time_for_children user uts. Reading another user's links needs
 * ptrace rights.
 */
struct ProcessNamespaces
{
    struct Namespace
    {
        QByteArray name; ///< the link's name: "pid_for_children"
        QByteArray type; ///< from the target: "pid"
        quint64 inode = 0;
    };

    QList<Namespace> namespaces; ///< in the order listed
    /// Links whose target is not "type:[inode]" (kind Malformed); the others are still used.
    QList<Error> skippedLines;

    const Namespace* find(QByteArrayView name) const;
};

/// Turns a list of links (name = namespace file) into ProcessNamespaces.
ProcessNamespaces processNamespacesFromLinks(const LinkTargets& links,
                                             const QString& path = QStringLiteral("/proc/self/ns"));

/// Parses a captured "ns.targets" file (see LinkTargets). Fails (Malformed) only when no line is usable.
Result<ProcessNamespaces>
parseProcessNamespaces(QByteArrayView data, const QString& path = QStringLiteral("/proc/self/ns.targets"));

/// Reads /proc/<pid>/ns/ below @p fs's root (the links, or the captured ns.targets).
Result<ProcessNamespaces> readProcessNamespaces(const KernelFs& fs, int pid);

} // namespace kaleido
