// SPDX-License-Identifier: GPL-2.0-or-later
#include "kerneldirectory.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaleido {

namespace {

Error errorFor(int err, const QString& path)
{
    Error e;
    e.path = path;
    switch (err) {
    case ENOENT:
    case ENOTDIR:
        e.kind = ErrorKind::Absent;
        break;
    case EACCES:
    case EPERM:
        e.kind = ErrorKind::PermissionDenied;
        break;
    default:
        e.kind = ErrorKind::IoError;
        break;
    }
    e.detail = QString::fromLocal8Bit(std::strerror(err));
    return e;
}

// Closes the directory stream however the listing ends.
struct DirCloser
{
    DIR* dir;
    ~DirCloser() { ::closedir(dir); }
};

} // namespace

Result<QList<KernelDirEntry>> listKernelDirectory(const KernelFs& fs, const QString& kernelPath)
{
    const QByteArray native = QFile::encodeName(fs.hostPath(kernelPath));
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errorFor(errno, kernelPath);
    DIR* dir = ::fdopendir(fd);
    if (!dir) {
        const int err = errno;
        ::close(fd);
        return errorFor(err, kernelPath);
    }
    DirCloser closer{dir};

    QList<KernelDirEntry> entries;
    for (;;) {
        errno = 0;
        const dirent* d = ::readdir(dir);
        if (!d) {
            if (errno != 0)
                return errorFor(errno, kernelPath);
            break;
        }
        if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
            continue;
        struct stat st = {};
        if (::fstatat(::dirfd(dir), d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // gone since readdir (a module unloaded meanwhile)
        KernelDirEntry entry;
        entry.name = QFile::decodeName(d->d_name);
        entry.mode = st.st_mode & 07777;
        if (S_ISREG(st.st_mode))
            entry.type = KernelDirEntry::Type::File;
        else if (S_ISDIR(st.st_mode))
            entry.type = KernelDirEntry::Type::Directory;
        else if (S_ISLNK(st.st_mode))
            entry.type = KernelDirEntry::Type::Symlink;
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace kaleido
