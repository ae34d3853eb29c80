// SPDX-License-Identifier: GPL-2.0-or-later
// How much does Kaleido add to reading /proc/meminfo? Compares, in the same run, the sampler's path
// (KernelFs::readInto with a reused buffer + parseMeminfo) against the floor: open/read/close into a stack buffer.
#include "kernelfs.h"
#include "meminfo.h"

#include <QElapsedTimer>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace kaleido;

class BenchMeminfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleAgainstRawRead()
    {
        constexpr int rounds = 20000;
        char raw[16384];
        qint64 rawBytes = 0;

        QElapsedTimer floorTimer;
        floorTimer.start();
        for (int i = 0; i < rounds; ++i) {
            const int fd = ::open("/proc/meminfo", O_RDONLY | O_CLOEXEC);
            QVERIFY(fd >= 0);
            ssize_t n;
            while ((n = ::read(fd, raw, sizeof raw)) > 0)
                rawBytes += n;
            ::close(fd);
        }
        const qint64 floorNs = floorTimer.nsecsElapsed();

        const KernelFs fs;
        QByteArray buffer;
        qint64 fields = 0;
        QElapsedTimer coreTimer;
        coreTimer.start();
        for (int i = 0; i < rounds; ++i) {
            QVERIFY(!fs.readInto(QStringLiteral("/proc/meminfo"), buffer));
            const auto info = parseMeminfo(buffer);
            QVERIFY(info.ok());
            fields += info->fields.size();
        }
        const qint64 coreNs = coreTimer.nsecsElapsed();

        QVERIFY(rawBytes > 0);
        QVERIFY(fields >= qint64(rounds) * 40); // every round parsed a full meminfo
        const double floorUs = floorNs / 1000.0 / rounds;
        const double coreUs = coreNs / 1000.0 / rounds;
        qInfo("meminfo: raw read %.2f us, read+parse %.2f us per sample, ratio %.2fx the raw read",
              floorUs, coreUs, coreUs / floorUs);
    }
};

QTEST_GUILESS_MAIN(BenchMeminfo)
#include "bench_meminfo.moc"
