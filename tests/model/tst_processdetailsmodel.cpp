// SPDX-License-Identifier: GPL-2.0-or-later
#include "processdetailsmodel.h"
#include "processdetailsreader.h"
#include "procstat.h"
#include "testutils.h"
#include "units.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;

namespace {

using S = ProcessDetails;

void onSignal(int)
{}

quint64 startTimeOf(qint32 pid)
{
    const auto stat = readProcStat(KernelFs(), pid);
    return stat ? stat->startTime : 0;
}

/// Copies a captured tree's /proc/<pid> into @p root, so a test can change it.
bool copyProcess(const QString& kernel, qint32 pid, const QString& root)
{
    const QString from = test::fixtureRoot(kernel) + QStringLiteral("/proc/%1").arg(pid);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = root + QStringLiteral("/proc/%1").arg(pid) + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

/// Whether a dataChanged in @p spy covered the row @p index.
bool changed(const QSignalSpy& spy, const QModelIndex& index)
{
    for (const auto& args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.parent() == index.parent() && topLeft.row() <= index.row() &&
            index.row() <= bottomRight.row())
            return true;
    }
    return false;
}

} // namespace

class TestProcessDetailsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QModelIndex>(); }

    // Values read by hand from tests/fixtures/linux-6.18-host/proc/6600/.
    void capturedBash()
    {
        ProcessDetailsModel model{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcess(6600, 136934);
        QCOMPARE(model.state(), ProcessDetailsModel::State::Live);
        QCOMPARE(model.stateText(), QString());
        QCOMPARE(model.rowCount(), int(S::SectionCount));
        QCOMPARE(model.processName(), u"bash");

        QCOMPARE(model.value(S::StatusSection, QStringLiteral("state")), u"S (sleeping)");
        QCOMPARE(model.value(S::StatusSection, QStringLiteral("ppid")), u"6333");
        QCOMPARE(model.value(S::StatusSection, QStringLiteral("umask")), u"0022");
        QCOMPARE(model.value(S::StatusSection, QStringLiteral("threads")), u"1");
        QCOMPARE(model.value(S::StatusSection, QStringLiteral("tracer")), u"nobody");
        QCOMPARE(model.value(S::StatusSection, QStringLiteral("kthread")), u"no");

        QCOMPARE(model.value(S::CredentialsSection, QStringLiteral("uid.effective")), u"0");
        QCOMPARE(model.value(S::CredentialsSection, QStringLiteral("groups")), u"none");

        QCOMPARE(model.value(S::CapabilitiesSection, QStringLiteral("CapEff")),
                 u"all 41 known capabilities except CAP_SYS_RESOURCE (000001fffeffffff)");
        QCOMPARE(model.value(S::CapabilitiesSection, QStringLiteral("CapInh")), u"none (0000000000000000)");

        // Bit n−1 is signal n: 0x10000 is SIGCHLD (17), 0x4 SIGQUIT, 0x10002 SIGINT and SIGCHLD.
        QCOMPARE(model.value(S::SignalsSection, QStringLiteral("SigBlk")), u"SIGCHLD (0000000000010000)");
        QCOMPARE(model.value(S::SignalsSection, QStringLiteral("SigIgn")), u"SIGQUIT (0000000000000004)");
        QCOMPARE(model.value(S::SignalsSection, QStringLiteral("SigCgt")),
                 u"SIGINT, SIGCHLD (0000000000010002)");
        QCOMPARE(model.value(S::SignalsSection, QStringLiteral("SigQ")),
                 QStringLiteral("0 of at most %1").arg(QLocale().toString(96365)));

        QCOMPARE(model.value(S::SchedulingSection, QStringLiteral("policy")), u"SCHED_OTHER (TS)");
        QCOMPARE(model.value(S::SchedulingSection, QStringLiteral("nice")), u"0");
        QCOMPARE(model.value(S::SchedulingSection, QStringLiteral("cpus")), u"0-1");
        QCOMPARE(model.value(S::SchedulingSection, QStringLiteral("voluntary")), u"109");
        QCOMPARE(model.value(S::SchedulingSection, QStringLiteral("involuntary")), u"16");
        QCOMPARE(model.value(S::SchedulingSection, QStringLiteral("se.sum_exec_runtime")),
                 QLocale().toString(31.903, 'f', 3) + QStringLiteral(" ms"));
        QCOMPARE(model.value(S::SchedulingSection, QStringLiteral("se.nr_migrations")), u"2");

        QCOMPARE(model.value(S::MemorySection, QStringLiteral("VmRSS")),
                 Units::formatBytes(quint64(3256) * 1024));
        QCOMPARE(model.value(S::MemorySection, QStringLiteral("RssAnon")),
                 Units::formatBytes(quint64(396) * 1024));

        // fd.targets: 0 /dev/null, 1 and 2 pipe:[101869], 10 /dev/null, 251 pipe:[101572], 255 the script.
        const QModelIndex files = model.sectionIndex(S::FilesSection);
        QCOMPARE(model.rowCount(files), 6);
        QCOMPARE(
            model.findRow(S::FilesSection, QStringLiteral("fd:1"), ProcessDetailsModel::FieldColumn).data(),
            QVariant(QStringLiteral("1 · pipe")));
        QCOMPARE(model.value(S::FilesSection, QStringLiteral("fd:1")), u"pipe:[101869]");
        QCOMPARE(model.value(S::FilesSection, QStringLiteral("fd:0")), u"/dev/null");
        QCOMPARE(model.sectionIndex(S::FilesSection, ProcessDetailsModel::ValueColumn).data(),
                 QVariant(QStringLiteral("6 open")));

        QCOMPARE(model.value(S::EnvironmentSection, QStringLiteral("env:FOO")), u"bar");
        QCOMPARE(model.value(S::EnvironmentSection, QStringLiteral("env:LANG")), u"C");
        QCOMPARE(model.rowCount(model.sectionIndex(S::EnvironmentSection)), 4);

        QCOMPARE(model.value(S::LimitsSection, QStringLiteral("Max open files")).isEmpty(), false);
        QCOMPARE(model.value(S::CgroupsSection, QStringLiteral("cg:4")),
                 u"/process_api/77fa4483991bc9abdbf94220f4231efe");
        QCOMPARE(
            model.findRow(S::CgroupsSection, QStringLiteral("cg:4"), ProcessDetailsModel::FieldColumn).data(),
            QVariant(QStringLiteral("memory")));
        QCOMPARE(model.value(S::CgroupsSection, QStringLiteral("cg:0")), u"/");
        // PID 1 was left out of this capture, so there is nothing to compare with.
        QCOMPARE(model.value(S::NamespacesSection, QStringLiteral("mnt")), u"4026531832");
        QCOMPARE(model.sectionIndex(S::NamespacesSection, 1).data().toString(), u"10");

        // The parent and the child were not captured: named, not hidden.
        const QModelIndex parent = model.findRow(S::AncestorsSection, QStringLiteral("pid:6333"));
        QVERIFY(parent.isValid());
        QCOMPARE(parent.data(ProcessDetailsModel::PidRole).toInt(), 6333);
        QCOMPARE(parent.data().toString(), u"(exited)");
        QCOMPARE(
            model.findRow(S::ChildrenSection, QStringLiteral("pid:7076")).data(ProcessDetailsModel::PidRole),
            QVariant(7076));

        // Every row and section explains itself.
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex section = model.index(s, 0);
            QVERIFY(!section.data(Qt::ToolTipRole).toString().isEmpty());
            QVERIFY2(model.rowCount(section) > 0, qPrintable(section.data().toString()));
            for (int r = 0; r < model.rowCount(section); ++r)
                QVERIFY2(!model.index(r, 0, section).data(Qt::ToolTipRole).toString().isEmpty(),
                         qPrintable(model.index(r, 0, section).data().toString()));
        }
    }

    // Values read by hand from tests/fixtures/linux-6.1-debian/proc/{1,133}/.
    void capturedInitAndShell()
    {
        ProcessDetailsModel model{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcess(1, 49);
        QCOMPARE(model.state(), ProcessDetailsModel::State::Live);
        QCOMPARE(model.processName(), u"busybox");
        QCOMPARE(model.value(S::CapabilitiesSection, QStringLiteral("CapEff")),
                 u"all 41 known capabilities (000001ffffffffff)");
        QCOMPARE(model.value(S::StatusSection, QStringLiteral("ppid")), u"0");
        QCOMPARE(model.value(S::AncestorsSection, QStringLiteral("none")),
                 u"PID 1 is the first process; it has no parent");
        QCOMPARE(model.value(S::ChildrenSection, QStringLiteral("pid:133")), u"bash");
        QCOMPARE(model.value(S::FilesSection, QStringLiteral("fd:0")), u"/dev/console");
        // environ of PID 1 was not captured: one sentence, not an empty list.
        QVERIFY(!model.sectionIndex(S::EnvironmentSection, 1).data().toString().isEmpty());
        QCOMPARE(model.rowCount(model.sectionIndex(S::EnvironmentSection)), 1);
        QCOMPARE(model.findRow(S::EnvironmentSection, QStringLiteral("unavailable"), 0).data(),
                 QVariant(QStringLiteral("Not available")));
        QVERIFY(
            model.value(S::EnvironmentSection, QStringLiteral("unavailable")).contains(u"/proc/1/environ"));

        model.setProcess(133, 0); // 0: whichever process has the PID
        QCOMPARE(model.state(), ProcessDetailsModel::State::Live);
        QCOMPARE(model.value(S::AncestorsSection, QStringLiteral("pid:1")), u"busybox");
        QCOMPARE(model.value(S::NamespacesSection, QStringLiteral("pid")), u"4026531836, the same as PID 1");
        QCOMPARE(model.sectionIndex(S::NamespacesSection, 1).data().toString(), u"the same as PID 1");

        model.setProcess(0, 0);
        QCOMPARE(model.state(), ProcessDetailsModel::State::NoProcess);
        QCOMPARE(model.rowCount(), 0);
    }

    void cappedDescriptors()
    {
        ProcessDetailsModel model{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        model.reader()->setMaxFds(2);
        model.setProcess(6600, 0);
        QCOMPARE(model.rowCount(model.sectionIndex(S::FilesSection)), 3);
        QCOMPARE(model.value(S::FilesSection, QStringLiteral("notread")), u"not listed: 4 more");
        QCOMPARE(model.sectionIndex(S::FilesSection, 1).data().toString(), u"6 open");
    }

    void capturedProcessExitsOrIsReplaced()
    {
        QTemporaryDir root;
        QVERIFY(copyProcess(QStringLiteral("linux-6.18-host"), 6600, root.path()));
        ProcessDetailsModel model{KernelFs(root.path())};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy states(&model, &ProcessDetailsModel::stateChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setProcess(6600, 136934);
        QCOMPARE(model.state(), ProcessDetailsModel::State::Live);
        resets.clear();

        // Nothing changed: a refresh changes nothing.
        model.refresh();
        QCOMPARE(changes.count(), 0);

        // Another process took the PID: its stat has another start time.
        const QString statPath = root.path() + QStringLiteral("/proc/6600/stat");
        QFile stat(statPath);
        QVERIFY(stat.open(QIODevice::ReadOnly));
        QByteArray text = stat.readAll();
        stat.close();
        text.replace(" 136934 ", " 200000 ");
        text.replace("(bash)", "(nginx)");
        QVERIFY(stat.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stat.write(text);
        stat.close();
        model.refresh();
        QCOMPARE(model.state(), ProcessDetailsModel::State::PidReused);
        QVERIFY2(model.stateText().contains(u"This process has exited"), qPrintable(model.stateText()));
        QVERIFY(model.stateText().contains(u"nginx"));
        QCOMPARE(states.count(), 2);
        // The last values stay.
        QCOMPARE(model.processName(), u"bash");
        QCOMPARE(model.value(S::SignalsSection, QStringLiteral("SigBlk")), u"SIGCHLD (0000000000010000)");
        QCOMPARE(resets.count(), 0);

        // The same PID with the right start time again is found; then the directory goes.
        model.setProcess(6600, 200000);
        QCOMPARE(model.state(), ProcessDetailsModel::State::Live);
        QVERIFY(QDir(root.path() + QStringLiteral("/proc/6600")).removeRecursively());
        model.refresh();
        QCOMPARE(model.state(), ProcessDetailsModel::State::Exited);
        QVERIFY(model.stateText().startsWith(u"This process has exited"));
        QCOMPARE(model.rowCount(), int(S::SectionCount));
        QCOMPARE(model.value(S::FilesSection, QStringLiteral("fd:1")), u"pipe:[101869]");

        // A PID that never existed.
        model.setProcess(4242, 0);
        QCOMPARE(model.state(), ProcessDetailsModel::State::Exited);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.stateText(), u"This process has exited.");
    }

    void liveSignalMasks()
    {
        const qint32 self = qint32(getpid());
        ProcessDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcess(self, startTimeOf(self));
        QCOMPARE(model.state(), ProcessDetailsModel::State::Live);
        QVERIFY(!model.value(S::SignalsSection, QStringLiteral("SigBlk")).contains(u"SIGUSR1"));
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        sigset_t block, old;
        sigemptyset(&block);
        sigaddset(&block, SIGUSR1);
        QCOMPARE(sigprocmask(SIG_BLOCK, &block, &old), 0);
        model.refresh();
        QCOMPARE(sigprocmask(SIG_SETMASK, &old, nullptr), 0);
        const QModelIndex blocked = model.findRow(S::SignalsSection, QStringLiteral("SigBlk"));
        QVERIFY2(blocked.data().toString().contains(u"SIGUSR1"), qPrintable(blocked.data().toString()));
        QVERIFY(changed(changes, blocked));
        // Only what changed is reported: the PID row did not change.
        QVERIFY(!changed(changes, model.findRow(S::StatusSection, QStringLiteral("pid"))));
        QVERIFY(!changed(changes, model.findRow(S::SignalsSection, QStringLiteral("SigIgn"))));

        // A handler shows as caught; unblocking shows too.
        struct sigaction action = {};
        struct sigaction previous = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        QCOMPARE(sigaction(SIGUSR2, &action, &previous), 0);
        changes.clear();
        model.refresh();
        QCOMPARE(sigaction(SIGUSR2, &previous, nullptr), 0);
        const QModelIndex caught = model.findRow(S::SignalsSection, QStringLiteral("SigCgt"));
        QVERIFY2(caught.data().toString().contains(u"SIGUSR2"), qPrintable(caught.data().toString()));
        QVERIFY(changed(changes, caught));
        QVERIFY(!model.value(S::SignalsSection, QStringLiteral("SigBlk")).contains(u"SIGUSR1"));
        QVERIFY(changed(changes, blocked));
        QCOMPARE(resets.count(), 0);
    }

    void livePipeRowsComeAndGo()
    {
        const qint32 self = qint32(getpid());
        ProcessDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcess(self, startTimeOf(self));
        const QModelIndex files = model.sectionIndex(S::FilesSection);
        const int before = model.rowCount(files);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        int p[2];
        QCOMPARE(pipe(p), 0);
        model.refresh();
        const QModelIndex readEnd = model.findRow(S::FilesSection, QStringLiteral("fd:%1").arg(p[0]),
                                                  ProcessDetailsModel::FieldColumn);
        QVERIFY(readEnd.isValid());
        QCOMPARE(readEnd.data().toString(), QStringLiteral("%1 · pipe").arg(p[0]));
        QVERIFY(model.value(S::FilesSection, QStringLiteral("fd:%1").arg(p[1])).startsWith(u"pipe:["));
        QCOMPARE(model.rowCount(files), before + 2);
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), files);

        ::close(p[0]);
        ::close(p[1]);
        model.refresh();
        QCOMPARE(model.rowCount(files), before);
        QVERIFY(!removed.isEmpty());
        QVERIFY(!model.findRow(S::FilesSection, QStringLiteral("fd:%1").arg(p[0])).isValid());
        QCOMPARE(resets.count(), 0);
    }

    void liveChildExits()
    {
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            for (;;)
                pause();
        }
        const qint32 self = qint32(getpid());
        quint64 childStart = 0;
        for (int i = 0; i < 100 && !childStart; ++i) {
            childStart = startTimeOf(child);
            if (!childStart)
                QTest::qWait(10);
        }

        // The parent lists the child; double-clicking it would show this:
        ProcessDetailsModel parent;
        parent.setProcess(self, startTimeOf(self));
        const QModelIndex childRow = parent.findRow(S::ChildrenSection, QStringLiteral("pid:%1").arg(child));
        QVERIFY(childRow.isValid());
        QCOMPARE(childRow.data(ProcessDetailsModel::PidRole).toInt(), int(child));

        ProcessDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy states(&model, &ProcessDetailsModel::stateChanged);
        model.setProcess(child, childStart);
        QCOMPARE(model.state(), ProcessDetailsModel::State::Live);
        QCOMPARE(model.value(S::AncestorsSection, QStringLiteral("pid:%1").arg(self)), parent.processName());
        const QString name = model.processName();
        const int rows = model.rowCount(model.sectionIndex(S::StatusSection));

        QCOMPARE(::kill(child, SIGKILL), 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        model.refresh();
        QCOMPARE(model.state(), ProcessDetailsModel::State::Exited);
        QVERIFY2(model.stateText().contains(u"This process has exited"), qPrintable(model.stateText()));
        QCOMPARE(states.count(), 2);
        QCOMPARE(model.processName(), name);
        QCOMPARE(model.rowCount(model.sectionIndex(S::StatusSection)), rows);
        model.refresh(); // stays exited, nothing read
        QCOMPARE(states.count(), 2);

        parent.refresh();
        QVERIFY(!parent.findRow(S::ChildrenSection, QStringLiteral("pid:%1").arg(child)).isValid());
    }

    void liveManyDescriptorsAreCapped()
    {
        const qint32 self = qint32(getpid());
        ProcessDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcess(self, startTimeOf(self));
        QList<int> opened;
        for (int i = 0; i < 1200; ++i) {
            int p[2];
            if (pipe(p) != 0)
                break; // a low RLIMIT_NOFILE: fewer are enough to show the cap
            opened << p[0] << p[1];
        }
        QElapsedTimer timer;
        timer.start();
        model.refresh();
        const qint64 ms = timer.elapsed();
        for (int fd : std::as_const(opened))
            ::close(fd);
        qInfo("refresh with %d more descriptors: %lld ms", int(opened.size()), ms);
        QVERIFY(opened.size() > model.reader()->maxFds());
        const QModelIndex files = model.sectionIndex(S::FilesSection);
        QCOMPARE(model.rowCount(files), model.reader()->maxFds() + 1);
        QVERIFY(model.value(S::FilesSection, QStringLiteral("notread")).startsWith(u"not listed: "));

        model.refresh(); // and back
        QVERIFY(model.rowCount(files) < 50);
        QVERIFY(!model.findRow(S::FilesSection, QStringLiteral("notread")).isValid());
    }

    void liveWrongStartTimeIsAnotherProcess()
    {
        const qint32 self = qint32(getpid());
        ProcessDetailsModel model;
        model.setProcess(self, startTimeOf(self) + 1);
        QCOMPARE(model.state(), ProcessDetailsModel::State::PidReused);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.stateText().contains(u"now belongs to another process"),
                 qPrintable(model.stateText()));
    }
};

QTEST_GUILESS_MAIN(TestProcessDetailsModel)
#include "tst_processdetailsmodel.moc"
