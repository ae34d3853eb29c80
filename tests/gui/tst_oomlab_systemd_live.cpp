// SPDX-License-Identifier: GPL-2.0-or-later
// Lab 7 through LabRunner's systemd route, as a desktop user has it: tests/vm/labs-systemd-user.sh starts a
// real systemd user manager (Debian's systemd 252) for an unprivileged user in the guest, with the memory
// controller delegated to user@UID.service, and runs this test as that user inside the manager's app.slice.
// The "oom" card's Start then runs the workload through `systemd-run --user --scope -p MemoryMax=…`; step 1
// grows it into the OOM killer inside the scope. The script reads the kernel log (root only) for the kill
// afterwards.
#include "labcard.h"
#include "labrunner.h"
#include "labspage.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace kaleido;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

/// The cgroup v2 path of @p pid ("/user.slice/…/run-….scope").
QString cgroupOf(qint32 pid)
{
    const QList<QByteArray> lines = readFile(QStringLiteral("/proc/%1/cgroup").arg(pid)).split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("0::"))
            return QString::fromUtf8(line.mid(3));
    }
    return {};
}

} // namespace

class TestOomLabSystemdLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(::geteuid() != 0, "run this as the user whose systemd manager is running");
        const LabRunner::LimitSupport support = LabRunner::memoryLimitSupport();
        QVERIFY2(support.available, qPrintable(support.reason));
        QCOMPARE(support.route, LabRunner::LimitRoute::SystemdScope);
    }

    void growsUntilTheOomKillerEndsItInItsScope()
    {
        LabsPage page;
        page.showLab(QStringLiteral("oom"));
        LabCard* card = page.card(QStringLiteral("oom"));
        QVERIFY(card);
        QVERIFY(card->findChild<QPushButton*>(QStringLiteral("labStart"))->isEnabled());
        QVERIFY(card->start());
        LabRunner* runner = card->runner();
        QSignalSpy finished(runner, &LabRunner::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->output().isEmpty(), 60000);
        const qint32 pid = runner->pid();
        // systemd-run --scope execs the workload in its own process: the card's process is the workload.
        QCOMPARE(runner->output().constFirst(), QStringLiteral("ready pid=%1").arg(pid));
        QCOMPARE(runner->limitRoute(), LabRunner::LimitRoute::SystemdScope);
        const QString status = card->findChild<QLabel*>(QStringLiteral("labStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("Runs in a systemd scope limited to 128 MiB (memory.max).")),
                 qPrintable(status));

        const QString scope = cgroupOf(pid);
        const QString uid = QString::number(::getuid());
        QVERIFY2(scope.startsWith(QStringLiteral("/user.slice/user-%1.slice/user@%1.service/").arg(uid)) &&
                     scope.endsWith(QLatin1String(".scope")) && scope.contains(QLatin1String("/run-")),
                 qPrintable(scope));
        const QString dir = QStringLiteral("/sys/fs/cgroup") + scope;
        QCOMPARE(readFile(dir + QStringLiteral("/memory.max")), QByteArray("134217728"));
        QCOMPARE(readFile(dir + QStringLiteral("/memory.swap.max")), QByteArray("0"));
        QCOMPARE(readFile(QStringLiteral("/proc/%1/oom_score_adj").arg(pid)), QByteArray("1000"));
        qInfo("workload %d in scope %s", pid, qPrintable(scope));

        card->findChild<QPushButton*>(QStringLiteral("labStep1"))->click();
        QVERIFY(finished.wait(180000));
        const QString said = runner->output().join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("progress MiB=32")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("ok grow")), qPrintable(said)); // it never got past the limit
        QCOMPARE(runner->exitSignal(), SIGKILL);
        QVERIFY(!card->isRunning());
        // systemd takes the empty scope away.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(dir), 30000);
        card->stop();
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
    }
};

QTEST_MAIN(TestOomLabSystemdLive)
#include "tst_oomlab_systemd_live.moc"
