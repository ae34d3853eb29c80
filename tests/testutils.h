// SPDX-License-Identifier: GPL-2.0-or-later
// Shared by Kaleido's tests: where the captured kernel trees live, and small helpers.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace kaleido::test {

/// The captured kernels under tests/fixtures/ (see tests/fixtures/capture.sh).
inline QStringList capturedKernels()
{
    return {QStringLiteral("linux-6.18-host"), QStringLiteral("linux-6.1-debian")};
}

/// The root of a captured tree, usable as a KernelFs root.
inline QString fixtureRoot(const QString& kernel)
{
    return QStringLiteral(KALEIDO_FIXTURES_DIR "/") + kernel;
}

inline QByteArray readFixture(const QString& kernel, const QString& kernelPath)
{
    QFile file(fixtureRoot(kernel) + kernelPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// AnonHugePages (kB) of the area of process @p pid that holds @p address, from its smaps; -1 if none.
inline qint64 anonHugeKiB(qint32 pid, quint64 address)
{
    QFile smaps(QStringLiteral("/proc/%1/smaps").arg(pid));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    bool inside = false;
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QByteArray first = line.left(line.indexOf(' '));
        if (first.endsWith(':')) { // a "Key:   value kB" line of the current area
            if (inside && first == "AnonHugePages:")
                return line.simplified().split(' ').value(1).toLongLong();
        } else if (const qsizetype dash = first.indexOf('-'); dash > 0) { // an area's header line
            inside = address >= first.left(dash).toULongLong(nullptr, 16) &&
                     address < first.mid(dash + 1).toULongLong(nullptr, 16);
        }
    }
    return -1;
}

} // namespace kaleido::test
