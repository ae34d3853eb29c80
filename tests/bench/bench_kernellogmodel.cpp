// SPDX-License-Identifier: GPL-2.0-or-later
// The Kernel log with a full buffer: 100 000 records (the model's capacity), against the floor. Interleaved:
//   parse   parseKmsgText() of the text, what any reader of the log must pay;
//   append  KernelLogModel::append() of the parsed records behind a KernelLogFilterModel (what the page does
//           with the first read of a big buffer);
//   search  a regular expression over all of them (the search field), and clearing it again;
//   follow  1 000 more records, one batch of 10 at a time, at capacity (oldest dropped), as a busy log does.
// Prints the times and ratios. Reports; never fails on time.
#include "kernellogfiltermodel.h"
#include "kernellogmodel.h"
#include "kmsgrecord.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace kaleido;

namespace {

QByteArray logText(int first, int count)
{
    QByteArray text;
    text.reserve(count * 80);
    for (int i = first; i < first + count; ++i) {
        const int level = i % 97 == 0 ? 3 : (i % 13 == 0 ? 4 : 6);
        text += QByteArray::number(level) + ',' + QByteArray::number(i) + ',' +
                QByteArray::number(qint64(i) * 1234) + ",-;driver" + QByteArray::number(i % 50) +
                ": something happened to device " + QByteArray::number(i % 1000) + "\n";
        if (i % 10 == 0)
            text += " SUBSYSTEM=pci\n DEVICE=+pci:0000:00:" + QByteArray::number(i % 32) + ".0\n";
    }
    return text;
}

double medianMs(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns.at(ns.size() / 2) / 1e6;
}

} // namespace

class BenchKernelLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullBuffer()
    {
        constexpr int records = 100000;
        const QByteArray text = logText(1, records);
        QList<qint64> parse, append, search, follow;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            const auto log = parseKmsgText(text);
            parse.append(timer.nsecsElapsed());
            QVERIFY(log.ok());
            QCOMPARE(log->records.size(), records);

            KernelLogModel model;
            KernelLogFilterModel filter;
            filter.setSourceModel(&model);
            timer.restart();
            model.append(log->records);
            append.append(timer.nsecsElapsed());
            QCOMPARE(filter.rowCount(), records);

            timer.restart();
            filter.setText(QStringLiteral("device 42$"), true);
            const int found = filter.rowCount();
            filter.setText(QString());
            search.append(timer.nsecsElapsed());
            QCOMPARE(found, 100);

            QList<QList<KmsgRecord>> batches;
            for (int b = 0; b < 100; ++b)
                batches.append(parseKmsgText(logText(records + 1 + b * 10, 10))->records);
            timer.restart();
            for (const QList<KmsgRecord>& batch : std::as_const(batches))
                model.append(batch);
            follow.append(timer.nsecsElapsed());
            QCOMPARE(model.rowCount(), records);
        }
        const double floor = medianMs(parse);
        qInfo("100 000 records, %.1f MB of text; medians of 5 rounds:", text.size() / 1e6);
        qInfo("  parse  %8.1f ms (floor)", floor);
        qInfo("  append %8.1f ms (%.2fx the floor)", medianMs(append), medianMs(append) / floor);
        qInfo("  search %8.1f ms (filter and clear, %.2fx)", medianMs(search), medianMs(search) / floor);
        qInfo("  follow %8.1f ms for 100 batches of 10 at capacity (%.3f ms a batch)", medianMs(follow),
              medianMs(follow) / 100);
    }
};

QTEST_GUILESS_MAIN(BenchKernelLogModel)
#include "bench_kernellogmodel.moc"
