// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace kaleido::privileged {

/**
 * A module file the user named, opened by the privileged side itself and read whole from that descriptor.
 *
 * The path must be absolute and plain (no ".", "..", "//", final "/"), and name a regular file of at most
 * 64 MiB that is reached without any symbolic link: lstat() refuses a link, device, FIFO or directory before
 * anything is opened, O_NOFOLLOW refuses a link swapped in since, and the path the kernel reports for the
 * open descriptor (/proc/self/fd) must be the path given. So the file polkit names is the file that is read
 * and, through the same descriptor, the one finit_module() loads.
 */
class ModuleFile
{
public:
    static Checked<ModuleFile> open(const QString& path);

    const QString& path() const { return m_path; }
    const std::shared_ptr<const int>& fd() const { return m_fd; }
    const QByteArray& contents() const { return m_contents; }
    quint64 device() const { return m_device; }
    quint64 inode() const { return m_inode; }
    qint64 size() const { return m_size; }
    qint64 modifiedNs() const { return m_modifiedNs; }

    /// Whether @p fd still has the identity (device, inode, size, modification time) recorded by open().
    static bool unchanged(int fd, quint64 device, quint64 inode, qint64 size, qint64 modifiedNs);

private:
    QString m_path;
    std::shared_ptr<const int> m_fd;
    QByteArray m_contents;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_size = 0;
    qint64 m_modifiedNs = 0;
};

} // namespace kaleido::privileged
