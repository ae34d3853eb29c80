// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Tunables and Process ▸ Send Signal driven as a user would, with the privileged client's in-process
// route against a temporary root (the helper route is covered by tests/helper).
#include "levelbar.h"
#include "privilegedclient.h"
#include "refreshclock.h"
#include "signaldialog.h"
#include "testutils.h"
#include "tunabledetailspanel.h"
#include "tunablefiguresview.h"
#include "tunablesmodel.h"
#include "tunablespage.h"
#include "tunablestree.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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

    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    static QString lastChange(TunablesPage& page)
    {
        return page.details()->findChild<QLabel*>(QStringLiteral("tunableLastChange"))->text();
    }

    static QAbstractButton* button(QWidget& parent, const char* name)
    {
        return parent.findChild<QAbstractButton*>(QLatin1StringView(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings (and the originals) go to a test location
        QLocale::setDefault(QLocale::c());
    }
    void init() { QSettings().clear(); }

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
        QCOMPARE(page.model()->beforeValue(QStringLiteral("vm.swappiness")), u"60");

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
        QCOMPARE(
            testutils::readTunableFile(root.path(), "sys/kernel/mm/transparent_hugepage/enabled").trimmed(),
            "madvise");
    }

    // What a user sees of a change: old → new under the table, in the details pane of the setting and in
    // the window's status bar (message()).
    void changeIsReportedWhereTheUserLooks()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        TunablesPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        QSignalSpy finished(&page, &TunablesPage::changeFinished);
        QSignalSpy message(&page, &TunablesPage::message);
        page.selectKey(QStringLiteral("vm.swappiness"));
        QCOMPARE(page.details()->key(), u"vm.swappiness");
        // Through the pane's own editor and Apply button.
        page.details()->setEditorValue(QStringLiteral("30"));
        QAbstractButton* apply = button(page, "tunableApply");
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(finished.wait());
        QCOMPARE(swappiness(root), "30");
        QVERIFY2(lastChange(page).contains(u"60 → 30"), qPrintable(lastChange(page)));
        QVERIFY(page.details()->findChild<QLabel*>(QStringLiteral("tunableLastChange"))->isVisible());
        QVERIFY(!message.isEmpty() && message.last().at(0).toString().contains(u"60 → 30"));
        QVERIFY2(page.details()->findChild<QLabel*>(QStringLiteral("tunableBefore"))->text().contains(u"60"),
                 qPrintable(page.details()->findChild<QLabel*>(QStringLiteral("tunableBefore"))->text()));
    }

    // The values found at the first start are kept across a restart of the page; Revert to Original writes
    // them back, for one setting and for all.
    void originalSurvivesARestartAndIsWrittenBack()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        QTemporaryDir settingsDir;
        const QString settings = settingsDir.filePath(QStringLiteral("kaleido.ini"));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        {
            TunablesPage first(&clock, &client, KernelFs(root.path()), nullptr, settings);
            QSignalSpy finished(&first, &TunablesPage::changeFinished);
            first.requestChange(QStringLiteral("vm.swappiness"), QStringLiteral("10"));
            QVERIFY(finished.wait());
            QCOMPARE(first.model()->originalValue(QStringLiteral("vm.swappiness")), u"60");
        }
        // Between the two runs someone else changes more.
        writeFile(root.filePath(QStringLiteral("proc/sys/vm/swappiness")), "25\n");
        writeFile(root.filePath(QStringLiteral("sys/kernel/mm/transparent_hugepage/enabled")),
                  "always [madvise] never\n");
        writeFile(root.filePath(QStringLiteral("sys/kernel/mm/ksm/run")), "1\n");

        TunablesPage page(&clock, &client, KernelFs(root.path()), nullptr, settings);
        page.show();
        QSignalSpy finished(&page, &TunablesPage::changeFinished);
        TunablesModel* model = page.model();
        const int row = model->rowOf(QStringLiteral("vm.swappiness"));
        QCOMPARE(model->index(row, TunablesModel::ValueColumn).data().toString(), u"25");
        QCOMPARE(model->index(row, TunablesModel::OriginalColumn).data().toString(), u"60");
        QVERIFY(model->index(row, TunablesModel::ValueColumn)
                    .data(TunablesModel::DiffersFromOriginalRole)
                    .toBool());
        QCOMPARE(model->keysDifferingFromOriginal(),
                 (QStringList{QStringLiteral("vm.swappiness"), QStringLiteral("thp.enabled"),
                              QStringLiteral("ksm.run")}));
        QVERIFY(!page.view()->isColumnHidden(TunablesModel::OriginalColumn));

        // One setting: the pane's Revert to Original (Revert has nothing of this session to undo).
        page.selectKey(QStringLiteral("vm.swappiness"));
        QVERIFY2(
            page.details()->findChild<QLabel*>(QStringLiteral("tunableOriginal"))->text().contains(u"60"),
            qPrintable(page.details()->findChild<QLabel*>(QStringLiteral("tunableOriginal"))->text()));
        QVERIFY(!button(page, "tunableRevert")->isEnabled());
        QAbstractButton* revertOriginal = button(page, "tunableRevertOriginal");
        QVERIFY(revertOriginal->isEnabled());
        QTest::mouseClick(revertOriginal, Qt::LeftButton);
        QVERIFY(finished.wait());
        QCOMPARE(swappiness(root), "60");
        QVERIFY2(page.statusText().contains(u"25 → 60"), qPrintable(page.statusText()));
        QVERIFY(!model->differsFromOriginal(QStringLiteral("vm.swappiness")));

        // All the others, one write after the other.
        QAbstractButton* all = button(page, "tunablesRevertAllOriginal");
        QVERIFY(all->isEnabled());
        QTest::mouseClick(all, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        QCOMPARE(finished.size(), 3);
        QCOMPARE(
            testutils::readTunableFile(root.path(), "sys/kernel/mm/transparent_hugepage/enabled").trimmed(),
            "never");
        QCOMPARE(testutils::readTunableFile(root.path(), "sys/kernel/mm/ksm/run").trimmed(), "0");
        QVERIFY(model->keysDifferingFromOriginal().isEmpty());
        QVERIFY(!all->isEnabled());

        // The settings file names the originals, value by value.
        QSettings stored(settings, QSettings::IniFormat);
        stored.beginGroup(TunablesModel::settingsGroup(KernelFs(root.path())));
        QCOMPARE(stored.value(QStringLiteral("vm.swappiness/value")).toString(), u"60");
        QCOMPARE(stored.value(QStringLiteral("ksm.run/value")).toString(), u"0");
    }

    // The selected setting's live figures, from a captured kernel.
    void detailsShowTheFiguresASettingMoves()
    {
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.18-host")));
        TunablesPage page(&clock, &client, fs);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        page.selectKey(QStringLiteral("vm.overcommit_memory"));
        QString text = page.figuresView()->figuresText();
        QVERIFY2(text.contains(u"CommitLimit (kernel): 11.8 GiB") &&
                     text.contains(u"CommitLimit (computed): 11.8 GiB") &&
                     text.contains(u"Committed_AS: 884 MiB"),
                 qPrintable(text));
        QVERIFY2(text.contains(u"does not enforce"), qPrintable(text));
        LevelBar* gauge = page.figuresView()->gauge();
        QVERIFY(gauge->isVisible());
        QVERIFY(!gauge->isEnforced());
        QCOMPARE(gauge->limit(), quint64(12342040) * 1024);
        QVERIFY2(gauge->text().contains(u"Committed_AS 884 MiB of CommitLimit 11.8 GiB"),
                 qPrintable(gauge->text()));
        // Choices are explained one by one.
        const QString accepts = page.details()->findChild<QLabel*>(QStringLiteral("tunableAccepts"))->text();
        QVERIFY2(accepts.contains(u"strict") && accepts.contains(u"(now)"), qPrintable(accepts));

        page.selectKey(QStringLiteral("thp.enabled"));
        text = page.figuresView()->figuresText();
        QVERIFY2(text.contains(u"thp_fault_alloc: 6058") && text.contains(u"AnonHugePages: 0 B") &&
                     text.contains(u"khugepaged full_scans: 12"),
                 qPrintable(text));
        QVERIFY(!gauge->isVisible());

        page.selectKey(QStringLiteral("vm.min_free_kbytes"));
        text = page.figuresView()->figuresText();
        QVERIFY2(text.contains(u"min, all zones: 16894 pages (66.0 MiB)"), qPrintable(text));
        QVERIFY2(page.details()->findChild<QLabel*>(QStringLiteral("tunableCurrent"))->text() ==
                     u"67584 KiB (66.0 MiB)",
                 qPrintable(page.details()->findChild<QLabel*>(QStringLiteral("tunableCurrent"))->text()));

        page.selectKey(QStringLiteral("ksm.run"));
        text = page.figuresView()->figuresText();
        QVERIFY2(text.contains(u"pages_sharing: 0 pages (0 B)") && text.contains(u"general_profit: 0 B"),
                 qPrintable(text));

        page.selectKey(QStringLiteral("vm.swappiness"));
        QVERIFY2(page.figuresView()->figuresText().contains(u"pswpout: 0 pages"),
                 qPrintable(page.figuresView()->figuresText()));
    }

    // drop_caches from its pane: the figures before and after the drop stay in view.
    void dropCachesShowsBeforeAndAfter()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        QDir().mkpath(root.filePath(QStringLiteral("proc")));
        writeFile(root.filePath(QStringLiteral("proc/meminfo")),
                  "MemTotal: 4194304 kB\nMemFree: 1048576 kB\nBuffers: 2048 kB\nCached: 2097152 kB\n"
                  "SReclaimable: 65536 kB\n");
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        TunablesPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        QSignalSpy finished(&page, &TunablesPage::changeFinished);
        page.selectKey(QStringLiteral("vm.drop_caches"));
        QAbstractButton* both = button(page, "tunableAction3");
        QVERIFY(both && both->isVisible() && !both->toolTip().isEmpty());
        QVERIFY(!button(page, "tunableApply")->isVisible());
        QTest::mouseClick(both, Qt::LeftButton);
        QVERIFY(finished.wait());
        QVERIFY(finished.last().at(0).value<OperationResult>().ok());
        QCOMPARE(testutils::readTunableFile(root.path(), "proc/sys/vm/drop_caches"), "3");
        const QString text = page.figuresView()->figuresText();
        QVERIFY2(text.contains(u"Cached at the last drop: 2.00 GiB → 2.00 GiB (no change)") &&
                     text.contains(u"Last drop: 3"),
                 qPrintable(text));
    }

    // A kernel without the files (KSM built out, a container): the pane and the figures say so in words.
    void missingSettingSaysWhy()
    {
        QTemporaryDir root;
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        TunablesPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        page.selectKey(QStringLiteral("ksm.run"));
        const QString now = page.details()->findChild<QLabel*>(QStringLiteral("tunableCurrent"))->text();
        QVERIFY2(now.contains(u"/sys/kernel/mm/ksm/run"), qPrintable(now));
        QVERIFY2(page.figuresView()->figuresText().contains(u"/sys/kernel/mm/ksm"),
                 qPrintable(page.figuresView()->figuresText()));
        QVERIFY(page.model()->originalValue(QStringLiteral("ksm.run")).isNull());
        QVERIFY(!button(page, "tunableRevertOriginal")->isEnabled());
    }

    // Every control on the page says what it does.
    void everyControlHasATooltip()
    {
        QTemporaryDir root;
        QVERIFY(testutils::writeTunablesTree(root.path()));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        TunablesPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        for (const char* key : {"vm.swappiness", "thp.enabled", "vm.drop_caches", "vm.overcommit_memory"}) {
            page.selectKey(QLatin1StringView(key));
            const auto widgets = page.findChildren<QWidget*>();
            for (QWidget* w : widgets) {
                const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                     qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                                     qobject_cast<LevelBar*>(w);
                if (control && w->isVisible() && !qobject_cast<QAbstractItemView*>(w->parentWidget()))
                    QVERIFY2(
                        !w->toolTip().isEmpty(),
                        qPrintable(QStringLiteral("%1 (%2) in %3 has no tooltip")
                                       .arg(w->objectName(), QLatin1StringView(w->metaObject()->className()),
                                            QLatin1StringView(key))));
            }
        }
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
        dialog
            .send(); // the start time was read while it lived; now the PID names nothing (or another process)
        QSignalSpy sent(&dialog, &SignalDialog::sent);
        QVERIFY(sent.wait());
        const auto result = sent.last().at(0).value<OperationResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.errnoName, u"ESRCH");
    }
};

QTEST_MAIN(TestPrivilegedPages)
#include "tst_privilegedpages.moc"
