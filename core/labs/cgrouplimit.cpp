// SPDX-License-Identifier: GPL-2.0-or-later
#include "cgrouplimit.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaleido {

namespace {

bool hasProcesses(const QString& procsPath)
{
    QFile file(procsPath);
    return file.open(QIODevice::ReadOnly) && !file.readAll().trimmed().isEmpty();
}

bool writable(const QString& path, int mode)
{
    return ::access(QFile::encodeName(path).constData(), mode) == 0;
}

/// Writes @p text to @p path; 0 or the errno of the failure.
int writeText(const QString& path, const QByteArray& text)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return errno;
    const ssize_t written = ::write(fd, text.constData(), size_t(text.size()));
    const int err = written == text.size() ? 0 : (written < 0 ? errno : EIO);
    ::close(fd);
    return err;
}

} // namespace

bool CgroupLimit::listsController(const QString& path, QLatin1String word)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QStringList words = QString::fromLatin1(file.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (w.trimmed() == word)
            return true;
    }
    return false;
}

CgroupLimit::CgroupLimit(const QString& root, const QString& selfCgroupFile)
    : m_root(QDir::cleanPath(root))
    , m_selfCgroupFile(selfCgroupFile)
{}

CgroupLimit::~CgroupLimit()
{
    remove(0);
}

CgroupLimit::Placement CgroupLimit::placement() const
{
    Placement result;
    if (!QFileInfo::exists(m_root + QStringLiteral("/cgroup.controllers"))) {
        if (QFileInfo(m_root + QStringLiteral("/memory/memory.limit_in_bytes")).isFile())
            result.reason =
                tr("cgroup v2 is not mounted at %1 (there is no %1/cgroup.controllers): this system "
                   "keeps its memory controller in the older cgroup v1, so no memory limit can be set.")
                    .arg(m_root);
        else
            result.reason =
                tr("cgroup v2 is not mounted at %1 (there is no %1/cgroup.controllers), so no memory "
                   "limit can be set.")
                    .arg(m_root);
        return result;
    }
    QString own;
    QFile self(m_selfCgroupFile);
    if (self.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = self.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("0::"))
                own = QString::fromUtf8(line.mid(3)).trimmed();
        }
    }
    own.remove(QStringLiteral(" (deleted)"));
    if (!own.startsWith(QLatin1Char('/'))) {
        result.reason = tr("%1 names no cgroup v2 group for Kaleido (no \"0::\" line), so no memory limit "
                           "can be set.")
                            .arg(m_selfCgroupFile);
        return result;
    }

    // From the caller's own group up to the root: the nearest one that can hold the lab's group wins.
    QString nearestReason;
    QString nearestWritableReason;
    QString group = QDir::cleanPath(own);
    for (;;) {
        const QString dir = group == QLatin1String("/") ? m_root : m_root + group;
        const QString subtree = dir + QStringLiteral("/cgroup.subtree_control");
        const QString procs = dir + QStringLiteral("/cgroup.procs");
        QString reason;
        const bool canWrite = QFileInfo(dir).isDir() && writable(dir, W_OK | X_OK) &&
                              writable(subtree, W_OK) && writable(procs, W_OK);
        if (!canWrite) {
            reason =
                tr("You cannot write to cgroup %1 (its directory, cgroup.subtree_control and cgroup.procs "
                   "must be writable to make a group there and move a process into it), so no memory "
                   "limit can be set.")
                    .arg(group);
        } else if (!CgroupLimit::listsController(dir + QStringLiteral("/cgroup.controllers"),
                                                 QLatin1String("memory"))) {
            reason = tr("The memory controller is not available in cgroup %1 (\"memory\" is not in its "
                        "cgroup.controllers), so no memory limit can be set.")
                         .arg(group);
        } else if (CgroupLimit::listsController(subtree, QLatin1String("memory")) ||
                   group == QLatin1String("/") || !hasProcesses(procs)) {
            result.available = true;
            result.directory = dir;
            result.group = group;
            result.enableMemory = !CgroupLimit::listsController(subtree, QLatin1String("memory"));
            return result;
        } else {
            reason = tr("The memory controller is not switched on below cgroup %1 and cannot be, because "
                        "processes run in %1 itself (cgroup v2 gives controllers to child groups only where "
                        "the parent has no processes of its own), so no memory limit can be set.")
                         .arg(group);
        }
        if (nearestReason.isEmpty())
            nearestReason = reason;
        if (canWrite && nearestWritableReason.isEmpty())
            nearestWritableReason = reason;
        if (group == QLatin1String("/"))
            break;
        const qsizetype slash = group.lastIndexOf(QLatin1Char('/'));
        group = slash <= 0 ? QStringLiteral("/") : group.left(slash);
    }
    // The most telling reason: a group the user could write to says more than "not writable" above it.
    result.reason = nearestWritableReason.isEmpty() ? nearestReason : nearestWritableReason;
    return result;
}

Result<QString> CgroupLimit::create(qint64 memoryMaxBytes)
{
    remove(0);
    const Placement place = placement();
    if (!place.available)
        return Error{ErrorKind::IoError, m_root, 0, place.reason};
    if (place.enableMemory) {
        const QString subtree = place.directory + QStringLiteral("/cgroup.subtree_control");
        if (const int err = writeText(subtree, "+memory"))
            return errorFromErrno(err, subtree);
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("kaleido-lab-%1-%2").arg(::getpid()).arg(++counter);
    const QString dir = place.directory + QLatin1Char('/') + name;
    if (::mkdir(QFile::encodeName(dir).constData(), 0755) != 0)
        return errorFromErrno(errno, dir);
    const QString max = dir + QStringLiteral("/memory.max");
    if (const int err = writeText(max, QByteArray::number(memoryMaxBytes))) {
        ::rmdir(QFile::encodeName(dir).constData());
        return errorFromErrno(err, max);
    }
    // Without swap accounting the kernel has no memory.swap.max: nothing to forbid then.
    const QString swap = dir + QStringLiteral("/memory.swap.max");
    if (QFileInfo::exists(swap)) {
        if (const int err = writeText(swap, "0")) {
            ::rmdir(QFile::encodeName(dir).constData());
            return errorFromErrno(err, swap);
        }
    }
    m_directory = dir;
    m_group = (place.group == QLatin1String("/") ? QString() : place.group) + QLatin1Char('/') + name;
    return m_group;
}

QByteArray CgroupLimit::procsPath() const
{
    return m_directory.isEmpty() ? QByteArray()
                                 : QFile::encodeName(m_directory + QStringLiteral("/cgroup.procs"));
}

QByteArray CgroupLimit::memoryEvents() const
{
    if (m_directory.isEmpty())
        return {};
    QFile file(m_directory + QStringLiteral("/memory.events"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 CgroupLimit::eventCount(const QByteArray& events, const QByteArray& key)
{
    const QList<QByteArray> lines = events.split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 2 && fields.at(0) == key) {
            bool ok = false;
            const qint64 value = fields.at(1).toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

bool CgroupLimit::remove(int waitMs)
{
    if (m_directory.isEmpty())
        return true;
    const QByteArray path = QFile::encodeName(m_directory);
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (::rmdir(path.constData()) == 0 || errno == ENOENT) {
            m_directory.clear();
            m_group.clear();
            return true;
        }
        if (errno != EBUSY || timer.elapsed() >= waitMs)
            return false;
        QThread::msleep(20);
    }
}

} // namespace kaleido
