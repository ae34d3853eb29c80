// SPDX-License-Identifier: GPL-2.0-or-later
// KernelLogModel and KernelLogFeed: the captured logs of 6.1 and 6.18 become rows in log order; duplicates
// from a resent buffer are dropped; capacity trims the oldest rows; gaps are rows of their own; times in
// either mode; colours by level. Each model runs under QAbstractItemModelTester.
#include "chartroles.h"
#include "kernellogfeed.h"
#include "kernellogmodel.h"
#include "kmsgreader.h"
#include "testutils.h"
#include "withoutfileoverride.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace kaleido;

namespace {

QList<KmsgRecord> parse(const char* text)
{
    auto log = parseKmsgText(QByteArrayView(text));
    return log ? log->records : QList<KmsgRecord>{};
}

QList<KmsgRecord> fixtureRecords(const QString& kernel)
{
    KmsgReader reader{KernelFs(test::fixtureRoot(kernel))};
    auto batch = reader.readNew();
    return batch ? batch->records : QList<KmsgRecord>{};
}

QString cell(const KernelLogModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestKernelLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturedLogs_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<quint64>("firstSequence");
        QTest::addColumn<QString>("lastLine");
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian") << quint64(285)
                             << QStringLiteral("[    5.844064] kern  :notice: SCSI subsystem initialized");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host") << quint64(226)
                              << QStringLiteral("[ 2270.277794] user  :notice: kaleido-watch-test \\ back");
    }
    void capturedLogs()
    {
        QFETCH(QString, kernel);
        QFETCH(quint64, firstSequence);
        QFETCH(QString, lastLine);
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto records = fixtureRecords(kernel);
        QCOMPARE(records.size(), 100);
        QCOMPARE(model.append(records), 100);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.recordCount(), 100);
        QCOMPARE(model.index(0, 0).data(KernelLogModel::SequenceRole).toULongLong(), firstSequence);
        QCOMPARE(model.lineText(99), lastLine);
        QCOMPARE(model.indexOfSequence(firstSequence).row(), 0);
        QVERIFY(!model.indexOfSequence(firstSequence - 1).isValid());
        for (int c = 0; c < KernelLogModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    void recordDetails()
    {
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(fixtureRecords(QStringLiteral("linux-6.1-debian")));
        // 6,302,1167357,-;pci_bus 0000:00: resource 4 [io  0x0000-0x0cf7 window] + SUBSYSTEM/DEVICE
        const QModelIndex pci = model.indexOfSequence(302);
        QVERIFY(pci.isValid());
        QCOMPARE(cell(model, pci.row(), KernelLogModel::DeviceColumn), u"pci_bus:0000:00");
        QCOMPARE(cell(model, pci.row(), KernelLogModel::TimeColumn), u"1.167357");
        QCOMPARE(model.index(pci.row(), 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.lineText(pci.row()),
                 u"[    1.167357] kern  :info  : pci_bus 0000:00: resource 4 [io  0x0000-0x0cf7 window]");
        QCOMPARE(cell(model, pci.row(), KernelLogModel::LevelColumn), u"info");
        QCOMPARE(cell(model, pci.row(), KernelLogModel::FacilityColumn), u"kern");
        QVERIFY(cell(model, pci.row(), KernelLogModel::MessageColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("SUBSYSTEM=pci_bus")));
        // 4,366,…: a warning over four lines, one row with ↵ marks
        const QModelIndex clock = model.indexOfSequence(366);
        QVERIFY(clock.isValid());
        const QString shown = cell(model, clock.row(), KernelLogModel::MessageColumn);
        QCOMPARE(shown.count(QStringLiteral("↵")), 3);
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QCOMPARE(cell(model, clock.row(), 0, KernelLogModel::MessageRole).count(QLatin1Char('\n')), 3);
        QCOMPARE(model.index(clock.row(), 0).data(ChartRoles::RawValueRole).toULongLong(), quint64(366));
    }

    void resentRecordsAreDropped()
    {
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.append(parse("6,1,10,-;a\n6,2,20,-;b\n")), 2);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.append(parse("6,1,10,-;a\n6,2,20,-;b\n6,3,30,-;c\n")), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, KernelLogModel::MessageColumn), u"c");
        QCOMPARE(model.append(parse("6,2,20,-;b\n")), 0);
        QCOMPARE(inserted.size(), 1);
        // Clearing the view does not bring old records back when the buffer is sent again.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.append(parse("6,3,30,-;c\n6,4,40,-;d\n")), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void capacityDropsTheOldest()
    {
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.capacity(), 100000);
        model.setCapacity(30);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.append(fixtureRecords(QStringLiteral("linux-6.18-host")));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.recordCount(), 30);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(cell(model, 29, KernelLogModel::MessageColumn), u"kaleido-watch-test \\ back");
        QVERIFY(!model.indexOfSequence(226).isValid());
        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(cell(model, 9, KernelLogModel::MessageColumn), u"kaleido-watch-test \\ back");
    }

    void gapsAreRows()
    {
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parse("6,10,100,-;before\n"));
        model.addGap(KmsgReader::Gap{10, 25});
        model.append(parse("6,25,300,-;after\n"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.recordCount(), 2);
        QCOMPARE(model.lostCount(), quint64(14));
        QVERIFY(model.index(1, 0).data(KernelLogModel::IsGapRole).toBool());
        QVERIFY(cell(model, 1, KernelLogModel::MessageColumn).contains(QStringLiteral("records lost: 14,")));
        QCOMPARE(model.index(1, 0).data(KernelLogModel::PriorityRole).toInt(), -1);
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic());
        // The gap row is never found as a record.
        QCOMPARE(model.indexOfSequence(10).row(), 0);
        QCOMPARE(model.indexOfSequence(25).row(), 2);
    }

    void wallClockTimes()
    {
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parse("6,1,1500000,-;a\n"));
        QCOMPARE(cell(model, 0, 0), u"1.500000");
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Since boot (s)");
        const QDateTime boot(QDate(2026, 11, 22), QTime(10, 0, 0), QTimeZone::systemTimeZone());
        model.setBootEpochUs(boot.toMSecsSinceEpoch() * 1000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTimestampMode(KernelLogModel::TimestampMode::WallClock);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, 0, 0), u"2026-11-22 10:00:01.500");
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Time");
        QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("suspend")));
        QCOMPARE(model.lineText(0), u"2026-11-22 10:00:01.500 kern  :info  : a");
    }

    void coloursByLevel()
    {
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parse("0,1,1,-;emerg\n1,2,1,-;alert\n2,3,1,-;crit\n3,4,1,-;err\n4,5,1,-;warn\n"
                           "5,6,1,-;notice\n6,7,1,-;info\n7,8,1,-;debug\n"));
        const auto colour = [&model](int row) {
            return model.index(row, KernelLogModel::MessageColumn)
                .data(Qt::ForegroundRole)
                .value<QBrush>()
                .color();
        };
        const auto bold = [&model](int row) {
            const QVariant font = model.index(row, KernelLogModel::MessageColumn).data(Qt::FontRole);
            return font.isValid() && font.value<QFont>().bold();
        };
        for (int row = 0; row < 3; ++row)
            QVERIFY(bold(row));
        QVERIFY(!bold(3));
        QVERIFY(!model.index(6, 0).data(Qt::ForegroundRole).isValid()); // info: the palette's text colour
        const auto reddish = [](const QColor& c) {
            return c.red() > c.green() + 60 && c.red() > c.blue() + 60;
        };
        QVERIFY(reddish(colour(0)) && reddish(colour(3)));
        QVERIFY(colour(4).red() > colour(4).blue() + 100 && colour(4).green() > colour(4).blue()); // orange
        QVERIFY(colour(5).blue() > colour(5).red() + 60);                                          // blue
        QCOMPARE(colour(7).red(), colour(7).green());                                              // grey
        // Light background: dark colours; dark background: light ones, each with enough contrast.
        QVERIFY(colour(3).lightness() < 128);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDarkBackground(true);
        QCOMPARE(changed.size(), 1);
        for (int row : {0, 3, 4, 5, 7})
            QVERIFY2(colour(row).lightness() > 128, qPrintable(colour(row).name()));
        QVERIFY(colour(3) != colour(4) && colour(4) != colour(5));
    }

    void highlightRange()
    {
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parse("6,1,1,-;a\n6,2,2,-;b\n6,3,3,-;c\n6,4,4,-;d\n"));
        model.setHighlight(std::pair<quint64, quint64>{2, 3});
        QList<bool> marked;
        for (int row = 0; row < 4; ++row)
            marked.append(model.index(row, 0).data(KernelLogModel::HighlightRole).toBool());
        QCOMPARE(marked, (QList<bool>{false, true, true, false}));
        QVERIFY(model.index(1, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 2).data(Qt::BackgroundRole).isValid());
        model.setHighlight(std::nullopt);
        QVERIFY(!model.index(1, 0).data(KernelLogModel::HighlightRole).toBool());
    }

    void messagePrefixes()
    {
        QCOMPARE(KernelLogModel::messagePrefix(QStringLiteral("pnp: PnP ACPI init")), u"pnp");
        QCOMPARE(KernelLogModel::messagePrefix(QStringLiteral("kaleido_teach: loaded: 64 objects")),
                 u"kaleido_teach");
        QCOMPARE(KernelLogModel::messagePrefix(QStringLiteral("pci_bus 0000:00: resource 4")), QString());
        QCOMPARE(KernelLogModel::messagePrefix(QStringLiteral("no colon here")), QString());
        QCOMPARE(KernelLogModel::messagePrefix(QStringLiteral(": empty name")), QString());
    }

    // ---- the feed

    void feedReadsACaptureOnce()
    {
        KernelLogFeed feed{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&feed, &KernelLogFeed::recordsReady, &model, &KernelLogModel::append);
        QSignalSpy denied(&feed, &KernelLogFeed::needsAuthorization);
        feed.start();
        QCOMPARE(feed.source(), KernelLogFeed::Source::Capture);
        QVERIFY(!feed.isFollowing());
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(denied.size(), 0);
    }

    void feedSaysWhenTheKernelRefuses()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("dev")));
        const QString kmsg = root.filePath(QStringLiteral("dev/kmsg"));
        {
            QFile f(kmsg);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("6,1,1,-;x\n");
        }
        QVERIFY(::chmod(QFile::encodeName(kmsg).constData(), 0) == 0);
        KernelLogFeed feed{KernelFs(root.path())};
        QSignalSpy denied(&feed, &KernelLogFeed::needsAuthorization);
        QSignalSpy records(&feed, &KernelLogFeed::recordsReady);
        {
            test::WithoutFileOverride asUser;
            QVERIFY(asUser.ok());
            feed.start();
        }
        QCOMPARE(denied.size(), 1);
        QCOMPARE(records.size(), 0);

        KernelLogFeed absent{KernelFs(root.filePath(QStringLiteral("nowhere")))};
        QSignalSpy unavailable(&absent, &KernelLogFeed::unavailable);
        absent.start();
        QCOMPARE(unavailable.size(), 1);
    }

    void feedAbsentLog()
    {
        QTemporaryDir root;
        KernelLogFeed feed{KernelFs(root.path())};
        QSignalSpy unavailable(&feed, &KernelLogFeed::unavailable);
        QSignalSpy denied(&feed, &KernelLogFeed::needsAuthorization);
        feed.start();
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(unavailable.first().first().value<Error>().kind, ErrorKind::Absent);
        QCOMPARE(denied.size(), 0);
        QCOMPARE(feed.source(), KernelLogFeed::Source::None);
    }

    void feedIngestsStreamFrames()
    {
        KernelLogFeed feed{KernelFs(QStringLiteral("/nonexistent"))};
        KernelLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&feed, &KernelLogFeed::recordsReady, &model, &KernelLogModel::append);
        QSignalSpy skipped(&feed, &KernelLogFeed::recordsSkipped);
        // Raw records as the helper reads them from the device, one after another.
        feed.ingest("6,500,1000,-;first\n SUBSYSTEM=net\n DEVICE=n2\n4,501,1001,-;second\n");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, KernelLogModel::DeviceColumn), u"n2");
        // A continued line waits for its end; a resent record is dropped.
        feed.ingest("6,501,1001,-;second\n6,502,1002,c;cont\n");
        QCOMPARE(model.rowCount(), 2);
        feed.ingest("6,503,1003,+;inued\n6,504,1004,-;next\n");
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 2, KernelLogModel::MessageColumn), u"continued");
        feed.ingest("garbage\n");
        QCOMPARE(skipped.size(), 1);
    }

    void feedFollowsTheLiveLog()
    {
        KernelLogFeed feed{KernelFs()};
        KernelLogModel model;
        connect(&feed, &KernelLogFeed::recordsReady, &model, &KernelLogModel::append);
        QSignalSpy denied(&feed, &KernelLogFeed::needsAuthorization);
        feed.start();
        if (!denied.isEmpty())
            QSKIP("the kernel log is not readable for this user");
        QCOMPARE(feed.source(), KernelLogFeed::Source::Device);
        QVERIFY(feed.isFollowing());
        QVERIFY(model.rowCount() > 0);
        if (::geteuid() != 0)
            QSKIP("only root can write a marker into the kernel log");
        QFile kmsg(QStringLiteral("/dev/kmsg"));
        QVERIFY(kmsg.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray marker =
            "kaleido tst_kernellogmodel " + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(kmsg.write("<7>" + marker + "\n") > 0);
        // The socket notifier delivers it through the event loop.
        const auto seen = [&model, &marker] {
            for (int row = model.rowCount() - 1; row >= 0 && row >= model.rowCount() - 50; --row) {
                if (cell(model, row, KernelLogModel::MessageColumn) == QString::fromLatin1(marker))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(seen());
    }
};

QTEST_GUILESS_MAIN(TestKernelLogModel)
#include "tst_kernellogmodel.moc"
