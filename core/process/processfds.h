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
 * /proc/<pid>/fd/: the process's open file descriptors and what each refers to.
 *
 * Each entry is a link named after the descriptor number; its target says what is open:
 * @code
 * 0 -> /dev/null
 * 1 -> pipe:[101869]
 * 3 -> socket:[48213]
 * 4 -> anon_inode:[eventfd]
 * 5 -> anon_inode:bpf-map
 * 6 -> /tmp/scratch (deleted)
 * @endcode
 * A path is a file (or device, directory, memfd "/memfd:name (deleted)"); "socket:[inode]" and "pipe:[inode]"
 * carry the inode that /proc/net/ files and other processes' fds share; "anon_inode:…" is an object without a
 * file (eventfd, epoll, timerfd, signalfd, inotify, bpf-map, perf_event, io_uring …). Anything else
 * ("net:[4026531840]" for an open namespace) is Other. Listing another user's fds needs ptrace rights, so
 * PermissionDenied is normal there.
 */
struct ProcessFds
{
    enum class Kind
    {
        File,
        Socket,
        Pipe,
        AnonInode,
        Other
    };

    struct Fd
    {
        int fd = -1;
        Kind kind = Kind::Other;
        QByteArray target;    ///< the link target as the kernel reports it
        quint64 inode = 0;    ///< for Socket and Pipe
        QByteArray anonKind;  ///< for AnonInode: "eventfd", "bpf-map", "[eventfd]" without its brackets
        bool deleted = false; ///< a File whose path ends in " (deleted)"
    };

    QList<Fd> fds; ///< sorted by descriptor number
    /// Lines (or links) that could not be used (kind Malformed); the others are still used.
    QList<Error> skippedLines;
    /// Descriptors a capped readProcessFds() left out; fds holds the lowest-numbered ones then.
    qsizetype notRead = 0;

    qsizetype count() const { return fds.size(); }
    qsizetype count(Kind kind) const;
};

/// Classifies one link target ("socket:[48213]" → Socket, inode 48213).
ProcessFds::Fd classifyFdTarget(QByteArrayView target);

/// Turns a list of links (name = descriptor number) into ProcessFds. Names that are not numbers are reported.
ProcessFds processFdsFromLinks(const LinkTargets& links,
                               const QString& path = QStringLiteral("/proc/self/fd"));

/// Parses a captured "fd.targets" file (see LinkTargets). Never fails: any text is some list of descriptors.
Result<ProcessFds> parseProcessFds(QByteArrayView data,
                                   const QString& path = QStringLiteral("/proc/self/fd.targets"));

/// Reads /proc/<pid>/fd/ below @p fs's root (the links, or the captured fd.targets).
Result<ProcessFds> readProcessFds(const KernelFs& fs, int pid);

/// The same, reading at most @p maxFds descriptors (for a live view of a process with very many); the rest
/// are counted in ProcessFds::notRead.
Result<ProcessFds> readProcessFds(const KernelFs& fs, int pid, qsizetype maxFds);

} // namespace kaleido
