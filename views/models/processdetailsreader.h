// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processdetails.h"
#include "processresourcesreader.h"
#include "result.h"
#include "usernames.h"

#include <QObject>

namespace kaleido {

struct Error;
struct ProcStat;
struct ProcStatus;

/**
 * Reads one process's details through the core readers (status, stat, sched, fd, environ, limits, ns, cgroup,
 * smaps_rollup, children) and turns them into ProcessDetails rows in plain words. A section that cannot be
 * read says why in one sentence (another user's process, a kernel without the file, a malformed line)
 * instead of coming out empty.
 *
 * Costs one process per call: about a dozen small files, one readlink() per descriptor up to maxFds(), and
 * the stat file of each ancestor and of up to maxChildren() children.
 */
class ProcessDetailsReader : public QObject
{
    Q_OBJECT

public:
    explicit ProcessDetailsReader(KernelFs fs = KernelFs(), QObject* parent = nullptr);

    const KernelFs& fs() const { return m_fs; }

    /// Descriptors listed at most (the rest are counted in one row); 1000 by default.
    int maxFds() const { return m_resources.maxFds(); }
    void setMaxFds(int count) { m_resources.setMaxFds(count); }
    /// Children named at most (each costs a stat read); 200 by default.
    int maxChildren() const { return m_resources.maxChildren(); }
    void setMaxChildren(int count) { m_resources.setMaxChildren(count); }

    /**
     * Everything about @p pid now. Vanished (or Absent) when the process does not exist any more, including
     * when it exits halfway through; other errors stay inside the sections that they concern.
     */
    Result<ProcessDetails> read(qint32 pid) const;

    /// "Status", "Memory", … for the section headers.
    static QString sectionTitle(ProcessDetails::Section section);
    /// What a section shows, for its tooltip.
    static QString sectionToolTip(ProcessDetails::Section section);

    /// Marks @p section as unreadable and says why; @p denied is the sentence for PermissionDenied.
    static void setUnavailable(ProcessDetails& details, ProcessDetails::Section section, const Error& error,
                               const QString& denied = {});
    /// Why a file that root was not allowed to read stays empty.
    static QString deniedToRoot(const QString& path);

private:
    void addStatus(ProcessDetails& details, const ProcStat& stat, const Result<ProcStatus>& status) const;
    void addMemory(ProcessDetails& details, const ProcStat& stat, const Result<ProcStatus>& status) const;
    void addCredentials(ProcessDetails& details, const Result<ProcStatus>& status) const;
    void addCapabilities(ProcessDetails& details, const Result<ProcStatus>& status) const;
    void addSignals(ProcessDetails& details, const Result<ProcStatus>& status) const;
    void addScheduling(ProcessDetails& details, const ProcStat& stat, const Result<ProcStatus>& status) const;
    /// "bash" for a PID, or the reason it has no name now.
    QString processName(qint32 pid) const;
    QString userText(quint32 uid) const;
    QString groupText(quint32 gid) const;

    KernelFs m_fs;
    UserNames m_names;
    ProcessResourcesReader m_resources;
};

} // namespace kaleido
