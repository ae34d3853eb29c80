// SPDX-License-Identifier: GPL-2.0-or-later
// /proc/<pid>/syscall and wchan: where a blocked task waits.
#include "processsyscall.h"
#include "processwchan.h"
#include "testutils.h"

#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;

class TestProcessSyscall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; values read by hand. All three wait for a child in wait4 (61 on
    // x86-64), so wchan is do_wait; the first argument 0xffffffff is pid −1 ("any child").
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<quint64>("arg1");
        QTest::addColumn<quint64>("sp");
        QTest::addColumn<quint64>("pc");
        QTest::newRow("6.18 host bash")
            << QStringLiteral("linux-6.18-host") << 6600 << quint64(0x7fffec4b5030) << quint64(0x7fffec4b5008)
            << quint64(0x7f6f2c5d9bd3);
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133 << quint64(0x7ffeb25eeb90) << quint64(0x7ffeb25eeb68)
            << quint64(0x7f01ade58bd3);
        QTest::newRow("6.1 debian init") << QStringLiteral("linux-6.1-debian") << 1 << quint64(0x7ffd6f8f15bc)
                                         << quint64(0x7ffd6f8f1598) << quint64(0x460a63);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(quint64, arg1);
        QFETCH(quint64, sp);
        QFETCH(quint64, pc);
        const KernelFs fs(test::fixtureRoot(kernel));
        const auto sc = readProcessSyscall(fs, pid);
        QVERIFY2(sc.ok(), qPrintable(sc.error().message()));
        QCOMPARE(sc->state, ProcessSyscall::State::InSyscall);
        QCOMPARE(sc->number, qint64(61));
        QCOMPARE(sc->args.size(), 6);
        QCOMPARE(sc->args.at(0), quint64(0xffffffff));
        QCOMPARE(sc->args.at(1), arg1);
        QCOMPARE(sc->stackPointer, sp);
        QCOMPARE(sc->programCounter, pc);
        const auto wchan = readProcessWchan(fs, pid);
        QVERIFY(wchan.ok());
        QCOMPARE(wchan->symbol, QByteArray("do_wait"));
    }

    void shapes()
    {
        const auto running = parseProcessSyscall("running\n");
        QVERIFY(running.ok());
        QCOMPARE(running->state, ProcessSyscall::State::Running);
        const auto outside = parseProcessSyscall("-1 0x7ffc5d0a4e48 0x7f0e3e6b7d1a\n");
        QVERIFY(outside.ok());
        QCOMPARE(outside->state, ProcessSyscall::State::OutsideSyscall);
        QVERIFY(outside->args.isEmpty());
        QCOMPARE(outside->stackPointer, quint64(0x7ffc5d0a4e48));
        // Fewer argument slots (another architecture or an older kernel) are taken as they come.
        const auto three = parseProcessSyscall("0 0x3 0x7fae704e8000 0x20000 0x10 0x20");
        QVERIFY(three.ok());
        QCOMPARE(three->number, qint64(0));
        QCOMPARE(three->args, (QList<quint64>{0x3, 0x7fae704e8000, 0x20000}));
        QCOMPARE(three->programCounter, quint64(0x20));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("number only") << QByteArray("61\n");
        QTest::newRow("one register") << QByteArray("61 0x1\n");
        QTest::newRow("not hex") << QByteArray("61 0x1 0xzz 0x3\n");
        QTest::newRow("word") << QByteArray("sleeping\n");
        QTest::newRow("below -1") << QByteArray("-2 0x1 0x2\n");
        QTest::newRow("-1 with arguments") << QByteArray("-1 0x1 0x2 0x3\n");
        QTest::newRow("register overflow") << QByteArray("1 0x1ffffffffffffffff 0x2\n");
    }
    void badInput()
    {
        QFETCH(QByteArray, input);
        const auto sc = parseProcessSyscall(input);
        QVERIFY(!sc.ok());
        QCOMPARE(sc.error().kind, ErrorKind::Malformed);
    }

    void wchanShapes()
    {
        QVERIFY(parseProcessWchan("0")->isNone());
        QCOMPARE(parseProcessWchan("ep_poll")->symbol, QByteArray("ep_poll"));
        QCOMPARE(parseProcessWchan("foo.constprop.0\n")->symbol, QByteArray("foo.constprop.0"));
        QCOMPARE(parseProcessWchan("").error().kind, ErrorKind::Malformed);
        QCOMPARE(parseProcessWchan("two words").error().kind, ErrorKind::Malformed);
    }

    void liveSleepingChild()
    {
        // A child blocked in pause(): in a system call, with a wait channel (when this reader may see
        // symbols).
        int ready[2];
        QCOMPARE(pipe(ready), 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(ready[0]);
            (void)!::write(ready[1], "x", 1);
            for (;;)
                pause();
        }
        ::close(ready[1]);
        char c;
        QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
        ::close(ready[0]);
        const KernelFs fs;
        std::optional<ProcessSyscall> seen;
        for (int i = 0; i < 200 && !seen; ++i) { // until the child really sleeps in pause()
            const auto sc = readProcessSyscall(fs, int(child));
            if (sc.ok() && sc->state == ProcessSyscall::State::InSyscall)
                seen = *sc;
            else
                usleep(10000);
        }
        const auto wchan = readProcessWchan(fs, int(child));
        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);
        QVERIFY(seen);
        QVERIFY(seen->number >= 0);
#if defined(__x86_64__)
        QCOMPARE(seen->number, qint64(34)); // pause
#endif
        QVERIFY(wchan.ok());
    }
};

QTEST_GUILESS_MAIN(TestProcessSyscall)
#include "tst_processsyscall.moc"
