// SPDX-License-Identifier: GPL-2.0-or-later
// What does Kaleido add to reading a big process's memory maps? A child
// (tests/unit/process/kaleido_mapchild.cpp) makes 20 000 one-page areas; then, interleaved in the same run,
// the floor (open/read/close into a reused buffer) is timed against our reader (read + parse) for maps,
// smaps_rollup and smaps. Reports; never fails on time.
#include "memorymaps.h"
#include "pidfs.h"
#include "smaps.h"
#include "smapsrollup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace kaleido;

namespace {

struct Timing
{
    QList<qint64> ns;

    double bestMs() const { return *std::min_element(ns.cbegin(), ns.cend()) / 1e6; }
    double medianMs() const
    {
        QList<qint64> sorted = ns;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2) / 1e6;
    }
};

qint64 timed(const std::function<void()>& fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return timer.nsecsElapsed();
}

// The floor: what any reader must pay to get the bytes out of the kernel.
qsizetype rawRead(const QByteArray& path, QByteArray& buffer)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    qsizetype used = 0;
    for (;;) {
        if (buffer.size() - used < 65536)
            buffer.resize(buffer.size() * 2 + 65536);
        const ssize_t n = ::read(fd, buffer.data() + used, size_t(buffer.size() - used));
        if (n <= 0)
            break;
        used += n;
    }
    ::close(fd);
    return used;
}

} // namespace

class BenchMemoryMaps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyAreas()
    {
        // Leave room below vm.max_map_count (65530 by default) for the child's own areas.
        QFile limitFile(QStringLiteral("/proc/sys/vm/max_map_count"));
        QVERIFY(limitFile.open(QIODevice::ReadOnly));
        const int limit = limitFile.readAll().trimmed().toInt();
        const int areas = std::min(20000, limit - 100);
        QVERIFY2(areas > 1000, "vm.max_map_count is too low for this benchmark");

        QProcess child;
        child.start(QStringLiteral(KALEIDO_MAPCHILD), {QStringLiteral("many"), QString::number(areas)});
        QVERIFY(child.waitForReadyRead(60000));
        QVERIFY(child.readLine().startsWith("ready"));
        const int pid = int(child.processId());
        const KernelFs fs;

        struct Source
        {
            const char* name;
            QString leaf;
            std::function<qsizetype()> ours; // read + parse; returns the number of entries or fields
            std::function<qsizetype(QByteArrayView)> parseOnly;
            int rounds;
        };
        const QList<Source> sources{
            {"maps", QStringLiteral("maps"),
             [&] {
                 const auto r = readMaps(fs, pid);
                 return r ? r->maps.size() : -1;
             },
             [](QByteArrayView bytes) {
                 const auto r = parseMaps(bytes);
                 return r ? r->maps.size() : -1;
             },
             40},
            {"smaps_rollup", QStringLiteral("smaps_rollup"),
             [&] {
                 const auto r = readSmapsRollup(fs, pid);
                 return r ? r->fields.size() : -1;
             },
             [](QByteArrayView bytes) {
                 const auto r = parseSmapsRollup(bytes);
                 return r ? r->fields.size() : -1;
             },
             40},
            {"smaps", QStringLiteral("smaps"),
             [&] {
                 const auto r = readSmaps(fs, pid);
                 return r ? r->entries.size() : -1;
             },
             [](QByteArrayView bytes) {
                 const auto r = parseSmaps(bytes);
                 return r ? r->entries.size() : -1;
             },
             12},
        };

        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (const Source& source : sources) {
            const QByteArray path = QFile::encodeName(PidFs::path(pid, source.leaf));
            Timing raw;
            Timing ours;
            Timing parse;
            qsizetype bytes = 0;
            qsizetype entries = 0;
            rawRead(path, buffer); // warm up: page tables, dentries, the allocator
            source.ours();
            // Interleaved, so that load from other processes on this machine hits both sides alike.
            for (int round = 0; round < source.rounds; ++round) {
                raw.ns.append(timed([&] { bytes = rawRead(path, buffer); }));
                ours.ns.append(timed([&] { entries = source.ours(); }));
                const QByteArrayView text(buffer.constData(), bytes);
                parse.ns.append(timed([&] { QVERIFY(source.parseOnly(text) == entries); }));
            }
            QVERIFY(bytes > 0);
            QVERIFY(entries > 0);
            if (QByteArrayView(source.name) != "smaps_rollup")
                QVERIFY(entries >= areas);
            qInfo("%-12s %8lld bytes, %6lld entries: raw read %8.3f ms, read+parse %8.3f ms (%.2fx), parse "
                  "alone "
                  "%7.3f ms — best of %d; medians %.3f / %.3f ms (%.2fx)",
                  source.name, qint64(bytes), qint64(entries), raw.bestMs(), ours.bestMs(),
                  ours.bestMs() / raw.bestMs(), parse.bestMs(), source.rounds, raw.medianMs(),
                  ours.medianMs(), ours.medianMs() / raw.medianMs());
        }
        child.kill();
        child.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(BenchMemoryMaps)
#include "bench_memorymaps.moc"
