// SPDX-License-Identifier: GPL-2.0-or-later
// Processes ▸ Processes under the offscreen platform, on the live system: a child appears, is found, is
// stopped and continued from the page's actions (state T, then S), and the selection survives refreshes,
// re-sorting and a change of layout.
#include "processactions.h"
#include "processcolumns.h"
#include "processdetailspanel.h"
#include "processespage.h"
#include "processfiltermodel.h"
#include "processmodel.h"
#include "privilegedclient.h"
#include "refreshclock.h"

#include <QAction>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace kaleido;

class TestProcessesPage : public QObject
{
    Q_OBJECT

    static QString stateOf(ProcessesPage& page, qint32 pid)
    {
        const QModelIndex index = page.model()->indexOfPid(pid);
        return page.model()->index(index.row(), ProcessColumns::State, index.parent()).data().toString();
    }

    static void refreshOnce(ProcessesPage& page)
    {
        QSignalSpy refreshed(&page, &ProcessesPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(5000));
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void stopAndContinueAChildFromThePage()
    {
        RefreshClock clock;
        privileged::PrivilegedClient client;
        ProcessesPage page(&clock, &client, KernelFs());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->processCount() > 0, 5000);

        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(child.waitForStarted());
        const qint32 pid = qint32(child.processId());
        refreshOnce(page);
        QVERIFY(page.model()->indexOfPid(pid).isValid());
        // Tree layout (the default): the child sits under this test process.
        QCOMPARE(page.model()->indexOfPid(pid).parent().data(ProcessModel::PidRole).toInt(),
                 qint32(QCoreApplication::applicationPid()));

        page.setFindText(QStringLiteral("sleep 60"));
        // (The first frame may have been read while the child was still between fork and exec.)
        QTRY_VERIFY_WITH_TIMEOUT((refreshOnce(page), page.selectProcess(pid)), 5000);
        QCOMPARE(page.selectedPid(), pid);
        QCOMPARE(page.detailsPanel()->pid(), pid);

        QAction* stop = page.actions()->action(ProcessActions::Action::Stop);
        QVERIFY(stop->isEnabled());
        stop->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((refreshOnce(page), stateOf(page, pid).startsWith(u'T')), 5000);
        QCOMPARE(stateOf(page, pid), u"T stopped");
        QCOMPARE(page.selectedPid(), pid); // the selection survived the refreshes

        page.actions()->action(ProcessActions::Action::Continue)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((refreshOnce(page), stateOf(page, pid).startsWith(u'S')), 5000);

        // Re-sorting and another layout keep the selected process selected.
        page.view()->sortByColumn(ProcessColumns::Cpu, Qt::DescendingOrder);
        QCOMPARE(page.selectedPid(), pid);
        page.setLayoutMode(int(ProcessModel::Layout::Flat));
        QCOMPARE(page.selectedPid(), pid);
        page.setLayoutMode(int(ProcessModel::Layout::Sessions));
        QCOMPARE(page.selectedPid(), pid);

        const QString status = page.findChild<QLabel*>(QStringLiteral("processStatus"))->text();
        QVERIFY2(status.contains(u"processes") && status.contains(u"ms"), qPrintable(status));
        if (const QString shots = qEnvironmentVariable("KALEIDO_SCREENSHOTS"); !shots.isEmpty()) {
            page.setFindText(QString());
            page.setLayoutMode(int(ProcessModel::Layout::Tree));
            page.selectProcess(pid);
            refreshOnce(page);
            page.grab().save(shots + QStringLiteral("/processes.png"));
        }

        child.kill();
        child.waitForFinished();
        refreshOnce(page);
        QVERIFY(!page.model()->indexOfPid(pid).isValid());
    }
};

QTEST_MAIN(TestProcessesPage)
#include "tst_processespage.moc"
