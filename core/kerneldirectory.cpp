// SPDX-License-Identifier: GPL-2.0-or-later
#include "kerneldirectory.h"

#include "textscan.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaleido {

QList<KernelDirEntry> parseModeList(QByteArrayView data)
{
    QList<KernelDirEntry> entries;
    forEachLine(data, [&](QByteArrayView line) {
        line = line.trimmed();
        const qsizetype space = line.lastIndexOf(' ');
        if (space <= 0)
            return;
        const QByteArrayView name = line.first(space).trimmed();
        const QByteArrayView octal = line.sliced(space + 1);
        if (name.isEmpty() || name.contains('/') || octal.isEmpty() || octal.size() > 5)
            return;
        uint mode = 0;
        for (const char c : octal) {
            if (c < '0' || c > '7')
                return;
            mode = mode * 8 + uint(c - '0');
        }
        KernelDirEntry entry;
        entry.name = QString::fromUtf8(name);
        entry.mode = mode & 07777;
        entries.append(entry);
    });
    return entries;
}

namespace {
// Closes the directory stream however the listing ends.
struct DirCloser
{
    DIR* dir;
    ~DirCloser() { ::closedir(dir); }
};
} // namespace

Result<QList<KernelDirEntry>> listKernelDirectory(const KernelFs& fs, const QString& kernelPath,
                                                  DirectoryOrder order)
{
    const QByteArray native = QFile::encodeName(fs.hostPath(kernelPath));
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errorFromErrno(errno, kernelPath);
    DIR* dir = ::fdopendir(fd);
    if (!dir) {
        const int err = errno;
        ::close(fd);
        return errorFromErrno(err, kernelPath);
    }
    const DirCloser closer{dir};

    QList<KernelDirEntry> entries;
    const int dirFd = ::dirfd(dir);
    for (;;) {
        errno = 0;
        const dirent* d = ::readdir(dir);
        if (!d) {
            if (errno != 0)
                return errorFromErrno(errno, kernelPath);
            break;
        }
        if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
            continue;
        KernelDirEntry entry;
        entry.name = QFile::decodeName(d->d_name);
        struct stat st = {};
        if (::fstatat(dirFd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // went away between readdir and stat (a module unloaded meanwhile)
        entry.mode = st.st_mode & 07777;
        if (S_ISREG(st.st_mode)) {
            entry.type = KernelDirEntry::Type::File;
        } else if (S_ISDIR(st.st_mode)) {
            entry.type = KernelDirEntry::Type::Directory;
        } else if (S_ISLNK(st.st_mode)) {
            entry.type = KernelDirEntry::Type::Symlink;
            char target[4096];
            const ssize_t n = ::readlinkat(dirFd, d->d_name, target, sizeof target - 1);
            if (n > 0)
                entry.linkTarget = QFile::decodeName(QByteArray(target, qsizetype(n)));
        } else {
            entry.type = KernelDirEntry::Type::Other;
        }
        entries.append(entry);
    }

    // A captured tree lost the modes and the write-only files; "<dir>.modes" brings both back.
    if (!fs.isLive()) {
        const auto modes = fs.readFile(kernelPath + QStringLiteral(".modes"));
        if (modes.ok()) {
            for (const KernelDirEntry& recorded : parseModeList(*modes)) {
                auto it = std::find_if(entries.begin(), entries.end(),
                                       [&](const KernelDirEntry& e) { return e.name == recorded.name; });
                if (it == entries.end())
                    entries.append(recorded);
                else if (it->type == KernelDirEntry::Type::File)
                    it->mode = recorded.mode;
            }
        }
    }

    if (order == DirectoryOrder::ByName) {
        std::sort(entries.begin(), entries.end(), [](const KernelDirEntry& a, const KernelDirEntry& b) {
            return a.name.toUtf8() < b.name.toUtf8();
        });
    }
    return entries;
}

} // namespace kaleido
