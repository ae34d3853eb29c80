// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymapmodel.h"
#include "smaps.h"
#include "testutils.h"
#include "units.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

using namespace kaleido;

namespace {

using Mapping = MemoryMapModel::Mapping;
using Change = MemoryMapModel::Change;

constexpr quint64 KiB = 1024;

/// Loads @p pid into @p model and waits for the answer; true when it loaded.
bool loadAndWait(MemoryMapModel& model, qint32 pid, bool reload = false)
{
    QSignalSpy loaded(&model, &MemoryMapModel::loaded);
    QSignalSpy failed(&model, &MemoryMapModel::failed);
    if (reload)
        model.reload();
    else
        model.setProcess(pid);
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 10000);
    return !loaded.isEmpty();
}

int rowOfPath(const MemoryMapModel& model, const QString& path)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.mapping(row).path == path)
            return row;
    }
    return -1;
}

QString cell(const MemoryMapModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

/// One smaps entry with the counters the diff looks at.
QByteArray entry(const char* header, quint64 sizeKiB, quint64 rssKiB)
{
    return QByteArray(header) + "\nSize: " + QByteArray::number(sizeKiB) +
           " kB\nRss: " + QByteArray::number(rssKiB) + " kB\nAnonymous: " + QByteArray::number(rssKiB) +
           " kB\nTHPeligible: 1\nVmFlags: rd wr mr mw me ac \n";
}

MemoryMapModel::Snapshot snapshotOf(const QByteArray& text)
{
    const auto smaps = parseSmaps(text);
    return smaps.ok() ? MemoryMapModel::fromSmaps(*smaps, 42) : MemoryMapModel::Snapshot{};
}

} // namespace

class TestMemoryMapModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The sums are those of tst_smaps (added up with awk over the same files), i.e. what `pmap -X` prints.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("rows");
        QTest::addColumn<quint64>("sizeKiB");
        QTest::addColumn<quint64>("rssKiB");
        QTest::addColumn<quint64>("pssKiB");
        QTest::addColumn<quint64>("anonKiB");
        QTest::addColumn<quint64>("firstPssKiB");
        QTest::newRow("6.18 host bash") << QStringLiteral("linux-6.18-host") << 6600 << 30 << quint64(4076)
                                        << quint64(3256) << quint64(816) << quint64(396) << quint64(37);
        QTest::newRow("6.1 debian bash") << QStringLiteral("linux-6.1-debian") << 133 << 28 << quint64(4064)
                                         << quint64(3140) << quint64(2579) << quint64(392) << quint64(188);
        QTest::newRow("6.1 debian init") << QStringLiteral("linux-6.1-debian") << 1 << 10 << quint64(2260)
                                         << quint64(1600) << quint64(1593) << quint64(60) << quint64(4);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(int, rows);
        QFETCH(quint64, sizeKiB);
        QFETCH(quint64, rssKiB);
        QFETCH(quint64, pssKiB);
        QFETCH(quint64, anonKiB);
        QFETCH(quint64, firstPssKiB);

        MemoryMapModel model{KernelFs(test::fixtureRoot(kernel))};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndWait(model, pid));
        QVERIFY(!model.isLoading());
        QVERIFY(!model.error());
        QCOMPARE(model.pid(), pid);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.columnCount(), int(MemoryMapModel::ColumnCount));

        const MemoryMapModel::Totals& totals = model.totals();
        QCOMPARE(totals.mappings, rows);
        QCOMPARE(totals.size, sizeKiB * KiB);
        QCOMPARE(totals.values[MemoryMapModel::Rss], rssKiB * KiB);
        QCOMPARE(totals.values[MemoryMapModel::Pss], pssKiB * KiB);
        QCOMPARE(totals.values[MemoryMapModel::Anonymous], anonKiB * KiB);
        QCOMPARE(totals.values[MemoryMapModel::Swap], quint64(0));
        QCOMPARE(model.totalData(MemoryMapModel::RssColumn, MemoryMapModel::SortRole),
                 QVariant(rssKiB * KiB));
        QVERIFY(model.totalData(MemoryMapModel::RssColumn).toString().contains(QStringLiteral("MiB")));
        QVERIFY(!model.totalData(MemoryMapModel::PathColumn).toString().isEmpty());

        QCOMPARE(model.index(0, MemoryMapModel::PssColumn).data(MemoryMapModel::SortRole),
                 QVariant(firstPssKiB * KiB));
        QCOMPARE(cell(model, 0, MemoryMapModel::PssColumn), Units::formatBytes(firstPssKiB * KiB));

        // The same totals as the core's pmap -X sums, key by key.
        const auto smaps = readSmaps(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY(smaps.ok());
        const SmapsTotals core = smapsTotals(*smaps);
        QCOMPARE(totals.values[MemoryMapModel::Referenced], *core.value(*smaps, "Referenced"));
        QCOMPARE(totals.values[MemoryMapModel::PrivateDirty], *core.value(*smaps, "Private_Dirty"));
        QCOMPARE(totals.values[MemoryMapModel::SharedClean], *core.value(*smaps, "Shared_Clean"));
        QCOMPARE(totals.values[MemoryMapModel::Locked], *core.value(*smaps, "Locked"));

        // Every column explains itself in its header tooltip.
        for (int column = 0; column < MemoryMapModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            QVERIFY2(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().size() > 20,
                     qPrintable(QString::number(column)));
        }
        // Every row has its address range in order and a decoded flag line.
        for (int row = 0; row < model.rowCount(); ++row) {
            const Mapping& m = model.mapping(row);
            QVERIFY(m.start < m.end);
            QCOMPARE(model.rowOfAddress(m.start), row);
            QCOMPARE(model.rowOfAddress(m.end - 1), row);
            QVERIFY(!cell(model, row, MemoryMapModel::VmFlagsColumn).isEmpty());
            QVERIFY(!cell(model, row, MemoryMapModel::PathColumn).isEmpty());
        }
    }

    void hostColumnsAndKinds()
    {
        MemoryMapModel model{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndWait(model, 6600));

        // 5571a223f000-5571a226e000 r--p 00000000 fe:00 247101 /usr/bin/bash
        QCOMPARE(cell(model, 0, MemoryMapModel::StartColumn), u"5571a223f000");
        QCOMPARE(cell(model, 0, MemoryMapModel::EndColumn), u"5571a226e000");
        QCOMPARE(cell(model, 0, MemoryMapModel::SizeColumn), Units::formatBytes(188 * KiB));
        QCOMPARE(model.index(0, MemoryMapModel::SizeColumn).data(MemoryMapModel::SortRole),
                 QVariant(188 * KiB));
        QCOMPARE(cell(model, 0, MemoryMapModel::PermissionsColumn), u"r--p");
        QCOMPARE(cell(model, 0, MemoryMapModel::OffsetColumn), u"00000000");
        QCOMPARE(cell(model, 0, MemoryMapModel::DeviceColumn), u"fe:00");
        QCOMPARE(cell(model, 0, MemoryMapModel::InodeColumn), u"247101");
        QCOMPARE(cell(model, 0, MemoryMapModel::PathColumn), u"/usr/bin/bash");
        QCOMPARE(cell(model, 0, MemoryMapModel::ThpEligibleColumn), u"no");
        QCOMPARE(cell(model, 1, MemoryMapModel::OffsetColumn), u"0002f000");
        QCOMPARE(model.index(0, 0).data(MemoryMapModel::KindRole),
                 QVariant(int(MemoryMapModel::Kind::FileBacked)));

        const auto kindAt = [&](int row) {
            return MemoryMapModel::Kind(model.index(row, 0).data(MemoryMapModel::KindRole).toInt());
        };
        QCOMPARE(kindAt(1), MemoryMapModel::Kind::Code);      // r-xp bash
        QCOMPARE(kindAt(4), MemoryMapModel::Kind::Data);      // rw-p bash
        QCOMPARE(kindAt(5), MemoryMapModel::Kind::Anonymous); // rw-p anonymous (BSS)
        QCOMPARE(cell(model, 5, MemoryMapModel::PathColumn), u"anonymous");

        const int heap = rowOfPath(model, QStringLiteral("[heap]"));
        QVERIFY(heap >= 0);
        QCOMPARE(kindAt(heap), MemoryMapModel::Kind::Heap);
        QCOMPARE(model.index(heap, MemoryMapModel::RssColumn).data(MemoryMapModel::SortRole),
                 QVariant(196 * KiB));
        QCOMPARE(model.index(heap, MemoryMapModel::PrivateDirtyColumn).data(MemoryMapModel::SortRole),
                 QVariant(196 * KiB));
        QCOMPARE(model.mapping(heap).vmFlags, u"rd wr mr mw me ac");
        QCOMPARE(cell(model, heap, MemoryMapModel::VmFlagsColumn),
                 MemoryMapModel::vmFlagWords(u"rd wr mr mw me ac"));
        QVERIFY(cell(model, heap, MemoryMapModel::VmFlagsColumn).startsWith(QStringLiteral("readable, ")));
        QVERIFY(cell(model, heap, MemoryMapModel::VmFlagsColumn, Qt::ToolTipRole).contains(u"ac: "));

        QCOMPARE(kindAt(rowOfPath(model, QStringLiteral("[stack]"))), MemoryMapModel::Kind::Stack);
        QCOMPARE(kindAt(rowOfPath(model, QStringLiteral("[vvar]"))), MemoryMapModel::Kind::Vdso);
        QCOMPARE(kindAt(rowOfPath(model, QStringLiteral("[vvar_vclock]"))), MemoryMapModel::Kind::Vdso);
        QCOMPARE(kindAt(rowOfPath(model, QStringLiteral("[vdso]"))), MemoryMapModel::Kind::Vdso);
        QCOMPARE(kindAt(rowOfPath(model, QStringLiteral("[vsyscall]"))), MemoryMapModel::Kind::Vdso);

        // Between two areas there is no mapping.
        QCOMPARE(model.rowOfAddress(0x1000), -1);
        QCOMPARE(model.rowOfAddress(model.mapping(5).end), -1);

        // Sorting by the raw value: the largest resident area first.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(MemoryMapModel::SortRole);
        proxy.sort(MemoryMapModel::RssColumn, Qt::DescendingOrder);
        quint64 largest = 0;
        for (const Mapping& m : model.mappings())
            largest = std::max(largest, m.values[MemoryMapModel::Rss]);
        QCOMPARE(proxy.index(0, MemoryMapModel::RssColumn).data(MemoryMapModel::SortRole), QVariant(largest));
    }

    void kinds()
    {
        using K = MemoryMapModel::Kind;
        const quint8 r = MemoryMap::Read, w = MemoryMap::Write, x = MemoryMap::Execute, s = MemoryMap::Shared;
        QCOMPARE(MemoryMapModel::kindOf(MappingKind::File, 0), K::Guard);
        QCOMPARE(MemoryMapModel::kindOf(MappingKind::Anonymous, 0), K::Guard);
        QCOMPARE(MemoryMapModel::kindOf(MappingKind::File, r | w | s), K::Shared);
        QCOMPARE(MemoryMapModel::kindOf(MappingKind::Anonymous, r | w | s), K::Shared);
        QCOMPARE(MemoryMapModel::kindOf(MappingKind::Anonymous, r | w | x), K::Code); // a JIT
        QCOMPARE(MemoryMapModel::kindOf(MappingKind::NamedAnonymous, r | w), K::Anonymous);
        QCOMPARE(MemoryMapModel::kindOf(MappingKind::ThreadStack, r | w), K::Stack);
        for (int k = 0; k <= int(K::Vdso); ++k)
            QVERIFY(!MemoryMapModel::kindName(K(k)).isEmpty());
    }

    void reloadKeepsRows()
    {
        MemoryMapModel model{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndWait(model, 133));
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(loadAndWait(model, 133, true));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.diffAgainst(model.takeSnapshot()).isEmpty());

        // Another PID resets.
        QVERIFY(loadAndWait(model, 1));
        QVERIFY(resets.size() >= 1);
        QCOMPARE(model.rowCount(), 10);
    }

    void newestRequestWins()
    {
        MemoryMapModel model{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MemoryMapModel::loaded);
        model.setProcess(133);
        model.setProcess(1);
        QVERIFY(model.isLoading());
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 10);
    }

    void missingProcess()
    {
        MemoryMapModel model{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &MemoryMapModel::failed);
        QVERIFY(!loadAndWait(model, 999999));
        QCOMPARE(failed.size(), 1);
        QVERIFY(model.error());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorText(), u"The process does not exist any more.");
    }

    void permissionDenied()
    {
        const Error denied{ErrorKind::PermissionDenied, QStringLiteral("/proc/1/smaps"), 0, {}};
        if (::geteuid() != 0) {
            QCOMPARE(MemoryMapModel::errorSentence(denied),
                     u"This is another user's process: reading its memory map needs root.");
            // A file this user may not read, below a fake root.
            QTemporaryDir root;
            QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc/7")));
            QFile file(root.path() + QStringLiteral("/proc/7/smaps"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::Permissions()));
            MemoryMapModel model{KernelFs(root.path())};
            QSignalSpy failed(&model, &MemoryMapModel::failed);
            QVERIFY(!loadAndWait(model, 7));
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::PermissionDenied);
            QCOMPARE(model.errorText(), MemoryMapModel::errorSentence(denied));
        } else {
            QVERIFY(MemoryMapModel::errorSentence(denied).contains(u"/proc/1/smaps"));
        }
    }

    void diffOfSnapshots()
    {
        const auto before = snapshotOf(entry("1000-3000 rw-p 00000000 00:00 0 [heap]", 8, 8) +
                                       entry("5000-6000 rw-p 00000000 00:00 0", 4, 4) +
                                       entry("8000-9000 r--p 00000000 fe:00 12 /usr/lib/x.so", 4, 4) +
                                       entry("a000-c000 rw-p 00000000 00:00 0", 8, 4) +
                                       entry("f000-10000 rw-p 00000000 00:00 0 [stack]", 4, 4));
        const auto after = snapshotOf(entry("1000-5000 rw-p 00000000 00:00 0 [heap]", 16, 12) +
                                      entry("6000-7000 rw-p 00000000 00:00 0", 4, 4) +
                                      entry("8000-9000 r--p 00000000 fe:00 12 /usr/lib/x.so", 4, 4) +
                                      entry("a000-b000 rw-p 00000000 00:00 0", 4, 4) +
                                      entry("e000-10000 rw-p 00000000 00:00 0 [stack]", 8, 8));
        QCOMPARE(before.mappings.size(), 5);
        QCOMPARE(after.mappings.size(), 5);
        QCOMPARE(after.totals.values[MemoryMapModel::Rss], (12 + 4 + 4 + 4 + 8) * KiB);
        QCOMPARE(after.totals.values[MemoryMapModel::ThpEligible], quint64(5));

        const QList<Change> changes = MemoryMapModel::diff(before, after);
        QCOMPARE(changes.size(), 5);
        QCOMPARE(changes.at(0).type, Change::Grown); // the heap
        QCOMPARE(changes.at(0).after.path, u"[heap]");
        QCOMPARE(changes.at(0).sizeDelta, qint64(8 * KiB));
        QCOMPARE(changes.at(0).rssDelta, qint64(4 * KiB));
        QCOMPARE(changes.at(1).type, Change::Removed);
        QCOMPARE(changes.at(1).before.start, quint64(0x5000));
        QCOMPARE(changes.at(1).sizeDelta, -qint64(4 * KiB));
        QCOMPARE(changes.at(2).type, Change::Added);
        QCOMPARE(changes.at(2).after.start, quint64(0x6000));
        QCOMPARE(changes.at(3).type, Change::Shrunk);
        QCOMPARE(changes.at(3).after.end, quint64(0xb000));
        QCOMPARE(changes.at(4).type, Change::Grown); // the stack, downwards: same end, lower start
        QCOMPARE(changes.at(4).before.start, quint64(0xf000));
        QCOMPARE(changes.at(4).after.start, quint64(0xe000));
        QCOMPARE(changes.at(4).rssDelta, qint64(4 * KiB));

        QVERIFY(MemoryMapModel::diff(after, after).isEmpty());
        QCOMPARE(MemoryMapModel::diff({}, after).size(), 5);
    }

    void diffInWords()
    {
        const auto before = snapshotOf(entry("100000-200000 rw-p 00000000 00:00 0 [heap]", 1024, 1024) +
                                       entry("500000-501000 rw-p 00000000 00:00 0", 4, 4));
        const auto after = snapshotOf(entry("100000-300000 rw-p 00000000 00:00 0 [heap]", 2048, 2048) +
                                      entry("600000-700000 rw-p 00000000 00:00 0", 1024, 512));
        const QList<Change> changes = MemoryMapModel::diff(before, after);
        QCOMPARE(changes.size(), 3); // the heap grew, 500000 went, 600000 came
        const QString mib = Units::formatBytes(1024 * KiB);
        const QString words = MemoryMapModel::diffSummary(before, after, changes);
        QVERIFY2(words.contains(QStringLiteral("Areas since the snapshot: 1 added (+%1)").arg(mib)),
                 qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("1 grew (+%1)").arg(mib)), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("1 removed (\u2212%1)").arg(Units::formatBytes(4 * KiB))),
                 qPrintable(words));
        QVERIFY2(words.contains(
                     QStringLiteral("[heap] grew by %1 to %2").arg(mib, Units::formatBytes(2048 * KiB))),
                 qPrintable(words));
        QVERIFY2(
            words.contains(QStringLiteral("resident +%1").arg(Units::formatBytes((2048 + 512 - 1028) * KiB))),
            qPrintable(words));
        QVERIFY2(MemoryMapModel::diffSummary(after, after, {}).startsWith(u"No mapping was added"),
                 qPrintable(MemoryMapModel::diffSummary(after, after, {})));
        QVERIFY(
            MemoryMapModel::changeSentence(changes.at(0)).startsWith(QStringLiteral("Grew by %1").arg(mib)));
    }

    // A baseline kept by the model: each read is compared with it, the changed rows say so.
    void baselineMarksChangedRows()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc/42")));
        const QString path = root.path() + QStringLiteral("/proc/42/smaps");
        auto write = [&](const QByteArray& text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        const QByteArray first = entry("1000-3000 rw-p 00000000 00:00 0 [heap]", 8, 8) +
                                 entry("8000-9000 r--p 00000000 fe:00 12 /usr/lib/x.so", 4, 4);
        write(first);
        MemoryMapModel model{KernelFs(root.path())};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndWait(model, 42));
        QCOMPARE(model.expectedBytes(), first.size());
        QCOMPARE(model.bytesRead(), first.size());
        QVERIFY(model.takeSnapshot().takenMs > 0);
        QVERIFY(!model.hasBaseline());
        QVERIFY(!model.index(0, 0).data(MemoryMapModel::ChangeRole).isValid());

        QSignalSpy updated(&model, &MemoryMapModel::changesUpdated);
        model.setBaseline(model.takeSnapshot());
        QCOMPARE(updated.size(), 1);
        QVERIFY(model.hasBaseline());
        QVERIFY(model.changes().isEmpty());

        write(entry("1000-5000 rw-p 00000000 00:00 0 [heap]", 16, 16) +
              entry("6000-7000 rw-p 00000000 00:00 0", 4, 4) +
              entry("8000-9000 r--p 00000000 fe:00 12 /usr/lib/x.so", 4, 4));
        QVERIFY(loadAndWait(model, 42, true));
        QCOMPARE(updated.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.changes().size(), 2);
        QCOMPARE(model.changeAt(0), std::optional(Change::Grown));
        QCOMPARE(model.changeAt(1), std::optional(Change::Added));
        QCOMPARE(model.changeAt(2), std::nullopt);
        QCOMPARE(model.index(0, MemoryMapModel::RssColumn).data(MemoryMapModel::ChangeRole),
                 QVariant(int(Change::Grown)));
        QCOMPARE(model.index(1, 0).data(Qt::BackgroundRole).value<QColor>(),
                 MemoryMapModel::changeColor(Change::Added));
        QVERIFY(!model.index(2, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(cell(model, 0, MemoryMapModel::SizeColumn, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("Grew by %1").arg(Units::formatBytes(8 * KiB))));
        QVERIFY(cell(model, 1, MemoryMapModel::PathColumn, Qt::ToolTipRole).startsWith(u"Added since"));
        QCOMPARE(model.index(0, MemoryMapModel::PathColumn).data(Qt::DecorationRole).value<QColor>(),
                 MemoryMapModel::kindColor(MemoryMapModel::Kind::Heap));

        // A reload with the same areas keeps the marks (and the rows).
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QVERIFY(loadAndWait(model, 42, true));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.changeAt(1), std::optional(Change::Added));

        model.clearBaseline();
        QVERIFY(!model.hasBaseline());
        QVERIFY(model.changes().isEmpty());
        QCOMPARE(model.changeAt(0), std::nullopt);

        // Another process drops the baseline: a diff is only meaningful for one PID.
        model.setBaseline(model.takeSnapshot());
        QVERIFY(!loadAndWait(model, 43));
        QVERIFY(!model.hasBaseline());
    }

    // A large map is parsed in pieces while it is still being read: the rows come out whole and in order,
    // also where a piece ends in the middle of an area.
    void largeMapInPieces()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("proc/77")));
        QByteArray text;
        constexpr int areas = 12000;
        quint64 rss = 0;
        for (int i = 0; i < areas; ++i) {
            const quint64 start = 0x7f0000000000 + quint64(i) * 0x3000;
            const QByteArray header =
                QByteArray::number(start, 16) + '-' + QByteArray::number(start + 0x2000, 16) +
                (i % 2 ? " r--p 00000000 00:00 0" : " rw-p 00000000 fe:00 42 /usr/lib/libx.so");
            text += entry(header.constData(), 8, quint64(i % 3) * 4);
            rss += quint64(i % 3) * 4 * KiB;
        }
        QVERIFY(text.size() > 4 * 256 * 1024); // several pieces
        QFile file(root.path() + QStringLiteral("/proc/77/smaps"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();

        MemoryMapModel model{KernelFs(root.path())};
        QVERIFY(loadAndWait(model, 77));
        QCOMPARE(model.rowCount(), areas);
        for (int i = 0; i < areas; ++i) {
            const Mapping& m = model.mapping(i);
            QCOMPARE(m.start, 0x7f0000000000 + quint64(i) * 0x3000);
            QCOMPARE(m.path.isEmpty(), i % 2 == 1);
            QCOMPARE(m.values[MemoryMapModel::Rss], quint64(i % 3) * 4 * KiB);
            QCOMPARE(m.vmFlags, u"rd wr mr mw me ac");
        }
        QCOMPARE(model.totals().mappings, areas);
        QCOMPARE(model.totals().values[MemoryMapModel::Rss], rss);
        QCOMPARE(model.totals().size, quint64(areas) * 0x2000);
        QCOMPARE(model.expectedBytes(), text.size());

        // The same text parsed whole gives the same rows.
        const MemoryMapModel::Snapshot whole = snapshotOf(text);
        QCOMPARE(whole.mappings.size(), areas);
        QVERIFY(MemoryMapModel::diff(whole, model.takeSnapshot()).isEmpty());
        QCOMPARE(whole.totals.values, model.totals().values);
    }

    // The bytes of smaps from elsewhere (the helper's stream) give the same rows as a read.
    void textFromElsewhere()
    {
        const QByteArray text =
            test::readFixture(QStringLiteral("linux-6.18-host"), QStringLiteral("/proc/6600/smaps"));
        QVERIFY(!text.isEmpty());
        MemoryMapModel model{KernelFs(QStringLiteral("/nonexistent"))};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MemoryMapModel::loaded);
        model.applySmapsText(6600, text);
        QCOMPARE(model.pid(), 6600);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.totals().size, quint64(4076) * KiB);
        QCOMPARE(model.expectedBytes(), text.size());

        // A second frame with the same areas only updates the counters.
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        model.applySmapsText(6600, text);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(resets.size(), 0);

        QSignalSpy failed(&model, &MemoryMapModel::failed);
        model.applySmapsText(6600, QByteArray("not smaps at all\n"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::Malformed);
        QCOMPARE(model.rowCount(), 0);
    }

    void kindColoursAndWords()
    {
        QSet<QRgb> colours;
        for (int k = 0; k < MemoryMapModel::kindCount; ++k) {
            const auto kind = MemoryMapModel::Kind(k);
            QVERIFY(MemoryMapModel::kindColor(kind).isValid());
            colours.insert(MemoryMapModel::kindColor(kind).rgb());
            QVERIFY(MemoryMapModel::kindExplanation(kind).size() > 20);
        }
        QCOMPARE(colours.size(), MemoryMapModel::kindCount); // every kind told apart
        QCOMPARE(MemoryMapModel::permissionText(MemoryMap::Read | MemoryMap::Execute), u"r-xp");
        QCOMPARE(MemoryMapModel::permissionText(MemoryMap::Read | MemoryMap::Write | MemoryMap::Shared),
                 u"rw-s");
    }

    // The model on this test process itself: a 1 MiB block shows up as a new or grown anonymous area.
    void liveHeapGrows()
    {
        MemoryMapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndWait(model, qint32(::getpid())));
        QVERIFY(model.rowCount() > 5);
        QVERIFY(rowOfPath(model, QStringLiteral("[stack]")) >= 0);
        const MemoryMapModel::Snapshot before = model.takeSnapshot();

        constexpr size_t blockSize = 1024 * 1024;
        // mmap, as malloc does for a block this size: malloc's threshold moves up after earlier tests freed
        // large blocks, and a block from the heap would share its area's counters with whatever else is
        // there.
        void* mapped = ::mmap(nullptr, blockSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        QVERIFY(mapped != MAP_FAILED);
        char* block = static_cast<char*>(mapped);
        std::memset(block, 0x5a, blockSize); // touch it: resident, private dirty
        QVERIFY(loadAndWait(model, 0, true));
        const quint64 address = quint64(reinterpret_cast<quintptr>(block));
        const int row = model.rowOfAddress(address);
        QVERIFY(row >= 0);
        const auto kind = model.mapping(row).kind;
        QVERIFY(kind == MemoryMapModel::Kind::Anonymous || kind == MemoryMapModel::Kind::Heap);

        const QList<Change> changes = model.diffAgainst(before);
        bool found = false;
        for (const Change& c : changes) {
            if (c.type != Change::Added && c.type != Change::Grown)
                continue;
            if (address < c.after.start || address >= c.after.end)
                continue;
            found = c.sizeDelta >= qint64(blockSize) && c.rssDelta >= qint64(blockSize) - qint64(64 * KiB);
            QVERIFY2(found, qPrintable(QStringLiteral("size %1, rss %2").arg(c.sizeDelta).arg(c.rssDelta)));
        }
        ::munmap(block, blockSize);
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestMemoryMapModel)
#include "tst_memorymapmodel.moc"
