// SPDX-License-Identifier: GPL-2.0-or-later
// The Labs area, offscreen: a card's Start, its steps and Stop drive the real workload; the Show buttons open
// Processes and Memory ▸ Map on the lab's process; Stop and closing leave nothing running; presentation mode
// persists; the buddy simulator card reproduces the handbook's exercises.
#include "buddyblocksview.h"
#include "buddysimulatorwidget.h"
#include "labcard.h"
#include "labrunner.h"
#include "labspage.h"
#include "mainwindow.h"
#include "memorymappage.h"
#include "modulelabcard.h"
#include "privilegedclient.h"
#include "processespage.h"
#include "refreshclock.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace kaleido;

namespace {

QByteArray procState(qint32 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    return stat.mid(stat.lastIndexOf(')') + 2, 1);
}

QPushButton* button(LabCard* card, const char* name)
{
    return card->findChild<QPushButton*>(QLatin1String(name));
}

/// Presses step @p step (1-based) and waits for the workload's answer (the button gets its tick).
bool pressStep(LabCard* card, int step)
{
    QPushButton* b = card->findChild<QPushButton*>(QStringLiteral("labStep%1").arg(step));
    if (!b || !b->isEnabled())
        return false;
    b->click();
    QSignalSpy spy(card->runner(), &LabRunner::lineReceived);
    for (int i = 0; i < 20 && !b->text().startsWith(QStringLiteral("✓")); ++i)
        spy.wait(3000);
    return b->text().startsWith(QStringLiteral("✓"));
}

bool ticked(LabCard* card, int step)
{
    return card->findChild<QPushButton*>(QStringLiteral("labStep%1").arg(step))
        ->text()
        .startsWith(QStringLiteral("✓"));
}

QString output(LabCard* card)
{
    return card->findChild<QPlainTextEdit*>(QStringLiteral("labOutput"))->toPlainText();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray fileContents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool started(LabCard* card)
{
    button(card, "labStart")->click();
    QSignalSpy spy(card->runner(), &LabRunner::lineReceived);
    for (int i = 0; i < 20 && card->runner()->output().isEmpty(); ++i)
        spy.wait(3000);
    return card->isRunning() && !card->runner()->output().isEmpty();
}

} // namespace

class TestLabsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("Labs"));
    }

    void labsIsTheLastArea()
    {
        MainWindow window;
        QVERIFY(window.labsPage());
        QCOMPARE(window.areaName(window.areaCount() - 1), u"Labs");
        QVERIFY(window.labsPage()->labCount() >= 4);
        for (int i = 0; i < window.labsPage()->labCount(); ++i) {
            for (QPushButton* b : window.labsPage()->card(i)->findChildren<QPushButton*>())
                QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->objectName()));
        }
    }

    // Lab 12 on the host's kernel (the 6.18 fixture: built without loadable-module support): listed as 12,
    // between 11 and 13, saying plainly that nothing can be loaded, Start and every step disabled.
    void moduleLabWithoutModuleSupport()
    {
        MainWindow window{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        window.refreshClock()->setPaused(true);
        LabsPage* labs = window.labsPage();
        ModuleLabCard* card = labs->moduleLab();
        QVERIFY(card);
        auto* list = labs->findChild<QListWidget*>(QStringLiteral("labList"));
        int row = -1;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == ModuleLabCard::labId())
                row = i;
        }
        QVERIFY(row > 0 && row + 1 < list->count());
        QVERIFY(list->item(row)->text().startsWith(QStringLiteral("12. ")));
        QVERIFY(list->item(row - 1)->text().startsWith(QStringLiteral("11. ")));
        QVERIFY(list->item(row + 1)->text().startsWith(QStringLiteral("13. ")));
        labs->showLab(ModuleLabCard::labId());
        QVERIFY(!labs->currentCard()); // not a workload card
        QVERIFY(labs->isAncestorOf(card) && card->isVisibleTo(labs));
        labs->showLab(QStringLiteral("buddy")); // the other cards still map to their pages
        QCOMPARE(labs->currentCard()->lab().id, QStringLiteral("buddy"));

        QVERIFY(!card->moduleSupport());
        QVERIFY(!card->startButton()->isEnabled());
        QVERIFY(!card->start());
        QCOMPARE(card->stepCount(), 6);
        for (int i = 0; i < card->stepCount(); ++i) {
            QVERIFY(!card->stepButton(i)->isEnabled());
            QVERIFY(!card->runStep(i));
        }
        QVERIFY(card->statusLabel()->text().contains(QStringLiteral("cannot load modules")));
        QVERIFY(card->statusLabel()->text().contains(QStringLiteral("6.18.44")));
        for (QPushButton* b : card->findChildren<QPushButton*>())
            QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->objectName()));
    }

    // On a kernel with modules (the 6.1 fixture) with a kaleido_teach.ko at KALEIDO_KMOD_DIR: Start enables
    // the steps; each step asks for the page it names.
    void moduleLabStepsAskForTheirPages()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile ko(dir.filePath(QStringLiteral("kaleido_teach.ko")));
        QVERIFY(ko.open(QIODevice::WriteOnly));
        ko.close();
        qputenv("KALEIDO_KMOD_DIR", QFile::encodeName(dir.path()));
        const auto restore = qScopeGuard([] { qunsetenv("KALEIDO_KMOD_DIR"); });

        ModuleLabCard card(nullptr, KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))));
        QVERIFY(card.moduleSupport());
        QCOMPARE(card.builtFile(QStringLiteral("kaleido_teach")), ko.fileName());
        QVERIFY(card.startButton()->isEnabled());
        QVERIFY(!card.stepButton(0)->isEnabled()); // nothing before Start
        QVERIFY(card.start());
        QVERIFY(!card.startButton()->isEnabled());
        QVERIFY(card.statusLabel()->text().contains(dir.path()));
        for (int i = 0; i < card.stepCount(); ++i)
            QVERIFY(card.stepButton(i)->isEnabled());

        QSignalSpy loaded(&card, &ModuleLabCard::loadedModuleRequested);
        QSignalSpy log(&card, &ModuleLabCard::moduleLogRequested);
        QSignalSpy unload(&card, &ModuleLabCard::unloadRequested);
        card.stepButton(1)->click();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst().at(0).toString(), QStringLiteral("kaleido_teach"));
        QVERIFY(card.output()->toPlainText().contains(QStringLiteral("not loaded")));
        card.stepButton(3)->click();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().at(0).toString(), QStringLiteral("kaleido_teach"));
        card.stepButton(5)->click();
        QCOMPARE(unload.size(), 1);
        QCOMPARE(unload.constFirst().at(0).toString(), QStringLiteral("kaleido_teach"));
        QCOMPARE(ModuleLabCard::teachParameters().value(QStringLiteral("objects")), QStringLiteral("64"));
    }

    void forkTreeEndToEnd()
    {
        MainWindow window;
        window.refreshClock()->setPaused(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentArea(window.areaCount() - 1);
        LabsPage* labs = window.labsPage();
        labs->showLab(QStringLiteral("forktree"));
        LabCard* card = labs->currentCard();
        QCOMPARE(card->lab().id, QStringLiteral("forktree"));
        QVERIFY(!button(card, "labStep1")->isEnabled()); // nothing to drive before Start
        auto* explanation = card->findChild<QGroupBox*>(QStringLiteral("labExplanation"));
        QVERIFY(explanation->isHidden());

        QVERIFY(started(card));
        const qint32 pgid = card->runner()->pid();
        QVERIFY(
            card->findChild<QLabel*>(QStringLiteral("labStatus"))->text().contains(QString::number(pgid)));
        QVERIFY(pressStep(card, 1));
        QVERIFY(!explanation->isHidden());
        QVERIFY(pressStep(card, 3)); // a zombie
        const qint32 zombie = card->focusPid();
        QVERIFY(zombie > 0 && zombie != pgid);
        QTRY_COMPARE_WITH_TIMEOUT(procState(zombie), QByteArray("Z"), 10000);

        // "Show in Processes" opens Processes with the zombie selected.
        button(card, "labShowProcess")->click();
        QCOMPARE(window.areaName(window.currentArea()), u"Processes");
        ProcessesPage* processes = window.processesPage();
        for (int attempt = 0; attempt < 10 && processes->selectedPid() != zombie; ++attempt) {
            QSignalSpy refreshed(processes, &ProcessesPage::refreshed);
            processes->refresh();
            refreshed.wait(10000);
            window.showProcess(zombie);
        }
        QCOMPARE(processes->selectedPid(), zombie);

        QVERIFY(pressStep(card, 4)); // reaped
        QTRY_VERIFY_WITH_TIMEOUT(procState(zombie).isEmpty(), 10000);
        button(card, "labStop")->click();
        QVERIFY(!card->isRunning());
        QCOMPARE(LabRunner::processesInGroup(pgid), QList<qint32>());
        QVERIFY(!button(card, "labStep1")->isEnabled());
        QVERIFY(button(card, "labStart")->isEnabled());
    }

    void pagingOpensTheMemoryMap()
    {
        MainWindow window;
        window.refreshClock()->setPaused(true);
        LabCard* card = window.labsPage()->card(QStringLiteral("paging"));
        QVERIFY(started(card));
        const qint32 pid = card->runner()->pid();
        QFile adj(QStringLiteral("/proc/%1/oom_score_adj").arg(pid));
        QVERIFY(adj.open(QIODevice::ReadOnly));
        QCOMPARE(adj.readAll().trimmed(), QByteArray("1000"));
        // Either the limit was applied or the card says why not.
        const QString status = card->findChild<QLabel*>(QStringLiteral("labStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("memory.max")) ||
                     status.contains(QLatin1String("no memory limit")),
                 qPrintable(status));
        QVERIFY(pressStep(card, 1)); // reserve
        button(card, "labShowMap")->click();
        QCOMPARE(window.areaName(window.currentArea()), u"Memory");
        QCOMPARE(window.memoryMapPage()->pid(), pid);
        window.labsPage()->stopAll();
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
    }

    void buddyExercises()
    {
        LabsPage page;
        LabCard* card = page.card(QStringLiteral("buddy"));
        QVERIFY(card->simulator());
        QVERIFY(!button(card, "labStart")); // nothing to run: a simulator
        button(card, "labStep1")->click();
        QCOMPARE(card->simulator()->simulator().internalFragmentation(), qint64(1360));
        QVERIFY(card->simulator()->figuresText().contains(QLocale().toString(1360)));
        button(card, "labStep2")->click();
        const auto& events = card->simulator()->simulator().events();
        QCOMPARE(events.last().kind, BuddySimulator::EventKind::Fail);
        QCOMPARE(events.last().id, 7); // the seventh request

        // Clicking an allocated block frees it; its buddy is in use, so nothing merges.
        auto* view = card->findChild<BuddyBlocksView*>();
        card->resize(900, 700);
        view->resize(800, view->sizeHint().height());
        const int blocksBefore = int(card->simulator()->simulator().blocks().size());
        int freedId = 0;
        for (int x = 5; x < 800 && !freedId; x += 10) {
            for (int y = 2; y < view->height() && !freedId; y += 8)
                freedId = view->allocationAt(QPoint(x, y));
        }
        QVERIFY(freedId > 0);
        QVERIFY(card->simulator()->freeAllocation(freedId));
        QVERIFY(card->simulator()->simulator().blocks().size() <= blocksBefore);
        QVERIFY(card->simulator()->simulator().usedBytes() < 16384);
    }

    void signalsCardStopsAndContinues()
    {
        LabsPage page;
        LabCard* card = page.card(QStringLiteral("signals"));
        QVERIFY(started(card));
        const qint32 pid = card->runner()->pid();
        for (int step = 1; step <= 5; ++step)
            QVERIFY2(pressStep(card, step), qPrintable(QString::number(step)));
        QVERIFY(card->runner()->output().last().contains(QLatin1String("handled=1")));
        QVERIFY(pressStep(card, 6)); // SIGSTOP, sent by Kaleido
        QTRY_COMPARE_WITH_TIMEOUT(procState(pid), QByteArray("T"), 10000);
        QVERIFY(pressStep(card, 7)); // SIGCONT
        QTRY_VERIFY_WITH_TIMEOUT(procState(pid) != "T", 10000);
        page.stopAll();
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
    }

    // The program killed while a step waits for its answer (what the OOM killer does to lab 7's "grow"): the
    // card reports the end, and after the next Start the steps work again.
    void aProgramKilledMidStepLeavesTheStepsUsable()
    {
        LabsPage page;
        LabCard* card = page.card(QStringLiteral("paging"));
        QVERIFY(started(card));
        QVERIFY(pressStep(card, 1)); // reserve 256 MiB
        QSignalSpy finished(card->runner(), &LabRunner::finished);
        button(card, "labStep2")->click(); // touch it: seconds of work, answered only at the end
        QVERIFY(!button(card, "labStep3")->isEnabled()); // waiting for the answer
        QVERIFY(::kill(card->runner()->pid(), SIGKILL) == 0);
        QVERIFY(finished.wait(20000));
        QVERIFY(!ticked(card, 2));
        QVERIFY(started(card));
        QVERIFY(button(card, "labStep1")->isEnabled());
        QVERIFY(pressStep(card, 1));
        card->stop();
    }

    void oomLabNeedsALimit()
    {
        const LabRunner::LimitSupport support = LabRunner::memoryLimitSupport();
        if (support.available)
            QSKIP("memory limits can be applied here: the refusal cannot be shown");
        LabsPage page;
        LabCard* card = page.card(QStringLiteral("oom"));
        QVERIFY(card);
        QVERIFY(!button(card, "labStart")->isEnabled());
        QVERIFY(card->findChild<QLabel*>(QStringLiteral("labStatus"))->text().contains(support.reason));
        QVERIFY(!card->start());
        QVERIFY(!card->isRunning());
    }

    // Lab 6's steps 3 and 5 change vm.overcommit_memory through the PrivilegedClient (here in-process on a
    // temporary root; the VM test does it on the real kernel): old → new shown, the old value remembered (not
    // overwritten by a second press), a reminder while it is changed, and the restore step writes it back
    // even after the program stopped.
    void settingStepsChangeAndRestore()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString mode = root.filePath(QStringLiteral("proc/sys/vm/overcommit_memory"));
        QVERIFY(QDir().mkpath(QFileInfo(mode).path()));
        QVERIFY(writeFile(mode, "0\n"));
        privileged::PrivilegedClient client(nullptr, privileged::PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        LabsPage page;
        LabCard* card = page.card(QStringLiteral("overcommit"));
        QVERIFY(card);
        QCOMPARE(card->lab().steps.size(), 5);
        QVERIFY(!button(card, "labStep3")->isEnabled()); // no client yet
        page.setPrivilegedClient(&client);
        QVERIFY(button(card, "labStep3")->isEnabled());  // a setting needs no running program
        QVERIFY(!button(card, "labStep5")->isEnabled()); // nothing to put back yet
        QVERIFY(!button(card, "labStep1")->isEnabled());

        QVERIFY(started(card));
        button(card, "labStep3")->click();
        QTRY_VERIFY_WITH_TIMEOUT(ticked(card, 3), 20000);
        QCOMPARE(fileContents(mode), QByteArray("2"));
        QVERIFY2(output(card).contains(QStringLiteral("/proc/sys/vm/overcommit_memory: 0 → 2")),
                 qPrintable(output(card)));
        QVERIFY(
            output(card).contains(QStringLiteral("ok status overcommit_memory="))); // the step's command ran
        QCOMPARE(card->changedSettings(),
                 (QMap<QString, QString>{{QStringLiteral("vm.overcommit_memory"), QStringLiteral("0")}}));
        const QString status = card->findChild<QLabel*>(QStringLiteral("labStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("/proc/sys/vm/overcommit_memory (it was 0)")),
                 qPrintable(status));
        QVERIFY(button(card, "labStep5")->isEnabled());

        button(card, "labStep3")->click(); // again: 2 → 2, the value before the lab stays 0
        QTRY_VERIFY_WITH_TIMEOUT(output(card).contains(QStringLiteral(": 2 → 2")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(button(card, "labStep5")->isEnabled(), 20000);
        QCOMPARE(card->changedSettings().value(QStringLiteral("vm.overcommit_memory")), u"0");

        card->stop();
        QVERIFY(output(card).contains(QStringLiteral("still changed (it was 0)")));
        QVERIFY(button(card, "labStep5")->isEnabled());
        button(card, "labStep5")->click();
        QTRY_VERIFY_WITH_TIMEOUT(ticked(card, 5), 20000);
        QCOMPARE(fileContents(mode), QByteArray("0"));
        QVERIFY(card->changedSettings().isEmpty());
        QVERIFY(!button(card, "labStep5")->isEnabled());
        QVERIFY(!card->findChild<QLabel*>(QStringLiteral("labStatus"))
                     ->text()
                     .contains(QStringLiteral("Changed by this lab")));
    }

    // A refused write says why, ticks nothing, remembers nothing and does not send the step's command; a
    // trigger (drop_caches) is done but has nothing to put back.
    void settingStepFailureAndTrigger()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString drop = root.filePath(QStringLiteral("proc/sys/vm/drop_caches"));
        QVERIFY(QDir().mkpath(QFileInfo(drop).path()));
        QVERIFY(writeFile(drop, ""));
        privileged::PrivilegedClient client(nullptr, privileged::PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        LabsPage page;
        page.setPrivilegedClient(&client);

        LabCard* ksm = page.card(QStringLiteral("ksm"));
        QVERIFY(ksm);
        QVERIFY(started(ksm));
        button(ksm, "labStep2")->click(); // this root has no sys/kernel/mm/ksm/run
        QTRY_VERIFY_WITH_TIMEOUT(output(ksm).contains(QStringLiteral("was not changed")), 20000);
        QVERIFY2(output(ksm).contains(QStringLiteral("(ENOENT)")), qPrintable(output(ksm)));
        QVERIFY(!output(ksm).contains(QStringLiteral("> status")));
        QVERIFY(!ticked(ksm, 2));
        QVERIFY(ksm->changedSettings().isEmpty());
        QVERIFY(button(ksm, "labStep2")->isEnabled()); // it can be tried again
        ksm->stop();

        LabCard* cache = page.card(QStringLiteral("pagecache"));
        QVERIFY(started(cache));
        const int last = int(cache->lab().steps.size());
        QCOMPARE(cache->lab().steps.last().settingKey, u"vm.drop_caches");
        button(cache, qPrintable(QStringLiteral("labStep%1").arg(last)))->click();
        QTRY_VERIFY_WITH_TIMEOUT(ticked(cache, last), 20000);
        QCOMPARE(fileContents(drop), QByteArray("1"));
        QVERIFY2(output(cache).contains(QStringLiteral("/proc/sys/vm/drop_caches: done.")),
                 qPrintable(output(cache)));
        QVERIFY(output(cache).contains(QStringLiteral("ok status cached=")));
        QVERIFY(cache->changedSettings().isEmpty());
        cache->stop();
    }

    void presentationModePersists()
    {
        qreal normal = 0;
        {
            LabsPage page;
            QVERIFY(!page.presentationMode());
            normal = page.font().pointSizeF();
            page.setPresentationMode(true);
            QVERIFY(page.font().pointSizeF() > normal * 1.4);
        }
        {
            LabsPage page; // remembered
            QVERIFY(page.presentationMode());
            QVERIFY(page.card(0)->font().pointSizeF() > normal * 1.4); // the cards inherit it
            page.setPresentationMode(false);
            QCOMPARE(page.font().pointSizeF(), normal);
        }
        LabsPage page;
        QVERIFY(!page.presentationMode());
    }

    void closingThePageEndsTheLabs()
    {
        qint32 pgid = 0;
        QList<qint32> family;
        {
            LabsPage page;
            LabCard* card = page.card(QStringLiteral("forktree"));
            QVERIFY(started(card));
            pgid = card->runner()->pid();
            QVERIFY(pressStep(card, 1));
            QVERIFY(pressStep(card, 2)); // and an orphan, re-parented, still in the group
            family = LabRunner::processesInGroup(pgid);
            QCOMPARE(family.size(), 5); // the lab, three children, the orphan
        }
        QCOMPARE(LabRunner::processesInGroup(pgid), QList<qint32>());
        for (const qint32 pid : family)
            QVERIFY(procState(pid).isEmpty());
    }
};

QTEST_MAIN(TestLabsPage)
#include "tst_labspage.moc"
