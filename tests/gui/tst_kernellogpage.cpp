// SPDX-License-Identifier: GPL-2.0-or-later
// Kernel log under the offscreen platform: a captured log fills the table once; filters, the range chip of an
// operation's lines, Follow, Copy and Save; an unreadable /dev/kmsg shows what is needed and no rows, and the
// read stream through the privileged client's in-process route (as a root app would) fills it.
//
// The tests run as root, and root reads a mode-0000 file anyway: WithoutFileOverride drops root's override
// for this thread so that the page sees what a normal user sees when kernel.dmesg_restrict is 1. Making the
// file readable again stands in for the helper's privileges.
#include "kernellogfeed.h"
#include "kernellogfiltermodel.h"
#include "kernellogmodel.h"
#include "kernellogpage.h"
#include "privilegedclient.h"
#include "refreshclock.h"
#include "testutils.h"
#include "withoutfileoverride.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>

using namespace kaleido;
using privileged::PrivilegedClient;

namespace {

/// With KALEIDO_SHOTS_DIR set, saves a picture of @p widget there (for judging the page by eye).
void shoot(QWidget& widget, const char* name)
{
    const QString dir = qEnvironmentVariable("KALEIDO_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let the layout follow what was shown or hidden
    widget.grab().save(dir + QStringLiteral("/kernellog-%1.png").arg(QLatin1StringView(name)));
}

const QString kernel61 = QStringLiteral("linux-6.1-debian");

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool setReadable(const QString& path, bool readable)
{
    return ::chmod(QFile::encodeName(path).constData(), readable ? 0644 : 0) == 0;
}

QStringList selectedSequences(const KernelLogPage& page)
{
    QStringList out;
    const QModelIndexList rows = page.view()->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        out.append(index.data(KernelLogModel::SequenceRole).toString());
    out.sort();
    return out;
}

} // namespace

class TestKernelLogPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void capturedLogFiltersAndExports()
    {
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        KernelLogPage page(&clock, &client, KernelFs(test::fixtureRoot(kernel61)));
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QCOMPARE(page.state(), KernelLogPage::State::Direct);
        QCOMPARE(page.feed()->source(), KernelLogFeed::Source::Capture);
        QVERIFY2(page.sourceText().contains(u"read once"), qPrintable(page.sourceText()));
        QCOMPARE(page.view()->model()->rowCount(), 100);
        QVERIFY2(page.statusText().startsWith(u"100 records, 100 shown"), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains(u"console"), qPrintable(page.statusText()));
        // A capture's times belong to another boot: no wall clock.
        QVERIFY(!page.findChild<QComboBox*>(QStringLiteral("timeMode"))->isEnabled());

        // Search (plain, then regex) narrows the rows and the status says so.
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.searchField()->hasFocus());
        QTest::keyClicks(page.searchField(), QStringLiteral("pci_bus 0000:00: resource"));
        QCOMPARE(page.view()->model()->rowCount(), 5);
        QVERIFY2(page.statusText().startsWith(u"100 records, 5 shown"), qPrintable(page.statusText()));
        page.searchField()->clear();
        QCOMPARE(page.view()->model()->rowCount(), 100);

