// SPDX-License-Identifier: GPL-2.0-or-later
// /proc/<pid>/cmdline, environ and comm: who the process says it is.
#include "processcmdline.h"
#include "processcomm.h"
#include "processenviron.h"
#include "testutils.h"

#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestProcessArgs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; values read by hand (cat -v) from proc/<pid>/{cmdline,comm}.
    void capturedCmdlineAndComm_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<QList<QByteArray>>("args");
        QTest::addColumn<QByteArray>("comm");
        QTest::newRow("6.18 host bash") << QStringLiteral("linux-6.18-host") << 6600
                                        << QList<QByteArray>{"/usr/bin/bash", "tests/fixtures/capture.sh",
                                                             "tests/fixtures/linux-6.18-host"}
                                        << QByteArray("bash");
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133
            << QList<QByteArray>{"/usr/bin/bash", "tests/fixtures/capture.sh", "/run/kaleido-vm/out"}
            << QByteArray("bash");
        QTest::newRow("6.1 debian init")
            << QStringLiteral("linux-6.1-debian") << 1
            << QList<QByteArray>{"/run/kaleido-vm/busybox", "sh", "/run/kaleido-vm/stage2"}
            << QByteArray("busybox");
    }
    void capturedCmdlineAndComm()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(QList<QByteArray>, args);
        QFETCH(QByteArray, comm);
        const KernelFs fs(test::fixtureRoot(kernel));
        const auto cmdline = readProcessCmdline(fs, pid);
        QVERIFY2(cmdline.ok(), qPrintable(cmdline.error().message()));
        QCOMPARE(cmdline->args, args);
        QVERIFY(!cmdline->rewritten);
        QCOMPARE(cmdline->joined(), QString::fromUtf8(args.join(' ')));
        const auto name = readProcessComm(fs, pid);
        QVERIFY(name.ok());
        QCOMPARE(name->name, comm);
        QCOMPARE(name->text(), QString::fromUtf8(comm));
    }

    void capturedEnviron_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 6600;
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 133;
    }
    void capturedEnviron()
    {
        // capture.sh re-runs itself under `env -i` with exactly these four variables (see its top).
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        const auto environ = readProcessEnviron(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(environ.ok(), qPrintable(environ.error().message()));
        QCOMPARE(environ->variables.size(), 4);
        QCOMPARE(environ->variables.at(0).name, QByteArray("PATH"));
        QCOMPARE(environ->value("PATH"),
                 QByteArray("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
        QCOMPARE(environ->value("LANG"), QByteArray("C"));
        QCOMPARE(environ->value("KALEIDO_CAPTURE_CLEAN"), QByteArray("1"));
        QCOMPARE(environ->value("FOO"), QByteArray("bar"));
        QVERIFY(!environ->value("HOME"));
    }

    void cmdlineShapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArray>>("args");
        QTest::addColumn<bool>("rewritten");
        QTest::newRow("kernel thread or zombie") << QByteArray() << QList<QByteArray>{} << false;
        QTest::newRow("plain") << QByteArray("ls\0-l\0", 6) << QList<QByteArray>{"ls", "-l"} << false;
        QTest::newRow("empty argument kept")
            << QByteArray("echo\0\0x\0", 8) << QList<QByteArray>{"echo", "", "x"} << false;
        QTest::newRow("one trailing empty argument")
            << QByteArray("prog\0\0", 6) << QList<QByteArray>{"prog", ""} << false;
        QTest::newRow("title with padding") << QByteArray("sshd: alice [priv]\0\0\0\0\0", 23)
                                            << QList<QByteArray>{"sshd: alice [priv]"} << true;
        QTest::newRow("title without NUL") << QByteArray("postgres: writer process   ")
                                           << QList<QByteArray>{"postgres: writer process   "} << true;
        QTest::newRow("title with NUL") << QByteArray("nginx: worker process\0", 22)
                                        << QList<QByteArray>{"nginx: worker process"} << true;
        QTest::newRow("unterminated args") << QByteArray("a\0b", 3) << QList<QByteArray>{"a", "b"} << true;
        QTest::newRow("only NULs") << QByteArray("\0\0\0", 3) << QList<QByteArray>{} << true;
        QTest::newRow("binary") << QByteArray("\xff\xfe\0", 3) << QList<QByteArray>{"\xff\xfe"} << false;
    }
    void cmdlineShapes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArray>, args);
        QFETCH(bool, rewritten);
        const auto cmdline = parseProcessCmdline(input);
        QVERIFY(cmdline.ok());
        QCOMPARE(cmdline->args, args);
        QCOMPARE(cmdline->rewritten, rewritten);
        QCOMPARE(cmdline->isEmpty(), args.isEmpty());
    }

    void environShapes()
    {
        const auto env = parseProcessEnviron(QByteArray("A=1\0EMPTY=\0NOEQUALS\0X=a=b\0\0\0TAIL=t", 34));
        QVERIFY(env.ok());
        QCOMPARE(env->variables.size(), 5);
        QCOMPARE(env->value("A"), QByteArray("1"));
        QCOMPARE(env->value("EMPTY"), QByteArray(""));
        QVERIFY(env->variables.at(1).hasValue);
        QCOMPARE(env->variables.at(2).name, QByteArray("NOEQUALS"));
        QVERIFY(!env->variables.at(2).hasValue);
        QCOMPARE(env->value("X"), QByteArray("a=b"));  // only the first '=' separates
        QCOMPARE(env->value("TAIL"), QByteArray("t")); // last one without its NUL
        QVERIFY(parseProcessEnviron("")->variables.isEmpty());
        // "=value" has an empty name: odd but possible through execve(), so kept.
        QCOMPARE(parseProcessEnviron(QByteArray("=v\0", 3))->variables.constFirst().value, QByteArray("v"));
    }

    void commShapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("plain") << QByteArray("bash\n") << QByteArray("bash");
        QTest::newRow("spaces and parens")
            << QByteArray("Web Content (x)\n") << QByteArray("Web Content (x)");
        QTest::newRow("workqueue worker")
            << QByteArray("kworker/0:1-events\n") << QByteArray("kworker/0:1-events");
        QTest::newRow("empty name") << QByteArray("\n") << QByteArray();
        QTest::newRow("newline inside") << QByteArray("a\nb\n") << QByteArray("a\nb");
        QTest::newRow("no newline") << QByteArray("cut") << QByteArray("cut");
        QTest::newRow("trailing blank kept") << QByteArray("x \n") << QByteArray("x ");
    }
    void commShapes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, name);
        const auto comm = parseProcessComm(input);
        QVERIFY(comm.ok());
        QCOMPARE(comm->name, name);
    }

    void emptyCommIsMalformed()
    {
        const auto comm = parseProcessComm("");
        QVERIFY(!comm.ok());
        QCOMPARE(comm.error().kind, ErrorKind::Malformed);
        QCOMPARE(comm.error().path, QStringLiteral("/proc/self/comm"));
    }

    void missingProcess()
    {
        const KernelFs fs(test::fixtureRoot(QStringLiteral("linux-6.18-host")));
        QCOMPARE(readProcessCmdline(fs, 1).error().kind, ErrorKind::Vanished);
        QCOMPARE(readProcessComm(fs, 1).error().kind, ErrorKind::Vanished);
        // The guest's PID 1 was captured without environ (only our own is): absent, not vanished.
        const auto environ =
            readProcessEnviron(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))), 1);
        QCOMPARE(environ.error().kind, ErrorKind::Absent);
    }

    void liveKernel()
    {
        const KernelFs fs;
        const int self = int(getpid());
        const auto cmdline = readProcessCmdline(fs, self);
        QVERIFY(cmdline.ok());
        QVERIFY(!cmdline->isEmpty());
        QVERIFY(cmdline->args.constFirst().endsWith("tst_processargs"));
        const auto comm = readProcessComm(fs, self);
        QVERIFY(comm.ok());
        QVERIFY(QByteArrayView("tst_processargs").startsWith(comm->name)); // cut to 15 bytes
        const auto env = readProcessEnviron(fs, self);
        QVERIFY(env.ok());
        // The environment block as it was at exec(); PATH is one nothing in this process changes.
        QVERIFY(!env->variables.isEmpty());
        if (qEnvironmentVariableIsSet("PATH"))
            QCOMPARE(env->value("PATH"), qgetenv("PATH"));
        // PID 2 is kthreadd: a kernel thread has an empty cmdline (when this namespace shows it at all).
        const auto kthreadd = readProcessComm(fs, 2);
        if (kthreadd.ok() && kthreadd->name == "kthreadd")
            QVERIFY(readProcessCmdline(fs, 2)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProcessArgs)
#include "tst_processargs.moc"
