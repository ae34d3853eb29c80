// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Slab under the offscreen platform: a captured tree whose slabinfo is readable fills the table
// directly; an unreadable one shows what is needed and no rows; the read stream through the privileged
// client's in-process route (a root app, against a temporary root) fills it; a failed or ended stream never
// looks live.
//
// The tests run as root, and root reads a mode-0000 file anyway. To see what a normal user sees, the file is
// made mode 0000 and this thread drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its effective
// capabilities for the test (as a normal user, mode 0000 alone is enough). Making the file readable again
// stands in for the helper's privileges: the in-process stream reads with this thread's rights.
#include "chartroles.h"
#include "privilegedclient.h"
#include "refreshclock.h"
#include "slabcachemodel.h"
#include "slabhistorymodel.h"
#include "slabpage.h"
#include "testutils.h"
#include "timeserieschart.h"
#include "withoutfileoverride.h"

#include <QAbstractButton>
#include <QDBusConnection>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <sys/stat.h>
#include <unistd.h>

using namespace kaleido;
using privileged::PrivilegedClient;
using test::WithoutFileOverride;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

/// A root with the 6.1 guest's slabinfo and meminfo; returns the slabinfo's path.
QString makeRoot(const QTemporaryDir& root)
{
    const QString kernel = QStringLiteral("linux-6.1-debian");
    const QString slabinfo = root.filePath(QStringLiteral("proc/slabinfo"));
    if (!writeFile(slabinfo, test::readFixture(kernel, QStringLiteral("/proc/slabinfo"))) ||
        !writeFile(root.filePath(QStringLiteral("proc/meminfo")),
                   test::readFixture(kernel, QStringLiteral("/proc/meminfo"))))
        return {};
    return slabinfo;
}

bool setReadable(const QString& path, bool readable)
{
    return ::chmod(QFile::encodeName(path).constData(), readable ? 0644 : 0) == 0;
}

} // namespace

class TestSlabPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void readableTreeFillsTheTable_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("caches");
        QTest::addColumn<QString>("largest");
        QTest::newRow("6.1") << QStringLiteral("linux-6.1-debian") << 155 << QStringLiteral("inode_cache");
        QTest::newRow("6.18") << QStringLiteral("linux-6.18-host") << 235
                              << QStringLiteral("ext4_inode_cache");
    }
    void readableTreeFillsTheTable()
    {
        QFETCH(QString, kernel);
        QFETCH(int, caches);
        QFETCH(QString, largest);
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        SlabPage page(&clock, &client, KernelFs(test::fixtureRoot(kernel)));
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.sample();

        QCOMPARE(page.state(), SlabPage::State::Direct);
        QVERIFY2(page.sourceText().isEmpty(), qPrintable(page.sourceText()));
        QCOMPARE(page.model()->rowCount(), caches);
        QCOMPARE(page.view()->model()->rowCount(), caches);
        // Sorted by cache size, largest first.
        QCOMPARE(page.view()->model()->index(0, SlabCacheModel::NameColumn).data().toString(), largest);
        QVERIFY2(page.totalsText().contains(QStringLiteral("All %1 caches").arg(caches)) &&
                     page.totalsText().contains(u"SReclaimable") && page.totalsText().contains(u"iB"),
                 qPrintable(page.totalsText()));
        // The chart follows the eight largest caches, one point each so far.
        QCOMPARE(page.historyModel()->columnCount(), 1 + 8);
        QCOMPARE(page.chart()->pointCount(), 8);
        QTest::qWait(5);
        page.sample();
        QCOMPARE(page.historyModel()->rowCount(), 2);
        QCOMPARE(page.chart()->pointCount(), 16);

        // Filtering by typing.
        QTest::keyClicks(page.filterField(), QStringLiteral("KMALLOC-CG"));
        QCOMPARE(page.view()->model()->rowCount(), 13);
        page.filterField()->clear();
        QCOMPARE(page.view()->model()->rowCount(), caches);

        // Sorting by clicking a header: object size, then the other way round.
        QHeaderView* header = page.view()->header();
        const int x = header->sectionViewportPosition(SlabCacheModel::ObjectSizeColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(header->sortIndicatorSection(), int(SlabCacheModel::ObjectSizeColumn));
        QAbstractItemModel* shown = page.view()->model();
        const auto objectSize = [&](int row) {
            return shown->index(row, SlabCacheModel::ObjectSizeColumn)
                .data(ChartRoles::RawValueRole)
                .toULongLong();
        };
        for (int row = 1; row < shown->rowCount(); ++row) {
            if (header->sortIndicatorOrder() == Qt::AscendingOrder)
                QVERIFY(objectSize(row - 1) <= objectSize(row));
            else
                QVERIFY(objectSize(row - 1) >= objectSize(row));
        }

        // Selecting a kmalloc class explains it and charts it beside the largest caches.
        QVERIFY(page.selectCache(QStringLiteral("kmalloc-192")));
        QVERIFY2(page.kmallocText().contains(u"129 to 192 bytes"), qPrintable(page.kmallocText()));
        QVERIFY(page.historyModel()->chartedCaches().contains(u"kmalloc-192"));

        // Every control and every column header explains itself.
        for (QWidget* widget : page.findChildren<QWidget*>()) {
            // Only the page's own controls: not the parts Qt builds inside them (a spin box's line edit, a
            // line edit's clear button).
            if (!widget->isVisibleTo(&page) || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
                qobject_cast<QLineEdit*>(widget->parentWidget()))
                continue;
            if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                qobject_cast<QSpinBox*>(widget) || qobject_cast<QTreeView*>(widget) ||
                qobject_cast<QTextBrowser*>(widget) || qobject_cast<TimeSeriesChart*>(widget))
                QVERIFY2(!widget->toolTip().isEmpty(),
                         qPrintable(widget->objectName() + u' ' +
                                    QString::fromLatin1(widget->metaObject()->className())));
        }
        for (int column = 0; column < SlabCacheModel::ColumnCount; ++column)
            QVERIFY(!shown->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    void unreadableSourceShowsWhatItNeedsThenTheStreamFillsIt()
    {
        QTemporaryDir root;
        const QString slabinfo = makeRoot(root);
        QVERIFY(!slabinfo.isEmpty());
        const WithoutFileOverride asUser;
        QVERIFY(asUser.ok());

        RefreshClock clock;
        clock.setIntervalMs(100); // the stream's interval (raised to its minimum, 250 ms)
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        SlabPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Readable at first: rows. Then the kernel refuses: the rows go, the page says what it needs.
        page.sample();
        QCOMPARE(page.model()->rowCount(), 155);
        QVERIFY(setReadable(slabinfo, false));
        page.sample();
        QCOMPARE(page.state(), SlabPage::State::NeedsAuthorization);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.view()->model()->rowCount(), 0);
        QCOMPARE(page.historyModel()->rowCount(), 0);
        QCOMPARE(page.chart()->pointCount(), 0);
        QVERIFY2(page.sourceText().contains(u"readable by the administrator only"),
                 qPrintable(page.sourceText()));
        QVERIFY(page.sourceButton()->isVisible());
        QVERIFY(!page.sourceButton()->toolTip().isEmpty());
        QCOMPARE(page.totalsText(), u"No slab figures are shown.");

        // The user asks the helper; it reads with its rights (here: the file readable again).
        QVERIFY(setReadable(slabinfo, true));
        QSignalSpy sampled(&page, &SlabPage::sampled);
        QTest::mouseClick(page.sourceButton(), Qt::LeftButton);
        QCOMPARE(page.state(), SlabPage::State::Connecting);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(sampled.wait(10'000));
        QCOMPARE(page.state(), SlabPage::State::Streaming);
        QCOMPARE(page.model()->rowCount(), 155);
        QVERIFY(page.model()->isLive());
        QVERIFY2(page.sourceText().contains(u"privileged helper"), qPrintable(page.sourceText()));
        QCOMPARE(page.sourceButton()->text(), u"Stop Reading");

        // Ticks do not read directly while the stream is in charge; its next frames carry the changes.
        page.sample();
        QVERIFY(writeFile(slabinfo, test::readFixture(QStringLiteral("linux-6.1-debian"),
                                                      QStringLiteral("/proc/slabinfo")) +
                                        "kaleido_test 1 64 64 64 1 : tunables 0 0 0 : slabdata 1 1 0\n"));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 156, 10'000);
        QVERIFY(page.historyModel()->rowCount() >= 2);

        // The source vanishes: the stream ends; the last figures stay, greyed out and marked as stopped.
        QSignalSpy states(&page, &SlabPage::stateChanged);
        QVERIFY(QFile::remove(slabinfo));
        QTRY_COMPARE_WITH_TIMEOUT(page.state(), SlabPage::State::Ended, 10'000);
        QCOMPARE(page.model()->rowCount(), 156);
        QVERIFY(!page.model()->isLive());
        QVERIFY(page.model()->index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY2(page.sourceText().contains(u"Stopped") && page.sourceText().contains(u"no longer updated"),
                 qPrintable(page.sourceText()));
        QVERIFY2(page.totalsText().contains(u"Stopped"), qPrintable(page.totalsText()));
        QCOMPARE(page.sourceButton()->text(), u"Start Again");
        const int rowsAtEnd = page.historyModel()->rowCount();
        QTest::qWait(600);
        page.sample();
        QCOMPARE(page.historyModel()->rowCount(), rowsAtEnd);
    }

    void failedStreamSaysWhyAndShowsNoRows()
    {
        QTemporaryDir root;
        const QString slabinfo = makeRoot(root);
        QVERIFY(!slabinfo.isEmpty());
        QVERIFY(setReadable(slabinfo, false));
        const WithoutFileOverride asUser;
        QVERIFY(asUser.ok());

        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        SlabPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        page.sample();
        QCOMPARE(page.state(), SlabPage::State::NeedsAuthorization);

        // The reader cannot open the file either: the stream fails, in words, with a button to try again.
        QSignalSpy states(&page, &SlabPage::stateChanged);
        page.sourceButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.state(), SlabPage::State::Failed, 10'000);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.chart()->pointCount(), 0);
        QVERIFY2(page.sourceText().contains(u"could not read the slab caches") &&
                     page.sourceText().contains(u"/proc/slabinfo"),
                 qPrintable(page.sourceText()));
        QCOMPARE(page.sourceButton()->text(), u"Try Again");
        page.sample(); // a tick does not hide the failure
        QCOMPARE(page.state(), SlabPage::State::Failed);

        // Trying again once it can be read works.
        QVERIFY(setReadable(slabinfo, true));
        QSignalSpy sampled(&page, &SlabPage::sampled);
        page.sourceButton()->click();
        QVERIFY(sampled.wait(10'000));
        QCOMPARE(page.model()->rowCount(), 155);

        // "Stop Reading" keeps the figures, marked as stopped.
        page.sourceButton()->click();
        QCOMPARE(page.state(), SlabPage::State::Ended);
        QVERIFY(!page.model()->isLive());
        QVERIFY(page.sourceText().contains(u"You stopped reading"));
    }

    void unreachableHelperSaysSo()
    {
        QTemporaryDir root;
        const QString slabinfo = makeRoot(root);
        QVERIFY(!slabinfo.isEmpty());
        QVERIFY(setReadable(slabinfo, false));
        const WithoutFileOverride asUser;
        QVERIFY(asUser.ok());

        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::Helper);
        client.setConnection(QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/kaleido-bus"), QStringLiteral("kaleido-slab-test")));
        client.setInteractive(false);
        SlabPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        page.sample();
        QCOMPARE(page.state(), SlabPage::State::NeedsAuthorization);
        page.startStream();
        QTRY_COMPARE_WITH_TIMEOUT(page.state(), SlabPage::State::Failed, 10'000);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(page.sourceText().contains(u"cannot be read, so nothing is shown") &&
                     page.sourceText().contains(u"helper cannot be reached"),
                 qPrintable(page.sourceText()));
        QCOMPARE(page.sourceButton()->text(), u"Try Again");
    }

    void absentSourceSaysSoWithoutAButton()
    {
        QTemporaryDir root;
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        SlabPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        page.sample();
        QCOMPARE(page.state(), SlabPage::State::Unavailable);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(page.sourceText().contains(u"/proc/slabinfo"), qPrintable(page.sourceText()));
        QVERIFY(!page.sourceButton()->isVisible());
    }
};

QTEST_MAIN(TestSlabPage)
#include "tst_slabpage.moc"
