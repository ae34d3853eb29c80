// SPDX-License-Identifier: GPL-2.0-or-later
// Process-table commands: ps, tree, threads, status. Column names and units follow procps (ps -eo …, ps -eLo
// …, pstree -p) so the output can be put next to theirs.
#include "capabilitynames.h"
#include "clicommand.h"
#include "pidfs.h"
#include "processsampler.h"
#include "processtree.h"
#include "procstat.h"
#include "procstatus.h"
#include "signalnames.h"
#include "taskstate.h"
#include "units.h"
#include "usernames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <bit>
#include <functional>
#include <unistd.h>

namespace kaleido::cli {

namespace {

/// A string marked with QT_TRANSLATE_NOOP("kaleido::cli", …), translated.
QString translated(const char* text)
{
    return QCoreApplication::translate("kaleido::cli", text);
}

/// ps's TIME: [DD-]HH:MM:SS of user + system CPU time.
QString cpuTime(quint64 ticks, qint64 ticksPerSecond)
{
    const quint64 seconds = ticksPerSecond > 0 ? ticks / quint64(ticksPerSecond) : 0;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 86400)
        return QString::number(seconds / 86400) + QLatin1Char('-') + clock;
    return clock;
}

/// A command name for a table: control characters become '?', as ps prints them.
QString printableComm(QByteArrayView comm)
{
    QString text = QString::fromUtf8(comm);
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    }
    return text;
}

QString niceText(const TaskSample& t)
{
    return policyUsesNice(t.policy) ? QString::number(t.nice) : QStringLiteral("-");
}

/// The PID argument of threads/status; 0 after a usage error (already filled in @p out).
qint32 pidArgument(const Context& context, Output& out)
{
    bool ok = false;
    const qint32 pid = context.args.size() == 1 ? context.args.constFirst().toInt(&ok) : 0;
    if (!ok || pid <= 0) {
        out.error = QCoreApplication::translate("kaleido::cli", "expected one process ID");
        return 0;
    }
    return pid;
}

/// False (with out.error) when /proc/PID does not exist, so "no such process" is not mistaken for a vanished
/// one.
bool processExists(const Context& context, qint32 pid, Output& out)
{
    if (QFileInfo::exists(context.fs.hostPath(PidFs::path(pid))))
        return true;
    out.error = QCoreApplication::translate("kaleido::cli", "there is no process %1").arg(pid);
    return false;
}

QJsonObject taskJson(const TaskSample& t, const UserNames& names, qint64 pageSize)
{
    return QJsonObject{
        {QStringLiteral("pid"), t.pid},
        {QStringLiteral("tid"), t.tid},
        {QStringLiteral("ppid"), t.ppid},
        {QStringLiteral("uid"), double(t.uid)},
        {QStringLiteral("user"), names.userName(t.uid)},
        {QStringLiteral("state"), QString(QLatin1Char(t.state))},
        {QStringLiteral("nice"), t.nice},
        {QStringLiteral("priority"), t.priority},
        {QStringLiteral("policy"), double(t.policy)},
        {QStringLiteral("processor"), t.processor},
        {QStringLiteral("numThreads"), t.numThreads},
        {QStringLiteral("rssBytes"), double(t.rssPages) * double(pageSize)},
        {QStringLiteral("vsizeBytes"), double(t.vsize)},
        {QStringLiteral("utimeTicks"), double(t.utime)},
        {QStringLiteral("stimeTicks"), double(t.stime)},
        {QStringLiteral("minorFaults"), double(t.minFlt)},
        {QStringLiteral("majorFaults"), double(t.majFlt)},
        {QStringLiteral("startTimeTicks"), double(t.startTime)},
        {QStringLiteral("ttyNr"), t.ttyNr},
        {QStringLiteral("session"), t.session},
        {QStringLiteral("pgrp"), t.pgrp},
        {QStringLiteral("flags"), double(t.flags)},
        {QStringLiteral("kernelThread"), t.kernelThread},
        {QStringLiteral("comm"), QString::fromUtf8(t.comm())},
    };
}

