// SPDX-License-Identifier: GPL-2.0-or-later
// /proc/<pid>/task/ and task/<tid>/children.
#include "processtasks.h"
#include "taskchildren.h"
#include "testutils.h"

#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kaleido;

class TestProcessTasks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; read by hand: each captured process had one thread and one child
    // (the host's bash was running a subshell 7076; the guest's init runs the capture's bash, 133).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("child");
        QTest::newRow("6.18 host bash") << QStringLiteral("linux-6.18-host") << 6600 << 7076;
        QTest::newRow("6.1 debian bash") << QStringLiteral("linux-6.1-debian") << 133 << 466;
        QTest::newRow("6.1 debian init") << QStringLiteral("linux-6.1-debian") << 1 << 133;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(int, child);
        const KernelFs fs(test::fixtureRoot(kernel));
        const auto tasks = readProcessTasks(fs, pid);
        QVERIFY2(tasks.ok(), qPrintable(tasks.error().message()));
        QCOMPARE(tasks->tids, QList<int>{pid});
        const auto children = readTaskChildren(fs, pid, pid);
        QVERIFY(children.ok());
        QCOMPARE(children->pids, QList<int>{child});
        QVERIFY(children->skippedLines.isEmpty());
        QCOMPARE(readProcessChildren(fs, pid)->pids, QList<int>{child});
        // A thread that is not there (the process is) has vanished too.
        QCOMPARE(readTaskChildren(fs, pid, pid + 100000).error().kind, ErrorKind::Vanished);
    }

    void names()
    {
        const ProcessTasks tasks = processTasksFromNames({"12", "3", "x", "0", "99999999999", "7"});
        QCOMPARE(tasks.tids, (QList<int>{3, 7, 12}));
    }

    void childrenShapes()
    {
        QVERIFY(parseTaskChildren("")->pids.isEmpty());
        QCOMPARE(parseTaskChildren("7076 ")->pids, QList<int>{7076});
        QCOMPARE(parseTaskChildren("1 2  3\n")->pids, (QList<int>{1, 2, 3}));
        const auto bad = parseTaskChildren("4 x 0 -1 99999999999 5");
        QVERIFY(bad.ok());
        QCOMPARE(bad->pids, (QList<int>{4, 5}));
        QCOMPARE(bad->skippedLines.size(), 4);
    }

    void vanished()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.18-host")));
        QCOMPARE(readProcessTasks(fs, 1).error().kind, ErrorKind::Vanished);
        QCOMPARE(readProcessChildren(fs, 1).error().kind, ErrorKind::Vanished);
    }

    void liveKernel()
    {
        // Two children, one of them forked from a second thread: the process's children are the union.
        const pid_t first = fork();
        if (first == 0) {
            pause();
            _exit(0);
        }
        pid_t second = -1;
        std::thread thread([&] {
            second = fork();
            if (second == 0) {
                pause();
                _exit(0);
            }
        });
        thread.join();
        const KernelFs fs;
        const auto tasks = readProcessTasks(fs, int(getpid()));
        const auto children = readProcessChildren(fs, int(getpid()));
        const auto mainOnly = readTaskChildren(fs, int(getpid()), int(getpid()));
        for (pid_t c : {first, second}) {
            kill(c, SIGKILL);
            waitpid(c, nullptr, 0);
        }
        QVERIFY(tasks.ok());
        QVERIFY(tasks->tids.contains(int(getpid())));
        if (!children.ok() && children.error().kind == ErrorKind::Absent)
            QSKIP("this kernel has no task/<tid>/children (CONFIG_PROC_CHILDREN)");
        QVERIFY2(children.ok(), qPrintable(children.error().message()));
        QVERIFY(children->pids.contains(int(first)));
        QVERIFY(children->pids.contains(int(second)));
        QVERIFY(mainOnly->pids.contains(int(first)));
    }
};

QTEST_GUILESS_MAIN(TestProcessTasks)
#include "tst_processtasks.moc"
