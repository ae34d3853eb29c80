// SPDX-License-Identifier: GPL-2.0-or-later
#include "processfds.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

#include <algorithm>

namespace kaleido {

namespace {

// "socket:[48213]" with prefix "socket:" → 48213.
std::optional<quint64> bracketedInode(QByteArrayView target, QByteArrayView prefix)
{
    if (!target.startsWith(prefix))
        return std::nullopt;
    const QByteArrayView rest = target.sliced(prefix.size());
    if (rest.size() < 3 || rest.front() != '[' || rest.back() != ']')
        return std::nullopt;
    return procscan::unsignedToken(rest.sliced(1, rest.size() - 2));
}

} // namespace

qsizetype ProcessFds::count(Kind kind) const
{
    return std::count_if(fds.cbegin(), fds.cend(), [kind](const Fd& f) { return f.kind == kind; });
}

ProcessFds::Fd classifyFdTarget(QByteArrayView target)
{
    ProcessFds::Fd fd;
    fd.target = target.toByteArray();
    if (target.startsWith('/')) {
        fd.kind = ProcessFds::Kind::File;
        fd.deleted = target.endsWith(" (deleted)");
    } else if (const auto socket = bracketedInode(target, "socket:")) {
        fd.kind = ProcessFds::Kind::Socket;
        fd.inode = *socket;
    } else if (const auto pipe = bracketedInode(target, "pipe:")) {
        fd.kind = ProcessFds::Kind::Pipe;
        fd.inode = *pipe;
    } else if (target.startsWith("anon_inode:") && target.size() > 11) {
        fd.kind = ProcessFds::Kind::AnonInode;
        QByteArrayView kind = target.sliced(11);
        if (kind.size() >= 2 && kind.front() == '[' && kind.back() == ']')
            kind = kind.sliced(1, kind.size() - 2);
        fd.anonKind = kind.toByteArray();
    } else {
        fd.kind = ProcessFds::Kind::Other;
    }
    return fd;
}

ProcessFds processFdsFromLinks(const LinkTargets& links, const QString& path)
{
    ProcessFds result;
    result.skippedLines = links.skippedLines;
    result.notRead = links.notRead;
    int index = 0;
    for (const LinkTargets::Link& link : links.links) {
        ++index;
        const auto number = procscan::unsignedToken(link.name);
        if (!number || *number > quint64(std::numeric_limits<int>::max())) {
            result.skippedLines.append(procscan::malformed(
                path, index,
                QCoreApplication::translate("kaleido::ProcessFds", "“%1” is not a descriptor number")
                    .arg(procscan::quoted(link.name))));
            continue;
        }
        ProcessFds::Fd fd = classifyFdTarget(link.target);
        fd.fd = int(*number);
        result.fds.append(std::move(fd));
    }
    // readdir() gives them in the kernel's order, a capture in sort -n order: make it one order.
    std::sort(result.fds.begin(), result.fds.end(), [](const auto& a, const auto& b) { return a.fd < b.fd; });
    return result;
}

Result<ProcessFds> parseProcessFds(QByteArrayView data, const QString& path)
{
    const auto links = parseLinkTargets(data, path);
    if (!links)
        return links.error();
    return processFdsFromLinks(*links, path);
}

Result<ProcessFds> readProcessFds(const KernelFs& fs, int pid)
{
    const auto links = readLinkTargets(fs, pid, u"fd");
    if (!links)
        return links.error();
    return processFdsFromLinks(*links, PidFs::path(pid, u"fd"));
}

Result<ProcessFds> readProcessFds(const KernelFs& fs, int pid, qsizetype maxFds)
{
    const auto links = readLinkTargets(fs, pid, u"fd", maxFds);
    if (!links)
        return links.error();
    return processFdsFromLinks(*links, PidFs::path(pid, u"fd"));
}

} // namespace kaleido