int ps(const Context& context, Output& out)
{
    bool threads = false;
    for (const QString& arg : context.args) {
        if (arg == QLatin1String("-L") || arg == QLatin1String("--threads")) {
            threads = true;
        } else {
            out.error = QCoreApplication::translate("kaleido::cli",
                                                    "unknown argument “%1” (ps takes only -L/--threads)")
                            .arg(arg);
            return 2;
        }
    }
    ProcessSampler sampler(context.fs,
                           threads ? ProcessSampler::Threads::Include : ProcessSampler::Threads::Skip);
    const auto snapshot = sampler.sample();
    if (!snapshot) {
        out.error = snapshot.error().message();
        return 1;
    }
    const UserNames names(context.fs);
    const qint64 kib = snapshot->pageSize / 1024;

    out.addColumn(QStringLiteral("PID"), true);
    if (threads)
        out.addColumn(QStringLiteral("TID"), true);
    out.addColumn(QStringLiteral("PPID"), true);
    out.addColumn(QStringLiteral("USER"));
    out.addColumn(QStringLiteral("S"));
    out.addColumn(QStringLiteral("NI"), true);
    out.addColumn(QStringLiteral("PRI"), true);
    out.addColumn(QStringLiteral("RSS"), true);
    out.addColumn(QStringLiteral("VSZ"), true);
    out.addColumn(QStringLiteral("TIME"), true);
    out.addColumn(QStringLiteral("COMMAND"));

    auto addRow = [&](const TaskSample& t) {
        QStringList row{number(qint64(t.pid))};
        if (threads)
            row.append(number(qint64(t.tid)));
        row << number(qint64(t.ppid)) << names.userName(t.uid) << QString(QLatin1Char(t.state)) << niceText(t)
            << number(qint64(39 - t.priority)) // ps's "pri": 39 − stat's priority
            << number(quint64(t.rssPages) * quint64(kib)) << number(t.vsize / 1024)
            << cpuTime(t.cpuTicks(), snapshot->clockTicksPerSecond) << printableComm(t.comm());
        out.addRow(row);
    };
    QJsonArray rows;
    for (const TaskSample& p : snapshot->processes) {
        QJsonObject process = taskJson(p, names, snapshot->pageSize);
        if (threads) {
            QJsonArray threadRows;
            for (const TaskSample& t : snapshot->threadsOf(p)) {
                addRow(t);
                threadRows.append(taskJson(t, names, snapshot->pageSize));
            }
            if (threadRows.isEmpty())
                addRow(p); // its task/ could not be listed: show the process at least
            process.insert(QStringLiteral("threads"), threadRows);
        } else {
            addRow(p);
        }
        rows.append(process);
    }
    out.json = QJsonObject{
        {QStringLiteral("clockTicksPerSecond"), double(snapshot->clockTicksPerSecond)},
        {QStringLiteral("pageSize"), double(snapshot->pageSize)},
        {QStringLiteral("vanished"), snapshot->vanished},
        {QStringLiteral("unreadable"), snapshot->unreadable},
        {QStringLiteral("processes"), rows},
    };
    return 0;
}

int tree(const Context& context, Output& out)
{
    qint32 rootPid = 0;
    if (context.args.size() > 1) {
        out.error = QCoreApplication::translate("kaleido::cli", "expected at most one process ID");
        return 2;
    }
    if (context.args.size() == 1) {
        rootPid = pidArgument(context, out);
        if (rootPid == 0)
            return 2;
    }
    ProcessSampler sampler(context.fs, ProcessSampler::Threads::Skip);
    const auto snapshot = sampler.sample();
    if (!snapshot) {
        out.error = snapshot.error().message();
        return 1;
    }
    const ProcessTree processTree(*snapshot);
    const QList<TaskSample>& processes = snapshot->processes;

    // Recursive JSON: {pid, comm, children: […]}.
    std::function<QJsonObject(qsizetype)> jsonNode = [&](qsizetype index) {
        const TaskSample& p = processes.at(index);
        QJsonArray children;
        for (const qsizetype child : processTree.children(index))
            children.append(jsonNode(child));
        return QJsonObject{{QStringLiteral("pid"), p.pid},
                           {QStringLiteral("comm"), QString::fromUtf8(p.comm())},
                           {QStringLiteral("kernelThread"), p.kernelThread},
                           {QStringLiteral("children"), children}};
    };

    // Text: one process per line, "comm(pid)" behind the guide lines pstree draws.
    QString text;
    QJsonArray roots;
    QList<bool> more; // more[d]: the latest row at depth d has later siblings, so draw "│ " below it
    int baseDepth = -1;
    for (const ProcessTree::Row& row : processTree.rows()) {
        const TaskSample& p = processes.at(row.index);
        if (rootPid != 0) {
            if (baseDepth < 0 && p.pid != rootPid)
                continue;
            if (baseDepth >= 0 && row.depth <= baseDepth)
                break; // left the subtree
            if (baseDepth < 0)
                baseDepth = row.depth;
        } else {
            baseDepth = 0;
        }
        const int depth = row.depth - baseDepth;
        if (depth == 0)
            roots.append(jsonNode(row.index));
        for (int d = 1; d < depth; ++d)
            text += more.value(d) ? QStringLiteral("│ ") : QStringLiteral("  ");
        if (depth > 0)
            text += row.lastSibling ? QStringLiteral("└─") : QStringLiteral("├─");
        more.resize(depth + 1);
        more[depth] = !row.lastSibling;
        text += printableComm(p.comm()) + QLatin1Char('(') + QString::number(p.pid) + QStringLiteral(")\n");
    }
    if (rootPid != 0 && baseDepth < 0) {
        out.error = QCoreApplication::translate("kaleido::cli", "there is no process %1").arg(rootPid);
        return 1;
    }
    out.text = text;
    out.json = QJsonObject{{QStringLiteral("roots"), roots}};
    return 0;
}

