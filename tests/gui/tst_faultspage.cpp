// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Faults & OOM under the offscreen platform, on the live system: a child that keeps touching fresh
// memory is ranked among the processes with the highest minor-fault rates and raises the system's rate on the
// chart; it vanishes from the table when it ends; a child's oom_score_adj is changed through the page's
// editor (the Processes page's dialog and permission path) and read back from /proc; every control explains
// itself.
#include "chartroles.h"
#include "faultingfiltermodel.h"
#include "faultspage.h"
#include "oomscoreadjdialog.h"
#include "oomscoremodel.h"
#include "privilegedclient.h"
#include "processactions.h"
#include "processfaultsmodel.h"
#include "refreshclock.h"
#include "serieslegendmodel.h"
#include "timeserieschart.h"
#include "vmstatratemodel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <csignal>
#include <ctime>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;

namespace {

/// A forked child that maps 16 MiB, touches every page (a minor fault each), unmaps it and starts again,
/// until killed. Only system calls after fork(): safe in a process with threads.
pid_t startFaulter()
{
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::prctl(PR_SET_NAME, "kaleido-faulter");
    const size_t size = 16u << 20;
    const long page = ::sysconf(_SC_PAGESIZE);
    for (;;) {
        void* memory = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            ::_exit(1);
        auto* bytes = static_cast<volatile char*>(memory);
        for (size_t i = 0; i < size; i += size_t(page))
            bytes[i] = 1;
        ::munmap(memory, size);
        const timespec pause{0, 5'000'000};
        ::nanosleep(&pause, nullptr);
    }
}

/// A forked child that only sleeps, until killed.
pid_t startSleeper()
{
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::prctl(PR_SET_NAME, "kaleido-sleeper");
    for (;;)
        ::pause();
}

void stop(pid_t pid)
{
    if (pid <= 0)
        return;
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
}

QByteArray procFile(qint32 pid, const char* name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

/// Kills the child when the test function leaves, also on a failed check.
struct ChildGuard
{
    pid_t pid;
    ~ChildGuard() { stop(pid); }
};

} // namespace

class TestFaultsPage : public QObject
{
    Q_OBJECT

