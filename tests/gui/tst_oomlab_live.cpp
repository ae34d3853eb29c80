// SPDX-License-Identifier: GPL-2.0-or-later
// Lab 7 (OOM killer) through the app's own code, as root inside the Debian 6.1 guest (vm_labs_oom_killer):
// the real LabsPage's "oom" card is started, so LabRunner makes the memory-limited cgroup itself (no systemd
// in the guest: the direct cgroup v2 route), the workload enters it between fork and exec, step 1 grows it
// until the kernel's OOM killer ends it with SIGKILL, memory.events counted the kill, the kernel log names
// the process and its cgroup, and after Stop neither the group nor any process of the lab is left. It needs
// root and cgroup v2 with the memory controller, so it is built everywhere but registered only as a VM test.
#include "cgrouplimit.h"
#include "labcard.h"
#include "labrunner.h"
#include "labspage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace kaleido;

namespace {

const QString kCgroupRoot = QStringLiteral("/sys/fs/cgroup");

/// With run-in-vm --out, a picture of the card for a person to look at.
void saveShot(QWidget* widget, const char* name)
{
    const QString out = qEnvironmentVariable("KALEIDO_VM_OUT");
    if (!out.isEmpty())
        widget->grab().save(out + QLatin1Char('/') + QLatin1String(name));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QPushButton* button(LabCard* card, const char* name)
{
    return card->findChild<QPushButton*>(QLatin1String(name));
}

/// The kernel log from the point where it was opened on: /dev/kmsg, read record by record without blocking.
class KernelLog
{
public:
    KernelLog()
        : m_fd(::open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC))
    {
        if (m_fd >= 0)
            ::lseek(m_fd, 0, SEEK_END); // only what comes after this point
    }
    ~KernelLog()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isOpen() const { return m_fd >= 0; }
    /// Everything new since the last call, one message per line (the records' text after the ';').
    QByteArray readNew()
    {
        QByteArray text;
        char record[8192];
        for (;;) {
            const ssize_t n = ::read(m_fd, record, sizeof record);
            if (n < 0 && errno == EPIPE)
                continue; // overwritten records: go on with the next one
            if (n <= 0)
                break;
            const QByteArray line(record, n);
            const qsizetype semicolon = line.indexOf(';');
            text += line.mid(semicolon + 1).split('\n').constFirst() + '\n';
        }
        m_seen += text;
        return text;
    }
    QByteArray seen() const { return m_seen; }

private:
    int m_fd;
    QByteArray m_seen;
};

} // namespace

class TestOomLabLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QList<QByteArray> controllers =
            readFile(kCgroupRoot + QStringLiteral("/cgroup.controllers")).simplified().split(' ');
        // In the guest (run-in-vm sets KALEIDO_VM) a skip would hide a broken rig: fail instead.
        if (qEnvironmentVariableIsSet("KALEIDO_VM")) {
            QVERIFY2(::geteuid() == 0, "run-in-vm runs this as root");
            QVERIFY2(controllers.contains("memory"),
                     "the guest's cgroup2 at /sys/fs/cgroup has no memory controller in cgroup.controllers");
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/run/systemd/system")), "the guest has no systemd");
        } else if (LabRunner::memoryLimitSupport().route != LabRunner::LimitRoute::Cgroup) {
            QSKIP(
                "needs the direct cgroup v2 route (root, cgroup v2 with memory, no systemd): run in the VM");
        }
    }

    void growsUntilTheOomKillerEndsIt()
    {
        KernelLog log;
        QVERIFY2(log.isOpen(), "cannot read /dev/kmsg");
        log.readNew();

        LabsPage page;
        page.resize(1200, 900);
        page.show();
        page.showLab(QStringLiteral("oom")); // as a teacher would pick it in the list
        LabCard* card = page.card(QStringLiteral("oom"));
        QVERIFY(card && card->isVisible());
        auto* status = card->findChild<QLabel*>(QStringLiteral("labStatus"));
        QVERIFY(status);
        const LabRunner::LimitSupport support = LabRunner::memoryLimitSupport();
        QVERIFY2(support.available, qPrintable(support.reason));
        QCOMPARE(support.route, LabRunner::LimitRoute::Cgroup);
        QVERIFY2(button(card, "labStart")->isEnabled(), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("memory limit of 128 MiB")),
                 qPrintable(status->text()));

        // Start: the card's own button.
        LabRunner* runner = card->runner();
        QSignalSpy lines(runner, &LabRunner::lineReceived);
        button(card, "labStart")->click();
        QVERIFY2(card->isRunning(), qPrintable(card->findChild<QPlainTextEdit*>()->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(!runner->output().isEmpty(), 30000);
        const qint32 pid = runner->pid();
        QCOMPARE(runner->output().constFirst(), QStringLiteral("ready pid=%1").arg(pid));
        QVERIFY(runner->limitApplied());
        QCOMPARE(runner->limitRoute(), LabRunner::LimitRoute::Cgroup);
        const QString dir = runner->limitGroupDirectory();
        QVERIFY2(dir.startsWith(kCgroupRoot + QStringLiteral("/kaleido-lab-")), qPrintable(dir));
        const QString group = dir.mid(kCgroupRoot.size());
        QVERIFY2(status->text().contains(
                     QStringLiteral("Runs in cgroup %1 limited to 128 MiB (memory.max).").arg(group)),
                 qPrintable(status->text()));
        QCOMPARE(readFile(dir + QStringLiteral("/memory.max")).trimmed(), QByteArray("134217728"));
        if (QFileInfo::exists(dir + QStringLiteral("/memory.swap.max")))
            QCOMPARE(readFile(dir + QStringLiteral("/memory.swap.max")).trimmed(), QByteArray("0"));
        // The workload itself is in the group (it entered before exec), and nothing else is.
        QVERIFY2(readFile(QStringLiteral("/proc/%1/cgroup").arg(pid))
                     .contains(QByteArray("0::" + group.toUtf8() + '\n')),
                 readFile(QStringLiteral("/proc/%1/cgroup").arg(pid)).constData());
        QCOMPARE(readFile(dir + QStringLiteral("/cgroup.procs")).trimmed(), QByteArray::number(pid));
        QCOMPARE(readFile(QStringLiteral("/proc/%1/oom_score_adj").arg(pid)).trimmed(), QByteArray("1000"));
        qInfo("workload %d in cgroup %s", pid, qPrintable(group));
        saveShot(&page, "oomlab-running.png");

        // Step 1, "grow": the card reports the end through the runner's finished signal.
        QSignalSpy finished(runner, &LabRunner::finished);
        QPushButton* grow = button(card, "labStep1");
        QVERIFY(grow && grow->isEnabled());
        grow->click();
        QVERIFY(finished.wait(180000));
        const QString description = finished.constFirst().constFirst().toString();
        qInfo("the card says: %s", qPrintable(description));
        const QString said = runner->output().join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("progress MiB=32")), qPrintable(said)); // it grew
        QVERIFY2(!said.contains(QStringLiteral("ok grow")), qPrintable(said)); // and never got past the limit
        QCOMPARE(runner->exitSignal(), SIGKILL);
        QVERIFY(!card->isRunning());

        // memory.events as LabRunner read it just before removing the group.
        const QByteArray events = runner->finalMemoryEvents();
        const qint64 kills = CgroupLimit::eventCount(events, "oom_kill");
        QVERIFY2(kills >= 1, events.constData());
        QVERIFY2(description.contains(QStringLiteral("OOM killer")) &&
                     description.contains(QStringLiteral("oom_kill %1").arg(kills)),
                 qPrintable(description));
        QVERIFY(card->findChild<QPlainTextEdit*>(QStringLiteral("labOutput"))
                    ->toPlainText()
                    .contains(description));
        QVERIFY2(status->text().startsWith(QStringLiteral("Not running.")), qPrintable(status->text()));
        saveShot(&page, "oomlab-killed.png");

        // The kernel's own account: a memcg OOM in the lab's group that killed the workload.
        const QByteArray killed = QStringLiteral("Killed process %1 (kaleido-lab-oom)").arg(pid).toUtf8();
        QTRY_VERIFY_WITH_TIMEOUT((log.readNew(), log.seen().contains(killed)), 10000);
        QVERIFY2(log.seen().contains(QByteArray("oom_memcg=" + group.toUtf8() + ',')),
                 log.seen().constData());
        QVERIFY2(log.seen().contains("Memory cgroup out of memory"), log.seen().constData());

        // Stop: the group is gone and nothing of the lab's process group is left.
        card->stop();
        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
        QCOMPARE(QDir(kCgroupRoot).entryList({QStringLiteral("kaleido-lab-*")}, QDir::Dirs), QStringList());
        qInfo("killed at 128 MiB: oom_kill=%lld; %s", kills, events.simplified().constData());
    }

    void aSecondRunGetsAFreshGroup()
    {
        // Start, then Stop while it waits: the group is made again and removed by Stop itself.
        LabsPage page;
        LabCard* card = page.card(QStringLiteral("oom"));
        QVERIFY(card && card->start());
        LabRunner* runner = card->runner();
        QTRY_VERIFY_WITH_TIMEOUT(!runner->output().isEmpty(), 30000);
        const QString dir = runner->limitGroupDirectory();
        QVERIFY(QFileInfo(dir).isDir());
        const qint32 pid = runner->pid();
        card->stop();
        QVERIFY(!card->isRunning());
        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
        QCOMPARE(runner->exitSignal(), SIGTERM); // Stop's SIGTERM, not the OOM killer
    }
};

QTEST_MAIN(TestOomLabLive)
#include "tst_oomlab_live.moc"