        // An operation's lines: a chip with its title, exactly those rows, selected.
        page.showSequences(302, 304, QStringLiteral("load dummy"));
        QCOMPARE(page.view()->model()->rowCount(), 3);
        QVERIFY2(page.chipText().contains(u"Lines of: load dummy"), qPrintable(page.chipText()));
        QCOMPARE(selectedSequences(page),
                 (QStringList{QStringLiteral("302"), QStringLiteral("303"), QStringLiteral("304")}));
        QVERIFY(!page.followAction()->isChecked());
        shoot(page, "range-chip");
        QCOMPARE(page.shownText().count(u'\n'), 3);
        QVERIFY2(page.shownText().startsWith(u"[    1.167357] kern  :info  : pci_bus 0000:00: resource 4"),
                 qPrintable(page.shownText()));
        // Copy puts the selected lines on the clipboard.
        page.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), page.shownText());
        QApplication::clipboard()->clear();
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_C, Qt::ControlModifier); // Ctrl+C in the table: whole lines
        QCOMPARE(QApplication::clipboard()->text(), page.shownText());
        // Removing the chip shows the whole log; the lines stay highlighted and selected.
        page.clearRange();
        shoot(page, "range-cleared");
        QVERIFY(page.chipText().isEmpty());
        QCOMPARE(page.view()->model()->rowCount(), 100);
        QCOMPARE(selectedSequences(page).size(), 3);
        QVERIFY(page.model()
                    ->index(page.model()->indexOfSequence(303).row(), 0)
                    .data(KernelLogModel::HighlightRole)
                    .toBool());

        // A range this log does not hold says so instead of showing an empty table silently.
        page.showSequences(9000, 9001, QStringLiteral("load ghost"));
        QCOMPARE(page.view()->model()->rowCount(), 0);
        QVERIFY2(page.chipText().contains(u"not in the records held here"), qPrintable(page.chipText()));
        page.clearRange();

        // By module: "name:" prefixes.
        page.filterModule(QStringLiteral("pnp"));
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QVERIFY(page.chipText().contains(u"Messages of: pnp"));
        page.filterModule(QString());
        QCOMPARE(page.view()->model()->rowCount(), 100);

        // Save as text writes what is shown.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page.saveText(dir.filePath(QStringLiteral("log.txt")), &error), qPrintable(error));
        QFile saved(dir.filePath(QStringLiteral("log.txt")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        // 100 records; record 366's message has three more lines, indented under its first.
        QCOMPARE(text.count('\n'), 103);
        QVERIFY(text.contains("\n                              If you want to keep using the local clock"));
        QVERIFY(!page.saveText(dir.filePath(QStringLiteral("missing/dir/log.txt")), &error));
        QVERIFY2(error.contains(u"could not be written"), qPrintable(error));

        // Clear View empties the table, not the kernel's log; records already seen do not come back.
        page.findChild<QAbstractButton*>(QStringLiteral("clearViewButton"))->click();
        QCOMPARE(page.view()->model()->rowCount(), 0);
        QVERIFY2(page.statusText().startsWith(u"0 records, 0 shown"), qPrintable(page.statusText()));
        page.feed()->ingest("6,389,5000000,-;old record again\n6,391,5900000,-;kaleido: new record\n");
        QCOMPARE(page.model()->recordCount(), 1);
        QCOMPARE(page.view()->model()->index(0, KernelLogModel::MessageColumn).data().toString(),
                 u"kaleido: new record");

        // Every control and every column header explains itself.
        for (QWidget* widget : page.findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(&page) || qobject_cast<QLineEdit*>(widget->parentWidget()) ||
                widget->parentWidget() == page.view() ||
                widget->parentWidget()->parentWidget() == page.view())
                continue;
            if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                qobject_cast<QComboBox*>(widget) || qobject_cast<QTreeView*>(widget))
                QVERIFY2(!widget->toolTip().isEmpty(),
                         qPrintable(widget->objectName() + u' ' +
                                    QString::fromLatin1(widget->metaObject()->className())));
        }
        for (int column = 0; column < KernelLogModel::ColumnCount; ++column)
            QVERIFY(!page.view()
                         ->model()
                         ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
    }

    // Level colours follow the palette: a dark one gets the light variants.
    void darkPaletteGetsReadableColours()
    {
        QTemporaryDir root;
        QVERIFY(writeFile(root.filePath(QStringLiteral("dev/kmsg")),
                          "0,1,1,-;emerg\n3,2,2,-;err: failed\n4,3,3,-;warn: odd\n5,4,4,-;notice: note\n"
                          "6,5,5,-;info: fine\n7,6,6,-;debug: detail\n"));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        KernelLogPage page(&clock, &client, KernelFs(root.path()));
        page.resize(900, 300);
        const auto errColour = [&page] {
            return page.model()
                ->index(1, KernelLogModel::MessageColumn)
                .data(Qt::ForegroundRole)
                .value<QBrush>()
                .color();
        };
        QPalette light = page.palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        page.setPalette(light);
        QVERIFY2(errColour().lightness() < 128, qPrintable(errColour().name()));
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        page.setPalette(dark);
        QVERIFY2(errColour().lightness() > 128, qPrintable(errColour().name()));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        shoot(page, "dark");
    }

    void followScrollsUntilTheUserScrollsUp()
    {
        QTemporaryDir root;
        QVERIFY(writeFile(root.filePath(QStringLiteral("dev/kmsg")), "6,1,1,-;first\n"));
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        KernelLogPage page(&clock, &client, KernelFs(root.path()));
        page.resize(900, 300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.followAction()->isChecked());
        QScrollBar* bar = page.view()->verticalScrollBar();

        QByteArray more;
        for (int i = 2; i < 200; ++i)
            more += "6," + QByteArray::number(i) + "," + QByteArray::number(i * 1000) + ",-;line " +
                    QByteArray::number(i) + "\n";
        page.feed()->ingest(more);
        QCoreApplication::processEvents();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        // The user scrolls up: following stops, new records do not move the view.
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        QTRY_VERIFY(!page.followAction()->isChecked());
        page.feed()->ingest("6,200,200000,-;line 200\n6,201,201000,-;line 201\n");
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
        // Ticking Follow again jumps to the newest.
        page.followAction()->setChecked(true);
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), bar->maximum());
    }

    void unreadableLogNeedsAuthorizationThenTheStreamFillsIt()
    {
        QTemporaryDir root;
        const QString kmsg = root.filePath(QStringLiteral("dev/kmsg"));
        QVERIFY(writeFile(kmsg, test::readFixture(kernel61, QStringLiteral("/dev/kmsg"))));
        QVERIFY(setReadable(kmsg, false));
        const test::WithoutFileOverride asUser;
        QVERIFY(asUser.ok());

        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        KernelLogPage page(&clock, &client, KernelFs(root.path()));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QCOMPARE(page.state(), KernelLogPage::State::NeedsAuthorization);
        QCOMPARE(page.view()->model()->rowCount(), 0);
        QVERIFY2(page.sourceText().contains(u"dmesg_restrict"), qPrintable(page.sourceText()));
        QVERIFY(page.sourceButton()->isVisible());
        QCOMPARE(page.sourceButton()->text(), u"Read as Administrator…");
        QVERIFY(!page.sourceButton()->toolTip().isEmpty());
        // An operation's lines cannot be shown while nothing is read; the chip says why.
        page.showSequences(302, 304, QStringLiteral("load dummy"));
        QVERIFY2(page.chipText().contains(u"not reading"), qPrintable(page.chipText()));

        // The helper reads with its rights (here: the file readable again).
        QVERIFY(setReadable(kmsg, true));
        QTest::mouseClick(page.sourceButton(), Qt::LeftButton);
        QCOMPARE(page.state(), KernelLogPage::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(page.state(), KernelLogPage::State::Streaming, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->recordCount(), 100, 10'000);
        QVERIFY2(page.sourceText().contains(u"privileged helper"), qPrintable(page.sourceText()));
        QCOMPARE(page.sourceButton()->text(), u"Stop Reading");
        // The range asked for before now finds its rows.
        QCOMPARE(page.view()->model()->rowCount(), 3);

        // Stopping keeps what was read, in words.
        page.sourceButton()->click();
        QCOMPARE(page.state(), KernelLogPage::State::Ended);
        QCOMPARE(page.model()->recordCount(), 100);
        QVERIFY2(page.sourceText().contains(u"Stopped"), qPrintable(page.sourceText()));
        QCOMPARE(page.sourceButton()->text(), u"Start Again");
    }

    void failedStreamSaysWhy()
    {
        QTemporaryDir root;
        const QString kmsg = root.filePath(QStringLiteral("dev/kmsg"));
        QVERIFY(writeFile(kmsg, "6,1,1,-;x\n"));
        QVERIFY(setReadable(kmsg, false));
        const test::WithoutFileOverride asUser;
        QVERIFY(asUser.ok());
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        KernelLogPage page(&clock, &client, KernelFs(root.path()));
        QCOMPARE(page.state(), KernelLogPage::State::NeedsAuthorization);
        page.sourceButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.state(), KernelLogPage::State::Failed, 10'000);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(page.sourceText().contains(u"could not read the kernel log"), qPrintable(page.sourceText()));
        QCOMPARE(page.sourceButton()->text(), u"Try Again");
        setReadable(kmsg, true);
    }

    void absentLogIsUnavailable()
    {
        QTemporaryDir root;
        RefreshClock clock;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        KernelLogPage page(&clock, &client, KernelFs(root.path()));
        QCOMPARE(page.state(), KernelLogPage::State::Unavailable);
        QVERIFY2(page.sourceText().contains(u"cannot be shown"), qPrintable(page.sourceText()));
        QVERIFY(!page.sourceButton()->isVisibleTo(&page));
    }
};

QTEST_MAIN(TestKernelLogPage)
#include "tst_kernellogpage.moc"