    static bool refreshOnce(FaultsPage& page, bool forceOom = false)
    {
        QSignalSpy refreshed(&page, &FaultsPage::refreshed);
        page.refresh(forceOom);
        return refreshed.wait(10'000);
    }

    QWidget m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aFaultingChildIsRankedAndRaisesTheSystemRate()
    {
        RefreshClock clock;
        privileged::PrivilegedClient client;
        FaultsPage page(&clock, &client, KernelFs());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(refreshOnce(page));
        QVERIFY(page.faultsModel()->rowCount() > 0);
        QCOMPARE(page.rateModel()->sampleCount(), quint64(1)); // the baseline, read when the page was made
        QVERIFY(page.summaryText().contains(u"second sample"));

        ChildGuard faulter{startFaulter()};
        ChildGuard sleeper{startSleeper()};
        QVERIFY(faulter.pid > 0 && sleeper.pid > 0);
        QTest::qWait(300);
        QVERIFY(refreshOnce(page)); // both children are new here: no rate yet
        const int newRow = page.faultsModel()->rowOfPid(faulter.pid);
        QVERIFY(newRow >= 0);
        QCOMPARE(page.faultsModel()->minorState(newRow), ProcessFaultsModel::RateState::Waiting);
        page.sampleSystem();
        QTest::qWait(500);
        QVERIFY(refreshOnce(page));
        page.sampleSystem();

        // Ranked: the proxy sorts by minor faults per second, highest first, and the faulter is near the top.
        const int row = page.faultsModel()->rowOfPid(faulter.pid);
        QVERIFY(row >= 0);
        QCOMPARE(page.faultsModel()->index(row, ProcessFaultsModel::NameColumn).data().toString(),
                 QStringLiteral("kaleido-faulter"));
        const auto rate = page.faultsModel()->minorRate(row);
        QVERIFY(rate.has_value());
        QVERIFY2(*rate > 1000,
                 qPrintable(QString::number(*rate))); // 4096 pages per round, many rounds a second
        QVERIFY(page.faultsModel()
                    ->index(row, ProcessFaultsModel::MinorColumn)
                    .data()
                    .toString()
                    .endsWith(u"faults/s"));
        QSortFilterProxyModel* proxy = page.faultsProxy();
        QCOMPARE(page.faultsView()->header()->sortIndicatorSection(), int(ProcessFaultsModel::MinorColumn));
        QCOMPARE(page.faultsView()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        const int rank = proxy->mapFromSource(page.faultsModel()->index(row, 0)).row();
        QVERIFY2(rank < 10, qPrintable(QString::number(rank)));
        const int sleeperRank =
            proxy->mapFromSource(page.faultsModel()->index(page.faultsModel()->rowOfPid(sleeper.pid), 0))
                .row();
        QVERIFY(rank < sleeperRank);
        for (int r = 1; r < proxy->rowCount(); ++r) {
            QVERIFY(proxy->index(r - 1, ProcessFaultsModel::MinorColumn)
                        .data(ProcessFaultsModel::SortRole)
                        .toDouble() >= proxy->index(r, ProcessFaultsModel::MinorColumn)
                                           .data(ProcessFaultsModel::SortRole)
                                           .toDouble());
        }

        // Sorting by another column sorts by value.
        page.faultsView()->sortByColumn(ProcessFaultsModel::RssColumn, Qt::DescendingOrder);
        for (int r = 1; r < proxy->rowCount(); ++r) {
            QVERIFY(proxy->index(r - 1, ProcessFaultsModel::RssColumn)
                        .data(ProcessFaultsModel::SortRole)
                        .toULongLong() >= proxy->index(r, ProcessFaultsModel::RssColumn)
                                              .data(ProcessFaultsModel::SortRole)
                                              .toULongLong());
        }
        page.faultsView()->sortByColumn(ProcessFaultsModel::MinorColumn, Qt::DescendingOrder);

        // Only the processes that faulted: the faulter stays, the sleeper goes.
        page.findChild<QAbstractButton*>(QStringLiteral("onlyFaulting"))->click();
        QVERIFY(proxy->mapFromSource(page.faultsModel()->index(page.faultsModel()->rowOfPid(faulter.pid), 0))
                    .isValid());
        QVERIFY(!proxy->mapFromSource(page.faultsModel()->index(page.faultsModel()->rowOfPid(sleeper.pid), 0))
                     .isValid());
        page.findChild<QAbstractButton*>(QStringLiteral("onlyFaulting"))->click();

        // The system's rates: on the chart and in words.
        const int pgfault = VmstatRateModel::FirstSeriesColumn;
        QVERIFY(page.rateModel()->rowCount() >= 1);
        QVERIFY(page.rateModel()->latestRate(0).value_or(0) > 1000);
        QVERIFY(page.chart()->pointCount() > 0);
        QCOMPARE(page.chart()->model(), page.rateModel());
        QVERIFY(page.chart()
                    ->describeSampleNear(page.rateModel()->timeAt(page.rateModel()->rowCount() - 1))
                    .contains(u"faults/s"));
        QCOMPARE(page.rateModel()->headerData(pgfault, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(),
                 QStringLiteral("pgfault"));
        QVERIFY2(page.summaryText().contains(u"minor"), qPrintable(page.summaryText()));
        QVERIFY(page.summaryText().contains(u"faults/s"));
        // KiB/s series start hidden: they are not faults.
        QVERIFY(!page.legendModel()->isSeriesVisible(VmstatRateModel::FirstSeriesColumn + 4));
        QVERIFY(page.legendModel()->isSeriesVisible(pgfault));

        // The faulter ends: its row goes with the next refresh.
        stop(faulter.pid);
        const qint32 gone = faulter.pid;
        faulter.pid = 0;
        QVERIFY(refreshOnce(page));
        QCOMPARE(page.faultsModel()->rowOfPid(gone), -1);
    }

    void theOomEditorChangesAChildsAdjustment()
    {
        RefreshClock clock;
        privileged::PrivilegedClient client;
        FaultsPage page(&clock, &client, KernelFs());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ChildGuard child{startSleeper()};
        QVERIFY(child.pid > 0);
        QTest::qWait(100);

        page.showOomRanking(true);
        QTRY_VERIFY_WITH_TIMEOUT((refreshOnce(page, true), page.oomModel()->rowOfPid(child.pid) >= 0),
                                 10'000);
        QVERIFY(page.oomKillText().contains(u"OOM killer"));
        QVERIFY(page.oomExplanation().contains(u"oom_score_adj"));
        QVERIFY(page.oomExplanation().contains(u"−1000 exempts"));
        const int row = page.oomModel()->rowOfPid(child.pid);
        const int before = procFile(child.pid, "oom_score_adj").toInt();
        QCOMPARE(page.oomModel()->entry(row).adjustment, before);
        QVERIFY(page.oomModel()->entry(row).score.has_value());
        QVERIFY(page.oomModel()->rank(row).has_value());

        QVERIFY(!page.adjustButton()->isEnabled()); // nothing selected yet
        QVERIFY(page.selectProcess(child.pid));
        QVERIFY(page.adjustButton()->isEnabled());
        QCOMPARE(page.actions()->targets().size(), 1);
        QCOMPARE(page.actions()->targets().constFirst().pid, child.pid);

        QSignalSpy opened(page.actions(), &ProcessActions::dialogOpened);
        QSignalSpy message(&page, &FaultsPage::message);
        page.adjustButton()->click();
        QCOMPARE(opened.size(), 1);
        auto* dialog = qobject_cast<OomScoreAdjDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(dialog);
        QCOMPARE(dialog->currentValue(), before);
        QSignalSpy applied(dialog, &ProcessSettingDialog::applied);
        dialog->setValue(500);
        dialog->apply();
        QVERIFY(applied.wait(10'000));
        QCOMPARE(procFile(child.pid, "oom_score_adj"), QByteArray("500"));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("%1 → 500").arg(before)),
                 qPrintable(dialog->statusText()));
        QVERIFY(!message.isEmpty()); // the report reaches the status bar
        dialog->close();

        // The ranking shows the new adjustment.
        QTRY_VERIFY_WITH_TIMEOUT(
            (refreshOnce(page, true),
             page.oomModel()->entry(page.oomModel()->rowOfPid(child.pid)).adjustment == 500),
            10'000);
        // Sorting by adjustment, highest first: 500 is at or near the top.
        page.oomView()->sortByColumn(OomScoreModel::AdjustmentColumn, Qt::DescendingOrder);
        QSortFilterProxyModel* proxy = page.oomProxy();
        QVERIFY(proxy->index(0, OomScoreModel::AdjustmentColumn).data(OomScoreModel::SortRole).toInt() >=
                500);
        for (int r = 1; r < proxy->rowCount(); ++r) {
            QVERIFY(
                proxy->index(r - 1, OomScoreModel::AdjustmentColumn).data(OomScoreModel::SortRole).toInt() >=
                proxy->index(r, OomScoreModel::AdjustmentColumn).data(OomScoreModel::SortRole).toInt());
        }
    }

    void everyControlAndHeaderHasATooltip()
    {
        RefreshClock clock;
        privileged::PrivilegedClient client;
        FaultsPage page(&clock, &client, KernelFs());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto widgets = page.findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* widget : widgets) {
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QSpinBox*>(widget) || qobject_cast<QTreeView*>(widget) ||
                                 qobject_cast<QTabWidget*>(widget);
            if (!control || widget->inherits("QTabBar") || widget->objectName().startsWith(u"qt_"))
                continue;
            if (widget->parent() && widget->parent()->inherits("QTabBar"))
                continue; // the tab bar's scroll buttons
            ++checked;
            QVERIFY2(!widget->toolTip().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(
                         QLatin1StringView(widget->metaObject()->className()), widget->objectName())));
        }
        // Pause, window, history, only-faulting, adjust, the legend, both tables and the tab widget at least.
        QVERIFY2(checked >= 9, qPrintable(QString::number(checked)));
        for (int i = 0; i < page.tables()->count(); ++i)
            QVERIFY(!page.tables()->tabToolTip(i).isEmpty());
        for (QTreeView* view : {page.faultsView(), page.oomView()}) {
            QVERIFY(!view->header()->toolTip().isEmpty());
            for (int c = 0; c < view->model()->columnCount(); ++c)
                QVERIFY(!view->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        for (int c = 0; c < page.legendModel()->columnCount(); ++c)
            QVERIFY(!page.legendModel()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        for (int r = 0; r < page.legendModel()->rowCount(); ++r)
            QVERIFY(!page.legendModel()->index(r, 0).data(Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestFaultsPage)
#include "tst_faultspage.moc"
