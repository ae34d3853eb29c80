// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * The symbolic links of a /proc/<pid>/ directory such as fd/ or ns/: each link's name and where it points.
 *
 * On a live system these are real links (readlink). A file system cannot copy /proc's links, so captured
 * trees (tests/fixtures/capture.sh) store them as text in "<dir>.targets" next to the directory:
 * @code
 * count 6
 * 0 /dev/null
 * 1 pipe:[101869]
 * 255 /work/main/tests/fixtures/capture.sh
 * @endcode
 * one "<name> <target>" per line (the target may contain spaces), optionally preceded by "count N". Parsers
 * of fd/ and ns/ work on this list, so the same code serves both.
 */
struct LinkTargets
{
    struct Link
    {
        QByteArray name;
        QByteArray target;
    };

    QList<Link> links;
    std::optional<qsizetype> count; ///< the "count N" line of a captured file, if there was one
    /// Links a capped readLinkTargets() left out (beyond its maximum); 0 for a full read.
    qsizetype notRead = 0;
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;
};

/// Parses the captured "<dir>.targets" text. Empty input is an empty directory; never fails otherwise.
Result<LinkTargets> parseLinkTargets(QByteArrayView data,
                                     const QString& path = QStringLiteral("/proc/self/fd.targets"));

/**
 * Reads /proc/<pid>/<dir> below @p fs's root: the real links when the directory exists (links that disappear
 * between listing and reading, such as a just-closed fd, are left out), otherwise the captured
 * "<dir>.targets". PermissionDenied for other users' processes; Vanished when the process exited.
 */
Result<LinkTargets> readLinkTargets(const KernelFs& fs, int pid, QStringView dir);

/**
 * The same, but reads at most @p maxLinks links (the first ones in the directory's order, which for fd/ is
 * ascending) and counts the rest in notRead: a process with 100 000 descriptors costs one directory listing
 * and @p maxLinks readlink() calls, not 100 000.
 */
Result<LinkTargets> readLinkTargets(const KernelFs& fs, int pid, QStringView dir, qsizetype maxLinks);

} // namespace kaleido
