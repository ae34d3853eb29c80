// SPDX-License-Identifier: GPL-2.0-or-later
#include "pidfs.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaleido::PidFs {

QString path(int pid, QStringView leaf)
{
    QString p = QStringLiteral("/proc/") + QString::number(pid);
    if (!leaf.isEmpty())
        p += QLatin1Char('/') + leaf;
    return p;
}

QString taskPath(int pid, int tid, QStringView leaf)
{
    QString leafPath = QStringLiteral("task/") + QString::number(tid);
    if (!leaf.isEmpty())
        leafPath += QLatin1Char('/') + leaf;
    return path(pid, leafPath);
}

Error classify(const KernelFs& fs, int pid, Error error)
{
    if (error.kind == ErrorKind::Absent && !isDirectory(fs, path(pid)))
        error.kind = ErrorKind::Vanished;
    return error;
}

Result<QByteArray> readTaskFile(const KernelFs& fs, int pid, int tid, QStringView leaf)
{
    auto bytes = fs.readFile(taskPath(pid, tid, leaf));
    if (!bytes && bytes.error().kind == ErrorKind::Absent && !isDirectory(fs, taskPath(pid, tid))) {
        Error e = bytes.error();
        e.kind = ErrorKind::Vanished;
        return e;
    }
    return bytes;
}

Result<QByteArray> readFile(const KernelFs& fs, int pid, QStringView leaf)
{
    QByteArray buffer;
    if (auto error = readInto(fs, pid, leaf, buffer))
        return *error;
    return buffer;
}

std::optional<Error> readInto(const KernelFs& fs, int pid, QStringView leaf, QByteArray& buffer)
{
    if (auto error = fs.readInto(path(pid, leaf), buffer))
        return classify(fs, pid, *error);
    return std::nullopt;
}

Result<QList<QByteArray>> listDirectory(const KernelFs& fs, const QString& kernelPath)
{
    const QByteArray native = QFile::encodeName(fs.hostPath(kernelPath));
    DIR* dir = ::opendir(native.constData());
    if (!dir)
        return errorFromErrno(errno, kernelPath);
    QList<QByteArray> names;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (!entry)
            break;
        const QByteArrayView name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        names.append(name.toByteArray());
    }
    const int err = errno;
    ::closedir(dir);
    if (err != 0)
        return errorFromErrno(err, kernelPath);
    return names;
}

Result<QByteArray> readLink(const KernelFs& fs, const QString& kernelPath)
{
    const QByteArray native = QFile::encodeName(fs.hostPath(kernelPath));
    QByteArray target(256, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::readlink(native.constData(), target.data(), size_t(target.size()));
        if (n < 0)
            return errorFromErrno(errno, kernelPath);
        if (n < target.size()) {
            target.resize(n);
            return target;
        }
        // Filled the buffer: the target may have been cut, so try again with more room (PATH_MAX is 4096;
        // the cap only stops a runaway loop on a file system that always fills the buffer).
        if (target.size() >= 65536)
            return target;
        target.resize(target.size() * 2);
    }
}

bool isDirectory(const KernelFs& fs, const QString& kernelPath)
{
    struct stat st;
    const QByteArray native = QFile::encodeName(fs.hostPath(kernelPath));
    return ::stat(native.constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace kaleido::PidFs
