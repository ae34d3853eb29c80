// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulefile.h"

#include "shownvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace kaleido::privileged {

namespace {

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

constexpr qint64 maxModuleFileSize = 64 * 1024 * 1024;

struct FdCloser
{
    int fd = -1;
    ~FdCloser()
    {
        if (fd >= 0)
            ::close(fd);
    }
    int release() { return std::exchange(fd, -1); }
};

qint64 modificationNs(const struct stat& st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

} // namespace

Checked<ModuleFile> ModuleFile::open(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "Give the module file's full path, starting with '/'.")};
    if (path.contains(QChar(0)) || path.size() >= PATH_MAX)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "“%1” is not a usable file path.")
                             .arg(shownValue(path))};
    if (QDir::cleanPath(path) != path)
        return Rejection{QCoreApplication::translate(
                             "kaleido::privileged::ModuleOperations",
                             "“%1” is not a plain path: write it without “.”, “..”, “//” or a final “/”.")
                             .arg(shownValue(path))};
    const QByteArray native = QFile::encodeName(path);

    // lstat() first, so that a device or FIFO is never even opened (opening some devices does things).
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return Rejection{
                QCoreApplication::translate("kaleido::privileged::ModuleOperations", "There is no file “%1”.")
                    .arg(shownValue(path))};
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "“%1” cannot be examined: %2.")
                             .arg(shownValue(path), systemError(err))};
    }
    const auto notRegular = [&](mode_t mode) -> Rejection {
        if (S_ISLNK(mode))
            return Rejection{QCoreApplication::translate(
                                 "kaleido::privileged::ModuleOperations",
                                 "“%1” is a symbolic link: give the path of the module file itself.")
                                 .arg(shownValue(path))};
        if (S_ISDIR(mode))
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "“%1” is a directory, not a module file.")
                                 .arg(shownValue(path))};
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "“%1” is not a regular file (a device, FIFO or socket).")
                             .arg(shownValue(path))};
    };
    if (!S_ISREG(st.st_mode))
        return notRegular(st.st_mode);

    // O_NOFOLLOW refuses a symbolic link in the last component, O_NONBLOCK keeps a FIFO swapped in since
    // lstat() from blocking the open.
    FdCloser fd{::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK)};
    if (fd.fd < 0) {
        const int err = errno;
        if (err == ELOOP)
            return notRegular(S_IFLNK);
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::ModuleOperations", "“%1” cannot be opened: %2.")
                .arg(shownValue(path), systemError(err))};
    }
    if (::fstat(fd.fd, &st) != 0)
        return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                     "“%1” cannot be examined: %2.")
                             .arg(shownValue(path), systemError(errno))};
    if (!S_ISREG(st.st_mode))
        return notRegular(st.st_mode);
    if (st.st_size == 0)
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::ModuleOperations", "“%1” is empty.")
                .arg(shownValue(path))};
    if (st.st_size > maxModuleFileSize)
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                        "“%1” is larger than 64 MiB, more than any kernel module.")
                .arg(shownValue(path))};
    ::fcntl(fd.fd, F_SETFL, ::fcntl(fd.fd, F_GETFL) & ~O_NONBLOCK);

    // O_NOFOLLOW checks only the last component. The path the kernel has for the open descriptor is the
    // file's real path: it must be the one given, so that what polkit shows is what gets loaded.
    {
        char real[PATH_MAX + 1] = {};
        const QByteArray link = QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(fd.fd);
        const ssize_t n = ::readlink(link.constData(), real, PATH_MAX);
        QByteArray actual;
        if (n > 0) {
            actual = QByteArray(real, n);
        } else if (char* resolved = ::realpath(native.constData(), nullptr)) {
            actual = resolved;
            std::free(resolved);
        }
        if (actual != native)
            return Rejection{
                QCoreApplication::translate(
                    "kaleido::privileged::ModuleOperations",
                    "“%1” lies behind a symbolic link (its real path is “%2”): give the real path.")
                    .arg(shownValue(path), shownValue(QFile::decodeName(actual)))};
    }

    QByteArray contents(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < contents.size()) {
        const ssize_t n = ::pread(fd.fd, contents.data() + done, size_t(contents.size() - done), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "“%1” cannot be read: %2.")
                                 .arg(shownValue(path), systemError(errno))};
        if (n == 0)
            return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                         "“%1” changed while it was being read.")
                                 .arg(shownValue(path))};
        done += n;
    }

    ModuleFile file;
    file.m_path = path;
    file.m_contents = std::move(contents);
    file.m_device = quint64(st.st_dev);
    file.m_inode = quint64(st.st_ino);
    file.m_size = qint64(st.st_size);
    file.m_modifiedNs = modificationNs(st);
    file.m_fd = std::shared_ptr<const int>(new int(fd.release()), [](const int* p) {
        ::close(*p);
        delete p;
    });
    return file;
}

bool ModuleFile::unchanged(int fd, quint64 device, quint64 inode, qint64 size, qint64 modified)
{
    struct stat st = {};
    return ::fstat(fd, &st) == 0 && quint64(st.st_dev) == device && quint64(st.st_ino) == inode &&
           qint64(st.st_size) == size && modificationNs(st) == modified;
}

} // namespace kaleido::privileged
