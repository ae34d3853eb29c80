// SPDX-License-Identifier: GPL-2.0-or-later
// Processes ▸ details panel, offscreen: what it shows for nothing, a captured process and the test itself.
#include "processdetailsmodel.h"
#include "processdetailspanel.h"
#include "procstat.h"
#include "refreshclock.h"
#include "testutils.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;

namespace {

quint64 startTimeOf(qint32 pid)
{
    const auto stat = readProcStat(KernelFs(), pid);
    return stat ? stat->startTime : 0;
}

/// The text of a row as the user sees it in the view of its section's tab (after making that tab current).
QString shownValue(ProcessDetailsPanel& panel, ProcessDetails::Section section, const QString& key)
{
    const int tab = panel.tabOf(section);
    panel.tabs()->setCurrentIndex(tab);
    QTreeView* view = panel.view(tab);
    const QModelIndex index = panel.model()->findRow(section, key);
    if (!index.isValid() || view->isRowHidden(index.row(), index.parent()) ||
        view->visualRect(index).isEmpty())
        return {};
    return index.data().toString();
}

} // namespace

class TestProcessDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hintWhenNothingIsSelected()
    {
        RefreshClock clock;
        ProcessDetailsPanel panel(&clock, KernelFs());
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* hint = panel.findChild<QLabel*>(QStringLiteral("detailsHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"Select a process"));
        QVERIFY(!panel.tabs()->isVisible());
        QCOMPARE(panel.pid(), 0);

        panel.setProcess(qint32(getpid()), 0);
        QVERIFY(!hint->isVisible());
        QVERIFY(panel.tabs()->isVisible());
        panel.setProcess(0, 0);
        QVERIFY(hint->isVisible());
    }

    void ticksUpdateTheShownValues()
    {
        const qint32 self = qint32(getpid());
        RefreshClock clock;
        ProcessDetailsPanel panel(&clock, KernelFs());
        panel.resize(800, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setProcess(self, startTimeOf(self));
        QCOMPARE(panel.pid(), self);
        auto* title = panel.findChild<QLabel*>(QStringLiteral("detailsTitle"));
        QVERIFY2(title->text().contains(QStringLiteral("PID %1").arg(self)), qPrintable(title->text()));
        QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("detailsState"))->isVisible());
        QVERIFY(!shownValue(panel, ProcessDetails::SignalsSection, QStringLiteral("SigBlk"))
                     .contains(u"SIGUSR1"));

        sigset_t block, old;
        sigemptyset(&block);
        sigaddset(&block, SIGUSR1);
        QCOMPARE(sigprocmask(SIG_BLOCK, &block, &old), 0);
        Q_EMIT clock.tick();
        const QString blocked = shownValue(panel, ProcessDetails::SignalsSection, QStringLiteral("SigBlk"));
        QVERIFY2(blocked.contains(u"SIGUSR1"), qPrintable(blocked));

        // Hidden, the panel reads nothing.
        panel.hide();
        QCOMPARE(sigprocmask(SIG_SETMASK, &old, nullptr), 0);
        Q_EMIT clock.tick();
        QVERIFY(panel.model()
                    ->value(ProcessDetails::SignalsSection, QStringLiteral("SigBlk"))
                    .contains(u"SIGUSR1"));
        panel.show(); // and catches up when shown again
        QVERIFY(!shownValue(panel, ProcessDetails::SignalsSection, QStringLiteral("SigBlk"))
                     .contains(u"SIGUSR1"));
    }

    void exitedProcessIsSaidSo()
    {
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            for (;;)
                pause();
        }
        QTRY_VERIFY(startTimeOf(child) != 0);
        RefreshClock clock;
        ProcessDetailsPanel panel(&clock, KernelFs());
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setProcess(child, startTimeOf(child));
        auto* banner = panel.findChild<QLabel*>(QStringLiteral("detailsState"));
        QVERIFY(!banner->isVisible());
        QCOMPARE(::kill(child, SIGKILL), 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        Q_EMIT clock.tick();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"This process has exited"), qPrintable(banner->text()));
        // The last values are still shown.
        QCOMPARE(shownValue(panel, ProcessDetails::StatusSection, QStringLiteral("pid")),
                 QString::number(child));
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("memoryMapButton"))->isEnabled());
    }

    void doubleClickingAnAncestorOrChildActivatesIt()
    {
        ProcessDetailsPanel panel(nullptr, KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))));
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy activated(&panel, &ProcessDetailsPanel::processActivated);
        panel.setProcess(133, 0);
        QCOMPARE(shownValue(panel, ProcessDetails::AncestorsSection, QStringLiteral("pid:1")), u"busybox");

        QTreeView* view = panel.view(panel.tabOf(ProcessDetails::AncestorsSection));
        const QModelIndex init =
            panel.model()->findRow(ProcessDetails::AncestorsSection, QStringLiteral("pid:1"));
        const QPoint where = view->visualRect(init).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, where);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toInt(), 1);

        // PID 1's child is the shell.
        panel.setProcess(1, 0);
        QCOMPARE(shownValue(panel, ProcessDetails::ChildrenSection, QStringLiteral("pid:133")), u"bash");
        const QModelIndex shell =
            panel.model()->findRow(ProcessDetails::ChildrenSection, QStringLiteral("pid:133"));
        const QPoint shellAt = view->visualRect(shell).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, shellAt);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, shellAt);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().at(0).toInt(), 133);

        // An ordinary row activates nothing.
        const QModelIndex name =
            panel.model()->findRow(ProcessDetails::StatusSection, QStringLiteral("name"));
        panel.tabs()->setCurrentIndex(panel.tabOf(ProcessDetails::StatusSection));
        QTreeView* overview = panel.view(panel.tabOf(ProcessDetails::StatusSection));
        QTest::mouseDClick(overview->viewport(), Qt::LeftButton, {}, overview->visualRect(name).center());
        QCOMPARE(activated.count(), 2);
    }

    void memoryMapButtonAsksForTheMap()
    {
        ProcessDetailsPanel panel(nullptr, KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy requested(&panel, &ProcessDetailsPanel::memoryMapRequested);
        auto* hidden = panel.findChild<QPushButton*>(QStringLiteral("memoryMapButton"));
        QVERIFY(hidden->isHidden()); // no map view to open yet
        panel.setMemoryMapAvailable(true);
        panel.setProcess(6600, 136934);
        panel.tabs()->setCurrentIndex(panel.tabOf(ProcessDetails::MemorySection));
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("memoryMapButton"));
        QTRY_VERIFY(button->isVisible() && button->isEnabled() && !button->rect().isEmpty());
        QVERIFY(!button->toolTip().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toInt(), 6600);
    }

    // Pictures to look at: KALEIDO_SCREENSHOTS=/tmp tst_processdetailspanel screenshots
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KALEIDO_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set KALEIDO_SCREENSHOTS to a directory to save pictures of the panel");
        RefreshClock clock;
        ProcessDetailsPanel panel(&clock, KernelFs());
        panel.resize(720, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto save = [&](const QString& name) {
            QVERIFY(panel.grab().save(dir + QLatin1Char('/') + name));
        };
        save(QStringLiteral("details-none.png"));
        panel.setProcess(1, startTimeOf(1));
        for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
            panel.tabs()->setCurrentIndex(tab);
            save(QStringLiteral("details-pid1-%1.png").arg(tab));
        }
        const qint32 self = qint32(getpid());
        panel.setProcess(self, startTimeOf(self));
        for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
            panel.tabs()->setCurrentIndex(tab);
            save(QStringLiteral("details-self-%1.png").arg(tab));
        }
        panel.setProcess(self, startTimeOf(self) + 1);
        save(QStringLiteral("details-reused.png"));
    }
};

QTEST_MAIN(TestProcessDetailsPanel)
#include "tst_processdetailspanel.moc"
