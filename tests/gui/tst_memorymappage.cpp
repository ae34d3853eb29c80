// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Map under the offscreen platform, on the live system: the map of a child of this test
// (tests/unit/process/kaleido_mapchild), a click in the address-space strip selecting its row, a snapshot and
// the diff after the child allocates, the exports, the error states, the helper's stream, the main window's
// wiring from Processes, and a 20 000-area child whose totals must be those of `pmap -X`.
#include "addressspacestrip.h"
#include "mainwindow.h"
#include "memorymapexport.h"
#include "memorymapgroupmodel.h"
#include "memorymappage.h"
#include "privilegedclient.h"
#include "processdetailspanel.h"
#include "processespage.h"
#include "refreshclock.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <unistd.h>

using namespace kaleido;

namespace {

using Change = MemoryMapModel::Change;

/// kaleido_mapchild, killed when this goes out of scope.
class MapChild
{
public:
    explicit MapChild(const QStringList& args)
    {
        m_process.start(QStringLiteral(KALEIDO_MAPCHILD), args);
        if (m_process.waitForReadyRead(60000))
            m_ready = m_process.readLine().startsWith("ready");
    }
    ~MapChild() { stop(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished();
    }
    bool ready() const { return m_ready; }
    qint32 pid() const { return qint32(m_process.processId()); }
    /// Sends one "serve" command; the answer's start and end address.
    std::optional<std::pair<quint64, quint64>> command(const QByteArray& line)
    {
        m_process.write(line + '\n');
        if (!m_process.waitForReadyRead(10000))
            return std::nullopt;
        const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
        if (words.size() != 3 || words.at(0) != "done")
            return std::nullopt;
        return std::make_pair(words.at(1).toULongLong(nullptr, 16), words.at(2).toULongLong(nullptr, 16));
    }

private:
    QProcess m_process;
    bool m_ready = false;
};

/// Waits for the page's next loaded() (or failed()); true when it loaded.
bool waitLoaded(MemoryMapPage& page, const std::function<void()>& start, int timeoutMs = 20000)
{
    QSignalSpy loaded(&page, &MemoryMapPage::loaded);
    QSignalSpy failed(&page, &MemoryMapPage::failed);
    start();
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, timeoutMs);
    return !loaded.isEmpty();
}

/// RFC 4180 lines (enough for the export: quotes only around awkward paths).
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> lines;
    QStringList fields;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields.append(field);
            field.clear();
            lines.append(fields);
            fields.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return lines;
}

QByteArray readProc(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// pmap -X's totals line, by column name (values in KiB).
QHash<QString, quint64> pmapTotals(qint32 pid)
{
    QProcess pmap;
    pmap.start(QStringLiteral("pmap"), {QStringLiteral("-X"), QString::number(pid)});
    if (!pmap.waitForFinished(120000) || pmap.exitCode() != 0)
        return {};
    const QList<QByteArray> lines = pmap.readAllStandardOutput().split('\n');
    QList<QByteArray> header;
    QHash<QString, quint64> totals;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> words = lines.at(i).simplified().split(' ');
        if (header.isEmpty() && words.contains("Address") && words.contains("Size")) {
            header = words;
            continue;
        }
        if (!words.isEmpty() && words.constFirst().startsWith("====") && i + 1 < lines.size()) {
            // The totals line has one number per column from Size on, then "KB".
            const QList<QByteArray> sums = lines.at(i + 1).simplified().split(' ');
            const qsizetype first = header.indexOf("Size");
            for (qsizetype s = 0; s < sums.size() && first + s < header.size(); ++s) {
                bool ok = false;
                const quint64 value = sums.at(s).toULongLong(&ok);
                if (ok)
                    totals.insert(QString::fromLatin1(header.at(first + s)), value);
            }
            break;
        }
    }
    return totals;
}

} // namespace

class TestMemoryMapPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void childMapStripSnapshotAndExport()
    {
        MapChild child({QStringLiteral("serve")});
        QVERIFY(child.ready());
        RefreshClock clock;
        clock.setPaused(true); // reads are driven by hand
        privileged::PrivilegedClient client;
        MemoryMapPage page(&clock, &client, KernelFs());
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QVERIFY(waitLoaded(page, [&] { page.showProcess(child.pid()); }));
        QCOMPARE(page.pid(), child.pid());
        QVERIFY2(page.processText().startsWith(u"kaleido_mapchil"), qPrintable(page.processText()));
        QVERIFY(page.statusText().isEmpty());
        MemoryMapModel* model = page.model();
        QVERIFY(model->rowCount() >= 5);
        QCOMPARE(page.view()->model()->rowCount(), model->rowCount());
        QCOMPARE(page.strip()->mappings().size(), model->rowCount());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("mapSummary"))->text().startsWith(u"Areas: "));
        QVERIFY(!page.findChild<QProgressBar*>(QStringLiteral("loadProgress"))->isVisible());

        // The totals line is the model's sums, under the columns.
        const QStringList totals = page.totalsTexts();
        QCOMPARE(totals.size(), int(MemoryMapModel::ColumnCount));
        QCOMPARE(totals.at(MemoryMapModel::RssColumn),
                 model->totalData(MemoryMapModel::RssColumn).toString());
        QVERIFY(!totals.at(MemoryMapModel::SizeColumn).isEmpty());
        QCOMPARE(page.totalValue(MemoryMapModel::SizeColumn), QVariant(model->totals().size));

        // A click in the strip selects that area's row; the table's selection is outlined in the strip.
        AddressSpaceStrip* strip = page.strip();
        int target = -1;
        for (int row = 0; row < model->rowCount() && target < 0; ++row) {
            if (strip->rectOfRow(row).width() >= 4 && strip->rowAt(strip->rectOfRow(row).center().x()) == row)
                target = row;
        }
        QVERIFY(target >= 0);
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->rectOfRow(target).center().toPoint());
        QCOMPARE(page.selectedSourceRows(), QList<int>{target});
        QCOMPARE(page.view()->currentIndex().isValid(), true);
        QCOMPARE(page.proxyModel()->mapToSource(page.view()->currentIndex()).row(), target);
        QCOMPARE(strip->selectedRows(), QList<int>{target});
        QVERIFY(strip->toolTipAt(strip->rectOfRow(target).center().x()).contains(u"0x"));
        const int other = target == 0 ? 1 : 0;
        page.selectSourceRow(other);
        QCOMPARE(strip->selectedRows(), QList<int>{other});

        // Grouped by file: the row of the selected area's file is selected, the strip outlines all its areas.
        page.setGrouped(true);
        QVERIFY(page.isGrouped());
        QCOMPARE(page.view()->model()->rowCount(), page.groupModel()->rowCount());
        QVERIFY(page.selectedSourceRows().contains(other));
        QCOMPARE(page.totalsTexts().at(MemoryMapGroupModel::RssColumn), totals.at(MemoryMapModel::RssColumn));
        page.setGrouped(false);
        QCOMPARE(page.view()->model()->rowCount(), model->rowCount());

        // Snapshot, then the child maps 4 MiB and grows its heap: both show as changes, in words too.
        page.takeSnapshot();
        QVERIFY(model->hasBaseline());
        QVERIFY2(page.diffText().contains(u"No mapping was added"), qPrintable(page.diffText()));
        const auto block = child.command("mmap 4096");
        QVERIFY(block);
        const auto heap = child.command("grow 256");
        QVERIFY(heap);
        QVERIFY(waitLoaded(page, [&] { page.refresh(); }));

        const auto changeCovering = [&](quint64 address) -> const Change* {
            for (const Change& c : model->changes()) {
                if (c.type != Change::Removed && address >= c.after.start && address < c.after.end)
                    return &c;
            }
            return nullptr;
        };
        const Change* mapped = changeCovering(block->first);
        QVERIFY(mapped);
        QVERIFY(mapped->type == Change::Added || mapped->type == Change::Grown);
        QVERIFY(mapped->sizeDelta >= 4 * 1024 * 1024);
        QVERIFY(mapped->rssDelta >= 4 * 1024 * 1024 - 64 * 1024);
        const Change* grown = changeCovering(heap->first);
        QVERIFY(grown);
        QCOMPARE(grown->after.path, u"[heap]");
        QVERIFY(grown->type == Change::Grown || grown->type == Change::Added);
        QVERIFY(grown->sizeDelta >= 256 * 1024);

        const int mappedRow = model->rowOfAddress(block->first);
        QVERIFY(model->index(mappedRow, 0).data(MemoryMapModel::ChangeRole).isValid());
        QVERIFY(model->index(mappedRow, 0).data(Qt::BackgroundRole).isValid());
        const QString diff = page.diffText();
        QVERIFY2(diff.contains(u"[heap]") && diff.contains(u"MiB") &&
                     (diff.contains(u"added") || diff.contains(u"grew")),
                 qPrintable(diff));
        QVERIFY2(diff.contains(u"resident +"), qPrintable(diff));

        // Only the changes.
        auto* onlyChanges = page.findChild<QCheckBox*>(QStringLiteral("onlyChanges"));
        QVERIFY(onlyChanges->isEnabled());
        onlyChanges->setChecked(true);
        QCOMPARE(page.view()->model()->rowCount(),
                 int(model->changes().size()) -
                     int(std::count_if(model->changes().cbegin(), model->changes().cend(),
                                       [](const Change& c) { return c.type == Change::Removed; })));
        onlyChanges->setChecked(false);

        // Exports: parseable, one line or object per area, the changes included.
        QTemporaryDir out;
        const QString csvPath = out.path() + QStringLiteral("/map.csv");
        QVERIFY(page.exportTo(csvPath, false));
        const QList<QStringList> csv = parseCsv(readProc(csvPath));
        const QStringList header = MemoryMapExport::csvColumns();
        QCOMPARE(csv.size(), 1 + model->rowCount() + 1);
        QCOMPARE(csv.constFirst(), header);
        for (const QStringList& line : csv)
            QCOMPARE(line.size(), header.size());
        const qsizetype changeColumn = header.indexOf(QStringLiteral("change"));
        const QString mappedStart = QString::number(model->mapping(mappedRow).start, 16);
        bool found = false;
        for (const QStringList& line : csv) {
            if (line.constFirst() == mappedStart)
                found = line.at(changeColumn) == u"added" || line.at(changeColumn) == u"grown";
        }
        QVERIFY(found);
        QCOMPARE(csv.constLast().constFirst(), u"total");
        QCOMPARE(csv.constLast().at(header.indexOf(QStringLiteral("Rss"))),
                 QString::number(model->totals().values[MemoryMapModel::Rss]));

        const QString jsonPath = out.path() + QStringLiteral("/map.json");
        QVERIFY(page.exportTo(jsonPath, true));
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(readProc(jsonPath), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"pid").toInt(), child.pid());
        QCOMPARE(json.value(u"mappings").toArray().size(), model->rowCount());
        QCOMPARE(json.value(u"totals").toObject().value(u"Rss").toInteger(),
                 qint64(model->totals().values[MemoryMapModel::Rss]));
        QVERIFY(json.contains(u"removed"));

        page.clearSnapshot();
        QVERIFY(!model->hasBaseline());
        QVERIFY(page.diffText().isEmpty());
    }

    void exitedProcessSaysSo()
    {
        MapChild child({QStringLiteral("idle")});
        QVERIFY(child.ready());
        RefreshClock clock;
        clock.setPaused(true);
        MemoryMapPage page(&clock, nullptr, KernelFs());
        QVERIFY(waitLoaded(page, [&] { page.showProcess(child.pid()); }));
        QVERIFY(page.model()->rowCount() > 0);
        child.stop();
        QVERIFY(!waitLoaded(page, [&] { page.refresh(); }));
        QVERIFY2(page.statusText().contains(u"does not exist any more"), qPrintable(page.statusText()));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.offersHelper());
        // It is not read again: nothing to read.
        QSignalSpy failed(&page, &MemoryMapPage::failed);
        page.refresh();
        QVERIFY(!page.model()->isLoading());
        QCOMPARE(failed.size(), 0);
    }

    // Another user's process: the page says why and offers the helper. (As root every process is readable,
    // so the refusal is played to the page; as a normal user PID 1 is refused for real.)
    void anotherUsersProcessOffersTheHelper()
    {
        RefreshClock clock;
        clock.setPaused(true);
        privileged::PrivilegedClient client(nullptr, privileged::PrivilegedClient::Route::Helper);
        // No helper answers on this bus: the request must fail in words, not hang.
        client.setConnection(QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/kaleido-bus"), QStringLiteral("kaleido-test-nobus")));
        client.setInteractive(false);
        MemoryMapPage page(&clock, &client, KernelFs());
        if (::geteuid() != 0) {
            QVERIFY(!waitLoaded(page, [&] { page.showProcess(1); }));
        } else {
            page.showProcess(1);
            QTRY_VERIFY(!page.model()->isLoading());
            Q_EMIT page.model()->failed(
                Error{ErrorKind::PermissionDenied, QStringLiteral("/proc/1/smaps"), 0, QString()});
        }
        QVERIFY2(page.statusText().contains(u"only root may read another user's memory map"),
                 qPrintable(page.statusText()));
        QVERIFY(page.offersHelper());
        auto* button = page.findChild<QPushButton*>(QStringLiteral("readThroughHelper"));
        QVERIFY(button);
        QSignalSpy failed(&page, &MemoryMapPage::failed);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY2(page.statusText().contains(u"helper"), qPrintable(page.statusText()));
        QVERIFY(page.offersHelper()); // may be tried again
    }

    // The helper's stream (here its in-process route) feeds the same table.
    void mapThroughTheStream()
    {
        MapChild child({QStringLiteral("idle")});
        QVERIFY(child.ready());
        RefreshClock clock;
        clock.setPaused(true);
        privileged::PrivilegedClient client(nullptr, privileged::PrivilegedClient::Route::InProcess);
        MemoryMapPage page(&clock, &client, KernelFs());
        QVERIFY(waitLoaded(page, [&] { page.showProcess(child.pid()); }));
        const int rows = page.model()->rowCount();
        QVERIFY2(waitLoaded(page, [&] { page.readThroughHelper(); }), qPrintable(page.statusText()));
        QCOMPARE(page.model()->rowCount(), rows);
        QTRY_VERIFY2(page.statusText().contains(u"read as root by Kaleido's helper"),
                     qPrintable(page.statusText()));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("mapSummary"))->text().contains(u"helper"));
        // The child exits: the stream ends and the page says so.
        child.stop();
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(u"does not exist any more"), 10000);
    }

    // Processes ▸ details ▸ "Memory map…" opens Memory ▸ Map on that process.
    void openedFromProcesses()
    {
        MapChild child({QStringLiteral("idle")});
        QVERIFY(child.ready());
        MainWindow window;
        window.refreshClock()->setPaused(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.memoryMapPage());
        ProcessesPage* processes = window.processesPage();
        ProcessDetailsPanel* details = processes->detailsPanel();
        auto* button = details->findChild<QPushButton*>(QStringLiteral("memoryMapButton"));
        QVERIFY(!button->isHidden()); // offered, now that the window has the page
        // Select the child in Processes (it may take a sample or two to appear), then press the button.
        bool selected = false;
        for (int attempt = 0; attempt < 10 && !selected; ++attempt) {
            QSignalSpy refreshed(processes, &ProcessesPage::refreshed);
            processes->refresh();
            QVERIFY(refreshed.wait(10000));
            selected = processes->selectProcess(child.pid());
        }
        QVERIFY(selected);
        QTRY_COMPARE(details->pid(), child.pid());
        QTRY_VERIFY(button->isEnabled());
        MemoryMapPage* page = window.memoryMapPage();
        QVERIFY(waitLoaded(*page, [&] { button->click(); }));
        QCOMPARE(window.areaName(window.currentArea()), u"Memory");
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("memoryPages"));
        QCOMPARE(tabs->currentWidget(), page);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), u"Map");
        QCOMPARE(page->pid(), child.pid());
        QVERIFY(page->model()->rowCount() > 0);
    }

    // The strip on its own: gaps become labelled breaks, tiny clusters stay visible, 20 000 areas paint as
    // a handful of rectangles.
    void stripLayout()
    {
        AddressSpaceStrip strip;
        strip.resize(800, strip.sizeHint().height());
        QList<MemoryMapModel::Mapping> mappings;
        auto add = [&](quint64 start, quint64 end, MemoryMapModel::Kind kind) {
            MemoryMapModel::Mapping m;
            m.start = start;
            m.end = end;
            m.kind = kind;
            mappings.append(m);
        };
        add(0x555500000000, 0x555500100000, MemoryMapModel::Kind::Code);
        add(0x555500100000, 0x555500200000, MemoryMapModel::Kind::Data);
        add(0x555600000000, 0x555600400000, MemoryMapModel::Kind::Heap);
        add(0x7f0000000000, 0x7f0040000000, MemoryMapModel::Kind::Guard);
        add(0x7ffd00000000, 0x7ffd00021000, MemoryMapModel::Kind::Stack);
        add(0xffffffffff600000, 0xffffffffff601000, MemoryMapModel::Kind::Vdso);
        strip.setMappings(mappings);
        QCOMPARE(strip.breakCount(), 4);
        for (int row = 0; row < mappings.size(); ++row) {
            const QRectF r = strip.rectOfRow(row);
            QVERIFY2(r.width() >= 1, qPrintable(QString::number(row)));
            QCOMPARE(strip.rowAt(r.center().x()), row);
        }
        QVERIFY(strip.rectOfRow(5).width() >= 3.9); // [vsyscall]'s cluster keeps its minimum
        // Between the program and its heap: a break, labelled with the gap's size.
        const double between = (strip.rectOfRow(1).right() + strip.rectOfRow(2).left()) / 2;
        QCOMPARE(strip.rowAt(between), -1);
        QVERIFY2(strip.toolTipAt(between).startsWith(u"Unmapped address space"),
                 qPrintable(strip.toolTipAt(between)));
        strip.setScale(AddressSpaceStrip::Scale::Linear);
        QVERIFY(strip.rectOfRow(3).width() > strip.rectOfRow(2).width()); // 1 GiB against 4 MiB
        QVERIFY(!strip.grab().isNull());

        // 20 000 one-page areas of alternating kinds: merged into at most one rectangle per pixel.
        QList<MemoryMapModel::Mapping> many;
        for (int i = 0; i < 20000; ++i) {
            MemoryMapModel::Mapping m;
            m.start = 0x7f0000000000 + quint64(i) * 4096;
            m.end = m.start + 4096;
            m.kind = i % 2 ? MemoryMapModel::Kind::Anonymous : MemoryMapModel::Kind::Guard;
            many.append(m);
        }
        QElapsedTimer timer;
        timer.start();
        strip.setMappings(many);
        strip.grab();
        const qint64 ms = timer.elapsed();
        QVERIFY(strip.paintedRunCount() <= strip.barRect().width());
        QVERIFY(strip.rowAt(strip.barRect().center().x()) >= 0);
        QVERIFY2(strip.toolTipAt(strip.barRect().center().x()).contains(u"This pixel holds"),
                 qPrintable(strip.toolTipAt(strip.barRect().center().x())));
        qInfo("20 000 areas: layout and one paint in %lld ms, %d rectangles", ms, strip.paintedRunCount());
    }

    // A process with 20 000 areas: the page's totals are those of pmap -X (which prints KiB).
    void twentyThousandAreasAgainstPmap()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pmap")).isEmpty())
            QSKIP("pmap (procps) is not installed");
        const int limit = readProc(QStringLiteral("/proc/sys/vm/max_map_count")).trimmed().toInt();
        const int areas = std::min(20000, limit - 100);
        QVERIFY2(areas > 1000, "vm.max_map_count is too low for this test");
        MapChild child({QStringLiteral("many"), QString::number(areas)});
        QVERIFY(child.ready());

        RefreshClock clock;
        clock.setPaused(true);
        MemoryMapPage page(&clock, nullptr, KernelFs());
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* progress = page.findChild<QProgressBar*>(QStringLiteral("loadProgress"));
        QVERIFY(waitLoaded(
            page,
            [&] {
                page.showProcess(child.pid());
                QVERIFY(progress->isVisible()); // the first read of a map shows its progress
            },
            60000));
        QVERIFY(!progress->isVisible());
        QVERIFY(page.model()->rowCount() >= areas);
        QVERIFY(page.strip()->paintedRunCount() <= page.strip()->barRect().width());

        const QString smapsPath = QStringLiteral("/proc/%1/smaps").arg(child.pid());
        bool compared = false;
        for (int attempt = 0; attempt < 5 && !compared; ++attempt) {
            const QByteArray before = readProc(smapsPath);
            QVERIFY(waitLoaded(
                page, [&] { page.refresh(); }, 60000));
            const QHash<QString, quint64> pmap = pmapTotals(child.pid());
            if (readProc(smapsPath) != before)
                continue; // the child's counters moved meanwhile (reclaim): not a fair comparison
            compared = true;
            QVERIFY2(pmap.size() >= 6, "pmap -X printed no totals line");
            const std::pair<const char*, int> columns[] = {
                {"Size", MemoryMapModel::SizeColumn},
                {"Rss", MemoryMapModel::RssColumn},
                {"Pss", MemoryMapModel::PssColumn},
                {"Anonymous", MemoryMapModel::AnonymousColumn},
                {"Swap", MemoryMapModel::SwapColumn},
                {"Locked", MemoryMapModel::LockedColumn},
                {"SwapPss", MemoryMapModel::SwapPssColumn},
                {"FilePmdMapped", MemoryMapModel::FilePmdMappedColumn},
            };
            for (const auto& [name, column] : columns) {
                const QString key = QString::fromLatin1(name);
                if (!pmap.contains(key))
                    continue; // older procps leaves some out
                const quint64 ours = page.totalValue(column).toULongLong();
                QVERIFY2(ours % 1024 == 0, name);
                QCOMPARE(ours / 1024, pmap.value(key));
            }
            QVERIFY(pmap.contains(QStringLiteral("Size")) && pmap.contains(QStringLiteral("Rss")) &&
                    pmap.contains(QStringLiteral("Pss")) && pmap.contains(QStringLiteral("Locked")));
        }
        QVERIFY2(compared, "the child's smaps changed during every round");
    }
};

QTEST_MAIN(TestMemoryMapPage)
#include "tst_memorymappage.moc"
