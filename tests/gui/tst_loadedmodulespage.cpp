// SPDX-License-Identifier: GPL-2.0-or-later
// Modules ▸ Loaded driven as a user would: the captured 6.1 guest and 6.18 host, and temporary trees for
// unloading (privileged client in-process, dry run) and parameter writes.
#include "graphlayout.h"
#include "loadedmodulesmodel.h"
#include "loadedmodulespage.h"
#include "loadedmodulesproxymodel.h"
#include "modulegraphview.h"
#include "moduleloaddialog.h"
#include "moduleoperationpane.h"
#include "moduleparametersmodel.h"
#include "moduleparameterspanel.h"
#include "modulepreflightstrip.h"
#include "moduletree.h"
#include "moduleunloaddialog.h"
#include "privilegedclient.h"
#include "refreshclock.h"
#include "testutils.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace kaleido;
using privileged::OperationResult;
using privileged::PrivilegedClient;

namespace {

const QByteArray scsiLines = "sg 40960 0 - Live 0xffffffffc052d000\n"
                             "scsi_mod 286720 1 sg, Live 0xffffffffc04d1000\n"
                             "scsi_common 16384 2 sg,scsi_mod, Live 0xffffffffc04cc000\n"
                             "dummy 16384 0 - Live 0xffffffffc03cc000\n";

/// What the kernel does to /proc/modules when @p module is removed: its line goes, and it leaves every
/// holders list (refcounts drop by one for each).
QByteArray withoutModule(const QByteArray& modules, const QString& module)
{
    QByteArray out;
    const QByteArray name = module.toLatin1();
    for (const QByteArray& line : modules.split('\n')) {
        if (line.isEmpty())
            continue;
        QList<QByteArray> f = line.split(' ');
        if (f[0] == name)
            continue;
        QList<QByteArray> holders = f[3] == "-" ? QList<QByteArray>() : f[3].split(',');
        holders.removeAll(QByteArray());
        if (holders.removeAll(name) > 0)
            f[2] = QByteArray::number(f[2].toInt() - 1);
        f[3] = holders.isEmpty() ? QByteArray("-") : holders.join(',') + ',';
        out += f.join(' ') + '\n';
    }
    return out;
}

privileged::RequestHandler::Options dryRunOptions(const QString& root)
{
    privileged::RequestHandler::Options options;
    options.fs = KernelFs(root);
    options.modules.dryRun = true;
    return options;
}

} // namespace

class TestLoadedModulesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debianRowsAndStrip()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        LoadedModulesPage page(nullptr, &client, fs);
        QCOMPARE(page.model()->loadedCount(), 17);
        QCOMPARE(page.proxy()->rowCount(), 17);
        page.showBuiltInBox()->setChecked(true);
        QCOMPARE(page.proxy()->rowCount(), 20);
        QVERIFY(page.content()->isEnabled());
        const ModulePreflightStrip* strip = page.preflightStrip();
        QCOMPARE(strip->modulesDisabledText(), QStringLiteral("Module loading allowed"));
        QCOMPARE(strip->lockdownText(), QStringLiteral("Lockdown: none"));
        QCOMPARE(strip->signaturesText(), QStringLiteral("Signatures not required"));
        QVERIFY(!strip->secureBootShown()); // no EFI in the guest
        QVERIFY(strip->noSupportText().isEmpty());

        QVERIFY(page.selectModule(QStringLiteral("sg")));
        QCOMPARE(page.selectedModule(), QStringLiteral("sg"));
        // sg's parameters.modes: three writable ones.
        QCOMPARE(page.parametersPanel()->model()->rowCount(), 3);
        QPushButton* reload = page.parametersPanel()->reloadButton();
        QVERIFY(reload->isEnabled());
        // 9p has no parameters: nothing to reload it with, and the tooltip says so.
        QVERIFY(page.selectModule(QStringLiteral("9p")));
        QCOMPARE(page.parametersPanel()->model()->rowCount(), 0);
        QVERIFY(!reload->isEnabled());
        QVERIFY2(reload->toolTip().contains(QStringLiteral("9p has no parameters")),
                 qPrintable(reload->toolTip()));
    }

    void hostWithoutModuleSupport()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.18-host")));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        LoadedModulesPage page(nullptr, &client, fs);
        const QString message = page.preflightStrip()->noSupportText();
        QVERIFY2(message.contains(QLatin1String("Kernel 6.18")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("without loadable-module support")));
        QVERIFY(!page.content()->isEnabled());
        QVERIFY(page.preflightStrip()->isEnabled());
        QCOMPARE(page.model()->loadedCount(), 0);
    }

    void stripShowsWhatTheKernelRefuses()
    {
        test::ModuleTree tree;
        QVERIFY(tree.write(QStringLiteral("/proc/modules"), scsiLines));
        QVERIFY(tree.write(QStringLiteral("/proc/sys/kernel/modules_disabled"), "1\n"));
        QVERIFY(tree.write(QStringLiteral("/sys/kernel/security/lockdown"),
                           "none [integrity] confidentiality\n"));
        QVERIFY(tree.write(QStringLiteral("/sys/module/module/parameters/sig_enforce"), "Y\n"));
        QVERIFY(tree.write(QStringLiteral("/proc/sys/kernel/tainted"), "12288\n"));
        ModulePreflightStrip strip{KernelFs(tree.root())};
        QVERIFY(strip.modulesDisabledText().contains(QLatin1String("modules_disabled = 1")));
        QCOMPARE(strip.lockdownText(), QStringLiteral("Lockdown: integrity"));
        QVERIFY(strip.signaturesText().contains(QLatin1String("sig_enforce = Y")));
        const QString taint = strip.taintText();
        QVERIFY2(taint.startsWith(QLatin1String("Kernel taint: OE\nO: ")), qPrintable(taint));
        QVERIFY(taint.contains(QLatin1String("\nE: ")));

        QVERIFY(tree.write(QStringLiteral("/proc/sys/kernel/modules_disabled"), "0\n"));
        QVERIFY(tree.write(QStringLiteral("/sys/kernel/security/lockdown"),
                           "[none] integrity confidentiality\n"));
        QVERIFY(tree.write(QStringLiteral("/proc/sys/kernel/tainted"), "0\n"));
        QVERIFY(tree.write(
            QStringLiteral("/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c"),
            QByteArray("\x06\x00\x00\x00\x01", 5)));
        strip.refresh();
        QCOMPARE(strip.modulesDisabledText(), QStringLiteral("Module loading allowed"));
        QCOMPARE(strip.lockdownText(), QStringLiteral("Lockdown: none"));
        QVERIFY(strip.taintText().startsWith(QLatin1String("Kernel not tainted")));
        QVERIFY(strip.secureBootShown());
        QCOMPARE(strip.secureBootText(), QStringLiteral("Secure Boot on"));
    }

    void unloadDialogExplainsBeforeAsking()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        LoadedModulesPage page(nullptr, &client, fs);
        ModuleUnloadDialog* dialog = page.unloadModule(QStringLiteral("scsi_common"), true);
        QVERIFY(dialog);
        const QString explanation = dialog->explanationText();
        // "module(s)" without a translation loaded, "modules" with the English plural forms.
        QVERIFY2(explanation.contains(
                     QRegularExpression(QStringLiteral("used by 2 module(s|\\(s\\)): sg, scsi_mod"))),
                 qPrintable(explanation));
        QVERIFY(explanation.contains(QLatin1String("reference count is 2")));
        QVERIFY(dialog->orderText().contains(QStringLiteral("sg \u2192 scsi_mod \u2192 scsi_common")));
        QVERIFY(dialog->stepTexts().isEmpty()); // nothing asked yet
        QVERIFY(dialog->unloadChainButton()->isVisibleTo(dialog));

        // 9pnet_virtio is used by the 9p mount: explained, in words.
        ModuleUnloadDialog* mounted = page.unloadModule(QStringLiteral("9pnet_virtio"));
        QVERIFY2(mounted->explanationText().contains(QLatin1String("something other than a module")),
                 qPrintable(mounted->explanationText()));
        QVERIFY(mounted->orderText().contains(QLatin1String("in use outside modules")));
        dialog->close();
        mounted->close();

        // The context menu offers both unloads, and the links to the other areas.
        QSignalSpy log(&page, &LoadedModulesPage::kernelLogForModuleRequested);
        QSignalSpy available(&page, &LoadedModulesPage::availableModuleRequested);
        QMenu* menu = page.contextMenuFor(QStringLiteral("scsi_mod"));
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("unloadChainAction"))->isEnabled());
        menu->findChild<QAction*>(QStringLiteral("showLogAction"))->trigger();
        menu->findChild<QAction*>(QStringLiteral("showAvailableAction"))->trigger();
        QCOMPARE(log.value(0).value(0).toString(), QStringLiteral("scsi_mod"));
        QCOMPARE(available.value(0).value(0).toString(), QStringLiteral("scsi_mod"));
        QVERIFY(!page.contextMenuFor(QStringLiteral("dummy"))
                     ->findChild<QAction*>(QStringLiteral("unloadChainAction"))
                     ->isEnabled());
    }

    // The in-process route (dry run) for the whole chain; the test plays the kernel by removing each
    // unloaded module from /proc/modules.
    void unloadChainInProcess()
    {
        test::ModuleTree tree;
        QVERIFY(tree.write(QStringLiteral("/proc/modules"), scsiLines));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions(dryRunOptions(tree.root()));
        LoadedModulesPage page(nullptr, &client, KernelFs(tree.root()));
        ModuleUnloadDialog* dialog = page.unloadModule(QStringLiteral("scsi_common"), true);
        connect(dialog, &ModuleUnloadDialog::stepFinished, this,
                [&tree](const QString& module, const OperationResult& result) {
                    if (result.ok())
                        tree.write(QStringLiteral("/proc/modules"),
                                   withoutModule(tree.read(QStringLiteral("/proc/modules")), module));
                });
        QSignalSpy finished(dialog, &ModuleUnloadDialog::finished);
        QSignalSpy steps(dialog, &ModuleUnloadDialog::stepFinished);
        dialog->unloadChainButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).at(0).toString(), QStringLiteral("sg"));
        QCOMPARE(steps.at(2).at(0).toString(), QStringLiteral("scsi_common"));
        QCOMPARE(dialog->stepTexts().size(), 3);
        QVERIFY(dialog->stepTexts().last().contains(QLatin1String("scsi_common: unloaded")));
        QCOMPARE(tree.read(QStringLiteral("/proc/modules")),
                 QByteArray("dummy 16384 0 - Live 0xffffffffc03cc000\n"));
        // The page rereads the list after each step: sg and scsi_mod are gone from it. (This test's handler
        // removes scsi_common after the page's reread, so that one shows at the next refresh.)
        QCOMPARE(page.model()->loadedCount(), 2);
        page.refresh();
        QCOMPARE(page.model()->loadedCount(), 1);
        dialog->close();
    }

    // Without the kernel playing along, the second step is refused and the chain stops there.
    void unloadChainStopsAtTheFirstRefusal()
    {
        test::ModuleTree tree;
        QVERIFY(tree.write(QStringLiteral("/proc/modules"), scsiLines));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions(dryRunOptions(tree.root()));
        LoadedModulesPage page(nullptr, &client, KernelFs(tree.root()));
        ModuleUnloadDialog* dialog = page.unloadModule(QStringLiteral("scsi_common"), true);
        QSignalSpy finished(dialog, &ModuleUnloadDialog::finished);
        QSignalSpy steps(dialog, &ModuleUnloadDialog::stepFinished);
        dialog->unloadChainButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("scsi_mod"));
        QCOMPARE(steps.size(), 2); // scsi_common was never asked for
        const QString refused = dialog->stepTexts().last();
        QVERIFY2(refused.contains(QLatin1String("scsi_mod: EBUSY")) && refused.contains(QLatin1String("sg")),
                 qPrintable(refused));
        QVERIFY(!dialog->pane()->outcomeText().isEmpty());
        dialog->close();
    }

    void inUseWording()
    {
        QCOMPARE(ModuleUnloadDialog::errnoWords(QStringLiteral("EAGAIN")), QStringLiteral("EAGAIN (in use)"));
        QCOMPARE(ModuleUnloadDialog::errnoWords(QStringLiteral("EWOULDBLOCK")),
                 QStringLiteral("EWOULDBLOCK (in use)"));
    }

    void parameterWriteShowsOldAndNew()
    {
        test::ModuleTree tree;
        QVERIFY(
            tree.write(QStringLiteral("/proc/modules"), "lambda 16384 0 - Live 0xffffffffc0e00000 (OE)\n"));
        QVERIFY(tree.addSysfsModule(QStringLiteral("lambda"), {}, "OE"));
        QVERIFY(tree.write(QStringLiteral("/sys/module/lambda/parameters/greeting"), "hello\n"));
        QVERIFY(tree.write(QStringLiteral("/sys/module/lambda/parameters/objects"), "64\n"));
        const QString objects = tree.root() + QStringLiteral("/sys/module/lambda/parameters/objects");
        QVERIFY(QFile::setPermissions(objects, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(tree.root()), {}});
        LoadedModulesPage page(nullptr, &client, KernelFs(tree.root()));
        QVERIFY(page.selectModule(QStringLiteral("lambda")));
        ModuleParametersPanel* panel = page.parametersPanel();
        ModuleParametersModel* model = panel->model();
        QCOMPARE(model->rowCount(), 2);
        const int greeting = model->rowOf(QStringLiteral("greeting"));
        const int objectsRow = model->rowOf(QStringLiteral("objects"));
        QCOMPARE(ModuleParametersModel::Access(
                     model->index(objectsRow, 0).data(ModuleParametersModel::AccessRole).toInt()),
                 ModuleParametersModel::Access::ReadOnly);
        QVERIFY(!(model->flags(model->index(objectsRow, ModuleParametersModel::ValueColumn)) &
                  Qt::ItemIsEditable));

        QSignalSpy changed(panel, &ModuleParametersPanel::changed);
        // What committing the delegate's editor does.
        model->setData(model->index(greeting, ModuleParametersModel::ValueColumn), QStringLiteral("bye"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(tree.read(QStringLiteral("/sys/module/lambda/parameters/greeting")), QByteArray("bye"));
        QCOMPARE(panel->lastChangeText(), QStringLiteral("greeting: hello \u2192 bye"));
        QCOMPARE(model->index(greeting, ModuleParametersModel::ValueColumn).data().toString(),
                 QStringLiteral("bye"));
        QVERIFY(!panel->pane()->outcomeText().isEmpty());
        // Reload is prefilled with the readable values.
        const QMap<QString, QString> values = panel->reloadValues();
        QCOMPARE(values.value(QStringLiteral("greeting")), QStringLiteral("bye"));
        QCOMPARE(values.value(QStringLiteral("objects")), QStringLiteral("64"));
        QVERIFY(panel->reloadButton()->isEnabled());
        panel->reloadButton()->click();
        auto* reload = panel->findChild<ModuleLoadDialog*>();
        QVERIFY(reload);
        QCOMPARE(reload->mode(), ModuleLoadDialog::Mode::Reload);
        QCOMPARE(reload->target(), QStringLiteral("lambda"));
        reload->close();
    }

    void graphOfTheSelection()
    {
        if (!GraphLayout::available())
            QSKIP("graphviz's dot is not installed");
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        LoadedModulesPage page(nullptr, &client, fs);
        QSignalSpy laidOut(page.graphLayout(), &GraphLayout::finished);
        QVERIFY(page.selectModule(QStringLiteral("scsi_common")));
        QTRY_COMPARE_WITH_TIMEOUT(page.graphView()->nodeCount(), 3, 10000);
        QCOMPARE(page.graphView()->edgeCount(), 3);
        QCOMPARE(page.graphView()->badgeCount(), 3); // sg 1, scsi_mod 2, scsi_common 3
        QCOMPARE(page.graphView()->selectedModule(), QStringLiteral("scsi_common"));
        QCOMPARE(page.unloadOrderText(),
                 QStringLiteral("Unload order: sg \u2192 scsi_mod \u2192 scsi_common"));

        page.wholeGraphBox()->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(page.graphView()->nodeCount(), 17, 10000);
        QCOMPARE(page.graphView()->edgeCount(), 15);

        // Clicking a box selects the module in the table.
        Q_EMIT page.graphView()->moduleClicked(QStringLiteral("dummy"));
        QCOMPARE(page.selectedModule(), QStringLiteral("dummy"));
    }
};

QTEST_MAIN(TestLoadedModulesPage)
#include "tst_loadedmodulespage.moc"
