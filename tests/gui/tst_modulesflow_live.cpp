// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 7's "done when", as root inside the Debian 6.1 guest (tests/vm/modules-flow.sh installs kaleido_teach
// and kaleido_teach_user under /lib/modules/$(uname -r)/updates and runs depmod first). It changes the kernel
// it runs on, so it is built but only registered as vm_modules_flow. Slots run in story order; the owner of
// each is in brackets (plan section 5). The requests run in-process as root
// (PrivilegedClient::Route::InProcess): the D-Bus/polkit route of the same verbs is helper-e2e.sh's.
// Irreversible knobs (lockdown, sig_enforce, modules_disabled) come last, in that order.
#include "availablemodulespage.h"
#include "graphlayout.h"
#include "kernellogfeed.h"
#include "kernellogfiltermodel.h"
#include "kernellogmodel.h"
#include "kernellogpage.h"
#include "loadedmodulesmodel.h"
#include "loadedmodulespage.h"
#include "mainwindow.h"
#include "modulegraphview.h"
#include "moduleloaddialog.h"
#include "moduleloadform.h"
#include "moduleoperationpane.h"
#include "moduleparametersmodel.h"
#include "moduleparameterspanel.h"
#include "moduleunloaddialog.h"
#include "parametereditor.h"
#include "pendingoperation.h"
#include "privilegedclient.h"
#include "procmodules.h"
#include "refreshclock.h"

#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace kaleido;
using privileged::OperationResult;
using privileged::PrivilegedClient;

namespace {

bool isLoaded(const QString& name)
{
    const auto modules = readProcModules(KernelFs());
    return modules && modules->find(name);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

/// The row of @p module in Modules ▸ Loaded's (sorted, filtered) table, or an invalid index.
QModelIndex loadedRow(LoadedModulesPage* page, const QString& module, int column)
{
    QAbstractItemModel* proxy = page->view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, column);
        if (index.data(LoadedModulesModel::ModuleNameRole).toString() == module)
            return index;
    }
    return {};
}

bool writeKnob(const QString& path, const QByteArray& value)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(value) == value.size();
}

} // namespace

class TestModulesFlowLive : public QObject
{
    Q_OBJECT

    PrivilegedClient m_client{nullptr, PrivilegedClient::Route::InProcess};
    RefreshClock m_clock;
    QString m_kmodDir; ///< where kaleido_teach*.ko were built (KALEIDO_KMOD_DIR)
    QTemporaryDir m_work;
    OperationResult m_teachLoad;              ///< slot 2's load of kaleido_teach
    QPointer<ModuleLoadDialog> m_teachDialog; ///< and its dialog, kept open for "Show in Kernel log"
    std::unique_ptr<MainWindow> m_window;     ///< slots 3 to 6: what the user sees

