// SPDX-License-Identifier: GPL-2.0-or-later
#include "processnamespaces.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

const ProcessNamespaces::Namespace* ProcessNamespaces::find(QByteArrayView name) const
{
    for (const Namespace& ns : namespaces) {
        if (ns.name == name)
            return &ns;
    }
    return nullptr;
}

ProcessNamespaces processNamespacesFromLinks(const LinkTargets& links, const QString& path)
{
    ProcessNamespaces result;
    result.skippedLines = links.skippedLines;
    int index = 0;
    for (const LinkTargets::Link& link : links.links) {
        ++index;
        // "mnt:[4026531841]"
        const QByteArrayView target(link.target);
        const qsizetype colon = target.indexOf(':');
        const QByteArrayView rest = colon > 0 ? target.sliced(colon + 1) : QByteArrayView();
        const auto inode = rest.size() >= 3 && rest.front() == '[' && rest.back() == ']'
                               ? procscan::unsignedToken(rest.sliced(1, rest.size() - 2))
                               : std::nullopt;
        if (!inode) {
            result.skippedLines.append(procscan::malformed(
                path, index,
                QCoreApplication::translate("kaleido::ProcessNamespaces", "expected “type:[inode]”, not “%1”")
                    .arg(procscan::quoted(target))));
            continue;
        }
        result.namespaces.append({link.name, target.first(colon).toByteArray(), *inode});
    }
    return result;
}

Result<ProcessNamespaces> parseProcessNamespaces(QByteArrayView data, const QString& path)
{
    const auto links = parseLinkTargets(data, path);
    if (!links)
        return links.error();
    ProcessNamespaces result = processNamespacesFromLinks(*links, path);
    if (result.namespaces.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

Result<ProcessNamespaces> readProcessNamespaces(const KernelFs& fs, int pid)
{
    const auto links = readLinkTargets(fs, pid, u"ns");
    if (!links)
        return links.error();
    return processNamespacesFromLinks(*links, PidFs::path(pid, u"ns"));
}

} // namespace kaleido
