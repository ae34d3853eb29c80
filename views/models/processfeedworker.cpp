// SPDX-License-Identifier: GPL-2.0-or-later
#include "processfeedworker.h"

#include "benchprobe.h"
#include "oomscore.h"
#include "oomscoreadj.h"
#include "processcgroups.h"
#include "processcmdline.h"
#include "processfeed.h"
#include "processnamespaces.h"
#include "smapsrollup.h"

#include <QElapsedTimer>

#include <ctime>

namespace kaleido {

namespace {

qint64 nowNs(clockid_t clock)
{
    timespec now{};
    ::clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The "btime" line of /proc/stat: boot time in seconds since the epoch (for a captured tree).
qint64 bootTimeFromProcStat(const KernelFs& fs)
{
    const auto bytes = fs.readFile(QStringLiteral("/proc/stat"));
    if (!bytes)
        return 0;
    const QByteArrayView text(bytes.value());
    const qsizetype at = text.indexOf("\nbtime ");
    if (at < 0)
        return 0;
    qint64 seconds = 0;
    for (qsizetype i = at + 7; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        seconds = seconds * 10 + (text[i] - '0');
    return seconds * 1000;
}

constexpr std::array<const char*, size_t(NamespaceKind::Count)> namespaceFiles = {
    "pid", "mnt", "net", "user", "uts", "ipc", "cgroup"};

} // namespace

ProcessFeedWorker::ProcessFeedWorker(KernelFs fs)
    : m_fs(std::move(fs))
    , m_sampler(m_fs)
{
    // Processes that did not run since the last tick keep their row; each is still read in full at least
    // every eighth tick, and the visible ones on every tick (see ProcessSampler::setFullReadEvery()).
    m_sampler.setFullReadEvery(fullReadEvery);
}

qint64 ProcessFeedWorker::bootTimeMs() const
{
    if (m_fs.isLive())
        return (nowNs(CLOCK_REALTIME) - nowNs(CLOCK_BOOTTIME)) / 1'000'000;
    return bootTimeFromProcStat(m_fs);
}

std::shared_ptr<ProcessFrame> ProcessFeedWorker::freshFrame()
{
    // A frame the GUI no longer holds keeps its arrays' capacity (the snapshot, the diff, which
    // ProcessDiff::compute() refills in place, and the command lines): refilling it allocates nothing.
    for (auto& spare : m_spare) {
        if (spare && spare.use_count() == 1) {
            std::shared_ptr<ProcessFrame> frame = std::move(spare);
            frame->commandLines.clear();
            frame->lazy.clear();
            frame->error.reset();
            return frame;
        }
    }
    return std::make_shared<ProcessFrame>();
}

LazyValues ProcessFeedWorker::readLazy(const KernelFs& fs, const LazyTarget& target, LazyGroups groups)
{
    LazyValues values;
    values.pid = target.pid;
    values.startTime = target.startTime;
    values.read = groups;
    if (groups & LazyGroup::Memory) {
        if (const auto rollup = readSmapsRollup(fs, target.pid)) {
            values.pss = rollup.value().value("Pss");
            values.swap = rollup.value().value("Swap");
        }
    }
    if (groups & LazyGroup::Oom) {
        if (const auto score = readOomScore(fs, target.pid))
            values.oomScore = score.value().score;
        if (const auto adj = readOomScoreAdj(fs, target.pid))
            values.oomScoreAdj = adj.value().adjustment;
    }
    if (groups & LazyGroup::Cgroup) {
        if (const auto cgroups = readProcessCgroups(fs, target.pid)) {
            if (const auto unified = cgroups.value().unifiedPath())
                values.cgroup = QString::fromUtf8(*unified);
            else if (!cgroups.value().memberships.isEmpty())
                values.cgroup = QString::fromUtf8(cgroups.value().memberships.constFirst().path);
        }
    }
    if (groups & LazyGroup::Namespaces) {
        if (const auto namespaces = readProcessNamespaces(fs, target.pid)) {
            for (size_t i = 0; i < namespaceFiles.size(); ++i) {
                if (const auto* ns = namespaces.value().find(namespaceFiles[i]))
                    values.namespaces[i] = ns->inode;
            }
        }
    }
    return values;
}

void ProcessFeedWorker::sample(bool threads, LazyGroups groups, const QList<LazyTarget>& targets)
{
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<ProcessFrame> frame = freshFrame();
    frame->sequence = ++m_sequence;
    m_sampler.setThreads(threads ? ProcessSampler::Threads::Include : ProcessSampler::Threads::Skip);
    QList<qint32> visible;
    visible.reserve(targets.size());
    for (const LazyTarget& target : targets)
        visible.append(target.pid);
    m_sampler.setAlwaysRead(std::move(visible));
    frame->error = m_sampler.sample(frame->snapshot);
    frame->bootTimeMs = bootTimeMs();

    const ProcessSnapshot& now = frame->snapshot;
    if (m_previous)
        ProcessDiff::compute(m_previous->snapshot, now, frame->diff);
    else
        ProcessDiff::compute(ProcessSnapshot(), now, frame->diff);

    // Command lines: carried over while the process stays the same program, read when it is new or exec'd.
    frame->commandLines.resize(now.processes.size());
    for (qsizetype i = 0; i < now.processes.size(); ++i) {
        const TaskSample& task = now.processes[i];
        const TaskDelta& delta = frame->diff.processes.deltas[i];
        if (task.kernelThread)
            continue;
        if (m_previous && delta.previous >= 0 && !(delta.changes & TaskChange::Comm) &&
            (task.state != 'Z') == (m_previous->snapshot.processes[delta.previous].state != 'Z')) {
            frame->commandLines[i] = m_previous->commandLines[delta.previous];
            continue;
        }
        if (const auto cmdline = readProcessCmdline(m_fs, task.pid))
            frame->commandLines[i] = cmdline.value().joined();
    }

    // Lazy columns for the rows the person sees, within a budget of reads and of time.
    if (groups != LazyGroup::None) {
        QElapsedTimer lazyTimer;
        lazyTimer.start();
        int count = 0;
        for (const LazyTarget& target : targets) {
            if (count++ >= ProcessFeed::lazyBudget || lazyTimer.nsecsElapsed() > 10'000'000)
                break;
            frame->lazy.append(readLazy(m_fs, target, groups));
        }
    }

    frame->sampleNs = timer.nsecsElapsed();
    bench::record("sample", frame->sampleNs);
    if (m_previous) {
        // Keep the older frame as a spare unless a spare slot already holds one.
        for (auto& spare : m_spare) {
            if (!spare) {
                spare = m_previous;
                break;
            }
        }
    }
    m_previous = frame;
    Q_EMIT frameReady(frame);
}

} // namespace kaleido
