// SPDX-License-Identifier: GPL-2.0-or-later
// Opening Memory ▸ Map on a big process, against the floor. A child (tests/unit/process/kaleido_mapchild.cpp)
// makes 20 000 one-page areas; then, interleaved in the same run:
//   raw    open/read/close of its smaps into a reused buffer: what any reader must pay;
//   open   MemoryMapModel::setProcess() on a model showing nothing, until loaded() has been delivered on this
//          (the GUI) thread: rows in, totals ready — read, parse, convert, two thread hops, the model reset;
//   reload MemoryMapModel::reload() of the same areas (what every refresh tick costs), until loaded().
// Prints the ratios (the target for open is at most 1.2×). Reports; never fails on time.
#include "memorymapmodel.h"
#include "pidfs.h"

#include <QElapsedTimer>
#include <QEventLoop>
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

/// Runs @p start and the event loop until @p model has answered; the nanoseconds it took.
qint64 timedUntilLoaded(MemoryMapModel& model, const std::function<void()>& start, bool* ok)
{
    QEventLoop loop;
    bool loaded = false;
    const auto onLoaded = QObject::connect(&model, &MemoryMapModel::loaded, &loop, [&] {
        loaded = true;
        loop.quit();
    });
    const auto onFailed = QObject::connect(&model, &MemoryMapModel::failed, &loop, [&] { loop.quit(); });
    QElapsedTimer timer;
    timer.start();
    start();
    loop.exec();
    const qint64 ns = timer.nsecsElapsed();
    QObject::disconnect(onLoaded);
    QObject::disconnect(onFailed);
    *ok = loaded;
    return ns;
}

} // namespace

class BenchMemoryMapModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openBigMap()
    {
        QFile limitFile(QStringLiteral("/proc/sys/vm/max_map_count"));
        QVERIFY(limitFile.open(QIODevice::ReadOnly));
        const int limit = limitFile.readAll().trimmed().toInt();
        const int areas = std::min(20000, limit - 100);
        QVERIFY2(areas > 1000, "vm.max_map_count is too low for this benchmark");

        QProcess child;
        child.start(QStringLiteral(KALEIDO_MAPCHILD), {QStringLiteral("many"), QString::number(areas)});
        QVERIFY(child.waitForReadyRead(60000));
        QVERIFY(child.readLine().startsWith("ready"));
        const qint32 pid = qint32(child.processId());
        const QByteArray path = QFile::encodeName(PidFs::path(pid, u"smaps"));

        constexpr int rounds = 20;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        Timing raw;
        Timing open;
        Timing reload;
        qsizetype bytes = 0;
        int rows = 0;

        // Warm up: page tables, dentries, the allocator, the model's thread.
        rawRead(path, buffer);
        {
            MemoryMapModel warm;
            bool ok = false;
            timedUntilLoaded(
                warm, [&] { warm.setProcess(pid); }, &ok);
            QVERIFY(ok);
        }
        // Interleaved, so that load from other processes on this machine hits all sides alike.
        for (int round = 0; round < rounds; ++round) {
            raw.ns.append([&] {
                QElapsedTimer timer;
                timer.start();
                bytes = rawRead(path, buffer);
                return timer.nsecsElapsed();
            }());
            MemoryMapModel model; // its worker thread is started here, outside the timing
            bool ok = false;
            open.ns.append(timedUntilLoaded(
                model, [&] { model.setProcess(pid); }, &ok));
            QVERIFY(ok);
            QVERIFY(model.totals().mappings >= areas);
            rows = model.rowCount();
            reload.ns.append(timedUntilLoaded(
                model, [&] { model.reload(); }, &ok));
            QVERIFY(ok);
        }
        QVERIFY(bytes > 0);
        QVERIFY(rows >= areas);
        qInfo("smaps of %d areas, %lld bytes: raw read %.3f ms; model open (rows and totals in) %.3f ms "
              "(%.2fx, "
              "target <= 1.2x); reload %.3f ms (%.2fx) -- best of %d; medians %.3f / %.3f / %.3f ms (%.2fx / "
              "%.2fx)",
              rows, qint64(bytes), raw.bestMs(), open.bestMs(), open.bestMs() / raw.bestMs(), reload.bestMs(),
              reload.bestMs() / raw.bestMs(), rounds, raw.medianMs(), open.medianMs(), reload.medianMs(),
              open.medianMs() / raw.medianMs(), reload.medianMs() / raw.medianMs());
        child.kill();
        child.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(BenchMemoryMapModel)
#include "bench_memorymapmodel.moc"
