// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
#include <optional>

namespace kaleido {

/**
 * /proc/PID/status (or /proc/PID/task/TID/status): one "Name:<tab>value" line per field, for people to read.
 * @code
 * Name:   bash
 * State:  S (sleeping)
 * Uid:    1000    1000    1000    1000
 * Groups: 4 24 27
 * NStgid: 6600
 * VmRSS:      3256 kB
 * SigBlk: 0000000000010000
 * CapEff: 000001ffffffffff
 * Cpus_allowed_list:      0-1
 * voluntary_ctxt_switches:        109
 * @endcode
 * Lines come and go with kernel versions and configurations (Ngid needs NUMA balancing, Kthread is 6.x, the
 * Vm* block is missing for kernel threads), so every line is kept in file order and the decoded fields are
 * optional. The Name line is the only escaped value: a newline in the command name is written as "\n" and a
 * backslash as "\\"; the name field holds it unescaped.
 */
struct ProcStatus
{
    struct Line
    {
        qsizetype nameOffset = 0; ///< into ProcStatus::text
        qsizetype nameLength = 0;
        qsizetype valueOffset = 0; ///< the value without the tab(s) after the colon and without the newline
        qsizetype valueLength = 0;
    };

    /// real, effective, saved set, filesystem — the order of the Uid and Gid lines.
    using IdSet = std::array<quint32, 4>;

    QByteArray text;   ///< the file's bytes; lines point into them
    QList<Line> lines; ///< every "Name: value" line, known or not, in file order
    /// Lines without a colon, and known fields whose value could not be read (those lines stay in lines).
    QList<Error> skippedLines;

    QByteArray name; ///< unescaped command name
    std::optional<quint32> umask;
    char state = 0; ///< the letter of "State:", 0 when absent
    std::optional<qint32> tgid, ngid, pid, ppid, tracerPid;
    std::optional<IdSet> uid, gid;
    std::optional<quint64> fdSize;
    std::optional<QList<quint32>> groups; ///< supplementary groups (empty list: none)
    /// The PIDs in each nested PID namespace, outermost first (one entry without namespaces).
    std::optional<QList<qint32>> nsTgid, nsPid, nsPgid, nsSid;
    std::optional<bool> kthread;
    /// Memory in bytes (the file says kB, which means KiB). Absent for kernel threads.
    std::optional<quint64> vmPeak, vmSize, vmLck, vmPin, vmHWM, vmRSS, rssAnon, rssFile, rssShmem, vmData,
        vmStk, vmExe, vmLib, vmPTE, vmSwap, hugetlbPages;
    std::optional<qint64> threads;
    std::optional<quint64> sigQueued, sigQueueLimit; ///< "SigQ: queued/limit"
    /// Signal masks: bit n−1 is signal n (see signalNames()).
    std::optional<quint64> sigPnd, shdPnd, sigBlk, sigIgn, sigCgt;
    /// Capability sets: bit n is capability n (see capabilityNames()).
    std::optional<quint64> capInh, capPrm, capEff, capBnd, capAmb;
    std::optional<bool> noNewPrivs;
    std::optional<quint32> seccomp; ///< 0 disabled, 1 strict, 2 filter
    std::optional<quint32> seccompFilters;
    std::optional<QByteArray> cpusAllowedList, memsAllowedList; ///< e.g. "0-3,8"
    std::optional<quint64> voluntaryCtxtSwitches, nonvoluntaryCtxtSwitches;

    QByteArrayView lineName(const Line& line) const
    {
        return QByteArrayView(text).sliced(line.nameOffset, line.nameLength);
    }
    QByteArrayView lineValue(const Line& line) const
    {
        return QByteArrayView(text).sliced(line.valueOffset, line.valueLength);
    }
    /// The raw value of a line by name, e.g. lineValue("Speculation_Store_Bypass"); nullopt when absent.
    std::optional<QByteArrayView> lineValue(QByteArrayView name) const;
};

/// Parses the bytes of a status file. Fails (Malformed) only when no line at all holds "Name: value".
Result<ProcStatus> parseProcStatus(QByteArrayView data,
                                   const QString& path = QStringLiteral("/proc/PID/status"));

/// /proc/PID/status; a process that exits while it is read gives Vanished.
Result<ProcStatus> readProcStatus(const KernelFs& fs, qint32 pid);
/// /proc/PID/task/TID/status: the thread's own state, masks and context switches.
Result<ProcStatus> readTaskStatus(const KernelFs& fs, qint32 pid, qint32 tid);

/// Undoes the kernel's escaping of the Name line ("\n" → newline, "\\" → backslash, also \t \r \f \v \a \e
/// \").
QByteArray unescapeStatusName(QByteArrayView value);

} // namespace kaleido
