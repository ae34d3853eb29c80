// SPDX-License-Identifier: GPL-2.0-or-later
#include "linktargets.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace kaleido {

Result<LinkTargets> parseLinkTargets(QByteArrayView data, const QString& path)
{
    LinkTargets result;
    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.isEmpty())
            return;
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || space == line.size() - 1) {
            result.skippedLines.append(procscan::malformed(
                path, lineNo, QCoreApplication::translate("kaleido::LinkTargets", "expected “name target”")));
            return;
        }
        const QByteArrayView name = line.first(space);
        const QByteArrayView target = line.sliced(space + 1);
        if (name == "count" && !result.count && result.links.isEmpty()) {
            const auto n = procscan::unsignedToken(target);
            if (n && *n <= quint64(std::numeric_limits<qsizetype>::max())) {
                result.count = qsizetype(*n);
                return;
            }
        }
        result.links.append({name.toByteArray(), target.toByteArray()});
    });
    return result;
}

Result<LinkTargets> readLinkTargets(const KernelFs& fs, int pid, QStringView dir)
{
    return readLinkTargets(fs, pid, dir, std::numeric_limits<qsizetype>::max());
}

Result<LinkTargets> readLinkTargets(const KernelFs& fs, int pid, QStringView dir, qsizetype maxLinks)
{
    maxLinks = std::max<qsizetype>(maxLinks, 0);
    const QString dirPath = PidFs::path(pid, dir);
    auto names = PidFs::listDirectory(fs, dirPath);
    if (!names) {
        if (names.error().kind != ErrorKind::Absent)
            return PidFs::classify(fs, pid, names.error());
        // No such directory: a captured tree keeps the links as text.
        const QString leaf = dir + QStringLiteral(".targets");
        auto bytes = PidFs::readFile(fs, pid, leaf);
        if (!bytes) {
            Error e = bytes.error();
            if (e.kind == ErrorKind::Absent)
                e = PidFs::classify(fs, pid, names.error()); // name the directory, not the capture's file
            return e;
        }
        auto parsed = parseLinkTargets(*bytes, PidFs::path(pid, leaf));
        if (parsed && parsed->links.size() > maxLinks) {
            parsed.value().notRead = parsed->links.size() - maxLinks;
            parsed.value().links.resize(maxLinks);
        }
        return parsed;
    }

    LinkTargets result;
    if (names->size() > maxLinks) {
        // Keep the lowest numbers (fd/ is listed in ascending order already; other file systems are not).
        const auto number = [](const QByteArray& name) {
            return procscan::unsignedToken(name).value_or(std::numeric_limits<quint64>::max());
        };
        std::stable_sort(names.value().begin(), names.value().end(),
                         [&](const QByteArray& a, const QByteArray& b) { return number(a) < number(b); });
        result.notRead = names->size() - maxLinks;
        names.value().resize(maxLinks);
    }
    for (const QByteArray& name : std::as_const(*names)) {
        const QString linkPath = dirPath + QLatin1Char('/') + QString::fromLocal8Bit(name);
        auto target = PidFs::readLink(fs, linkPath);
        if (!target) {
            // The fd was closed (or the namespace link is being set up) between readdir() and readlink().
            if (target.error().kind == ErrorKind::Absent)
                continue;
            return PidFs::classify(fs, pid, target.error());
        }
        result.links.append({name, std::move(target).value()});
    }
    return result;
}

} // namespace kaleido
