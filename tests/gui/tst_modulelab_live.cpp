// SPDX-License-Identifier: GPL-2.0-or-later
// Lab 12 (a module's life) as root inside the Debian 6.1 guest (tests/vm/modules-flow.sh installs
// kaleido_teach and kaleido_teach_user first): the card's six steps pressed in a real MainWindow, each
// checked against the kernel's own files. It changes the kernel it runs on, so it is built but only
// registered as vm_module_lab.
#include "kernellogfiltermodel.h"
#include "kernellogpage.h"
#include "labspage.h"
#include "loadedmodulespage.h"
#include "mainwindow.h"
#include "modulelabcard.h"
#include "moduleloaddialog.h"
#include "moduleunloaddialog.h"
#include "procmodules.h"
#include "refreshclock.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <unistd.h>

using namespace kaleido;

namespace {

const LoadedModule* loaded(const Result<ProcModules>& modules, const char* name)
{
    return modules ? modules->find(QLatin1String(name)) : nullptr;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Presses @p step's button on @p card and waits for the load dialog it opens to finish; the dialog's result.
bool loadThroughStep(ModuleLabCard* card, int step)
{
    card->stepButton(step)->click();
    ModuleLoadDialog* dialog = card->loadDialog();
    if (!dialog || !dialog->isVisible())
        return false;
    QSignalSpy finished(dialog, &ModuleLoadDialog::operationFinished);
    QTest::qWait(300); // the preview's debounce
    if (!dialog->loadButton()->isEnabled()) {
        qWarning("Load is disabled: %s", qPrintable(dialog->blockedReason()));
        return false;
    }
    dialog->loadButton()->click();
    if (finished.isEmpty() && !finished.wait(120000))
        return false;
    const auto result = finished.constFirst().constFirst().value<privileged::OperationResult>();
    qInfo("%s: %s", qPrintable(dialog->target()), qPrintable(result.cause));
    dialog->close();
    return result.ok();
}

} // namespace

class TestModuleLabLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Under modules-flow.sh (which sets KALEIDO_KMOD_DIR) a skip would hide a broken guest: fail instead.
        if (qEnvironmentVariableIsSet("KALEIDO_KMOD_DIR")) {
            QVERIFY2(::geteuid() == 0, "modules-flow.sh runs this as root");
            QVERIFY2(QFile::exists(QStringLiteral("/proc/modules")),
                     "the guest's kernel has no module support");
        }
        if (::geteuid() != 0)
            QSKIP("runs as root inside the VM (tests/vm/modules-flow.sh)");
        if (!QFile::exists(QStringLiteral("/proc/modules")))
            QSKIP("this kernel has no module support");
    }

    void theSixSteps()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.refreshClock()->setPaused(
            true); // the emulated guest is slow; the steps refresh what they show
        window.setCurrentArea(window.areaCount() - 1);
        LabsPage* labs = window.labsPage();
        labs->showLab(ModuleLabCard::labId());
        ModuleLabCard* card = labs->moduleLab();
        QVERIFY(card && card->isVisible());
        QVERIFY(card->moduleSupport());
        QVERIFY(!loaded(readProcModules(KernelFs()), "kaleido_teach"));
        QVERIFY(card->startButton()->isEnabled());
        card->startButton()->click();
        QVERIFY2(card->stepButton(0)->isEnabled(), qPrintable(card->statusLabel()->text()));
        // Installed modules load by name; modules-flow.sh --from-files leaves them as built .ko files.
        const bool fromFiles = qEnvironmentVariableIsSet("KALEIDO_KMOD_FROM_FILES");
        QVERIFY2(card->statusLabel()->text().contains(fromFiles ? QStringLiteral("built in /")
                                                                : QStringLiteral("loads by name")),
                 qPrintable(card->statusLabel()->text()));

        // 1. Load with objects=64 greeting=hello, through the load dialog the step opens.
        QVERIFY(loadThroughStep(card, 0));
        const auto afterLoad = readProcModules(KernelFs());
        const LoadedModule* teach = loaded(afterLoad, "kaleido_teach");
        QVERIFY(teach);
        QCOMPARE(teach->state, LoadedModule::State::Live);
        QCOMPARE(readFile(QStringLiteral("/sys/module/kaleido_teach/parameters/objects")).trimmed(),
                 QByteArray("64"));
        QCOMPARE(readFile(QStringLiteral("/sys/module/kaleido_teach/parameters/greeting")).trimmed(),
                 QByteArray("hello"));

        // 2. Modules ▸ Loaded on it; the card lists its parameters.
        card->stepButton(1)->click();
        QCOMPARE(window.modulePages()->currentWidget(), window.loadedModulesPage());
        QCOMPARE(window.loadedModulesPage()->selectedModule(), QStringLiteral("kaleido_teach"));
        QVERIFY2(card->output()->toPlainText().contains(
                     QStringLiteral("/sys/module/kaleido_teach/parameters/objects = 64")),
                 qPrintable(card->output()->toPlainText()));

        // 3. /proc/kaleido_teach and the slab cache's line, as the kernel has them.
        const QByteArray proc = readFile(QStringLiteral("/proc/kaleido_teach"));
        QVERIFY(!proc.isEmpty());
        QVERIFY(readFile(QStringLiteral("/proc/slabinfo")).contains("\nkaleido_teach_obj "));
        card->stepButton(2)->click();
        const QString text = card->output()->toPlainText();
        QVERIFY2(text.contains(QString::fromUtf8(proc.split('\n').constFirst())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nkaleido_teach_obj ")), qPrintable(text));

        // 4. The Kernel log, filtered to the module: at least one line.
        card->stepButton(3)->click();
        KernelLogPage* log = window.kernelLogPage();
        QVERIFY(log->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(log->filterModel()->rowCount() >= 1, 30000);
        qInfo("kernel log lines of kaleido_teach: %d", log->filterModel()->rowCount());

        // 5. kaleido_teach_user: kaleido_teach gets its holder.
        labs->showLab(ModuleLabCard::labId());
        QVERIFY(loadThroughStep(card, 4));
        const auto afterUser = readProcModules(KernelFs());
        QVERIFY(loaded(afterUser, "kaleido_teach_user"));
        QCOMPARE(loaded(afterUser, "kaleido_teach")->holders,
                 QStringList(QStringLiteral("kaleido_teach_user")));
        QVERIFY(card->output()->toPlainText().contains(QStringLiteral("held by kaleido_teach_user")));

        // 6. The unload dialog of Modules ▸ Loaded, holder first.
        card->stepButton(5)->click();
        auto* dialog = window.loadedModulesPage()->findChild<ModuleUnloadDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->plan().order,
                 QStringList({QStringLiteral("kaleido_teach_user"), QStringLiteral("kaleido_teach")}));
        QSignalSpy finished(dialog, &ModuleUnloadDialog::finished);
        dialog->unloadChainButton()->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().at(0).toBool(),
                 qPrintable(dialog->stepTexts().join(QLatin1Char('\n'))));
        const auto afterUnload = readProcModules(KernelFs());
        QVERIFY(afterUnload);
        QVERIFY(!loaded(afterUnload, "kaleido_teach_user"));
        QVERIFY(!loaded(afterUnload, "kaleido_teach"));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/kaleido_teach")));
        QVERIFY(!readFile(QStringLiteral("/proc/slabinfo")).contains("\nkaleido_teach_obj "));
        dialog->close();
    }
};

QTEST_MAIN(TestModuleLabLive)
#include "tst_modulelab_live.moc"
