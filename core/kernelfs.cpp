// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelfs.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kaleido {

KernelFs::KernelFs(QString root)
    : m_root(std::move(root))
{
    while (m_root.size() > 1 && m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
    if (m_root.isEmpty())
        m_root = QStringLiteral("/");
}

QString KernelFs::hostPath(const QString& kernelPath) const
{
    if (isLive())
        return kernelPath;
    return m_root + kernelPath;
}

std::optional<Error> KernelFs::readInto(const QString& kernelPath, QByteArray& buffer) const
{
    buffer.resize(0); // keeps the allocation
    const QByteArray native = QFile::encodeName(hostPath(kernelPath));
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errorFromErrno(errno, kernelPath);

    qsizetype used = 0;
    for (;;) {
        if (buffer.capacity() - used < 4096)
            buffer.reserve(std::max<qsizetype>(8192, buffer.capacity() * 2));
        buffer.resize(buffer.capacity());
        const ssize_t n = ::read(fd, buffer.data() + used, size_t(buffer.size() - used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            buffer.resize(0);
            return errorFromErrno(err, kernelPath);
        }
        if (n == 0)
            break;
        used += n;
    }
    ::close(fd);
    buffer.resize(used);
    return std::nullopt;
}

Result<QByteArray> KernelFs::readFile(const QString& kernelPath) const
{
    QByteArray buffer;
    if (auto error = readInto(kernelPath, buffer))
        return *error;
    return buffer;
}

} // namespace kaleido
