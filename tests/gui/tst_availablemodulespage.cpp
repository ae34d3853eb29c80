// SPDX-License-Identifier: GPL-2.0-or-later
// Modules ▸ Available on a fake module tree (depmod -b) and on the 6.18 host fixture (no module support).
// With KALEIDO_SHOTS_DIR set, it also saves grabs of the page (run under Xvfb for real fonts).
#include "availablemodulesfiltermodel.h"
#include "availablemodulesmodel.h"
#include "availablemodulespage.h"
#include "fakemoduletree.h"
#include "modulefileinspector.h"
#include "moduleloaddialog.h"
#include "moduleloadform.h"
#include "refreshclock.h"

#include <QAbstractItemModelTester>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace kaleido;
using namespace kaleido::testing;

class TestAvailableModulesPage : public QObject
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

    static void indexed(AvailableModulesPage& page)
    {
        if (page.isIndexing()) {
            QSignalSpy done(&page, &AvailableModulesPage::indexingFinished);
            QVERIFY(done.wait(30000));
        }
    }

    static void shot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("KALEIDO_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);
        widget->grab().save(dir + QStringLiteral("/available-") + name + QStringLiteral(".png"));
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
                    ->addFile({QStringLiteral("stranger"), {QStringLiteral("license=GPL")}, {}, {}},
                              m_tree->root() + QStringLiteral("/files/stranger.ko"),
                              QStringLiteral("9.9.9 SMP"))
                    .isEmpty());
        const QString root = m_tree->root();
        QVERIFY(
            writeFile(root + QStringLiteral("/proc/modules"), "theta 16384 0 - Live 0x0000000000000000\n"));
        QVERIFY(writeFile(root + QStringLiteral("/proc/sys/kernel/tainted"), "0\n"));
        QVERIFY(writeFile(root + QStringLiteral("/proc/sys/kernel/modules_disabled"), "0\n"));
    }

    void noModuleSupportSaysSoAndDisablesItself()
    {
        RefreshClock clock;
        AvailableModulesPage page(&clock, nullptr,
                                  KernelFs(QStringLiteral(KALEIDO_FIXTURES_DIR "/linux-6.18-host")));
        QVERIFY(!page.moduleSupport());
        QVERIFY(!page.messageLabel()->isHidden());
        QVERIFY2(page.messageLabel()->text().contains(
                     QStringLiteral("Kernel 6.18.44-fc-v669 was built without loadable-module support")),
                 qPrintable(page.messageLabel()->text()));
        QVERIFY(!page.view()->isEnabled());
        QVERIFY(!page.searchField()->isEnabled());
        QVERIFY(!page.isIndexing());
        QCOMPARE(page.model()->rowCount(), 0);
        page.resize(1100, 700);
        shot(&page, QStringLiteral("no-module-support"));
    }

    void anotherReleaseCanStillBeShown()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        RefreshClock clock;
        AvailableModulesPage page(&clock, nullptr,
                                  KernelFs(QStringLiteral(KALEIDO_FIXTURES_DIR "/linux-6.18-host")));
        ModuleEnvironment env = environment();
        env.fs = KernelFs(QStringLiteral(KALEIDO_FIXTURES_DIR "/linux-6.18-host"));
        page.setEnvironment(env);
        indexed(page);
        QVERIFY(page.view()->isEnabled());
        QCOMPARE(page.model()->rowCount(), 10);
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("Shown for reference")));
        QVERIFY(page.selectModule(QStringLiteral("alpha")));
        QVERIFY(!page.loadButton()->isEnabled()); // this kernel cannot load anything
    }

    void indexesSearchesAndShowsDetails()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        RefreshClock clock;
        AvailableModulesPage page(&clock, nullptr, KernelFs(m_tree->root()));
        page.setEnvironment(environment());
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.isIndexing());
        QVERIFY(!page.progressBar()->isHidden());
        indexed(page);
        QVERIFY(page.progressBar()->isHidden());
        QCOMPARE(page.model()->rowCount(), 10);
        QVERIFY(page.messageLabel()->isHidden());
        // Nothing selected yet: the details pane says what selecting a module shows instead of staying blank.
        QVERIFY(page.selectedModule().isEmpty());
        QVERIFY2(page.detailsText().contains(QStringLiteral("Select a module to see its modinfo")),
                 qPrintable(page.detailsText()));
        // Every column header explains itself.
        for (int c = 0; c < page.model()->columnCount(); ++c)
            QVERIFY(!page.proxy()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        // theta is in the fixture's /proc/modules.
        const int theta = page.model()->rowOf(QStringLiteral("theta"));
        QCOMPARE(page.model()->index(theta, AvailableModulesModel::State).data().toString(),
                 QStringLiteral("loaded"));

        QVERIFY(page.selectModule(QStringLiteral("alpha")));
        QCOMPARE(page.selectedModule(), QStringLiteral("alpha"));
        const QString details = page.detailsText();
        QVERIFY2(details.contains(QStringLiteral("Alpha test driver")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(details.contains(QStringLiteral("options alpha x=5")));
        QVERIFY(details.contains(m_tree->configDirectory() + QStringLiteral("/test.conf")));
        QVERIFY(details.contains(QStringLiteral("alias my_alpha alpha")));
        QVERIFY(details.contains(QStringLiteral("some ids")));
        QVERIFY(details.contains(QStringLiteral("matches this kernel")));
        QVERIFY(page.loadButton()->isEnabled());
        page.resize(1200, 720);
        shot(&page, QStringLiteral("details"));

        QVERIFY(page.selectModule(QStringLiteral("zeta")));
        QVERIFY(page.detailsText().contains(QStringLiteral("built into the kernel")));
        QVERIFY(!page.loadButton()->isEnabled());

        page.searchField()->setText(QStringLiteral("shared-alias"));
        QCOMPARE(page.proxy()->rowCount(), 2);
        // A full modalias only an alias lookup resolves.
        page.searchField()->setText(QStringLiteral("pci:v0000ABCDd00001234"));
        QTRY_COMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, 0).data().toString(), QStringLiteral("omega"));
        page.searchField()->clear();

        auto* dialog = page.openLoadDialog(QStringLiteral("alpha"));
        QVERIFY(dialog);
        QCOMPARE(dialog->form()->fields().size(), 8);
        dialog->resize(760, 700);
        shot(dialog, QStringLiteral("load-form"));
        dialog->close();
    }

    void capturedTreeReadsItsOwnModprobeD()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        RefreshClock clock;
        // No config paths given (kaleido --root): the tree's etc/modprobe.d, not this machine's.
        ModuleEnvironment env = environment();
        env.configPaths.clear();
        AvailableModulesPage page(&clock, nullptr, KernelFs(m_tree->root()));
        page.setEnvironment(env);
        QCOMPARE(page.environment().configPaths, QStringList{m_tree->configDirectory()});
        indexed(page);
        QVERIFY(page.selectModule(QStringLiteral("alpha")));
        QVERIFY2(page.detailsText().contains(QStringLiteral("options alpha x=5")),
                 qPrintable(page.detailsText()));
        QVERIFY(!page.detailsText().contains(QStringLiteral("no modprobe.d")));

        // A captured tree without modprobe.d: no rules at all, and the details say why.
        const QString bare = QStringLiteral(KALEIDO_FIXTURES_DIR "/linux-6.18-host");
        env.fs = KernelFs(bare);
        page.setEnvironment(env);
        QCOMPARE(page.environment().configPaths, QStringList{bare + QStringLiteral("/etc/modprobe.d")});
        indexed(page);
        QVERIFY(page.selectModule(QStringLiteral("alpha")));
        QVERIFY2(page.detailsText().contains(QStringLiteral("has no modprobe.d")),
                 qPrintable(page.detailsText()));
        QVERIFY(!page.detailsText().contains(QStringLiteral("options alpha")));
    }

    void reindexesWhenDepmodRuns()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        RefreshClock clock;
        AvailableModulesPage page(&clock, nullptr, KernelFs(m_tree->root()));
        page.setEnvironment(environment());
        indexed(page);
        Q_EMIT clock.tick();
        QVERIFY(!page.isIndexing()); // nothing changed
        QFile dep(m_tree->modulesDirectory() + QStringLiteral("/modules.dep"));
        QVERIFY(dep.open(QIODevice::ReadWrite));
        QVERIFY(dep.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        dep.close();
        Q_EMIT clock.tick();
        QVERIFY(page.isIndexing());
        indexed(page);
        QCOMPARE(page.model()->rowCount(), 10);
    }

    void moduleFileNames()
    {
        for (const char* name : {"a.ko", "/x/b.ko.xz", "c.ko.zst", "d.ko.gz"})
            QVERIFY2(isModuleFileName(QString::fromLatin1(name)), name);
        for (const char* name : {"a.o", "a.ko.bak", "ko", "a.xz"})
            QVERIFY2(!isModuleFileName(QString::fromLatin1(name)), name);
    }

    void droppedModuleFileIsInspected()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        RefreshClock clock;
        AvailableModulesPage page(&clock, nullptr, KernelFs(m_tree->root()));
        page.setEnvironment(environment());
        indexed(page);
        const QString path = m_tree->root() + QStringLiteral("/files/stranger.ko");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&page, &drop);
        QCOMPARE(page.inspector()->path(), path);
        QVERIFY(page.inspector()->moduleInfo());
        const QString text = page.detailsText();
        QVERIFY2(text.contains(QStringLiteral("stranger")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The kernel will refuse it (ENOEXEC)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("this kernel: 1.0.0-test SMP mod_unload")));
        QVERIFY(text.contains(QStringLiteral("not signed")));
        QVERIFY(text.contains(QStringLiteral("taints the kernel with O")));
        page.resize(1200, 720);
        shot(&page, QStringLiteral("inspector"));

        // Not a module: a plain message, nothing else.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_tree->root() + QStringLiteral("/proc/modules"))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QCoreApplication::sendEvent(&page, &refused);
        QVERIFY(!refused.isAccepted());
        const QString fake = m_tree->root() + QStringLiteral("/files/fake.ko");
        QVERIFY(writeFile(fake, "not an ELF file"));
        QVERIFY(!page.inspectFile(fake));
        QVERIFY(page.detailsText().contains(QStringLiteral("not a kernel module")));
    }

    void debianModulesOnTheHost()
    {
        const QString release = QStringLiteral("6.1.0-56-amd64");
        if (!QFileInfo::exists(QStringLiteral("/lib/modules/") + release + QStringLiteral("/modules.dep")))
            QSKIP("/lib/modules/6.1.0-56-amd64 is not installed here");
        RefreshClock clock;
        QElapsedTimer timer;
        timer.start();
        // A captured 6.1 tree picks the modules installed for its own release.
        AvailableModulesPage page(&clock, nullptr,
                                  KernelFs(QStringLiteral(KALEIDO_FIXTURES_DIR "/linux-6.1-debian")));
        QCOMPARE(page.environment().release, release);
        // The fixture has no modprobe.d: this machine's (e.g. /lib/modprobe.d/fbdev-blacklist.conf) must not
        // show.
        for (const QString& path : page.environment().configPaths)
            QVERIFY2(path.startsWith(QStringLiteral(KALEIDO_FIXTURES_DIR)), qPrintable(path));
        QVERIFY(!page.environment().configPaths.isEmpty());
        indexed(page);
        qInfo("indexed %d modules of %s in %lld ms", page.model()->rowCount(), qPrintable(release),
              timer.elapsed());
        QVERIFY(page.model()->rowCount() > 4023);
        QVERIFY(page.selectModule(QStringLiteral("dummy")));
        QVERIFY(page.detailsText().contains(QStringLiteral("signed by")));
        page.searchField()->setText(QStringLiteral("ext4"));
        page.resize(1300, 760);
        QVERIFY(page.selectModule(QStringLiteral("ext4")));
        shot(&page, QStringLiteral("debian-6.1"));
    }
};

QTEST_MAIN(TestAvailableModulesPage)
#include "tst_availablemodulespage.moc"
