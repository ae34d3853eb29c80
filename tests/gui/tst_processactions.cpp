// SPDX-License-Identifier: GPL-2.0-or-later
// Process ▸ Stop, Continue, End Process Tree, Change Priority, OOM Score Adjustment, CPU Affinity and Send
// Signal, driven on real child processes (sleep) through PrivilegedClient's automatic route: in-process as
// root, and for a normal user as themselves (their own children never need the helper).
#include "affinitydialog.h"
#include "oomscoreadjdialog.h"
#include "operationreport.h"
#include "privilegedclient.h"
#include "processactions.h"
#include "procstat.h"
#include "procstatus.h"
#include "renicedialog.h"
#include "signaldialog.h"
#include "signalnames.h"
#include "taskchildren.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDBusConnection>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <cerrno>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;
using privileged::OperationResult;
using privileged::PrivilegedClient;
using Action = ProcessActions::Action;

namespace {

char stateOf(qint32 pid)
{
    const auto stat = readProcStat(KernelFs(), pid);
    return stat ? stat->state : '-';
}

QByteArray procFile(qint32 pid, const char* name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

/// Whether @p process has ended (waitForFinished() says false when the event loop already saw it end).
bool ended(QProcess& process)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(10'000);
}

/// A process that is neither running nor a zombie waiting for its parent: reaped, or never ours to reap.
bool reapedOrGone(qint32 pid)
{
    int status = 0;
    const pid_t reaped = ::waitpid(pid, &status, WNOHANG);
    if (reaped == pid)
        return true;
    return !QFile::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

class TestProcessActions : public QObject
{
    Q_OBJECT

private:
    /// A `sleep 60` child and the target that names it.
    struct Child
    {
        std::unique_ptr<QProcess> process;
        ProcessActionTarget target;

        Child() = default;
        Child(Child&&) = default;
        ~Child()
        {
            if (process && process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished();
            }
        }
    };

    static Child startSleep()
    {
        Child child;
        child.process = std::make_unique<QProcess>();
        child.process->start(QStringLiteral("sleep"), {QStringLiteral("60")});
        if (!child.process->waitForStarted())
            return child;
        child.target = readProcessActionTarget(KernelFs(), qint32(child.process->processId())).value();
        return child;
    }

    /// Waits for the next report and returns it.
    static QString nextReport(QSignalSpy& spy)
    {
        if (spy.isEmpty() && !spy.wait(10'000))
            return {};
        return spy.takeFirst().at(0).toString();
    }

    QWidget m_window;

private Q_SLOTS:
    void initTestCase()
    {
        // Orphaned grandchildren (the sleeps of an ended shell) come to this process, which reaps them.
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    }

    void signalDialogOffersEverySignalWithAMeaning()
    {
        PrivilegedClient client;
        SignalDialog dialog(&client, KernelFs());
        const QList<int> offered = dialog.offeredSignals();
        QCOMPARE(offered, SignalDialog::signalNumbers());
        // x86-64: 31 standard signals, then the kernel's SIGRTMIN (32) to SIGRTMAX (64).
        QCOMPARE(SIGRTMAX, 64);
        QCOMPARE(offered.size(), 31 + 33);
        QList<int> sorted = offered;
        std::sort(sorted.begin(), sorted.end());
        for (int signal = 1; signal <= 64; ++signal)
            QCOMPARE(sorted[signal - 1], signal); // each exactly once
        // The common ones first, the real-time ones last and in order.
        QCOMPARE(offered.first(), SIGTERM);
        QVERIFY(offered.indexOf(SIGKILL) < offered.indexOf(SIGSEGV));
        QCOMPARE(offered.mid(31), sorted.mid(31));
        for (const int signal : offered) {
            QVERIFY2(SignalDialog::signalMeaning(signal).size() > 20, qPrintable(signalName(signal)));
            QVERIFY(SignalDialog::signalLabel(signal).contains(signalName(signal)));
        }
        QVERIFY(SignalDialog::signalMeaning(32).contains(u"glibc"));
        QVERIFY(SignalDialog::signalMeaning(33).contains(u"glibc"));
        QVERIFY(SignalDialog::signalMeaning(34).contains(u"SIGRTMIN+0"));
        QVERIFY(SignalDialog::signalLabel(64).contains(u"SIGRTMAX"));
        QVERIFY(SignalDialog::signalMeaning(65).isEmpty());

        // The meaning under the list follows the choice.
        dialog.setSignal(SIGSTOP);
        QCOMPARE(dialog.signal(), SIGSTOP);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("signalMeaning"))->text(),
                 SignalDialog::signalMeaning(SIGSTOP));
    }

    void stopAndContinue()
    {
        Child child = startSleep();
        QVERIFY(child.target.pid > 0);
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        QSignalSpy reported(&actions, &ProcessActions::reported);
        actions.setTargets({child.target});
        QVERIFY(actions.action(Action::Stop)->isEnabled());

        actions.action(Action::Stop)->trigger();
        const QString stopped = nextReport(reported);
        QVERIFY2(stopped.contains(u"Sent SIGSTOP"), qPrintable(stopped));
        QTRY_COMPARE(stateOf(child.target.pid), 'T');
        // Run as root the client acts in-process; a user's own child never needs the helper either.
        QVERIFY2(!stopped.contains(u"kaleido-helper"), qPrintable(stopped));

        actions.action(Action::Continue)->trigger();
        const QString continued = nextReport(reported);
        QVERIFY2(continued.contains(u"Sent SIGCONT"), qPrintable(continued));
        QTRY_COMPARE(stateOf(child.target.pid), 'S');
    }

    void endAndKillAskWhereTheyShould()
    {
        Child first = startSleep();
        Child second = startSleep();
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        QSignalSpy reported(&actions, &ProcessActions::reported);
        QStringList questions;
        bool answer = false;
        actions.setConfirm([&](const QString&, const QString& text) {
            questions.append(text);
            return answer;
        });
        actions.setTargets({first.target, second.target});
        // Several processes: signals for all, dialogs for one.
        QVERIFY(actions.action(Action::Kill)->isEnabled());
        QVERIFY(!actions.action(Action::Renice)->isEnabled());
        QVERIFY(!actions.action(Action::SendSignal)->isEnabled());
        QVERIFY(actions.action(Action::Renice)->toolTip().contains(u"single process"));

        actions.action(Action::Kill)->trigger(); // refused
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().contains(u"Kill 2 processes"), qPrintable(questions.first()));
        QTest::qWait(100);
        QVERIFY(reported.isEmpty());
        QCOMPARE(first.process->state(), QProcess::Running);

        answer = true;
        actions.action(Action::Kill)->trigger();
        const QString killed = nextReport(reported);
        QVERIFY2(killed.contains(u"Sent SIGKILL to 2 of 2"), qPrintable(killed));
        QVERIFY(ended(*first.process));
        QVERIFY(ended(*second.process));

        // End (SIGTERM) does not ask.
        Child third = startSleep();
        actions.setTargets({third.target});
        actions.action(Action::End)->trigger();
        QCOMPARE(questions.size(), 2);
        QVERIFY(nextReport(reported).contains(u"SIGTERM"));
        QVERIFY(ended(*third.process));
        QCOMPARE(third.process->exitStatus(), QProcess::CrashExit);
    }

    void changePriority()
    {
        Child child = startSleep();
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        QSignalSpy opened(&actions, &ProcessActions::dialogOpened);
        QSignalSpy reported(&actions, &ProcessActions::reported);
        actions.setTargets({child.target});
        actions.action(Action::Renice)->trigger();
        QCOMPARE(opened.size(), 1);
        auto* dialog = qobject_cast<ReniceDialog*>(opened.first().at(0).value<QDialog*>());
        QVERIFY(dialog);
        QCOMPARE(dialog->currentNice(), 0);
        QVERIFY2(dialog->currentText().contains(u"nice 0"), qPrintable(dialog->currentText()));
        QSignalSpy applied(dialog, &ProcessSettingDialog::applied);
        dialog->setNice(5);
        dialog->apply();
        QVERIFY(applied.wait());
        QVERIFY2(applied.first().at(0).value<OperationResult>().ok(), qPrintable(dialog->statusText()));
        QCOMPARE(readProcStat(KernelFs(), child.target.pid)->nice, 5);
        QVERIFY2(dialog->statusText().contains(u"0 → 5"), qPrintable(dialog->statusText()));
        QCOMPARE(dialog->currentNice(), 5);
        QVERIFY(nextReport(reported).contains(u"is now 5"));
        dialog->close();
    }

    void oomScoreAdjustment()
    {
        Child child = startSleep();
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        QSignalSpy opened(&actions, &ProcessActions::dialogOpened);
        actions.setTargets({child.target});
        actions.action(Action::OomScoreAdj)->trigger();
        auto* dialog = qobject_cast<OomScoreAdjDialog*>(opened.value(0).value(0).value<QDialog*>());
        QVERIFY(dialog);
        const int before = procFile(child.target.pid, "oom_score_adj").toInt();
        QCOMPARE(dialog->currentValue(), before);
        QVERIFY(dialog->currentText().contains(u"OOM score"));
        QSignalSpy applied(dialog, &ProcessSettingDialog::applied);
        dialog->setValue(500);
        dialog->apply();
        QVERIFY(applied.wait());
        QVERIFY2(applied.first().at(0).value<OperationResult>().ok(), qPrintable(dialog->statusText()));
        QCOMPARE(procFile(child.target.pid, "oom_score_adj"), "500");
        QVERIFY2(dialog->statusText().contains(QStringLiteral("%1 → 500").arg(before)),
                 qPrintable(dialog->statusText()));
        dialog->close();
    }

    void cpuAffinity()
    {
        Child child = startSleep();
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        QSignalSpy opened(&actions, &ProcessActions::dialogOpened);
        actions.setTargets({child.target});
        actions.action(Action::Affinity)->trigger();
        auto* dialog = qobject_cast<AffinityDialog*>(opened.value(0).value(0).value<QDialog*>());
        QVERIFY(dialog);
        const QByteArray before = readProcStatus(KernelFs(), child.target.pid)->cpusAllowedList.value();
        QCOMPARE(dialog->currentList(), QString::fromLatin1(before));
        QCOMPARE(dialog->cpus(), AffinityDialog::parseCpuList(dialog->currentList()).value());
        QSignalSpy applied(dialog, &ProcessSettingDialog::applied);
        dialog->setCpus({0});
        QCOMPARE(dialog->cpus(), QList<int>{0});
        dialog->apply();
        QVERIFY(applied.wait());
        QVERIFY2(applied.first().at(0).value<OperationResult>().ok(), qPrintable(dialog->statusText()));
        QCOMPARE(readProcStatus(KernelFs(), child.target.pid)->cpusAllowedList.value(), "0");
        QCOMPARE(dialog->currentList(), u"0");

        // No CPU at all is refused before anything is done.
        dialog->setCpus({});
        dialog->apply();
        QVERIFY(applied.wait());
        QCOMPARE(applied.last().at(0).value<OperationResult>().outcome, OperationResult::Outcome::Rejected);
        QVERIFY(dialog->statusText().contains(u"Not changed"));
        dialog->close();
    }

    void parseCpuList()
    {
        QCOMPARE(AffinityDialog::parseCpuList(u"0-3,6"), (QList<int>{0, 1, 2, 3, 6}));
        QCOMPARE(AffinityDialog::parseCpuList(u"5\n"), QList<int>{5});
        QCOMPARE(AffinityDialog::parseCpuList(u""), QList<int>());
        QVERIFY(!AffinityDialog::parseCpuList(u"3-1"));
        QVERIFY(!AffinityDialog::parseCpuList(u"a"));
        QVERIFY(!AffinityDialog::parseCpuList(u"1,,2"));
    }

    void endProcessTree_data()
    {
        QTest::addColumn<bool>("staleSnapshot");
        QTest::newRow("descendants read from /proc") << false;
        // The view's snapshot predates the children: they are found once the shell is paused.
        QTest::newRow("snapshot without the children") << true;
    }

    void endProcessTree()
    {
        QFETCH(bool, staleSnapshot);
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"), QStringLiteral("sleep 60 & sleep 60 & wait")});
        QVERIFY(shell.waitForStarted());
        const auto shellPid = qint32(shell.processId());
        QList<int> sleeps;
        QTRY_VERIFY((sleeps = readProcessChildren(KernelFs(), shellPid).value().pids).size() == 2);
        for (const int pid : sleeps)
            QTRY_COMPARE(procFile(pid, "comm"), "sleep"); // exec'd, not still the forked shell

        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        if (staleSnapshot)
            actions.setTreeSource([](qint32) { return QList<ProcessActionTarget>(); });
        QString question;
        actions.setConfirm([&](const QString&, const QString& text) {
            question = text;
            return true;
        });
        QSignalSpy reported(&actions, &ProcessActions::reported);
        actions.setTargets({readProcessActionTarget(KernelFs(), shellPid).value()});
        QVERIFY(actions.action(Action::EndTree)->isEnabled());
        actions.action(Action::EndTree)->trigger();
        QVERIFY2(question.contains(staleSnapshot ? u"knows of no process it started" : u"3 processes in all"),
                 qPrintable(question));
        const QString report = nextReport(reported);
        QVERIFY2(report.contains(u"Asked 3 processes"), qPrintable(report));

        QVERIFY(ended(shell));
        QCOMPARE(shell.exitStatus(), QProcess::CrashExit);
        for (const int pid : sleeps)
            QTRY_VERIFY(reapedOrGone(pid));
    }

    void reusedPidIsRefused()
    {
        Child child = startSleep();
        ProcessActionTarget stale = child.target;
        stale.startTime += 1; // as if the PID now named a process started later
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        QSignalSpy reported(&actions, &ProcessActions::reported);
        actions.setTargets({stale});
        actions.action(Action::Stop)->trigger();
        const QString report = nextReport(reported);
        QVERIFY2(report.contains(u"now names another process; nothing was done"), qPrintable(report));
        QVERIFY2(report.contains(u"ESRCH"), qPrintable(report));
        QTest::qWait(100);
        QCOMPARE(stateOf(child.target.pid), 'S');

        SignalDialog dialog(&client, KernelFs());
        dialog.setTarget(stale.processTarget());
        QVERIFY2(dialog.processText().contains(u"now names another process"),
                 qPrintable(dialog.processText()));
        QSignalSpy sent(&dialog, &SignalDialog::sent);
        dialog.setSignal(SIGKILL);
        dialog.send();
        QVERIFY(sent.wait());
        QCOMPARE(sent.first().at(0).value<OperationResult>().errnoName, u"ESRCH");
        QVERIFY(dialog.statusText().contains(u"nothing was done"));
        QCOMPARE(child.process->state(), QProcess::Running);

        // A dialog for a process that has gone says so and refuses to apply.
        ReniceDialog renice(&client, KernelFs(), stale);
        QVERIFY2(renice.currentText().contains(u"has exited"), qPrintable(renice.currentText()));
        QSignalSpy applied(&renice, &ProcessSettingDialog::applied);
        renice.setNice(10);
        renice.apply();
        QVERIFY(applied.wait());
        QCOMPARE(applied.first().at(0).value<OperationResult>().errnoName, u"ESRCH");
        QCOMPARE(readProcStat(KernelFs(), child.target.pid)->nice, 0);
    }

    void kernelThreadsAndKaleidoItself()
    {
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        const ProcessActionTarget kthread{2, 1, QStringLiteral("kthreadd"), 0, true};
        actions.setTargets({kthread});
        for (const Action which : {Action::Stop, Action::Continue, Action::End, Action::Kill, Action::EndTree,
                                   Action::SendSignal, Action::OomScoreAdj}) {
            QVERIFY(!actions.action(which)->isEnabled());
            QVERIFY2(actions.action(which)->toolTip().contains(u"ernel thread"),
                     qPrintable(actions.action(which)->toolTip()));
        }
        QVERIFY(actions.action(Action::Renice)->isEnabled()); // kernel threads have nice values too

        const ProcessActionTarget self = readProcessActionTarget(KernelFs(), qint32(::getpid())).value();
        actions.setTargets({self});
        QVERIFY(!actions.action(Action::EndTree)->isEnabled());
        QVERIFY(actions.action(Action::Stop)->isEnabled());
        QString question;
        actions.setConfirm([&](const QString&, const QString& text) {
            question = text;
            return false;
        });
        QSignalSpy reported(&actions, &ProcessActions::reported);
        actions.action(Action::Stop)->trigger();
        QVERIFY2(question.contains(u"Kaleido itself"), qPrintable(question));
        QTest::qWait(100);
        QVERIFY(reported.isEmpty());

        // Process 1 is everyone's ancestor.
        actions.setTargets({{1, 1, QStringLiteral("init"), 0, false}});
        QVERIFY(!actions.action(Action::EndTree)->isEnabled());
        // Nothing selected, or a captured system: nothing to do.
        actions.setTargets({});
        for (QAction* action : actions.actions())
            QVERIFY(!action->isEnabled());
        ProcessActions captured(&client, KernelFs(QDir::tempPath()), &m_window);
        captured.setTargets({self});
        QVERIFY(captured.action(Action::End)->toolTip().contains(u"captured"));
        QVERIFY(!captured.action(Action::End)->isEnabled());
    }

    void everyActionHasAToolTipAndGoesInAMenu()
    {
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        QCOMPARE(actions.actions().size(), 9);
        QMenu menu;
        actions.addTo(&menu);
        for (QAction* action : actions.actions()) {
            QVERIFY(!action->toolTip().isEmpty());
            QVERIFY(menu.actions().contains(action));
        }
        QCOMPARE(actions.action(Action::SendSignal)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(actions.action(Action::End)->shortcut(), QKeySequence(Qt::Key_Delete));
        QCOMPARE(actions.action(Action::Kill)->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    }

    void reportsSayWhenTheHelperWasUsed()
    {
        const OperationResult done =
            OperationResult::success(QStringLiteral("Sent SIGTERM to process 7 (x)."));
        QCOMPARE(operationReport(done, false), u"Sent SIGTERM to process 7 (x).");
        QCOMPARE(operationReport(done, true),
                 u"Sent SIGTERM to process 7 (x). It was sent with administrator "
                 u"permission through kaleido-helper.");
        const OperationResult refused = OperationResult::failure(EPERM, QStringLiteral("Not yours."));
        QCOMPARE(operationReport(refused, false), u"Not yours. (EPERM)");
        QVERIFY(operationReport(refused, true).contains(u"so Kaleido tried kaleido-helper"));

        if (::geteuid() == 0)
            QSKIP("Root needs no helper; run as a normal user to see a refused change go to the helper");
        // Lowering the nice value of one's own process is refused as the user (EACCES) and goes to the
        // helper, which a bus that is not connected cannot reach.
        Child child = startSleep();
        PrivilegedClient client(nullptr, PrivilegedClient::Route::Helper);
        client.setConnection(QDBusConnection(QStringLiteral("kaleido-no-such-bus")));
        ProcessActions actions(&client, KernelFs(), &m_window);
        QSignalSpy opened(&actions, &ProcessActions::dialogOpened);
        QSignalSpy reported(&actions, &ProcessActions::reported);
        actions.setTargets({child.target});
        actions.action(Action::Renice)->trigger();
        auto* dialog = qobject_cast<ReniceDialog*>(opened.value(0).value(0).value<QDialog*>());
        QVERIFY(dialog);
        dialog->setNice(-5);
        dialog->apply();
        const QString report = nextReport(reported);
        QVERIFY2(report.contains(u"so Kaleido tried kaleido-helper"), qPrintable(report));
        QVERIFY2(dialog->statusText().startsWith(u"Not changed"), qPrintable(dialog->statusText()));
        QCOMPARE(readProcStat(KernelFs(), child.target.pid)->nice, 0);
        dialog->close();
    }

    /// Not a check: KALEIDO_SCREENSHOTS=DIR saves each dialog as an image to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KALEIDO_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set KALEIDO_SCREENSHOTS=DIR to save pictures of the dialogs");
        Child child = startSleep();
        PrivilegedClient client;
        ProcessActions actions(&client, KernelFs(), &m_window);
        QSignalSpy opened(&actions, &ProcessActions::dialogOpened);
        actions.setTargets({child.target});
        const std::pair<Action, const char*> shots[] = {{Action::SendSignal, "signaldialog"},
                                                        {Action::Renice, "renicedialog"},
                                                        {Action::OomScoreAdj, "oomscoreadjdialog"},
                                                        {Action::Affinity, "affinitydialog"}};
        for (auto [which, name] : shots) {
            actions.action(which)->trigger();
            auto* dialog = opened.takeLast().at(0).value<QDialog*>();
            if (auto* signal = qobject_cast<SignalDialog*>(dialog)) {
                QSignalSpy sent(signal, &SignalDialog::sent);
                signal->setSignal(SIGCONT);
                signal->send();
                QVERIFY(sent.wait());
                signal->setSignal(SIGRTMIN);
                auto* combo = signal->findChild<QComboBox*>();
                combo->showPopup();
                QTest::qWait(50);
                QVERIFY(combo->view()->window()->grab().save(dir + QStringLiteral("/signallist.png")));
                combo->hidePopup();
            }
            if (auto* renice = qobject_cast<ReniceDialog*>(dialog)) {
                QSignalSpy applied(renice, &ProcessSettingDialog::applied);
                renice->setNice(5);
                renice->apply();
                QVERIFY(applied.wait());
                renice->setNice(-5);
                QTest::qWait(50);
                QVERIFY(dialog->grab().save(dir + QStringLiteral("/renicedialog.png")));
                renice->apply(); // as a user: refused, then tried through the helper
                QVERIFY(applied.wait(30'000));
                name = "renicedialog-lowered";
            }
            QTest::qWait(50);
            QVERIFY(dialog->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1StringView(name))));
            dialog->close();
        }
        // The question before End Process Tree, answered No.
        actions.action(Action::EndTree)->trigger();
        QTest::qWait(50);
        auto* question = m_window.findChild<QMessageBox*>();
        QVERIFY(question);
        QVERIFY(question->grab().save(dir + QStringLiteral("/endtreequestion.png")));
        question->reject();
        QMenu menu;
        actions.addTo(&menu);
        menu.show();
        QVERIFY(menu.grab().save(dir + QStringLiteral("/processmenu.png")));
    }
};

QTEST_MAIN(TestProcessActions)
#include "tst_processactions.moc"
