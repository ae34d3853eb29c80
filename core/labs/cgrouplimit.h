// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kaleido {

/**
 * A memory-limited cgroup v2 group made directly in the cgroup file system, for systems where no systemd
 * manager owns the tree (with systemd, LabRunner asks it for a scope instead: writing into its tree would
 * break its delegation rules).
 *
 * placement() looks, from the caller's own group (/proc/self/cgroup, "0::/path") up to the root, for the
 * nearest directory D that the user can write (the directory, its cgroup.subtree_control and cgroup.procs: a
 * process can only be moved by someone who may write cgroup.procs of the common ancestor of its old and new
 * group), whose cgroup.controllers offers "memory", and whose cgroup.subtree_control has "memory" or can get
 * it (only the root, or a group without processes of its own: cgroup v2's "no internal processes" rule).
 * create() makes D/kaleido-lab-<pid>-<n> with memory.max and memory.swap.max 0; the workload's child moves
 * itself into it by writing its pid to procsPath() between fork and exec; remove() takes the empty group
 * away.
 */
class CgroupLimit
{
    Q_DECLARE_TR_FUNCTIONS(kaleido::CgroupLimit)
public:
    /// Where the new group can go, or why nowhere (one plain sentence).
    struct Placement
    {
        bool available = false;
        QString reason;
        QString directory;         ///< D, an absolute path below the root
        QString group;             ///< D as a cgroup path: "/" or "/user/session"
        bool enableMemory = false; ///< "+memory" must first be written to D's cgroup.subtree_control
    };

    /// @p root is where cgroup2 is mounted; @p selfCgroupFile is read for the caller's own group.
    explicit CgroupLimit(const QString& root = QStringLiteral("/sys/fs/cgroup"),
                         const QString& selfCgroupFile = QStringLiteral("/proc/self/cgroup"));
    ~CgroupLimit(); ///< removes the group it made, if it is empty by then
    CgroupLimit(const CgroupLimit&) = delete;
    CgroupLimit& operator=(const CgroupLimit&) = delete;

    QString root() const { return m_root; }
    Placement placement() const;

    /// Makes the group with memory.max = @p memoryMaxBytes and no swap; its cgroup path ("/kaleido-lab-…").
    /// The Error's path names the file that failed and its detail the system's reason.
    Result<QString> create(qint64 memoryMaxBytes);
    bool isCreated() const { return !m_directory.isEmpty(); }
    QString directory() const { return m_directory; } ///< absolute; empty before create()
    QString group() const { return m_group; }         ///< e.g. "/kaleido-lab-812-1"
    /// cgroup.procs of the group, NUL-terminated, for the child to write its pid into.
    QByteArray procsPath() const;
    /// The group's memory.events as the kernel has it now (empty when there is none).
    QByteArray memoryEvents() const;
    /// Whether @p file (cgroup.controllers, cgroup.subtree_control) lists @p controller ("memory").
    static bool listsController(const QString& file, QLatin1String controller);
    /// The number after @p key ("oom_kill") in memory.events text; -1 when absent.
    static qint64 eventCount(const QByteArray& events, const QByteArray& key);
    /// Removes the group; rmdir fails with EBUSY while dying processes remain in it, so it retries for up to
    /// @p waitMs. True when the group is gone (or was never made).
    bool remove(int waitMs);

private:
    QString m_root;
    QString m_selfCgroupFile;
    QString m_directory;
    QString m_group;
};

} // namespace kaleido
