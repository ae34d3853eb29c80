// SPDX-License-Identifier: GPL-2.0-or-later
// The labs' privileged steps on a real kernel, through the real helper (tests/vm/labs-settings.sh runs this
// in the guest as nobody, with a private system bus, polkitd and kaleido-helper): each card's setting step
// asks kaleido-helper, the kernel's file changes, the program shows the effect the card promises, and the
// card's last step puts the value it found back.
//   6 overcommit: granted in mode 0, refused with ENOMEM in mode 2, mode 0 again;
//   8 page cache: drop_caches empties the lab file's cached pages (TMPDIR on a disk-backed file system);
//   9 KSM: run=1 makes ksmd merge the lab's identical pages; run back to what it was;
//  10 THP: enabled=never leaves a MADV_HUGEPAGE area without huge pages; the mode restored.
#include "labcard.h"
#include "labrunner.h"
#include "labspage.h"
#include "privilegedclient.h"
#include "testutils.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace kaleido;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

QString output(LabCard* card)
{
    return card->findChild<QPlainTextEdit*>(QStringLiteral("labOutput"))->toPlainText();
}

bool ticked(LabCard* card, int step)
{
    return card->findChild<QPushButton*>(QStringLiteral("labStep%1").arg(step))
        ->text()
        .startsWith(QStringLiteral("✓"));
}

/// Presses step @p step (1-based) and waits until the card ticks it; returns the program's last answer.
QString press(LabCard* card, int step)
{
    QPushButton* button = card->findChild<QPushButton*>(QStringLiteral("labStep%1").arg(step));
    if (!button || !button->isEnabled())
        return QStringLiteral("step %1 is disabled").arg(step);
    const qsizetype before = card->runner()->output().size();
    button->click();
    // A polkit round trip and an emulated guest: generous.
    for (int i = 0; i < 600 && !(ticked(card, step) && button->isEnabled()); ++i)
        QTest::qWait(100);
    if (!ticked(card, step))
        return QStringLiteral("step %1 not done: %2").arg(step).arg(output(card));
    const QStringList lines = card->runner()->output();
    return lines.size() > before ? lines.last() : QString();
}

QString value(const QString& reply, const QString& key)
{
    return QRegularExpression(QStringLiteral("\\b%1=(\\S+)").arg(key)).match(reply).captured(1);
}

bool start(LabCard* card)
{
    if (!card->start())
        return false;
    for (int i = 0; i < 300 && card->runner()->output().isEmpty(); ++i)
        QTest::qWait(100);
    return card->isRunning() && !card->runner()->output().isEmpty();
}

} // namespace

class TestLabSettingsLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (geteuid() == 0)
            QFAIL("run this as an unprivileged user: it tests the route through kaleido-helper");
        m_client.setInteractive(false);
        QCOMPARE(m_client.route(), privileged::PrivilegedClient::Route::Helper);
        m_page.setPrivilegedClient(&m_client);
    }

    void overcommitStrictModeRefuses()
    {
        QCOMPARE(readFile(QStringLiteral("/proc/sys/vm/overcommit_memory")), QByteArray("0"));
        LabCard* card = m_page.card(QStringLiteral("overcommit"));
        QVERIFY(start(card));
        const QString granted = press(card, 1);
        QVERIFY2(value(granted, QStringLiteral("result")) == u"granted", qPrintable(granted));
        QVERIFY(press(card, 2).startsWith(QLatin1String("ok release")));

        const QString strict = press(card, 3);
        QCOMPARE(readFile(QStringLiteral("/proc/sys/vm/overcommit_memory")), QByteArray("2"));
        QVERIFY2(value(strict, QStringLiteral("overcommit_memory")) == u"2", qPrintable(strict));
        QVERIFY(output(card).contains(QStringLiteral("/proc/sys/vm/overcommit_memory: 0 → 2")));

        const QString refused = press(card, 4);
        QVERIFY2(value(refused, QStringLiteral("result")) == u"refused", qPrintable(refused));
        QCOMPARE(value(refused, QStringLiteral("errno")), u"12"); // ENOMEM

        const QString back = press(card, 5);
        QCOMPARE(readFile(QStringLiteral("/proc/sys/vm/overcommit_memory")), QByteArray("0"));
        QVERIFY2(value(back, QStringLiteral("overcommit_memory")) == u"0", qPrintable(back));
        QVERIFY(card->changedSettings().isEmpty());
        card->stop();
    }

    void dropCachesEmptiesTheLabsFile()
    {
        LabCard* card = m_page.card(QStringLiteral("pagecache"));
        QVERIFY(start(card));
        const QString created = press(card, 1);
        QVERIFY2(value(created, QStringLiteral("cached")).toLongLong() > 0, qPrintable(created));
        QVERIFY(press(card, 3).startsWith(QLatin1String("ok read"))); // after step 2's evict would be 0:
        const QString warm = press(card, 4);                          // here the file is cached
        QVERIFY2(value(warm, QStringLiteral("cached")) == value(warm, QStringLiteral("pages")),
                 qPrintable(warm));
        const int drop = int(card->lab().steps.size());
        const QString dropped = press(card, drop);
        QVERIFY2(dropped.startsWith(QLatin1String("ok status")) &&
                     value(dropped, QStringLiteral("cached")) == u"0",
                 qPrintable(dropped + QLatin1Char('\n') + output(card)));
        QVERIFY(output(card).contains(QStringLiteral("/proc/sys/vm/drop_caches: done.")));
        card->stop();
    }

    void ksmMergesOnceSwitchedOn()
    {
        const QByteArray runBefore = readFile(QStringLiteral("/sys/kernel/mm/ksm/run"));
        if (runBefore.isEmpty())
            QSKIP("this kernel has no KSM");
        QCOMPARE(runBefore, QByteArray("0"));
        LabCard* card = m_page.card(QStringLiteral("ksm"));
        QVERIFY(start(card));
        QVERIFY(press(card, 1).startsWith(QLatin1String("ok share")));
        const QString on = press(card, 2);
        QCOMPARE(readFile(QStringLiteral("/sys/kernel/mm/ksm/run")), QByteArray("1"));
        QVERIFY2(value(on, QStringLiteral("run")) == u"1", qPrintable(on));
        // ksmd needs a couple of full scans (16 384 pages, 100 every 20 ms; slower when emulated).
        qint64 merging = 0;
        for (int i = 0; i < 60 && merging < 1000; ++i) {
            QTest::qWait(2000);
            merging = value(press(card, 3), QStringLiteral("ksm_merging_pages")).toLongLong();
        }
        QVERIFY2(merging >= 1000, qPrintable(output(card)));
        QVERIFY(press(card, 4).startsWith(QLatin1String("ok unmerge")));
        press(card, 5);
        QCOMPARE(readFile(QStringLiteral("/sys/kernel/mm/ksm/run")), runBefore);
        QVERIFY(card->changedSettings().isEmpty());
        card->stop();
    }

    void thpNeverRemovesTheHugePages()
    {
        const QString enabledPath = QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled");
        const QByteArray before = readFile(enabledPath);
        if (before.isEmpty())
            QSKIP("this kernel has no transparent huge pages");
        if (before.contains("[never]"))
            QSKIP("THP is switched off here: nothing to remove");
        LabCard* card = m_page.card(QStringLiteral("thp"));
        QVERIFY(start(card));
        const qint32 pid = card->runner()->pid();
        const QString huge = press(card, 1);
        const qint64 withHuge =
            test::anonHugeKiB(pid, value(huge, QStringLiteral("address")).toULongLong(nullptr, 16));
        QVERIFY2(withHuge >= 2048, qPrintable(huge + QStringLiteral(" AnonHugePages=%1").arg(withHuge)));
        QVERIFY(press(card, 3).startsWith(QLatin1String("ok release")));

        const QString off = press(card, 4);
        QVERIFY(readFile(enabledPath).contains("[never]"));
        QVERIFY2(value(off, QStringLiteral("enabled")) == u"never", qPrintable(off));
        const QString again = press(card, 5);
        QCOMPARE(test::anonHugeKiB(pid, value(again, QStringLiteral("address")).toULongLong(nullptr, 16)),
                 qint64(0));

        QVERIFY(press(card, 6).startsWith(QLatin1String("ok release")));
        QCOMPARE(readFile(enabledPath), before);
        QVERIFY(card->changedSettings().isEmpty());
        card->stop();
    }

private:
    privileged::PrivilegedClient m_client;
    LabsPage m_page;
};

QTEST_MAIN(TestLabSettingsLive)
#include "tst_labsettings_live.moc"