int threads(const Context& context, Output& out)
{
    const qint32 pid = pidArgument(context, out);
    if (pid == 0)
        return 2;
    if (!processExists(context, pid, out))
        return 1;
    const QDir taskDir(context.fs.hostPath(PidFs::path(pid, u"task")));
    QList<qint32> tids;
    for (const QString& name : taskDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint32 tid = name.toInt(&ok);
        if (ok && tid > 0)
            tids.append(tid);
    }
    std::sort(tids.begin(), tids.end());
    if (tids.isEmpty()) {
        out.error = QCoreApplication::translate("kaleido::cli",
                                                "process %1 has no readable threads (it may have exited)")
                        .arg(pid);
        return 1;
    }
    const qint64 ticks = ::sysconf(_SC_CLK_TCK);
    out.addColumn(QStringLiteral("TID"), true);
    out.addColumn(QStringLiteral("S"));
    out.addColumn(QStringLiteral("CLS"));
    out.addColumn(QStringLiteral("NI"), true);
    out.addColumn(QStringLiteral("PRI"), true);
    out.addColumn(QStringLiteral("PSR"), true);
    out.addColumn(QStringLiteral("TIME"), true);
    out.addColumn(QStringLiteral("COMMAND"));
    QJsonArray rows;
    for (const qint32 tid : std::as_const(tids)) {
        const auto st = readTaskStat(context.fs, pid, tid);
        if (!st) {
            if (st.error().kind == ErrorKind::Vanished)
                continue; // the thread ended since the listing
            out.error = st.error().message();
            return 1;
        }
        TaskSample t;
        t.policy = st->policy;
        t.nice = qint32(st->nice);
        out.addRow({number(qint64(tid)), QString(QLatin1Char(st->state)), schedulingPolicyClass(st->policy),
                    niceText(t), number(39 - st->priority), number(qint64(st->processor)),
                    cpuTime(st->utime + st->stime, ticks), printableComm(st->comm)});
        rows.append(QJsonObject{{QStringLiteral("tid"), tid},
                                {QStringLiteral("state"), QString(QLatin1Char(st->state))},
                                {QStringLiteral("policy"), double(st->policy)},
                                {QStringLiteral("nice"), double(st->nice)},
                                {QStringLiteral("priority"), double(st->priority)},
                                {QStringLiteral("processor"), st->processor},
                                {QStringLiteral("utimeTicks"), double(st->utime)},
                                {QStringLiteral("stimeTicks"), double(st->stime)},
                                {QStringLiteral("comm"), QString::fromUtf8(st->comm)}});
    }
    out.json = QJsonObject{{QStringLiteral("pid"), pid},
                           {QStringLiteral("clockTicksPerSecond"), double(ticks)},
                           {QStringLiteral("threads"), rows}};
    return 0;
}

QString hex16(quint64 mask)
{
    return QStringLiteral("%1").arg(mask, 16, 16, QLatin1Char('0'));
}

