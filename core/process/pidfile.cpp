// SPDX-License-Identifier: GPL-2.0-or-later
#include "pidfile.h"

#include <QFile>

#include <sys/stat.h>

namespace kaleido {

QString pidPath(qint32 pid, QLatin1StringView name)
{
    QString path = QLatin1String("/proc/") + QString::number(pid);
    if (!name.isEmpty())
        path += QLatin1Char('/') + name;
    return path;
}

QString taskPath(qint32 pid, qint32 tid, QLatin1StringView name)
{
    QString path =
        QLatin1String("/proc/") + QString::number(pid) + QLatin1String("/task/") + QString::number(tid);
    if (!name.isEmpty())
        path += QLatin1Char('/') + name;
    return path;
}

Error vanishedIfGone(const KernelFs& fs, const QString& ownerKernelPath, Error error)
{
    if (error.kind != ErrorKind::Absent)
        return error;
    struct stat st;
    const QByteArray dir = QFile::encodeName(fs.hostPath(ownerKernelPath));
    if (::stat(dir.constData(), &st) != 0)
        error.kind = ErrorKind::Vanished;
    return error;
}

Result<QByteArray> readProcessFile(const KernelFs& fs, qint32 pid, QLatin1StringView name)
{
    auto bytes = fs.readFile(pidPath(pid, name));
    if (!bytes)
        return vanishedIfGone(fs, pidPath(pid), bytes.error());
    return bytes;
}

Result<QByteArray> readTaskFile(const KernelFs& fs, qint32 pid, qint32 tid, QLatin1StringView name)
{
    auto bytes = fs.readFile(taskPath(pid, tid, name));
    if (!bytes)
        return vanishedIfGone(fs, taskPath(pid, tid), bytes.error());
    return bytes;
}

} // namespace kaleido
