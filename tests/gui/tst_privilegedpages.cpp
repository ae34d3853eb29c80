// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Tunables and Process ▸ Send Signal driven as a user would, with the privileged client's in-process
// route against a temporary root (the helper route is covered by tests/helper).
#include "privilegedclient.h"
#include "signaldialog.h"
#include "refreshclock.h"
#include "tunablesmodel.h"
#include "tunablespage.h"
#include "tunablestree.h"

#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <csignal>

using namespace kaleido;
using privileged::OperationResult;
using privileged::PrivilegedClient;

class TestPrivilegedPages : public QObject
{
    Q_OBJECT

private:
    static QByteArray swappiness(const QTemporaryDir& root)
    {
        return testutils::readTunableFile(root.path(), "proc/sys/vm/swappiness").trimmed();
    }

private Q_SLOTS:
    void changeAndRevertATunable()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        TunablesPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        QSignalSpy finished(&page, &TunablesPage::changeFinished);

        page.requestChange(QStringLiteral("vm.swappiness"), QStringLiteral("10"));
        QVERIFY(finished.wait());
        QVERIFY(finished.last().at(0).value<OperationResult>().ok());
        QCOMPARE(swappiness(root), "10");
        QCOMPARE(page.model()->currentValue(QStringLiteral("vm.swappiness")), u"10");
        QCOMPARE(page.model()->originalValue(QStringLiteral("vm.swappiness")), u"60");
        QVERIFY2(page.statusText().contains(u"60 → 10"), qPrintable(page.statusText()));

        // Select the row and press Revert.
        const int row = page.model()->rowOf(QStringLiteral("vm.swappiness"));
        QTreeView* view = page.view();
        const QModelIndex proxyIndex = view->model()->index(row, TunablesModel::SettingColumn);
        QCOMPARE(proxyIndex.data(TunablesModel::KeyRole).toString(), u"vm.swappiness");
        view->setCurrentIndex(proxyIndex);
        page.revertSelected();
        QVERIFY(finished.wait());
        QCOMPARE(swappiness(root), "60");
        QVERIFY(page.model()->changedKeys().isEmpty());
    }

    void refusedValueLeavesTheFileAndSaysWhy()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        TunablesPage page(&clock, &client, KernelFs(root.path()));
        QSignalSpy finished(&page, &TunablesPage::changeFinished);
        page.requestChange(QStringLiteral("vm.swappiness"), QStringLiteral("999"));
        QVERIFY(finished.wait());
        const auto result = finished.last().at(0).value<OperationResult>();
        QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(swappiness(root), "60");
        QVERIFY2(page.statusText().contains(u"not changed"), qPrintable(page.statusText()));
        QVERIFY(page.model()->changedKeys().isEmpty());
    }

    void editingTheValueCellWritesIt()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        TunablesPage page(&clock, &client, KernelFs(root.path()));
        QSignalSpy finished(&page, &TunablesPage::changeFinished);
        const int row = page.model()->rowOf(QStringLiteral("thp.enabled"));
        QAbstractItemModel* model = page.view()->model();
        model->setData(model->index(row, TunablesModel::ValueColumn), QStringLiteral("madvise"));
        QVERIFY(finished.wait());
        QCOMPARE(testutils::readTunableFile(root.path(), "sys/kernel/mm/transparent_hugepage/enabled").trimmed(),
                 "madvise");
    }

    void signalOwnProcessWithoutTheHelper()
    {
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(child.waitForStarted());
        // The helper route: the dialog must not need the helper for one's own process.
        PrivilegedClient client(nullptr, PrivilegedClient::Route::Helper);
        SignalDialog dialog(&client, KernelFs(), static_cast<qint32>(child.processId()));
        dialog.setSignal(SIGTERM);
        QSignalSpy sent(&dialog, &SignalDialog::sent);
        dialog.send();
        QVERIFY(sent.wait());
        QVERIFY2(sent.last().at(0).value<OperationResult>().ok(), qPrintable(dialog.statusText()));
        // sent.wait() runs the event loop, which may already have reaped the child: waitForFinished() would
        // then return false for a process that ended exactly as wanted.
        QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 10'000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // ended by the signal
    }

    void signalAVanishedProcessSaysSo()
    {
        QProcess child;
        child.start(QStringLiteral("true"), QStringList());
        QVERIFY(child.waitForStarted());
        const auto pid = static_cast<qint32>(child.processId());
        PrivilegedClient client(nullptr, PrivilegedClient::Route::Helper);
        SignalDialog dialog(&client, KernelFs(), pid);
        QVERIFY(child.waitForFinished());
        dialog.send(); // the start time was read while it lived; now the PID names nothing (or another process)
        QSignalSpy sent(&dialog, &SignalDialog::sent);
        QVERIFY(sent.wait());
        const auto result = sent.last().at(0).value<OperationResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.errnoName, u"ESRCH");
    }
};

QTEST_MAIN(TestPrivilegedPages)
#include "tst_privilegedpages.moc"