/// "CAP_A CAP_B", or for a nearly full set "all except CAP_X" (a root shell's sets are otherwise 41 names).
QString describeCapabilities(quint64 mask)
{
    if (mask == 0)
        return QCoreApplication::translate("kaleido::cli", "none");
    const int known = lastKnownCapability() + 1;
    const quint64 allKnown = known >= 64 ? ~quint64(0) : (quint64(1) << known) - 1;
    if ((mask & allKnown) == allKnown || std::popcount(mask & allKnown) > known / 2) {
        const QStringList missing = capabilityNames(allKnown & ~mask);
        QStringList extra = capabilityNames(mask & ~allKnown);
        QString text = missing.isEmpty() ? QCoreApplication::translate("kaleido::cli", "all %1").arg(known)
                                         : QCoreApplication::translate("kaleido::cli", "all %1 except %2")
                                               .arg(known)
                                               .arg(missing.join(QLatin1Char(' ')));
        if (!extra.isEmpty())
            text += QLatin1String(", ") + extra.join(QLatin1Char(' '));
        return text;
    }
    return capabilityNames(mask).join(QLatin1Char(' '));
}

QString describeIds(const ProcStatus::IdSet& ids, bool users, const UserNames& names)
{
    const char* const roles[] = {
        QT_TRANSLATE_NOOP("kaleido::cli", "real"), QT_TRANSLATE_NOOP("kaleido::cli", "effective"),
        QT_TRANSLATE_NOOP("kaleido::cli", "saved"), QT_TRANSLATE_NOOP("kaleido::cli", "filesystem")};
    QStringList parts;
    for (size_t i = 0; i < ids.size(); ++i)
        parts.append(translated(roles[i]) + QLatin1Char(' ') +
                     (users ? names.userName(ids[i]) : names.groupName(ids[i])));
    return parts.join(QLatin1String(", "));
}