    /// The main window, shown, with its own PrivilegedClient (InProcess: the test runs as root).
    MainWindow* window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>();
            m_window->resize(1400, 900);
            m_window->show();
            // Refresh ▸ Pause Refresh, as a user of a slow machine would: the emulated guest is too slow for
            // every page to reread /proc each second; the steps below refresh what they look at.
            for (QAction* action : m_window->findChildren<QAction*>())
                if (action->text() == QLatin1String("&Pause Refresh"))
                    action->setChecked(true);
        }
        return m_window.get();
    }

    /// Opens the load form for @p target, applies @p fill to it, clicks Load and returns the result.
    template<typename Fill>
    OperationResult load(ModuleLoadDialog::Mode mode, const QString& target, Fill fill,
                         ModuleLoadDialog** kept = nullptr)
    {
        auto* dialog = new ModuleLoadDialog(mode, target, &m_client);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        fill(dialog->form());
        QSignalSpy finished(dialog, &ModuleLoadDialog::operationFinished);
        QTest::qWait(300); // the preview's debounce
        dialog->run();
        if (finished.isEmpty() && !finished.wait(120000))
            return OperationResult::make(OperationResult::Outcome::Failed, QStringLiteral("no result"));
        if (kept)
            *kept = dialog;
        else
            dialog->close();
        return finished.constFirst().constFirst().value<OperationResult>();
    }

    OperationResult unload(const QString& name)
    {
        privileged::PendingOperation* op = m_client.unloadModule(name);
        QSignalSpy finished(op, &privileged::PendingOperation::finished);
        if (!finished.wait(60000))
            return {};
        return finished.constFirst().constFirst().value<OperationResult>();
    }

    static void setLine(ModuleLoadForm* form, const char* name, const QString& text)
    {
        auto* line = form->editor(QString::fromLatin1(name))->findChild<QLineEdit*>();
        QVERIFY2(line, name);
        line->setText(text);
    }

    /// The pane says @p errnoName, a cause and, when @p kernelLine, at least one kernel line.
    static void checkPane(ModuleLoadDialog* dialog, const QString& errnoName, bool kernelLine)
    {
        ModuleOperationPane* pane = dialog->pane();
        QVERIFY2(pane->outcomeText().contains(errnoName), qPrintable(pane->outcomeText()));
        QVERIFY(!pane->causeText().isEmpty());
        qInfo("%s: %s | %s", qPrintable(errnoName), qPrintable(pane->causeText()),
              qPrintable(pane->kernelLogLines().join(QStringLiteral(" / "))));
        if (kernelLine)
            QVERIFY(!pane->kernelLogLines().isEmpty());
        dialog->close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("runs as root inside the VM (tests/vm/modules-flow.sh)");
        if (!QFile::exists(QStringLiteral("/proc/modules")))
            QSKIP("this kernel has no module support");
        m_kmodDir = qEnvironmentVariable("KALEIDO_KMOD_DIR");
        QVERIFY(m_work.isValid());
    }

    // 1 [B]
    void availableFindsTeachAndTheFormHasItsEditors()
    {
        AvailableModulesPage page(&m_clock, &m_client, KernelFs());
        if (page.isIndexing()) {
            QSignalSpy done(&page, &AvailableModulesPage::indexingFinished);
            QVERIFY(done.wait(300000));
        }
        QVERIFY(page.selectModule(QStringLiteral("kaleido_teach")));
        QVERIFY(page.loadButton()->isEnabled());
        ModuleLoadDialog* dialog = page.openLoadDialog(QStringLiteral("kaleido_teach"));
        ModuleLoadForm* form = dialog->form();
        QCOMPARE(form->fields().size(), 7);
        QVERIFY(form->editor(QStringLiteral("objects"))->findChild<QSpinBox*>());
        QVERIFY(form->editor(QStringLiteral("fail_with"))->findChild<QSpinBox*>());
        QVERIFY(form->editor(QStringLiteral("verbose"))->findChild<QComboBox*>());
        for (const char* name : {"buffer_kib", "greeting", "weights", "log_levels"})
            QVERIFY2(form->editor(QString::fromLatin1(name))->findChild<QLineEdit*>(), name);
        QVERIFY(!form->descriptionLabel(QStringLiteral("weights"))->text().isEmpty());
        dialog->close();
    }

    // 2 [B]
    void loadTeachWithParameters()
    {
        ModuleLoadDialog* dialog = nullptr;
        const auto result = load(
            ModuleLoadDialog::Mode::Load, QStringLiteral("kaleido_teach"),
            [](ModuleLoadForm* form) {
                form->editor(QStringLiteral("objects"))->setValue(QStringLiteral("64"));
                setLine(form, "greeting", QStringLiteral("hello"));
                setLine(form, "weights", QStringLiteral("1,2,3"));
                setLine(form, "log_levels", QStringLiteral("0xff"));
            },
            &dialog);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QVERIFY(isLoaded(QStringLiteral("kaleido_teach")));
        QVERIFY(dialog->pane()->outcomeText().contains(QStringLiteral("Done")));
        QVERIFY2(result.taintAfter.contains(QLatin1Char('O')) && result.taintAfter.contains(QLatin1Char('E')),
                 qPrintable(result.taintAfter));
        QVERIFY(dialog->pane()->taintText().contains(QStringLiteral("→")));
        QVERIFY(!result.kernelLog.isEmpty());
        QVERIFY(dialog->pane()->kernelLogLinkEnabled());
        QFile greeting(QStringLiteral("/sys/module/kaleido_teach/parameters/greeting"));
        QVERIFY(greeting.open(QIODevice::ReadOnly));
        QCOMPARE(greeting.readAll().trimmed(), QByteArray("hello"));
        m_teachLoad = result;
        m_teachDialog = dialog; // slot 4 follows its "Show in Kernel log"
    }

    // 3 [A]
    void loadedShowsTeachWithHoldersAndGraph()
    {
        QVERIFY2(isLoaded(QStringLiteral("kaleido_teach")), "slot 2 did not load kaleido_teach");
        QVERIFY2(GraphLayout::available(), "graphviz's dot is missing in the guest");
        MainWindow* main = window();
        LoadedModulesPage* page = main->loadedModulesPage();
        main->showLoadedModule(QStringLiteral("kaleido_teach"));
        QCOMPARE(main->modulePages()->currentWidget(), page);
        QCOMPARE(page->selectedModule(), QStringLiteral("kaleido_teach"));
        const QModelIndex state =
            loadedRow(page, QStringLiteral("kaleido_teach"), LoadedModulesModel::StateColumn);
        QVERIFY(state.isValid());
        QCOMPARE(state.data().toString(), QStringLiteral("Live"));
        const QModelIndex taint = state.siblingAtColumn(LoadedModulesModel::TaintColumn);
        QVERIFY2(taint.data().toString().contains(QLatin1Char('O')) &&
                     taint.data().toString().contains(QLatin1Char('E')),
                 qPrintable(taint.data().toString()));
        QVERIFY(!taint.data(Qt::ToolTipRole).toString().isEmpty()); // the letters' meanings
        QVERIFY(state.siblingAtColumn(LoadedModulesModel::UsedByColumn).data().toString().isEmpty());

        // A user of kaleido_teach: the holders column and the graph show it.
        QSignalSpy laidOut(page->graphLayout(), &GraphLayout::finished);
        const auto user =
            load(ModuleLoadDialog::Mode::Load, QStringLiteral("kaleido_teach_user"), [](ModuleLoadForm*) {});
        QVERIFY2(user.ok(), qPrintable(user.cause));
        QVERIFY(isLoaded(QStringLiteral("kaleido_teach_user")));
        page->refresh();
        QVERIFY(page->selectModule(QStringLiteral("kaleido_teach")));
        const QModelIndex usedBy =
            loadedRow(page, QStringLiteral("kaleido_teach"), LoadedModulesModel::UsedByColumn);
        QCOMPARE(usedBy.data().toString(), QStringLiteral("kaleido_teach_user"));
        QVERIFY(
            loadedRow(page, QStringLiteral("kaleido_teach_user"), LoadedModulesModel::NameColumn).isValid());

        // The graph of the selection: teach_user → teach, a holder edge (solid), laid out by dot.
        const auto hasEdge = [&laidOut] {
            for (const QList<QVariant>& args : std::as_const(laidOut)) {
                const auto layout = args.constFirst().value<PlainLayout>();
                for (const PlainLayout::Edge& e : layout.edges)
                    if (e.from == QLatin1String("kaleido_teach_user") &&
                        e.to == QLatin1String("kaleido_teach") && !e.dashed &&
                        layout.nodes.contains(e.from) && layout.nodes.contains(e.to))
                        return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasEdge(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(page->graphView()->nodeCount(), 2, 10000);
        QCOMPARE(page->graphView()->edgeCount(), 1);
        QVERIFY2(page->graphView()->message().isEmpty(), qPrintable(page->graphView()->message()));
        QCOMPARE(page->unloadOrderText(),
                 QStringLiteral("Unload order: kaleido_teach_user \u2192 kaleido_teach"));
    }

    // 4 [C]
    void kernelLogShowsTheLines()
    {
        QVERIFY2(m_teachLoad.ok(), "slot 2 did not load kaleido_teach");
        QVERIFY2(m_teachLoad.kernelLogFirstSequence >= 0 &&
                     m_teachLoad.kernelLogLastSequence >= m_teachLoad.kernelLogFirstSequence,
                 "the load's result carries no /dev/kmsg sequence range");
        MainWindow* main = window();
        KernelLogPage* page = main->kernelLogPage();
        QCOMPARE(page->state(), KernelLogPage::State::Direct);           // root reads /dev/kmsg itself
        QCOMPARE(page->feed()->source(), KernelLogFeed::Source::Device); // and follows it

        // log_levels=0xff: the load printed one "level demo" line per level, each coloured by its level.
        // Level 7 is pr_debug(), a dynamic-debug call site the kernel records only with dyndbg=+p (not a
        // parameter the form offers), so /dev/kmsg holds levels 0-6: seven lines.
        page->filterModule(QStringLiteral("kaleido_teach"));
        QSet<int> levels;
        QSet<QRgb> colours;
        const auto collect = [&] {
            levels.clear();
            colours.clear();
            for (int row = 0; row < page->filterModel()->rowCount(); ++row) {
                const QModelIndex index = page->filterModel()->index(row, KernelLogModel::MessageColumn);
                if (!index.data().toString().contains(QStringLiteral("level demo: ")))
                    continue;
                levels.insert(index.data(KernelLogModel::PriorityRole).toInt());
                const QVariant brush = index.data(Qt::ForegroundRole);
                colours.insert(brush.isValid() ? brush.value<QBrush>().color().rgb()
                                               : 0); // info: the palette's
            }
            return levels.size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(collect(), 7, 10000);
        QCOMPARE(levels, QSet<int>({0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(colours.size(),
                 5); // emerg, alert and crit share one bold red; err, warning, notice, info differ
        page->filterModule(QString());

        // "Show in Kernel log" in the load's result pane: the Kernel log area with exactly the pane's lines.
        QVERIFY(m_teachDialog);
        ModuleOperationPane* pane = m_teachDialog->pane();
        connect(m_teachDialog, &ModuleLoadDialog::kernelLogRequested, main, &MainWindow::showKernelLog);
        QPushButton* showLog = nullptr;
        for (QPushButton* button : pane->findChildren<QPushButton*>())
            if (button->text() == QLatin1String("Show in Kernel log"))
                showLog = button;
        QVERIFY(showLog);
        QVERIFY(showLog->isEnabled());
        showLog->click();
        QCOMPARE(main->kernelLogPage()->window(), main);
        QVERIFY(page->isVisible()); // the area is the current one
        QCOMPARE(page->filterModel()->rowCount(), m_teachLoad.kernelLog.size());
        QCOMPARE(pane->kernelLogLines().size(), m_teachLoad.kernelLog.size());
        int demo = 0;
        for (int row = 0; row < page->filterModel()->rowCount(); ++row) {
            const QModelIndex index = page->filterModel()->index(row, 0);
            const int level = index.data(KernelLogModel::FacilityRole).toInt() * 8 +
                              index.data(KernelLogModel::PriorityRole).toInt();
            const QString message = index.data(KernelLogModel::MessageRole).toString();
            QCOMPARE(QStringLiteral("<%1>%2").arg(level).arg(message), m_teachLoad.kernelLog.at(row));
            demo += message.contains(QStringLiteral("level demo: ")) ? 1 : 0;
        }
        QCOMPARE(demo, 7);
        QCOMPARE(page->view()->selectionModel()->selectedRows().size(), m_teachLoad.kernelLog.size());
        QVERIFY2(page->chipText().contains(QStringLiteral("Load kaleido_teach")),
                 qPrintable(page->chipText()));
        m_teachDialog->close();
    }

    // 5 [A]
    void writeAParameter()
    {
        QVERIFY2(isLoaded(QStringLiteral("kaleido_teach")), "slot 2 did not load kaleido_teach");
        const QString sysfs = QStringLiteral("/sys/module/kaleido_teach/parameters/");
        const QByteArray before = readFile(sysfs + QStringLiteral("greeting"));
        QVERIFY(!before.isEmpty());
        MainWindow* main = window();
        main->showLoadedModule(QStringLiteral("kaleido_teach"));
        ModuleParametersPanel* panel = main->loadedModulesPage()->parametersPanel();
        QCOMPARE(panel->module(), QStringLiteral("kaleido_teach"));
        ModuleParametersModel* model = panel->model();
        const int greeting = model->rowOf(QStringLiteral("greeting"));
        const int objects = model->rowOf(QStringLiteral("objects"));
        QVERIFY(greeting >= 0 && objects >= 0);

        // objects (0444): read-only, not editable, and the panel says why when it is selected.
        const QModelIndex objectsValue = model->index(objects, ModuleParametersModel::ValueColumn);
        QCOMPARE(ModuleParametersModel::Access(objectsValue.data(ModuleParametersModel::AccessRole).toInt()),
                 ModuleParametersModel::Access::ReadOnly);
        QCOMPARE(objectsValue.data().toString(), QStringLiteral("64"));
        QVERIFY(!(model->flags(objectsValue) & Qt::ItemIsEditable));
        QTableView* view = panel->view();
        view->setCurrentIndex(view->model()->index(objects, ModuleParametersModel::ValueColumn));
        const QString readOnly =
            ModuleParametersModel::accessExplanation(ModuleParametersModel::Access::ReadOnly);
        QVERIFY(readOnly.contains(QStringLiteral("0444")));
        bool explained = false;
        for (QLabel* label : panel->findChildren<QLabel*>())
            explained = explained || (label->isVisible() && label->text() == readOnly);
        QVERIFY2(explained, "no visible label explains why objects is read-only");
        view->edit(view->model()->index(objects, ModuleParametersModel::ValueColumn));
        QVERIFY(!view->viewport()->findChild<ParameterEditor*>()); // double-click opens no editor

        // greeting (0644): edit the value cell as a user does, type, press Enter.
        const QModelIndex greetingValue = view->model()->index(greeting, ModuleParametersModel::ValueColumn);
        QCOMPARE(ModuleParametersModel::Access(greetingValue.data(ModuleParametersModel::AccessRole).toInt()),
                 ModuleParametersModel::Access::Writable);
        view->setCurrentIndex(greetingValue);
        view->edit(greetingValue);
        auto* editor = view->viewport()->findChild<ParameterEditor*>();
        QVERIFY(editor);
        auto* line = editor->findChild<QLineEdit*>();
        if (!line)
            line = qobject_cast<QLineEdit*>(editor->focusProxy());
        QVERIFY(line);
        QCOMPARE(line->text(), QString::fromUtf8(before));
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("bonjour"));
        QSignalSpy changed(panel, &ModuleParametersPanel::changed);
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(changed.wait(30000));
        QCOMPARE(readFile(sysfs + QStringLiteral("greeting")), QByteArray("bonjour"));
        QCOMPARE(panel->lastChangeText(),
                 QStringLiteral("greeting: %1 \u2192 bonjour").arg(QString::fromUtf8(before)));
        QVERIFY2(panel->pane()->outcomeText().contains(QStringLiteral("Done")),
                 qPrintable(panel->pane()->outcomeText()));
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(greeting, ModuleParametersModel::ValueColumn).data().toString(),
            QStringLiteral("bonjour"), 5000);
        QCOMPARE(readFile(sysfs + QStringLiteral("objects")), QByteArray("64")); // untouched
    }

    // 6 [A]
    void unloadInTheSafeOrder()
    {
        QVERIFY2(isLoaded(QStringLiteral("kaleido_teach")) && isLoaded(QStringLiteral("kaleido_teach_user")),
                 "slot 3 did not leave kaleido_teach used by kaleido_teach_user");
        MainWindow* main = window();
        main->showLoadedModule(QStringLiteral("kaleido_teach"));
        LoadedModulesPage* page = main->loadedModulesPage();
        page->refresh();
        ModuleUnloadDialog* dialog = page->unloadModule(QStringLiteral("kaleido_teach"));
        QVERIFY(dialog);
        // Refused beforehand: the holder named, the order offered, nothing asked of the kernel yet.
        QVERIFY2(dialog->explanationText().contains(QStringLiteral("kaleido_teach_user")) &&
                     dialog->explanationText().contains(QStringLiteral("must be unloaded first")),
                 qPrintable(dialog->explanationText()));
        QVERIFY2(dialog->orderText().contains(QStringLiteral("kaleido_teach_user \u2192 kaleido_teach")),
                 qPrintable(dialog->orderText()));
        QCOMPARE(dialog->plan().order,
                 QStringList({QStringLiteral("kaleido_teach_user"), QStringLiteral("kaleido_teach")}));
        QVERIFY(dialog->stepTexts().isEmpty());
        QVERIFY(isLoaded(QStringLiteral("kaleido_teach")));

        // Run the order.
        QSignalSpy finished(dialog, &ModuleUnloadDialog::finished);
        QVERIFY(dialog->unloadChainButton()->isEnabled());
        dialog->unloadChainButton()->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().at(0).toBool(),
                 qPrintable(dialog->stepTexts().join(QLatin1Char('\n'))));
        QCOMPARE(dialog->stepTexts(), QStringList({QStringLiteral("\u2713 kaleido_teach_user: unloaded"),
                                                   QStringLiteral("\u2713 kaleido_teach: unloaded")}));
        QVERIFY(!isLoaded(QStringLiteral("kaleido_teach_user")));
        QVERIFY(!isLoaded(QStringLiteral("kaleido_teach")));
        dialog->close();
        page->refresh();
        QVERIFY(!loadedRow(page, QStringLiteral("kaleido_teach"), 0).isValid());
        QVERIFY(!loadedRow(page, QStringLiteral("kaleido_teach_user"), 0).isValid());
    }

    // 7 [B] error cases
    void errorAlreadyLoaded()
    {
        if (!isLoaded(QStringLiteral("dummy")))
            QVERIFY(load(ModuleLoadDialog::Mode::Load, QStringLiteral("dummy"), [](ModuleLoadForm*) {}).ok());
        ModuleLoadDialog* dialog = nullptr;
        const auto result = load(
            ModuleLoadDialog::Mode::Load, QStringLiteral("dummy"), [](ModuleLoadForm*) {}, &dialog);
        QCOMPARE(result.errnoName, QStringLiteral("EEXIST"));
        checkPane(dialog, QStringLiteral("EEXIST"), false);
        QVERIFY(unload(QStringLiteral("dummy")).ok());
    }

    void errorUnknownSymbol()
    {
        if (m_kmodDir.isEmpty())
            QSKIP("KALEIDO_KMOD_DIR not set");
        QVERIFY(!isLoaded(QStringLiteral("kaleido_teach")));
        ModuleLoadDialog* dialog = nullptr;
        const auto result = load(
            ModuleLoadDialog::Mode::LoadFile, m_kmodDir + QStringLiteral("/kaleido_teach_user.ko"),
            [](ModuleLoadForm*) {}, &dialog);
        QCOMPARE(result.errnoName, QStringLiteral("ENOENT"));
        QVERIFY2(result.cause.contains(QStringLiteral("kaleido_teach_count")), qPrintable(result.cause));
        checkPane(dialog, QStringLiteral("ENOENT"), true);
    }

    void errorBadParameter()
    {
        ModuleLoadDialog* dialog = nullptr;
        const auto result = load(
            ModuleLoadDialog::Mode::Load, QStringLiteral("kaleido_teach"),
            [](ModuleLoadForm* form) { setLine(form, "weights", QStringLiteral("1,2,3,4,5,6,7,8,9")); },
            &dialog);
        QCOMPARE(result.errnoName, QStringLiteral("EINVAL"));
        QVERIFY2(result.cause.contains(QStringLiteral("can only take 8 arguments")),
                 qPrintable(result.cause));
        checkPane(dialog, QStringLiteral("EINVAL"), true);
    }

    void errorVermagic()
    {
        if (m_kmodDir.isEmpty())
            QSKIP("KALEIDO_KMOD_DIR not set");
        QFile source(m_kmodDir + QStringLiteral("/kaleido_teach.ko"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray data = source.readAll();
        const qsizetype at = data.indexOf("vermagic=");
        QVERIFY(at >= 0);
        const qsizetype flag = data.indexOf(" SMP ", at);
        QVERIFY(flag > at);
        data[flag + 3] = 'X'; // same release, same length, other build flags
        const QString path = m_work.path() + QStringLiteral("/kaleido_teach.ko");
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(data) == data.size());
        copy.close();
        ModuleLoadDialog* dialog = nullptr;
        const auto result = load(
            ModuleLoadDialog::Mode::LoadFile, path, [](ModuleLoadForm*) {}, &dialog);
        QCOMPARE(result.errnoName, QStringLiteral("ENOEXEC"));
        QVERIFY2(dialog->warningsText().contains(QStringLiteral("ENOEXEC")),
                 qPrintable(dialog->warningsText()));
        checkPane(dialog, QStringLiteral("ENOEXEC"), true);
    }

    // [A] A reference from outside modules: an open /dev/net/tun holds tun, so delete_module() fails with
    // EWOULDBLOCK (EAGAIN, 11) — the dialog can only warn, the kernel refuses.
    void errorInUse()
    {
        MainWindow* main = window();
        LoadedModulesPage* page = main->loadedModulesPage();
        if (!isLoaded(QStringLiteral("tun")))
            QVERIFY(load(ModuleLoadDialog::Mode::Load, QStringLiteral("tun"), [](ModuleLoadForm*) {}).ok());
        const int fd = ::open("/dev/net/tun", O_RDWR | O_CLOEXEC);
        QVERIFY2(fd >= 0, "cannot open /dev/net/tun");
        auto closeFd = qScopeGuard([fd] { ::close(fd); });
        page->refresh();
        ModuleUnloadDialog* dialog = page->unloadModule(QStringLiteral("tun"));
        QVERIFY2(dialog->orderText().contains(QStringLiteral("still in use outside modules")),
                 qPrintable(dialog->orderText()));
        QSignalSpy finished(dialog, &ModuleUnloadDialog::finished);
        dialog->unloadButton()->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY(isLoaded(QStringLiteral("tun")));
        const QString step = dialog->stepTexts().value(0);
        QVERIFY2(step.startsWith(QStringLiteral("\u2717 tun: EAGAIN (in use)")), qPrintable(step));
        QVERIFY2(dialog->pane()->outcomeText().contains(QStringLiteral("EAGAIN")),
                 qPrintable(dialog->pane()->outcomeText()));
        QVERIFY(!dialog->pane()->causeText().isEmpty());
        qInfo("EAGAIN: %s | %s", qPrintable(step), qPrintable(dialog->pane()->causeText()));
        dialog->close();

        // Closed, nothing holds it: the same request succeeds.
        closeFd.dismiss();
        ::close(fd);
        page->refresh();
        dialog = page->unloadModule(QStringLiteral("tun"));
        QSignalSpy done(dialog, &ModuleUnloadDialog::finished);
        dialog->unloadButton()->click();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.constFirst().at(0).toBool(), qPrintable(dialog->stepTexts().join(QLatin1Char('\n'))));
        QVERIFY(!isLoaded(QStringLiteral("tun")));
        dialog->close();
    }

    void errorLockdown()
    {
        if (!writeKnob(QStringLiteral("/sys/kernel/security/lockdown"), "integrity"))
            QSKIP("lockdown cannot be raised here");
        ModuleLoadDialog* dialog = nullptr;
        const auto result = load(
            ModuleLoadDialog::Mode::Load, QStringLiteral("kaleido_teach"), [](ModuleLoadForm*) {}, &dialog);
        QCOMPARE(result.errnoName, QStringLiteral("EPERM"));
        QVERIFY(result.cause.contains(QStringLiteral("locked down")));
        checkPane(dialog, QStringLiteral("EPERM"), true);
    }

    void errorSignatureEnforced()
    {
        QVERIFY(writeKnob(QStringLiteral("/sys/module/module/parameters/sig_enforce"), "Y"));
        ModuleLoadDialog* dialog = nullptr;
        const auto result = load(
            ModuleLoadDialog::Mode::Load, QStringLiteral("kaleido_teach"), [](ModuleLoadForm*) {}, &dialog);
        QCOMPARE(result.errnoName, QStringLiteral("EKEYREJECTED"));
        QVERIFY2(dialog->warningsText().contains(QStringLiteral("EKEYREJECTED")),
                 qPrintable(dialog->warningsText()));
        checkPane(dialog, QStringLiteral("EKEYREJECTED"), true);
    }

    void errorModulesDisabled()
    {
        QVERIFY(writeKnob(QStringLiteral("/proc/sys/kernel/modules_disabled"), "1"));
        ModuleLoadDialog* dialog = nullptr;
        const auto result = load(
            ModuleLoadDialog::Mode::Load, QStringLiteral("dummy"), [](ModuleLoadForm*) {}, &dialog);
        QCOMPARE(result.errnoName, QStringLiteral("EPERM"));
        QVERIFY(result.cause.contains(QStringLiteral("modules_disabled")));
        checkPane(dialog, QStringLiteral("EPERM"), false);
    }
};

QTEST_MAIN(TestModulesFlowLive)
#include "tst_modulesflow_live.moc"
