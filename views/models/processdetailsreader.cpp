// SPDX-License-Identifier: GPL-2.0-or-later
#include "processdetailsreader.h"

#include "capabilitynames.h"
#include "kernelidentity.h"
#include "processcmdline.h"
#include "processsched.h"
#include "procstat.h"
#include "procstatus.h"
#include "signalnames.h"
#include "smapsrollup.h"
#include "taskstate.h"
#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <bit>
#include <unistd.h>

namespace kaleido {

namespace {

using Row = ProcessDetails::Row;
using Section = ProcessDetails::Section;

QString translated(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kaleido::ProcessDetailsReader", text, disambiguation, n);
}

QString hex16(quint64 mask)
{
    return QStringLiteral("%1").arg(mask, 16, 16, QLatin1Char('0'));
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString unsignedNumber(quint64 value)
{
    return QLocale().toString(value);
}

QString yesNo(bool value)
{
    return value ? translated("yes") : translated("no");
}

/// "CAP_CHOWN, CAP_KILL (00000000000000a1)", "none", "all 41 known capabilities except CAP_SYS_RESOURCE (…)".
QString capabilityText(quint64 mask)
{
    const int known = lastKnownCapability() + 1;
    const quint64 all = known >= 64 ? ~quint64(0) : (quint64(1) << known) - 1;
    QString words;
    if (mask == 0) {
        words = translated("none");
    } else if ((mask & all) == all) {
        words = translated("all %n known capabilities", nullptr, known);
    } else if ((mask & all) != 0 && std::popcount(all & ~mask) <= 3 && std::popcount(mask & all) > 20) {
        words = translated("all %n known capabilities except %1", nullptr, known)
                    .arg(capabilityNames(all & ~mask).join(QStringLiteral(", ")));
    } else {
        words = capabilityNames(mask).join(QStringLiteral(", "));
    }
    return QStringLiteral("%1 (%2)").arg(words, hex16(mask));
}

QString signalText(quint64 mask)
{
    const QString words = mask == 0 ? translated("none") : signalNames(mask).join(QStringLiteral(", "));
    return QStringLiteral("%1 (%2)").arg(words, hex16(mask));
}

/// A terminal's device number as its name: /dev/pts/3, /dev/tty1, or major:minor.
QString terminalText(qint32 ttyNr)
{
    if (ttyNr == 0)
        return translated("none");
    const quint32 dev = quint32(ttyNr);
    const quint32 major = (dev >> 8) & 0xfff;
    const quint32 minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);
    if (major >= 136 && major <= 143)
        return QStringLiteral("/dev/pts/%1").arg((major - 136) * 256 + minor);
    if (major == 4 && minor < 64)
        return QStringLiteral("/dev/tty%1").arg(minor);
    if (major == 4)
        return QStringLiteral("/dev/ttyS%1").arg(minor - 64);
    return QStringLiteral("%1:%2").arg(major).arg(minor);
}

} // namespace

ProcessDetailsReader::ProcessDetailsReader(KernelFs fs, QObject* parent)
    : QObject(parent)
    , m_fs(std::move(fs))
    , m_names(m_fs)
    , m_resources(m_fs)
{}

QString ProcessDetailsReader::sectionTitle(ProcessDetails::Section section)
{
    switch (section) {
    case ProcessDetails::StatusSection:
        return tr("Status");
    case ProcessDetails::MemorySection:
        return tr("Memory");
    case ProcessDetails::CredentialsSection:
        return tr("Users and groups");
    case ProcessDetails::CapabilitiesSection:
        return tr("Capabilities");
    case ProcessDetails::SignalsSection:
        return tr("Signals");
    case ProcessDetails::SchedulingSection:
        return tr("Scheduling");
    case ProcessDetails::LimitsSection:
        return tr("Resource limits");
    case ProcessDetails::FilesSection:
        return tr("Open files");
    case ProcessDetails::EnvironmentSection:
        return tr("Environment");
    case ProcessDetails::NamespacesSection:
        return tr("Namespaces");
    case ProcessDetails::CgroupsSection:
        return tr("Control groups");
    case ProcessDetails::AncestorsSection:
        return tr("Ancestors");
    case ProcessDetails::ChildrenSection:
        return tr("Children");
    case ProcessDetails::SectionCount:
        break;
    }
    return {};
}

QString ProcessDetailsReader::sectionToolTip(ProcessDetails::Section section)
{
    switch (section) {
    case ProcessDetails::StatusSection:
        return tr("Who the process is and what it is doing (/proc/PID/status and stat)");
    case ProcessDetails::MemorySection:
        return tr("How much memory the process uses (/proc/PID/status and smaps_rollup)");
    case ProcessDetails::CredentialsSection:
        return tr("The user and group identities the process acts as");
    case ProcessDetails::CapabilitiesSection:
        return tr("The parts of root's power the process holds (Cap* lines of /proc/PID/status)");
    case ProcessDetails::SignalsSection:
        return tr("Which signals are waiting, blocked, ignored or handled (Sig* lines of /proc/PID/status)");
    case ProcessDetails::SchedulingSection:
        return tr("How the kernel shares the CPUs with this process (/proc/PID/stat, status and sched)");
    case ProcessDetails::LimitsSection:
        return tr("The resource limits set with ulimit or prlimit (/proc/PID/limits)");
    case ProcessDetails::FilesSection:
        return tr("The open file descriptors and what each refers to (/proc/PID/fd)");
    case ProcessDetails::EnvironmentSection:
        return tr("The environment the process was started with (/proc/PID/environ)");
    case ProcessDetails::NamespacesSection:
        return tr("The namespaces the process is in; containers differ from PID 1 here (/proc/PID/ns)");
    case ProcessDetails::CgroupsSection:
        return tr("The control groups that account and limit the process (/proc/PID/cgroup)");
    case ProcessDetails::AncestorsSection:
        return tr("The chain of parents from PID 1 down to this process; double-click one to show it");
    case ProcessDetails::ChildrenSection:
        return tr("The processes this one started that still run; double-click one to show it");
    case ProcessDetails::SectionCount:
        break;
    }
    return {};
}

void ProcessDetailsReader::setUnavailable(ProcessDetails& details, ProcessDetails::Section section,
                                          const Error& error, const QString& denied)
{
    if (error.kind == ErrorKind::Vanished)
        details.vanished = true;
    QString sentence;
    switch (error.kind) {
    case ErrorKind::PermissionDenied:
        sentence = ::geteuid() == 0 ? deniedToRoot(error.path)
                   : denied.isEmpty()
                       ? tr("This is another user's process: reading %1 needs root.").arg(error.path)
                       : denied;
        break;
    case ErrorKind::Absent:
        sentence = tr("This kernel does not provide %1.").arg(error.path);
        break;
    case ErrorKind::Vanished:
        sentence = tr("The process exited while it was being read.");
        break;
    case ErrorKind::Malformed:
    case ErrorKind::IoError:
        sentence = error.message();
        break;
    }
    ProcessDetails::Part& part = details.sections[section];
    part.available = false;
    part.summary = tr("not available");
    part.rows = {Row{QStringLiteral("unavailable"), tr("Not available"), sentence,
                     tr("Kaleido could not read this part of the process's details; the value says why."),
                     0}};
}

QString ProcessDetailsReader::deniedToRoot(const QString& path)
{
    return tr("The kernel refused to let even root read %1: access to this process is restricted (by a "
              "security module, Yama's ptrace scope or a user namespace).")
        .arg(path);
}

QString ProcessDetailsReader::processName(qint32 pid) const
{
    const auto stat = readProcStat(m_fs, pid);
    if (stat)
        return QString::fromUtf8(stat->comm);
    if (stat.error().kind == ErrorKind::Vanished || stat.error().kind == ErrorKind::Absent)
        return tr("(exited)");
    return tr("(not readable)");
}

QString ProcessDetailsReader::userText(quint32 uid) const
{
    const QString name = m_names.userName(uid);
    return name == QString::number(uid) ? name : QStringLiteral("%1 (%2)").arg(name).arg(uid);
}

QString ProcessDetailsReader::groupText(quint32 gid) const
{
    const QString name = m_names.groupName(gid);
    return name == QString::number(gid) ? name : QStringLiteral("%1 (%2)").arg(name).arg(gid);
}

Result<ProcessDetails> ProcessDetailsReader::read(qint32 pid) const
{
    auto stat = readProcStat(m_fs, pid);
    if (!stat)
        return stat.error();
    ProcessDetails details;
    details.pid = pid;
    details.startTime = stat->startTime;
    const auto status = readProcStatus(m_fs, pid);
    details.name = status ? QString::fromUtf8(status->name) : QString::fromUtf8(stat->comm);

    addStatus(details, *stat, status);
    addMemory(details, *stat, status);
    addCredentials(details, status);
    addCapabilities(details, status);
    addSignals(details, status);
    addScheduling(details, *stat, status);
    m_resources.addLimits(details);
    m_resources.addFiles(details);
    m_resources.addEnvironment(details, stat->isKernelThread());
    m_resources.addNamespaces(details);
    m_resources.addCgroups(details);
    m_resources.addFamily(details, stat->ppid);

    if (details.vanished)
        return Error{ErrorKind::Vanished, QStringLiteral("/proc/%1").arg(pid), 0, QString()};
    // The PID may have been reused by a new process while the files were read: the caller compares.
    const auto after = readProcStat(m_fs, pid);
    if (!after)
        return after.error();
    if (after->startTime != details.startTime)
        return Error{ErrorKind::Vanished, QStringLiteral("/proc/%1").arg(pid), 0, QString()};
    return details;
}

void ProcessDetailsReader::addStatus(ProcessDetails& details, const ProcStat& stat,
                                     const Result<ProcStatus>& status) const
{
    auto& rows = details.sections[ProcessDetails::StatusSection].rows;
    const char state = status && status->state ? status->state : stat.state;
    rows << Row{QStringLiteral("name"), tr("Name"), details.name,
                tr("The command name the kernel keeps for the process (at most 15 bytes, set at exec or by "
                   "the program itself)."),
                0};

    const auto cmdline = readProcessCmdline(m_fs, details.pid);
    QString commandLine;
    if (!cmdline)
        commandLine = cmdline.error().kind == ErrorKind::PermissionDenied ? tr("(not readable)")
                                                                          : cmdline.error().message();
    else if (cmdline->isEmpty())
        commandLine = stat.isKernelThread() ? tr("none: a kernel thread has no command line")
                                            : tr("none: the process has released its memory");
    else
        commandLine = cmdline->joined();
    rows << Row{QStringLiteral("cmdline"), tr("Command line"), commandLine,
                tr("The program and the arguments it was started with (/proc/PID/cmdline). A program may "
                   "overwrite them with a title."),
                0};
    rows << Row{QStringLiteral("state"), tr("State"),
                QStringLiteral("%1 (%2)").arg(QLatin1Char(state)).arg(taskStateWord(state)),
                tr("R runs or waits for a CPU, S sleeps until something happens, D waits for the disk or "
                   "the kernel and cannot be interrupted, T is stopped, Z has exited and waits for its "
                   "parent to collect it, I is an idle kernel thread."),
                0};
    rows << Row{QStringLiteral("pid"), tr("Process ID"), QString::number(details.pid),
                tr("The number that names the process (PID)."), 0};
    if (status && status->tgid && *status->tgid != details.pid)
        rows << Row{QStringLiteral("tgid"), tr("Thread group ID"), QString::number(*status->tgid),
                    tr("The PID of the process this thread belongs to."), 0};
    rows << Row{QStringLiteral("ppid"), tr("Parent process ID"), QString::number(stat.ppid),
                tr("The process that started this one, or adopted it when its own parent exited. 0 for "
                   "PID 1 and kernel threads' parent."),
                stat.ppid};
    rows << Row{QStringLiteral("pgrp"), tr("Process group"), QString::number(stat.pgrp),
                tr("Processes of one shell job share a process group; Ctrl+C goes to the whole group."), 0};
    rows << Row{QStringLiteral("session"), tr("Session"), QString::number(stat.session),
                tr("The login session (the PID of its leader, usually a shell or a service manager)."), 0};
    rows << Row{QStringLiteral("tty"), tr("Terminal"), terminalText(stat.ttyNr),
                tr("The controlling terminal; none for services and kernel threads."), 0};
    if (status && status->tracerPid) {
        const qint32 tracer = *status->tracerPid;
        rows << Row{QStringLiteral("tracer"), tr("Traced by"),
                    tracer == 0 ? tr("nobody") : tr("PID %1 (%2)").arg(tracer).arg(processName(tracer)),
                    tr("A debugger or strace that is attached to the process with ptrace (TracerPid)."),
                    tracer};
    }
    rows << Row{QStringLiteral("threads"), tr("Threads"),
                number(status && status->threads ? *status->threads : stat.numThreads),
                tr("How many threads the process runs."), 0};
    if (status && status->umask)
        rows << Row{QStringLiteral("umask"), tr("File mode mask"),
                    QStringLiteral("%1").arg(*status->umask, 4, 8, QLatin1Char('0')),
                    tr("The umask: permission bits removed from every file and directory the process creates "
                       "(0022 removes write access for group and others)."),
                    0};
    rows << Row{QStringLiteral("kthread"), tr("Kernel thread"), yesNo(stat.isKernelThread()),
                tr("A kernel thread runs kernel code only: it has no user-space memory or command line."), 0};

    const long ticks = ::sysconf(_SC_CLK_TCK);
    const double tickSeconds = ticks > 0 ? 1.0 / double(ticks) : 0.01;
    const qint64 startSeconds = qint64(double(stat.startTime) * tickSeconds);
    QString started = tr("%1 after boot").arg(Units::formatDuration(startSeconds));
    if (const auto uptime = readUptime(m_fs); uptime && *uptime >= double(startSeconds))
        started = tr("%1 after boot, running for %2")
                      .arg(Units::formatDuration(startSeconds),
                           Units::formatDuration(qint64(*uptime) - startSeconds));
    rows << Row{QStringLiteral("started"), tr("Started"), started,
                tr("When the process started, counted from the boot, and how long it has run since."), 0};
    rows << Row{QStringLiteral("cputime"), tr("CPU time"),
                tr("%1 s in the program, %2 s in the kernel")
                    .arg(QLocale().toString(double(stat.utime) * tickSeconds, 'f', 2),
                         QLocale().toString(double(stat.stime) * tickSeconds, 'f', 2)),
                tr("CPU time used by all threads so far: running the program's own code (user) and the "
                   "kernel working for it (system)."),
                0};
    rows << Row{QStringLiteral("faults"), tr("Page faults"),
                tr("%1 minor, %2 major").arg(unsignedNumber(stat.minFlt), unsignedNumber(stat.majFlt)),
                tr("Minor faults map a page already in memory; major faults had to wait for the disk."), 0};
    if (status && status->nsPid && status->nsPid->size() > 1) {
        QStringList ids;
        for (qint32 id : *status->nsPid)
            ids << QString::number(id);
        rows << Row{QStringLiteral("nspid"), tr("PID in namespaces"), ids.join(QStringLiteral(" → ")),
                    tr("The process's number in each nested PID namespace, the outermost first: inside a "
                       "container it has a different PID."),
                    0};
    }
    if (status && status->noNewPrivs)
        rows << Row{QStringLiteral("nonewprivs"), tr("No new privileges"), yesNo(*status->noNewPrivs),
                    tr("When set, executing a set-user-ID program or one with file capabilities does not "
                       "grant anything more."),
                    0};
    if (status && status->seccomp) {
        QString mode;
        switch (*status->seccomp) {
        case 0:
            mode = tr("off");
            break;
        case 1:
            mode = tr("strict: only read, write, exit and sigreturn");
            break;
        default:
            mode = tr("filter mode, filter programs: %n", nullptr, int(status->seccompFilters.value_or(0)));
            break;
        }
        rows << Row{QStringLiteral("seccomp"), tr("System call filter"), mode,
                    tr("Seccomp: a sandbox that limits which system calls the process may make."), 0};
    }
    if (status && status->fdSize)
        rows << Row{QStringLiteral("fdsize"), tr("Descriptor table slots"), number(qint64(*status->fdSize)),
                    tr("How many file descriptors the process's table has room for now; it grows on demand."),
                    0};
    details.sections[ProcessDetails::StatusSection].summary =
        QStringLiteral("%1 (%2)").arg(QLatin1Char(state)).arg(taskStateWord(state));
}

void ProcessDetailsReader::addMemory(ProcessDetails& details, const ProcStat& stat,
                                     const Result<ProcStatus>& status) const
{
    auto& part = details.sections[ProcessDetails::MemorySection];
    if (stat.isKernelThread()) {
        part.summary = tr("none");
        part.rows << Row{QStringLiteral("kthread"), tr("User-space memory"),
                         tr("none: a kernel thread only uses the kernel's memory"),
                         tr("Kernel threads have no address space of their own."), 0};
        return;
    }
    if (!status) {
        setUnavailable(details, ProcessDetails::MemorySection, status.error());
        return;
    }
    const auto add = [&](const char* key, const QString& field, std::optional<quint64> value,
                         const QString& tip) {
        if (value)
            part.rows << Row{QLatin1StringView(key), field, Units::formatBytes(*value), tip, 0};
    };
    add("VmRSS", tr("Resident"), status->vmRSS,
        tr("Memory of the process that is in RAM now, shared pages counted in full (VmRSS)."));
    add("RssAnon", tr("Resident anonymous"), status->rssAnon,
        tr("The resident part that belongs to no file: heap, stacks, private data (RssAnon)."));
    add("RssFile", tr("Resident file pages"), status->rssFile,
        tr("The resident part that maps files: program code, libraries, mapped files (RssFile)."));
    add("RssShmem", tr("Resident shared memory"), status->rssShmem,
        tr("The resident part in shared memory and tmpfs (RssShmem)."));
    add("VmSwap", tr("Swapped out"), status->vmSwap,
        tr("Anonymous memory of the process that was moved to swap (VmSwap)."));
    add("VmHWM", tr("Peak resident"), status->vmHWM, tr("The highest resident size so far (VmHWM)."));
    add("VmSize", tr("Virtual size"), status->vmSize,
        tr("All address space the process has reserved, most of which need not be in memory (VmSize)."));
    add("VmPeak", tr("Peak virtual size"), status->vmPeak, tr("The highest virtual size so far (VmPeak)."));
    add("VmData", tr("Data and heap"), status->vmData,
        tr("Private writable mappings: heap and data (VmData)."));
    add("VmStk", tr("Main stack"), status->vmStk, tr("The main thread's stack (VmStk)."));
    add("VmExe", tr("Program code"), status->vmExe, tr("The program's own code (VmExe)."));
    add("VmLib", tr("Library code"), status->vmLib, tr("Code of shared libraries (VmLib)."));
    add("VmLck", tr("Locked"), status->vmLck, tr("Memory locked in RAM with mlock (VmLck)."));
    add("VmPTE", tr("Page tables"), status->vmPTE,
        tr("Kernel memory spent on the process's page tables (VmPTE)."));

    const auto rollup = readSmapsRollup(m_fs, details.pid);
    if (rollup) {
        const auto pss = [&](const char* key, const QString& field, const QString& tip) {
            add(key, field, rollup->value(QByteArrayView(key)), tip);
        };
        pss("Pss", tr("Proportional"),
            tr("The resident size with each shared page divided among the processes that share it (PSS): "
               "the fairest single number for what this process costs."));
        pss("Pss_Anon", tr("Proportional anonymous"), tr("The anonymous part of PSS (Pss_Anon)."));
        pss("Pss_File", tr("Proportional file pages"), tr("The file-backed part of PSS (Pss_File)."));
        pss("Pss_Shmem", tr("Proportional shared memory"), tr("The shared-memory part of PSS (Pss_Shmem)."));
        pss("SwapPss", tr("Proportional swap"),
            tr("Swapped-out memory divided among its sharers (SwapPss)."));
    } else if (rollup.error().kind == ErrorKind::Vanished) {
        details.vanished = true;
    } else {
        part.rows << Row{QStringLiteral("Pss"), tr("Proportional"),
                         rollup.error().kind != ErrorKind::PermissionDenied ? rollup.error().message()
                         : ::geteuid() == 0 ? deniedToRoot(rollup.error().path)
                                            : tr("not readable: another user's process needs root"),
                         tr("The proportional set size comes from /proc/PID/smaps_rollup."), 0};
    }
    part.summary = status->vmRSS ? tr("%1 resident").arg(Units::formatBytes(*status->vmRSS)) : QString();
}

void ProcessDetailsReader::addCredentials(ProcessDetails& details, const Result<ProcStatus>& status) const
{
    if (!status) {
        setUnavailable(details, ProcessDetails::CredentialsSection, status.error());
        return;
    }
    auto& part = details.sections[ProcessDetails::CredentialsSection];
    const QString kinds[] = {tr("real"), tr("effective"), tr("saved"), tr("file system")};
    const QString keys[] = {QStringLiteral("real"), QStringLiteral("effective"), QStringLiteral("saved"),
                            QStringLiteral("fs")};
    const QString tips[] = {
        tr("Who started the process; who may signal it."),
        tr("Whose permissions the process uses now for most checks."),
        tr("An identity the process may switch back to (set-user-ID programs keep their owner here)."),
        tr("The identity used for file access checks; follows the effective one unless changed with "
           "setfsuid.")};
    if (status->uid) {
        for (int i = 0; i < 4; ++i)
            part.rows << Row{QStringLiteral("uid.") + keys[i], tr("User (%1)").arg(kinds[i]),
                             userText(status->uid->at(i)), tips[i], 0};
    }
    if (status->gid) {
        for (int i = 0; i < 4; ++i)
            part.rows << Row{QStringLiteral("gid.") + keys[i], tr("Group (%1)").arg(kinds[i]),
                             groupText(status->gid->at(i)), tips[i], 0};
    }
    if (status->groups) {
        QStringList names;
        for (quint32 gid : *status->groups)
            names << groupText(gid);
        part.rows << Row{QStringLiteral("groups"), tr("Supplementary groups"),
                         names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")),
                         tr("Further groups whose access the process has, besides its own group."), 0};
    }
    if (status->uid)
        part.summary = m_names.userName(status->uid->at(1));
}

void ProcessDetailsReader::addCapabilities(ProcessDetails& details, const Result<ProcStatus>& status) const
{
    if (!status) {
        setUnavailable(details, ProcessDetails::CapabilitiesSection, status.error());
        return;
    }
    auto& part = details.sections[ProcessDetails::CapabilitiesSection];
    const auto add = [&](const char* key, const QString& field, std::optional<quint64> mask,
                         const QString& tip) {
        if (mask)
            part.rows << Row{QLatin1StringView(key), field, capabilityText(*mask), tip, 0};
    };
    add("CapEff", tr("Effective"), status->capEff,
        tr("The capabilities the kernel checks now: each lets the process do one thing that normally "
           "only root may (CapEff)."));
    add("CapPrm", tr("Permitted"), status->capPrm,
        tr("The capabilities the process may make effective (CapPrm)."));
    add("CapInh", tr("Inheritable"), status->capInh,
        tr("Capabilities that a program it executes may keep, if that program's file allows it (CapInh)."));
    add("CapAmb", tr("Ambient"), status->capAmb,
        tr("Capabilities that survive executing an ordinary program (CapAmb)."));
    add("CapBnd", tr("Bounding set"), status->capBnd,
        tr("The most this process and its children can ever gain (CapBnd)."));
    if (status->capEff)
        part.summary = tr("%n effective", nullptr, std::popcount(*status->capEff));
}

void ProcessDetailsReader::addSignals(ProcessDetails& details, const Result<ProcStatus>& status) const
{
    if (!status) {
        setUnavailable(details, ProcessDetails::SignalsSection, status.error());
        return;
    }
    auto& part = details.sections[ProcessDetails::SignalsSection];
    const auto add = [&](const char* key, const QString& field, std::optional<quint64> mask,
                         const QString& tip) {
        if (mask)
            part.rows << Row{QLatin1StringView(key), field, signalText(*mask), tip, 0};
    };
    add("SigPnd", tr("Pending for the thread"), status->sigPnd,
        tr("Signals sent to this thread that it has not handled yet (SigPnd)."));
    add("ShdPnd", tr("Pending for the process"), status->shdPnd,
        tr("Signals sent to the whole process that no thread has handled yet (ShdPnd)."));
    add("SigBlk", tr("Blocked"), status->sigBlk,
        tr("Signals the process holds back for now (sigprocmask); they wait as pending (SigBlk)."));
    add("SigIgn", tr("Ignored"), status->sigIgn,
        tr("Signals the process throws away when they arrive (SigIgn)."));
    add("SigCgt", tr("Caught"), status->sigCgt,
        tr("Signals the process handles with its own function instead of the default action (SigCgt)."));
    if (status->sigQueued && status->sigQueueLimit)
        part.rows << Row{QStringLiteral("SigQ"), tr("Queued"),
                         tr("%1 of at most %2")
                             .arg(unsignedNumber(*status->sigQueued), unsignedNumber(*status->sigQueueLimit)),
                         tr("Signals queued for the process's real user, and the limit (RLIMIT_SIGPENDING)."),
                         0};
    part.summary = tr("%n caught", nullptr, int(std::popcount(status->sigCgt.value_or(0))));
}

void ProcessDetailsReader::addScheduling(ProcessDetails& details, const ProcStat& stat,
                                         const Result<ProcStatus>& status) const
{
    auto& part = details.sections[ProcessDetails::SchedulingSection];
    const bool realTime = stat.policy == 1 || stat.policy == 2;
    part.rows << Row{
        QStringLiteral("policy"), tr("Policy"),
        QStringLiteral("%1 (%2)").arg(schedulingPolicyName(stat.policy), schedulingPolicyClass(stat.policy)),
        tr("How the scheduler treats the process: OTHER is the normal time sharing, BATCH and IDLE "
           "give way to others, FIFO and RR are real-time and run before all normal processes."),
        0};
    if (realTime)
        part.rows << Row{QStringLiteral("rtprio"), tr("Real-time priority"), unsignedNumber(stat.rtPriority),
                         tr("1 to 99: a higher real-time priority always runs first."), 0};
    part.rows << Row{QStringLiteral("nice"), tr("Nice"),
                     policyUsesNice(stat.policy) ? number(stat.nice) : tr("not used by this policy"),
                     tr("−20 to 19: a higher nice value gives the process a smaller share of the CPU when "
                        "others want it too."),
                     0};
    part.rows << Row{QStringLiteral("priority"), tr("Kernel priority"), number(stat.priority),
                     tr("The priority as /proc/PID/stat gives it: 20 + nice for normal processes, −2 to −100 "
                        "for real-time ones."),
                     0};
    part.rows << Row{QStringLiteral("processor"), tr("Last CPU"), QString::number(stat.processor),
                     tr("The CPU the process ran on most recently."), 0};
    if (status && status->cpusAllowedList)
        part.rows << Row{
            QStringLiteral("cpus"), tr("Allowed CPUs"), QString::fromLatin1(*status->cpusAllowedList),
            tr("The CPUs the process may run on (its affinity, set with taskset or by its cgroup)."), 0};
    if (status && status->memsAllowedList)
        part.rows << Row{QStringLiteral("mems"), tr("Allowed memory nodes"),
                         QString::fromLatin1(*status->memsAllowedList),
                         tr("The NUMA memory nodes the process may take memory from."), 0};
    if (status && status->voluntaryCtxtSwitches)
        part.rows << Row{QStringLiteral("voluntary"), tr("Voluntary switches"),
                         unsignedNumber(*status->voluntaryCtxtSwitches),
                         tr("How often the process gave up the CPU itself, to wait for something."), 0};
    if (status && status->nonvoluntaryCtxtSwitches)
        part.rows << Row{QStringLiteral("involuntary"), tr("Involuntary switches"),
                         unsignedNumber(*status->nonvoluntaryCtxtSwitches),
                         tr("How often the scheduler took the CPU away because its time was up or a more "
                            "important task woke up."),
                         0};
    part.summary = schedulingPolicyName(stat.policy);

    const auto sched = readProcessSched(m_fs, details.pid);
    if (!sched) {
        if (sched.error().kind == ErrorKind::Vanished) {
            details.vanished = true;
            return;
        }
        part.rows << Row{QStringLiteral("sched"), tr("Scheduler statistics"),
                         sched.error().kind == ErrorKind::Absent
                             ? tr("not available: this kernel was built without CONFIG_SCHED_DEBUG")
                             : sched.error().message(),
                         tr("The scheduler's own counters come from /proc/PID/sched."), 0};
        return;
    }
    const auto milliseconds = [&](const char* key, const QString& field, const QString& tip) {
        if (const auto value = sched->number(QByteArrayView(key)))
            part.rows << Row{QLatin1StringView(key), field,
                             tr("%1 ms").arg(QLocale().toString(*value, 'f', 3)), tip, 0};
    };
    const auto count = [&](const char* key, const QString& field, const QString& tip) {
        if (const auto* f = sched->field(QByteArrayView(key)))
            part.rows << Row{QLatin1StringView(key), field,
                             f->integer ? number(*f->integer) : QString::fromLatin1(f->text), tip, 0};
    };
    milliseconds(
        "se.sum_exec_runtime", tr("Time on a CPU"),
        tr("All the time the process has run on a CPU, measured by the scheduler (se.sum_exec_runtime)."));
    milliseconds("se.vruntime", tr("Virtual run time"),
                 tr("The fair scheduler's running total, weighted by nice: the task with the least runs next "
                    "(se.vruntime)."));
    count("se.nr_migrations", tr("Moves between CPUs"),
          tr("How often the scheduler moved the process to another CPU (se.nr_migrations)."));
    count("nr_switches", tr("Context switches"),
          tr("Voluntary and involuntary switches together, as the scheduler counts them (nr_switches)."));
    count(
        "se.load.weight", tr("Load weight"),
        tr("The share of the CPU the process gets relative to others; 1048576 is nice 0 (se.load.weight)."));
    count("se.avg.util_avg", tr("Recent utilisation"),
          tr("How busy the process has kept a CPU lately, 0 to 1024 (se.avg.util_avg)."));
}

} // namespace kaleido