int status(const Context& context, Output& out)
{
    const qint32 pid = pidArgument(context, out);
    if (pid == 0)
        return 2;
    if (!processExists(context, pid, out))
        return 1;
    const auto st = readProcStatus(context.fs, pid);
    if (!st) {
        out.error = st.error().message();
        return 1;
    }
    const UserNames names(context.fs);
    out.addColumn(QCoreApplication::translate("kaleido::cli", "Field"));
    out.addColumn(QCoreApplication::translate("kaleido::cli", "Value"));
    out.addColumn(QCoreApplication::translate("kaleido::cli", "Meaning"));

    QJsonObject lines;
    QJsonObject signalsJson;
    QJsonObject capsJson;
    for (const ProcStatus::Line& line : st->lines) {
        const QByteArrayView key = st->lineName(line);
        const QString name = QString::fromLatin1(key);
        const QString value = QString::fromUtf8(st->lineValue(line));
        lines.insert(name, value);
        // Tabs separate the four ids of Uid/Gid; a bitmap of 1024 CPUs or 32 nodes would widen the whole
        // table, so long values are shortened here (JSON has them whole).
        QString shown = value;
        shown.replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (shown.size() > 40)
            shown = shown.left(18) + QStringLiteral("…") + shown.right(18);
        QString meaning;
        auto masked = [&](const std::optional<quint64>& mask, bool isSignal) {
            if (!mask)
                return;
            const QStringList list = isSignal ? signalNames(*mask) : capabilityNames(*mask);
            meaning = isSignal ? (list.isEmpty() ? QCoreApplication::translate("kaleido::cli", "none")
                                                 : list.join(QLatin1Char(' ')))
                               : describeCapabilities(*mask);
            QJsonObject entry{{QStringLiteral("mask"), hex16(*mask)},
                              {QStringLiteral("names"), QJsonArray::fromStringList(list)}};
            (isSignal ? signalsJson : capsJson).insert(name, entry);
        };
        if (key == "State" && st->state) {
            meaning = taskStateWord(st->state);
        } else if (key == "Name") {
            meaning = printableComm(st->name) == value ? QString() : printableComm(st->name);
        } else if (key == "Uid" && st->uid) {
            meaning = describeIds(*st->uid, true, names);
        } else if (key == "Gid" && st->gid) {
            meaning = describeIds(*st->gid, false, names);
        } else if (key == "Groups" && st->groups) {
            QStringList groups;
            for (const quint32 g : *st->groups)
                groups.append(names.groupName(g));
            meaning = groups.isEmpty() ? QCoreApplication::translate("kaleido::cli", "none")
                                       : groups.join(QLatin1Char(' '));
        } else if (key.startsWith("Sig") && key != "SigQ") {
            masked(key == "SigPnd"   ? st->sigPnd
                   : key == "SigBlk" ? st->sigBlk
                   : key == "SigIgn" ? st->sigIgn
                   : key == "SigCgt" ? st->sigCgt
                                     : std::nullopt,
                   true);
        } else if (key == "ShdPnd") {
            masked(st->shdPnd, true);
        } else if (key.startsWith("Cap")) {
            masked(key == "CapInh"   ? st->capInh
                   : key == "CapPrm" ? st->capPrm
                   : key == "CapEff" ? st->capEff
                   : key == "CapBnd" ? st->capBnd
                   : key == "CapAmb" ? st->capAmb
                                     : std::nullopt,
                   false);
        } else if (value.endsWith(QLatin1String(" kB"))) {
            bool ok = false;
            const quint64 kb = value.chopped(3).trimmed().toULongLong(&ok);
            if (ok)
                meaning = Units::formatBytes(kb * 1024);
        } else if (key == "Seccomp" && st->seccomp) {
            meaning = *st->seccomp == 0   ? QCoreApplication::translate("kaleido::cli", "disabled")
                      : *st->seccomp == 1 ? QCoreApplication::translate("kaleido::cli", "strict")
                                          : QCoreApplication::translate("kaleido::cli", "filter");
        } else if (key == "NoNewPrivs" && st->noNewPrivs) {
            meaning = *st->noNewPrivs
                          ? QCoreApplication::translate("kaleido::cli", "execve cannot grant privileges")
                          : QString();
        }
        out.addRow({name, shown, meaning});
    }
    for (const Error& e : st->skippedLines)
        out.text += e.message() + QLatin1Char('\n');

    QJsonObject json{{QStringLiteral("pid"), pid},
                     {QStringLiteral("name"), QString::fromUtf8(st->name)},
                     {QStringLiteral("lines"), lines},
                     {QStringLiteral("signals"), signalsJson},
                     {QStringLiteral("capabilities"), capsJson}};
    if (st->state)
        json.insert(QStringLiteral("state"), QString(QLatin1Char(st->state)));
    auto ids = [&](const std::optional<ProcStatus::IdSet>& set) {
        QJsonArray a;
        if (set) {
            for (const quint32 id : *set)
                a.append(double(id));
        }
        return a;
    };
    json.insert(QStringLiteral("uid"), ids(st->uid));
    json.insert(QStringLiteral("gid"), ids(st->gid));
    QJsonObject memory;
    const std::pair<const char*, const std::optional<quint64>*> vm[] = {
        {"VmPeak", &st->vmPeak},   {"VmSize", &st->vmSize},   {"VmLck", &st->vmLck},
        {"VmPin", &st->vmPin},     {"VmHWM", &st->vmHWM},     {"VmRSS", &st->vmRSS},
        {"RssAnon", &st->rssAnon}, {"RssFile", &st->rssFile}, {"RssShmem", &st->rssShmem},
        {"VmData", &st->vmData},   {"VmStk", &st->vmStk},     {"VmExe", &st->vmExe},
        {"VmLib", &st->vmLib},     {"VmPTE", &st->vmPTE},     {"VmSwap", &st->vmSwap},
    };
    for (const auto& [key, field] : vm) {
        if (*field)
            memory.insert(QLatin1String(key), double(**field));
    }
    json.insert(QStringLiteral("memoryBytes"), memory);
    if (st->voluntaryCtxtSwitches)
        json.insert(QStringLiteral("voluntaryCtxtSwitches"), double(*st->voluntaryCtxtSwitches));
    if (st->nonvoluntaryCtxtSwitches)
        json.insert(QStringLiteral("nonvoluntaryCtxtSwitches"), double(*st->nonvoluntaryCtxtSwitches));
    out.json = json;
    return 0;
}

} // namespace

void registerProcessCommands(QList<Command>& commands)
{
    commands.append(
        {QStringLiteral("ps"), QStringLiteral("[-L|--threads]"),
         QT_TRANSLATE_NOOP("kaleido::cli",
                           "every process (with -L every thread), like ps -eo pid,ppid,user,s,ni,pri,"
                           "rss,vsz,time,comm"),
         ps});
    commands.append(
        {QStringLiteral("tree"), QStringLiteral("[PID]"),
         QT_TRANSLATE_NOOP("kaleido::cli", "processes by parent, like pstree -p (kernel threads under "
                                           "kthreadd)"),
         tree});
    commands.append(
        {QStringLiteral("threads"), QStringLiteral("PID"),
         QT_TRANSLATE_NOOP("kaleido::cli", "the threads of one process: state, CPU time, command"), threads});
    commands.append({QStringLiteral("status"), QStringLiteral("PID"),
                     QT_TRANSLATE_NOOP("kaleido::cli",
                                       "/proc/PID/status decoded: users, capabilities and signals by name"),
                     status});
}

} // namespace kaleido::cli
