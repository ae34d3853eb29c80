// SPDX-License-Identifier: GPL-2.0-or-later
// The load form on a fake module tree (depmod -b): editors per declared type, descriptions, validation that
// disables Load with the reason, the dependency preview, predicted refusals, and an in-process dry-run load
// whose result lands in the pane. Nothing is inserted into any kernel.
#include "fakemoduletree.h"
#include "moduleloaddialog.h"
#include "moduleloadform.h"
#include "moduleoperationpane.h"
#include "parametereditor.h"
#include "privilegedclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace kaleido;
using namespace kaleido::testing;
using privileged::PrivilegedClient;

class TestModuleLoadForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeModuleTree> m_tree;
    QString m_skip;

    ModuleEnvironment environment() const
    {
        ModuleEnvironment env;
        env.fs = KernelFs(m_tree->root());
        env.release = m_tree->release();
        env.modulesDirectory = m_tree->modulesDirectory();
        env.configPaths = {m_tree->configDirectory()};
        return env;
    }

    std::unique_ptr<ModuleLoadDialog> dialog(ModuleLoadDialog::Mode mode, const QString& target,
                                             PrivilegedClient* client = nullptr,
                                             const QMap<QString, QString>& values = {})
    {
        auto d = std::make_unique<ModuleLoadDialog>(mode, target, client, values);
        d->setEnvironment(environment());
        return d;
    }

    static void setText(ParameterEditor* editor, const QString& text)
    {
        auto* line = editor->findChild<QLineEdit*>();
        QVERIFY(line);
        line->setText(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tree = std::make_unique<FakeModuleTree>(QFileInfo(m_dir.path()).canonicalFilePath());
        m_skip = m_tree->skipReason();
        if (!m_skip.isEmpty())
            return;
        const QString error = buildStandardModuleTree(*m_tree);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_tree
                    ->addFile({QStringLiteral("stranger"), {}, {}, {}},
                              m_tree->root() + QStringLiteral("/files/stranger.ko"),
                              QStringLiteral("9.9.9 SMP"))
                    .isEmpty());
        const QString root = m_tree->root();
        QVERIFY(
            writeFile(root + QStringLiteral("/proc/modules"), "theta 16384 0 - Live 0x0000000000000000\n"));
        QVERIFY(writeFile(root + QStringLiteral("/proc/sys/kernel/tainted"), "0\n"));
        QVERIFY(writeFile(root + QStringLiteral("/proc/sys/kernel/modules_disabled"), "0\n"));
        QVERIFY(writeFile(root + QStringLiteral("/dev/kmsg"), "6,1,100,-;booted\n"));
    }

    void init()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
    }

    void editorsPerDeclaredType()
    {
        auto d = dialog(ModuleLoadDialog::Mode::Load, QStringLiteral("alpha"));
        QVERIFY(d->moduleInfo());
        ModuleLoadForm* form = d->form();
        QCOMPARE(form->fields().size(), 8);
        auto* x = form->editor(QStringLiteral("x"))->findChild<QSpinBox*>();
        QVERIFY(x);
        QCOMPARE(x->minimum(), INT_MIN);
        QCOMPARE(x->maximum(), INT_MAX);
        auto* level = form->editor(QStringLiteral("level"))->findChild<QSpinBox*>();
        QVERIFY(level);
        QCOMPARE(level->maximum(), 255);
        for (const char* name : {"label", "ids", "opaque", "mode", "count", "wide"}) {
            ParameterEditor* e = form->editor(QString::fromLatin1(name));
            QVERIFY2(e && e->findChild<QLineEdit*>() && !e->findChild<QSpinBox*>(), name);
        }
        QCOMPARE(form->descriptionLabel(QStringLiteral("x"))->text(), QStringLiteral("an int"));
        QCOMPARE(form->descriptionLabel(QStringLiteral("ids"))->text(), QStringLiteral("some ids"));
        QVERIFY(!form->descriptionLabel(QStringLiteral("mode"))->text().isEmpty()); // "No description."
        QVERIFY(!form->setBox(QStringLiteral("x"))->toolTip().isEmpty());
        QVERIFY(!x->toolTip().isEmpty());

        auto b = dialog(ModuleLoadDialog::Mode::Load, QStringLiteral("beta"));
        auto* flag = b->form()->editor(QStringLiteral("flag"))->findChild<QComboBox*>();
        QVERIFY(flag);
        QCOMPARE(flag->count(), 2);
    }

    void validationDisablesLoadWithTheReason()
    {
        auto d = dialog(ModuleLoadDialog::Mode::Load, QStringLiteral("alpha"));
        ModuleLoadForm* form = d->form();
        QTRY_VERIFY(d->loadButton()->isEnabled());
        setText(form->editor(QStringLiteral("label")), QStringLiteral("two words"));
        QVERIFY(form->setBox(QStringLiteral("label"))->isChecked()); // editing checks the box
        QTRY_VERIFY(!d->loadButton()->isEnabled());
        QVERIFY2(d->blockedReason().startsWith(QStringLiteral("label:")), qPrintable(d->blockedReason()));
        setText(form->editor(QStringLiteral("label")), QStringLiteral("word"));
        setText(form->editor(QStringLiteral("ids")), QStringLiteral("1,2,x"));
        QTRY_VERIFY(d->blockedReason().startsWith(QStringLiteral("ids:")));
        setText(form->editor(QStringLiteral("ids")), QStringLiteral("1,2,3"));
        setText(form->editor(QStringLiteral("mode")),
                QStringLiteral("a\"b")); // custom type: checked as charp
        QTRY_VERIFY(d->blockedReason().startsWith(QStringLiteral("mode:")));
        form->setBox(QStringLiteral("mode"))->setChecked(false); // unchecked values are not passed
        QTRY_VERIFY(d->loadButton()->isEnabled());
        QVERIFY(d->blockedReason().isEmpty());
        const auto params = form->parameters();
        QCOMPARE(params.value(QStringLiteral("ids")), QStringLiteral("1,2,3"));
        QCOMPARE(params.value(QStringLiteral("label")), QStringLiteral("word"));
        QVERIFY(!params.contains(QStringLiteral("mode")));
        QVERIFY(!params.contains(QStringLiteral("x")));
    }

    void prefilledValues()
    {
        auto d = dialog(
            ModuleLoadDialog::Mode::Load, QStringLiteral("alpha"), nullptr,
            {{QStringLiteral("x"), QStringLiteral("-5")}, {QStringLiteral("label"), QStringLiteral("hi")}});
        const auto params = d->form()->parameters();
        QCOMPARE(params.size(), 2);
        QCOMPARE(params.value(QStringLiteral("x")), QStringLiteral("-5"));
        QCOMPARE(params.value(QStringLiteral("label")), QStringLiteral("hi"));
    }

    void dependencyPreviewAndRefusals()
    {
        auto d = dialog(ModuleLoadDialog::Mode::Load, QStringLiteral("alpha"));
        QVERIFY2(d->dependencyText().contains(QStringLiteral("Loads first: beta.")),
                 qPrintable(d->dependencyText()));
        QVERIFY2(d->dependencyText().contains(QStringLiteral("Already loaded: theta.")),
                 qPrintable(d->dependencyText()));
        QVERIFY2(d->dependencyText().contains(QStringLiteral("modprobe.d also passes x=5")),
                 qPrintable(d->dependencyText()));
        auto blacklisted = dialog(ModuleLoadDialog::Mode::Load, QStringLiteral("gamma"));
        QVERIFY(!blacklisted->loadButton()->isEnabled());
        QVERIFY2(blacklisted->blockedReason().contains(QStringLiteral("blacklist")),
                 qPrintable(blacklisted->blockedReason()));
        auto missing = dialog(ModuleLoadDialog::Mode::Load, QStringLiteral("nosuchmodule"));
        QVERIFY(!missing->loadButton()->isEnabled());
        QVERIFY(missing->blockedReason().contains(QStringLiteral("nosuchmodule")));
        auto loaded = dialog(ModuleLoadDialog::Mode::Load, QStringLiteral("theta"));
        QVERIFY2(loaded->warningsText().contains(QStringLiteral("EEXIST")),
                 qPrintable(loaded->warningsText()));
        QVERIFY(loaded->loadButton()->isEnabled()); // predicted, never blocked on the kernel's behalf

        auto file =
            dialog(ModuleLoadDialog::Mode::LoadFile, m_tree->root() + QStringLiteral("/files/stranger.ko"));
        QVERIFY(file->moduleInfo());
        QVERIFY2(file->warningsText().contains(QStringLiteral("ENOEXEC")), qPrintable(file->warningsText()));
        QVERIFY2(file->warningsText().contains(QStringLiteral("with O")), qPrintable(file->warningsText()));
    }

    void dryRunLoadShowsTheResult()
    {
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        privileged::RequestHandler::Options options;
        options.fs = KernelFs(m_tree->root());
        options.modules.modulesDirectory = m_tree->modulesDirectory();
        options.modules.configPaths = {m_tree->configDirectory()};
        options.modules.dryRun = true;
        client.setInProcessOptions(options);
        auto d = dialog(ModuleLoadDialog::Mode::Load, QStringLiteral("alpha"), &client);
        QSignalSpy finished(d.get(), &ModuleLoadDialog::operationFinished);
        d->form()->editor(QStringLiteral("x"))->setValue(QStringLiteral("7"));
        QTRY_VERIFY(d->loadButton()->isEnabled());
        d->loadButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.constFirst().constFirst().value<privileged::OperationResult>();
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QVERIFY(d->pane()->isVisibleTo(d.get()));
        QVERIFY2(d->pane()->outcomeText().contains(QStringLiteral("Done")),
                 qPrintable(d->pane()->outcomeText()));
        QVERIFY(!d->pane()->causeText().isEmpty());
        QVERIFY(d->pane()->taintText().contains(QStringLiteral("none → none")));
        if (const QString dir = qEnvironmentVariable("KALEIDO_SHOTS_DIR"); !dir.isEmpty()) {
            d->resize(760, 760);
            d->show();
            QTest::qWait(100);
            d->grab().save(dir + QStringLiteral("/available-load-dry-run.png"));
        }
    }

    void reloadUnloadsThenLoads()
    {
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        privileged::RequestHandler::Options options;
        options.fs = KernelFs(m_tree->root());
        options.modules.modulesDirectory = m_tree->modulesDirectory();
        options.modules.configPaths = {m_tree->configDirectory()};
        options.modules.dryRun = true;
        client.setInProcessOptions(options);
        auto d = dialog(ModuleLoadDialog::Mode::Reload, QStringLiteral("theta"), &client);
        QCOMPARE(d->loadButton()->text(), QStringLiteral("Reload"));
        QVERIFY2(d->dependencyText().startsWith(QStringLiteral("Unloads theta, then loads it again")),
                 qPrintable(d->dependencyText()));
        QVERIFY(!d->warningsText().contains(QStringLiteral("EEXIST"))); // it is unloaded first
        QSignalSpy finished(d.get(), &ModuleLoadDialog::operationFinished);
        d->run();
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.constFirst().constFirst().value<privileged::OperationResult>();
        // A dry-run unload leaves theta in the fake /proc/modules, so the load that follows it is the
        // kernel's EEXIST: the result is the load's, which only runs once the unload succeeded.
        QCOMPARE(result.errnoName, QStringLiteral("EEXIST"));
        QVERIFY(d->pane()->outcomeText().contains(QStringLiteral("EEXIST")));
    }

    void delegateEditsWithTheFieldsEditor()
    {
        QStandardItemModel model(1, 1);
        constexpr int fieldRole = Qt::UserRole + 5;
        model.setData(model.index(0, 0), QStringLiteral("3"), Qt::EditRole);
        model.setData(
            model.index(0, 0),
            QVariant::fromValue(parameterField(QStringLiteral("level"), QStringLiteral("byte"), {})),
            fieldRole);
        ParameterDelegate delegate(fieldRole);
        QWidget parent;
        QWidget* editor = delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(0, 0));
        auto* e = qobject_cast<ParameterEditor*>(editor);
        QVERIFY(e);
        delegate.setEditorData(editor, model.index(0, 0));
        QCOMPARE(e->value(), QStringLiteral("3"));
        e->findChild<QSpinBox*>()->setValue(200);
        delegate.setModelData(editor, &model, model.index(0, 0));
        QCOMPARE(model.data(model.index(0, 0), Qt::EditRole).toString(), QStringLiteral("200"));
        // A sysfs value the spin box cannot hold falls back to a line edit; invalid values are not written.
        e->setValue(QStringLiteral("300"));
        QVERIFY(!e->isValid());
        delegate.setModelData(editor, &model, model.index(0, 0));
        QCOMPARE(model.data(model.index(0, 0), Qt::EditRole).toString(), QStringLiteral("200"));
    }
};

QTEST_MAIN(TestModuleLoadForm)
#include "tst_moduleloadform.moc"
