// SPDX-License-Identifier: GPL-2.0-or-later
#include "faultsfeedworker.h"

#include "benchprobe.h"
#include "oomscore.h"
#include "oomscoreadj.h"

#include <QElapsedTimer>

namespace kaleido {

namespace {

/// "VmSwap:    1234 kB" in the bytes of /proc/PID/status, in bytes; nullopt when the line is missing.
std::optional<quint64> vmSwapIn(QByteArrayView status)
{
    static constexpr QByteArrayView key = "\nVmSwap:";
    const qsizetype at = status.indexOf(key);
    if (at < 0)
        return std::nullopt;
    qsizetype i = at + key.size();
    while (i < status.size() && (status[i] == ' ' || status[i] == '\t'))
        ++i;
    if (i >= status.size() || status[i] < '0' || status[i] > '9')
        return std::nullopt;
    quint64 kib = 0;
    for (; i < status.size() && status[i] >= '0' && status[i] <= '9'; ++i)
        kib = kib * 10 + quint64(status[i] - '0');
    return kib * 1024;
}

} // namespace

FaultsFeedWorker::FaultsFeedWorker(KernelFs fs)
    : m_fs(std::move(fs))
    , m_sampler(m_fs, ProcessSampler::Threads::Skip)
{
    // A process that did not run since the last tick cannot have faulted: its row is reused (and each process
    // is still read in full every eighth tick, for its RSS under reclaim), as on the Processes page.
    m_sampler.setFullReadEvery(8);
}

std::shared_ptr<FaultsFrame> FaultsFeedWorker::freshFrame()
{
    for (auto& spare : m_spare) {
        if (spare && spare.use_count() == 1) {
            std::shared_ptr<FaultsFrame> frame = std::move(spare);
            frame->oom.clear();
            frame->oomRead = false;
            frame->error.reset();
            return frame;
        }
    }
    return std::make_shared<FaultsFrame>();
}

QList<OomEntry> FaultsFeedWorker::readOom(const KernelFs& fs, const ProcessSnapshot& snapshot)
{
    QList<OomEntry> entries;
    entries.reserve(snapshot.processes.size());
    QByteArray buffer;
    for (const TaskSample& task : snapshot.processes) {
        if (task.kernelThread || task.state == 'Z' || task.state == 'X')
            continue; // kernel threads are never chosen; a zombie has no memory left to free
        OomEntry entry;
        entry.pid = task.pid;
        entry.startTime = task.startTime;
        entry.name = QString::fromUtf8(task.comm());
        entry.uid = task.uid;
        entry.rssBytes = task.rssPages * quint64(snapshot.pageSize);
        const QString dir = QStringLiteral("/proc/%1/").arg(task.pid);
        if (!fs.readInto(dir + QStringLiteral("oom_score"), buffer)) {
            if (const auto score = parseOomScore(buffer))
                entry.score = score->score;
        }
        if (!fs.readInto(dir + QStringLiteral("oom_score_adj"), buffer)) {
            if (const auto adj = parseOomScoreAdj(buffer))
                entry.adjustment = adj->adjustment;
        }
        if (!fs.readInto(dir + QStringLiteral("status"), buffer))
            entry.swapBytes = vmSwapIn(buffer);
        entries.append(std::move(entry));
    }
    return entries;
}

void FaultsFeedWorker::sample(bool withOom)
{
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<FaultsFrame> frame = freshFrame();
    frame->sequence = ++m_sequence;
    frame->error = m_sampler.sample(frame->snapshot);
    if (withOom && !frame->error) {
        frame->oom = readOom(m_fs, frame->snapshot);
        frame->oomRead = true;
    }
    frame->sampleNs = timer.nsecsElapsed();
    bench::record("faults-sample", frame->sampleNs);
    if (m_previous) {
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
