// SPDX-License-Identifier: GPL-2.0-or-later
// Tier (b): the real helper program (kaleido-helper-test) on a private system-type bus with our bus policy,
// started by D-Bus activation, asking python3-dbusmock's polkitd template; the test is an ordinary client.
// Writes go to a temporary root. Exits 77 (skipped) without dbus-daemon or python3-dbusmock.
#include "helperids.h"
#include "kmsgrecord.h"
#include "operationresult.h"
#include "privatesystembus.h"
#include "privilegedclient.h"
#include "streamsource.h"
#include "verbs.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusUnixFileDescriptor>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace kaleido;
using namespace kaleido::privileged;

namespace {

QString actionOf(Verb verb)
{
    return verbInfo(verb).actionId();
}

/// One CheckAuthorization as the mock recorded it.
struct PolkitCall
{
    QString subjectKind;
    QVariantMap subjectDetails;
    QString actionId;
    QMap<QString, QString> details;
    uint flags = 0;
};

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString findTool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

/**
 * A module tree for dry-run loads, built now (nothing binary is committed): one object file holding only a
 * .modinfo section, placed as kernel/drivers/test/kaleido_fake.ko and indexed with depmod -b. Returns why it
 * could not be built, or an empty string.
 */
QString buildFakeModuleTree(const QString& root, const QString& release)
{
    const QString cc = !findTool(QStringLiteral("cc")).isEmpty() ? findTool(QStringLiteral("cc"))
                                                                 : findTool(QStringLiteral("gcc"));
    const QString depmod = findTool(QStringLiteral("depmod"));
    if (cc.isEmpty() || depmod.isEmpty())
        return cc.isEmpty() ? QStringLiteral("no C compiler to build a fake module")
                            : QStringLiteral("no depmod (kmod)");
    const QString modules = root + QStringLiteral("/lib/modules/") + release;
    const QString source = root + QStringLiteral("/kaleido_fake.c");
    const QByteArray modinfo =
        "static const char modinfo[] __attribute__((section(\".modinfo\"), used, aligned(1))) =\n"
        "    \"name=kaleido_fake\\0\"\n    \"vermagic=" +
        release.toLatin1() +
        " SMP mod_unload\\0\"\n"
        "    \"alias=kaleido-fake-alias\\0\";\n";
    if (!writeFile(source, modinfo))
        return QStringLiteral("cannot write ") + source;
    const QString object = modules + QStringLiteral("/kernel/drivers/test/kaleido_fake.ko");
    QDir().mkpath(QFileInfo(object).path());
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(cc, {QStringLiteral("-c"), QStringLiteral("-o"), object, source});
    if (!run.waitForFinished(60'000) || run.exitCode() != 0)
        return QStringLiteral("cc failed: ") + QString::fromLocal8Bit(run.readAll());
    if (!writeFile(modules + QStringLiteral("/modules.builtin"), QByteArray()))
        return QStringLiteral("cannot write modules.builtin");
    run.start(depmod, {QStringLiteral("-b"), root, release});
    if (!run.waitForFinished(60'000) || run.exitCode() != 0)
        return QStringLiteral("depmod failed: ") + QString::fromLocal8Bit(run.readAll());
    return {};
}

/// Reads frames from @p fd until @p count arrived, EOF or @p timeoutMs (generous; not an assertion of speed).
QList<StreamFrame> readFrames(int fd, int count, int timeoutMs, bool* eof)
{
    QList<StreamFrame> frames;
    QByteArray buffer;
    QElapsedTimer clock;
    clock.start();
    *eof = false;
    while (frames.size() < count && clock.elapsed() < timeoutMs) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 500) <= 0)
            continue;
        char chunk[65536];
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n <= 0) {
            *eof = true;
            break;
        }
        buffer.append(chunk, n);
        bool corrupt = false;
        frames += takeStreamFrames(buffer, &corrupt);
        if (corrupt)
            break;
    }
    return frames;
}

/// Reads until EOF (true) or @p timeoutMs (false).
bool waitForEof(int fd, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 500) <= 0)
            continue;
        char chunk[65536];
        if (::read(fd, chunk, sizeof chunk) <= 0)
            return true;
    }
    return false;
}

} // namespace

class TestHelperDbus : public QObject
{
    Q_OBJECT

public:
    static bool prerequisitesMissing(QString* why)
    {
        if (test::PrivateSystemBus::daemonPath().isEmpty()) {
            *why = QStringLiteral("dbus-daemon is not installed (Debian: dbus-daemon)");
            return true;
        }
        // Debian's python3-dbusmock is for Debian's python3, which another python3 on PATH (pyenv) may hide.
        for (const QString& candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
            QProcess probe;
            probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import dbusmock")});
            if (probe.waitForFinished(30'000) && probe.exitStatus() == QProcess::NormalExit &&
                probe.exitCode() == 0) {
                python() = candidate;
                return false;
            }
        }
        *why = QStringLiteral("python3-dbusmock is not installed");
        return true;
    }

    static QString& python()
    {
        static QString path;
        return path;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PrivateSystemBus> m_bus;
    QProcess m_polkit;
    QString m_root;
    QString m_auditFile;
    QString m_modules;    ///< <root>/lib/modules/1.0.0-test, a fake module tree
    QString m_moduleSkip; ///< why the module tree could not be built (no cc or depmod)

    QString root(const QString& kernelPath) const { return m_root + kernelPath; }

    QDBusConnection client(const QString& name = QStringLiteral("client"))
    {
        return QDBusConnection::connectToBus(m_bus->address(), name);
    }

    QDBusMessage helperCall(Verb verb, const QVariantList& arguments, bool interactive = true)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QLatin1StringView(ids::service), QLatin1StringView(ids::objectPath),
            QLatin1StringView(ids::interface), QLatin1StringView(verbInfo(verb).method));
        call.setArguments(arguments);
        call.setInteractiveAuthorizationAllowed(interactive);
        return call;
    }

    QDBusMessage callHelper(Verb verb, const QVariantList& arguments, bool interactive = true)
    {
        return client().call(helperCall(verb, arguments, interactive), QDBus::Block, 60'000);
    }

    QDBusMessage mock(const QString& method, const QVariantList& arguments = {})
    {
        QDBusMessage call =
            QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.PolicyKit1"),
                                           QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
                                           QStringLiteral("org.freedesktop.DBus.Mock"), method);
        call.setArguments(arguments);
        return client().call(call, QDBus::Block, 30'000);
    }

    void allow(const QStringList& actions)
    {
        const QDBusMessage reply = mock(QStringLiteral("SetAllowed"), {actions});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    }

    QList<PolkitCall> polkitCalls()
    {
        const QDBusMessage reply =
            mock(QStringLiteral("GetMethodCalls"), {QStringLiteral("CheckAuthorization")});
        QList<PolkitCall> calls;
        if (reply.type() != QDBusMessage::ReplyMessage)
            return calls;
        const QDBusArgument array = reply.arguments().value(0).value<QDBusArgument>();
        array.beginArray();
        while (!array.atEnd()) {
            quint64 timestamp = 0;
            QVariantList args;
            array.beginStructure();
            array >> timestamp >> args;
            array.endStructure();
            PolkitCall call;
            const QDBusArgument subject = args.value(0).value<QDBusArgument>();
            subject.beginStructure();
            subject >> call.subjectKind >> call.subjectDetails;
            subject.endStructure();
            call.actionId = args.value(1).toString();
            call.details = qdbus_cast<QMap<QString, QString>>(args.value(2));
            call.flags = args.value(3).toUInt();
            calls.append(call);
        }
        array.endArray();
        return calls;
    }

    void clearPolkitCalls() { mock(QStringLiteral("ClearCalls")); }

    bool helperRunning()
    {
        return client().interface()->isServiceRegistered(QLatin1StringView(ids::service)).value();
    }

    /// Waits (generously) for the helper to leave the bus by itself.
    bool waitForHelperExit()
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30'000) {
            if (!helperRunning())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    static OperationResult resultOf(const QDBusMessage& reply)
    {
        return OperationResult::fromVariantMap(qdbus_cast<QVariantMap>(reply.arguments().value(0)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qDBusRegisterMetaType<QMap<QString, QString>>();
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("root"));
        m_auditFile = m_dir.filePath(QStringLiteral("audit.log"));
        QVERIFY(writeFile(root(QStringLiteral("/proc/sys/vm/swappiness")), "60\n"));
        QVERIFY(writeFile(
            root(QStringLiteral("/proc/slabinfo")),
            "slabinfo - version: 2.1\nkmalloc-64 1024 1024 64 64 1 : tunables 0 0 0 : slabdata 16 16 0\n"));
        QVERIFY(writeFile(root(QStringLiteral("/proc/4242/stat")),
                          "4242 (victim) S 1 4242 4242 0 -1 0 0 0 0 0 0 0 0 0 "
                          "20 0 1 0 777 0 0\n"));
        QVERIFY(writeFile(root(QStringLiteral("/proc/4242/smaps")),
                          "00400000-00401000 r-xp 00000000 08:01 1 /victim\n"
                          "Size:                  4 kB\n"));
        QVERIFY(writeFile(root(QStringLiteral("/sys/devices/system/cpu/possible")), "0-3\n"));
        QVERIFY(writeFile(root(QStringLiteral("/proc/modules")), QByteArray()));
        QVERIFY(writeFile(root(QStringLiteral("/proc/sys/kernel/modules_disabled")), "0\n"));
        QVERIFY(writeFile(root(QStringLiteral("/proc/sys/kernel/tainted")), "0\n"));
        QVERIFY(writeFile(root(QStringLiteral("/dev/kmsg")), "6,1,100,-;booted\n"));
        QVERIFY(writeFile(root(QStringLiteral("/etc/modprobe.d/test.conf")), "# no rules\n"));
        m_modules = m_root + QStringLiteral("/lib/modules/1.0.0-test");
        m_moduleSkip = buildFakeModuleTree(m_root, QStringLiteral("1.0.0-test"));

        const QString services = m_dir.filePath(QStringLiteral("services"));
        QVERIFY(writeFile(
            services + QStringLiteral("/org.kaleido.Kaleido.Helper.service"),
            QStringLiteral("[D-BUS Service]\nName=%1\nExec=%2 --root %3 --idle-seconds 2 --audit-copy %4 "
                           "--modules-dir %5 --modprobe-config %3/etc/modprobe.d --dry-run\n")
                .arg(QLatin1StringView(ids::service), QStringLiteral(KALEIDO_HELPER_TEST_BINARY), m_root,
                     m_auditFile, m_modules)
                .toUtf8()));

        const QString me = test::PrivateSystemBus::currentUserName();
        QString extra =
            QStringLiteral("\n"
                           "  <servicedir>%1</servicedir>\n"
                           "  <include>%2</include>\n"
                           "  <policy user=\"%3\"><allow own=\"org.freedesktop.PolicyKit1\"/></policy>\n"
                           "  <policy context=\"default\"><allow "
                           "send_destination=\"org.freedesktop.PolicyKit1\"/></policy>")
                .arg(services, QStringLiteral(KALEIDO_HELPER_BUS_POLICY), me);
        // Our policy lets only root own the helper's name; as another user the test must widen that (the
        // real-polkit test checks the restriction itself).
        if (::geteuid() != 0)
            extra += QStringLiteral("\n  <policy user=\"%1\"><allow own=\"%2\"/></policy>")
                         .arg(me, QLatin1StringView(ids::service));

        m_bus = std::make_unique<test::PrivateSystemBus>(m_dir.filePath(QStringLiteral("bus")));
        QString error;
        QVERIFY2(m_bus->start(extra, &error), qPrintable(error));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_bus->address());
        m_polkit.setProcessEnvironment(env);
        m_polkit.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_polkit.setStandardOutputFile(m_dir.filePath(QStringLiteral("dbusmock.log")));
        m_polkit.start(python(),
                       {QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--template"),
                        QStringLiteral("polkitd"), QStringLiteral("--system")});
        QVERIFY(m_polkit.waitForStarted(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(
            client().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.PolicyKit1")).value(),
            30'000);
    }

    void cleanupTestCase()
    {
        if (m_polkit.state() != QProcess::NotRunning) {
            m_polkit.terminate();
            m_polkit.waitForFinished(10'000);
        }
        if (m_bus)
            m_bus->stop();
    }

    void init()
    {
        allow({});
        clearPolkitCalls();
    }

    void allowedTunableWriteChangesTheFile()
    {
        QVERIFY(writeFile(root(QStringLiteral("/proc/sys/vm/swappiness")), "60\n"));
        allow({actionOf(Verb::WriteTunable)});
        const QDBusMessage reply =
            callHelper(Verb::WriteTunable, {QStringLiteral("vm.swappiness"), QStringLiteral("10")});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage,
                 qPrintable(reply.errorName() + u' ' + reply.errorMessage()));
        QCOMPARE(reply.signature(), QStringLiteral("a{sv}"));
        const OperationResult result = resultOf(reply);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.oldValue, QStringLiteral("60"));
        QCOMPARE(result.newValue, QStringLiteral("10"));
        QCOMPARE(readFile(root(QStringLiteral("/proc/sys/vm/swappiness"))).trimmed(), QByteArray("10"));

        // polkit was asked once, about the caller's own unique bus name, interactively, with our details.
        const QList<PolkitCall> calls = polkitCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].subjectKind, QStringLiteral("system-bus-name"));
        QCOMPARE(calls[0].subjectDetails.value(QStringLiteral("name")).toString(), client().baseService());
        QCOMPARE(calls[0].actionId, actionOf(Verb::WriteTunable));
        QCOMPARE(calls[0].flags, 1u);
        QCOMPARE(calls[0].details.value(QStringLiteral("tunable.key")), QStringLiteral("vm.swappiness"));
        QCOMPARE(calls[0].details.value(QStringLiteral("tunable.value")), QStringLiteral("10"));

        // One audit line, naming the caller and what happened.
        QTRY_VERIFY_WITH_TIMEOUT(readFile(m_auditFile).contains("verb=WriteTunable"), 30'000);
        const QByteArray audit = readFile(m_auditFile);
        QVERIFY(audit.contains(QByteArray("caller=" + client().baseService().toUtf8())));
        QVERIFY(audit.contains(QByteArray("uid=" + QByteArray::number(::geteuid()))));
        QVERIFY(audit.contains("polkit=authorized outcome=done"));
        QVERIFY(audit.contains("old=\"60\" new=\"10\""));
    }

    void deniedWriteLeavesTheFile()
    {
        QVERIFY(writeFile(root(QStringLiteral("/proc/sys/vm/swappiness")), "60\n"));
        allow({actionOf(Verb::OpenStream)}); // something else
        const QDBusMessage reply =
            callHelper(Verb::WriteTunable, {QStringLiteral("vm.swappiness"), QStringLiteral("30")}, false);
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), QLatin1StringView(ids::errorNotAuthorized));
        QCOMPARE(readFile(root(QStringLiteral("/proc/sys/vm/swappiness"))).trimmed(), QByteArray("60"));
        const QList<PolkitCall> calls = polkitCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].flags, 0u); // the client did not allow interaction, so neither does the helper
    }

    void privilegedClientThroughTheHelper()
    {
        // What the GUI's Tunables page and kaleido-cli use: the client's helper route, mapped to outcomes.
        QVERIFY(writeFile(root(QStringLiteral("/proc/sys/vm/swappiness")), "60\n"));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::Helper);
        client.setConnection(this->client(QStringLiteral("privileged-client")));
        const auto run = [](PendingOperation* pending) {
            OperationResult result;
            bool done = false;
            QObject::connect(pending, &PendingOperation::finished, [&](const OperationResult& r) {
                result = r;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 60'000))
                return OperationResult::make(OperationResult::Outcome::HelperUnavailable,
                                             QStringLiteral("timeout"));
            return result;
        };

        allow({actionOf(Verb::WriteTunable)});
        OperationResult result =
            run(client.writeTunable(QStringLiteral("vm.swappiness"), QStringLiteral("15")));
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.oldValue, QStringLiteral("60"));
        QCOMPARE(result.newValue, QStringLiteral("15"));
        QCOMPARE(readFile(root(QStringLiteral("/proc/sys/vm/swappiness"))).trimmed(), QByteArray("15"));

        allow({});
        result = run(client.writeTunable(QStringLiteral("vm.swappiness"), QStringLiteral("25")));
        QCOMPARE(result.outcome, OperationResult::Outcome::NotAuthorized);
        QCOMPARE(readFile(root(QStringLiteral("/proc/sys/vm/swappiness"))).trimmed(), QByteArray("15"));

        result = run(client.writeTunable(QStringLiteral("vm.swappiness"), QStringLiteral("-1")));
        QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
        QVERIFY(!result.cause.isEmpty());

        // No helper on a bus: a plain "unavailable", not a hang.
        PrivilegedClient nowhere(nullptr, PrivilegedClient::Route::Helper);
        nowhere.setConnection(QDBusConnection(QStringLiteral("not-connected")));
        result = run(nowhere.writeTunable(QStringLiteral("vm.swappiness"), QStringLiteral("10")));
        QCOMPARE(result.outcome, OperationResult::Outcome::HelperUnavailable);
    }

    void privilegedClientStreamThroughTheHelper()
    {
        PrivilegedClient client(nullptr, PrivilegedClient::Route::Helper);
        client.setConnection(this->client(QStringLiteral("privileged-stream-client")));
        allow({actionOf(Verb::OpenStream)});
        std::unique_ptr<PrivilegedStream> stream(client.openStream(StreamSource::SlabInfo, 0, 250));
        QSignalSpy frames(stream.get(), &PrivilegedStream::frameReceived);
        QSignalSpy failed(stream.get(), &PrivilegedStream::failed);
        QVERIFY2(QTest::qWaitFor([&] { return frames.size() >= 2 || !failed.isEmpty(); }, 60'000),
                 "no frames within a minute");
        QVERIFY(failed.isEmpty());
        QVERIFY(frames.at(0).at(0).value<StreamFrame>().payload.contains("kmalloc-64"));
        QVERIFY(frames.at(1).at(0).value<StreamFrame>().timestampMs >=
                frames.at(0).at(0).value<StreamFrame>().timestampMs);

        allow({});
        std::unique_ptr<PrivilegedStream> denied(client.openStream(StreamSource::SlabInfo, 0, 250));
        QSignalSpy deniedSpy(denied.get(), &PrivilegedStream::failed);
        QVERIFY(deniedSpy.wait(60'000));
        QCOMPARE(deniedSpy.at(0).at(0).value<OperationResult>().outcome,
                 OperationResult::Outcome::NotAuthorized);
    }

    // kernel.dmesg_restrict = 1: a normal user's Kernel log page reads /dev/kmsg through this stream. The
    // test root's dev/kmsg is a text capture, sent as one frame of raw records that parse back into them.
    void kernelLogStreamThroughTheHelper()
    {
        QVERIFY(writeFile(
            root(QStringLiteral("/dev/kmsg")),
            "6,1,100,-;booted\n"
            "4,2,2154194,-;clock: two lines\\x0asecond\n"
            "6,3,3000000,-;pci_bus 0000:00: resource 4\n SUBSYSTEM=pci_bus\n DEVICE=+pci_bus:0000:00\n"));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::Helper);
        client.setConnection(this->client(QStringLiteral("kernel-log-client")));
        allow({actionOf(Verb::OpenStream)});
        std::unique_ptr<PrivilegedStream> stream(client.openStream(StreamSource::KernelLog, 0, 250));
        QSignalSpy frames(stream.get(), &PrivilegedStream::frameReceived);
        QSignalSpy failed(stream.get(), &PrivilegedStream::failed);
        QVERIFY2(QTest::qWaitFor([&] { return !frames.isEmpty() || !failed.isEmpty(); }, 60'000),
                 "no frame within a minute");
        QVERIFY(failed.isEmpty());
        QCOMPARE(polkitCalls().value(0).details.value(QStringLiteral("stream.source")),
                 QStringLiteral("kmsg"));
        const auto log = parseKmsgText(frames.at(0).at(0).value<StreamFrame>().payload);
        QVERIFY2(log.ok(), qPrintable(log.error().message()));
        QVERIFY(log->skippedLines.isEmpty());
        QCOMPARE(log->records.size(), 3);
        QCOMPARE(log->records.at(0).message, QStringLiteral("booted"));
        QCOMPARE(log->records.at(1).priority, 4);
        QCOMPARE(log->records.at(1).message, QStringLiteral("clock: two lines\nsecond"));
        QCOMPARE(log->records.at(2).sequence, quint64(3));
        QCOMPARE(log->records.at(2).property(QStringLiteral("DEVICE")), QStringLiteral("+pci_bus:0000:00"));
    }

    void badArgumentsAreRejectedWithoutAskingPolkit_data()
    {
        QTest::addColumn<int>("verb");
        QTest::addColumn<QVariantList>("arguments");
        QTest::newRow("unknown tunable")
            << int(Verb::WriteTunable)
            << QVariantList{QStringLiteral("kernel.core_pattern"), QStringLiteral("|/x")};
        QTest::newRow("out of range") << int(Verb::WriteTunable)
                                      << QVariantList{QStringLiteral("vm.swappiness"), QStringLiteral("500")};
        QTest::newRow("path as module name")
            << int(Verb::UnloadModule) << QVariantList{QStringLiteral("../evil")};
        QTest::newRow("path as module to load")
            << int(Verb::LoadModule)
            << QVariantList{QStringLiteral("../../tmp/x"), QVariant::fromValue(QMap<QString, QString>())};
        QTest::newRow("no such signal")
            << int(Verb::SignalProcess) << QVariantList{qint32(4242), quint64(777), qint32(4096)};
        QTest::newRow("no such stream")
            << int(Verb::OpenStream) << QVariantList{QStringLiteral("/etc/shadow"), qint32(0), quint32(1000)};
        QTest::newRow("smaps of no process")
            << int(Verb::OpenStream) << QVariantList{QStringLiteral("smaps"), qint32(999'999), quint32(1000)};
    }

    void badArgumentsAreRejectedWithoutAskingPolkit()
    {
        QFETCH(int, verb);
        QFETCH(QVariantList, arguments);
        allow({actionOf(Verb(verb))}); // even an allowed action must not get that far
        const QDBusMessage reply = callHelper(Verb(verb), arguments);
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), QLatin1StringView(ids::errorInvalidArgument));
        QVERIFY(!reply.errorMessage().isEmpty());
        QCOMPARE(polkitCalls().size(), 0);
        QCOMPARE(readFile(root(QStringLiteral("/proc/sys/vm/swappiness"))).trimmed().size() > 0, true);
    }

    void requestsAreSerialized()
    {
        // The first request hangs in polkit; a second one from another client must wait its turn.
        allow({actionOf(Verb::WriteTunable)});
        QVERIFY(mock(QStringLiteral("SimulateHang"), {true}).type() == QDBusMessage::ReplyMessage);
        QDBusConnection first = client(QStringLiteral("first"));
        QDBusConnection second = client(QStringLiteral("second"));
        QDBusPendingCall a = first.asyncCall(
            helperCall(Verb::WriteTunable, {QStringLiteral("vm.swappiness"), QStringLiteral("11")}), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(mock(QStringLiteral("HaveHangingCalls")).arguments().value(0).toBool(),
                                 30'000);
        QDBusPendingCall b = second.asyncCall(
            helperCall(Verb::WriteTunable, {QStringLiteral("vm.swappiness"), QStringLiteral("12")}), 60'000);
        // A rejected call sent after b on the same connection is answered after the helper has taken b.
        const QDBusMessage marker =
            second.call(helperCall(Verb::WriteTunable, {QStringLiteral("nonsense"), QStringLiteral("1")}),
                        QDBus::Block, 60'000);
        QCOMPARE(marker.errorName(), QLatin1StringView(ids::errorInvalidArgument));
        QCOMPARE(polkitCalls().size(), 1);

        QVERIFY(mock(QStringLiteral("SimulateHang"), {false}).type() == QDBusMessage::ReplyMessage);
        QVERIFY(mock(QStringLiteral("ReleaseHangingCalls")).type() == QDBusMessage::ReplyMessage);
        a.waitForFinished();
        b.waitForFinished();
        QVERIFY2(!a.isError(), qPrintable(a.error().message()));
        QVERIFY2(!b.isError(), qPrintable(b.error().message()));
        QCOMPARE(polkitCalls().size(), 2);
        QCOMPARE(readFile(root(QStringLiteral("/proc/sys/vm/swappiness"))).trimmed(), QByteArray("12"));
        first.disconnectFromBus(QStringLiteral("first"));
        second.disconnectFromBus(QStringLiteral("second"));
    }

    /// Opens a stream and returns our own duplicate of its fd (the reply's copy is gone on return), or -1.
    int openStream(QDBusConnection connection, const QString& source, qint32 pid, quint32 intervalMs,
                   QVariantMap* info, QString* error)
    {
        const QDBusMessage reply =
            connection.call(helperCall(Verb::OpenStream, {source, pid, intervalMs}), QDBus::Block, 60'000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.signature() != QStringLiteral("ha{sv}")) {
            *error = reply.errorName() + u' ' + reply.errorMessage() + u' ' + reply.signature();
            return -1;
        }
        const QDBusUnixFileDescriptor fd = qvariant_cast<QDBusUnixFileDescriptor>(reply.arguments().value(0));
        if (info)
            *info = qdbus_cast<QVariantMap>(reply.arguments().value(1));
        return fd.isValid() ? ::fcntl(fd.fileDescriptor(), F_DUPFD_CLOEXEC, 0) : -1;
    }

    void streamDeliversFramesUntilTheReaderCloses()
    {
        allow({actionOf(Verb::OpenStream)});
        QVariantMap info;
        QString error;
        const int slabinfo = openStream(client(), QStringLiteral("slabinfo"), 0, 250, &info, &error);
        QVERIFY2(slabinfo >= 0, qPrintable(error));
        QCOMPARE(info.value(QStringLiteral("source")).toString(), QStringLiteral("slabinfo"));
        QCOMPARE(polkitCalls().value(0).details.value(QStringLiteral("stream.source")),
                 QStringLiteral("slabinfo"));

        // A second stream (smaps of a process in the test root) keeps the helper busy after the first ends.
        const int smaps = openStream(client(), QStringLiteral("smaps"), 4242, 250, nullptr, &error);
        QVERIFY2(smaps >= 0, qPrintable(error));

        bool eof = false;
        const QList<StreamFrame> frames = readFrames(slabinfo, 2, 30'000, &eof);
        QCOMPARE(frames.size(), 2);
        QVERIFY(!eof);
        QCOMPARE(frames[0].payload, readFile(root(QStringLiteral("/proc/slabinfo"))));
        QVERIFY(frames[1].timestampMs >= frames[0].timestampMs);

        // Closing our end ends that stream; the other still flows, so the helper is still there.
        ::close(slabinfo);
        const QList<StreamFrame> smapsFrames = readFrames(smaps, 2, 30'000, &eof);
        QCOMPARE(smapsFrames.size(), 2);
        QVERIFY(smapsFrames[0].payload.startsWith("00400000-00401000"));
        QVERIFY(helperRunning());

        // With no stream and no call left, it idles out.
        ::close(smaps);
        QVERIFY2(waitForHelperExit(), "the helper did not exit after its streams were closed");
    }

    void streamEndsWhenTheCallerLeavesTheBus()
    {
        allow({actionOf(Verb::OpenStream)});
        QString error;
        const int fd = openStream(client(QStringLiteral("leaving")), QStringLiteral("slabinfo"), 0, 60'000,
                                  nullptr, &error);
        QVERIFY2(fd >= 0, qPrintable(error));
        QDBusConnection::disconnectFromBus(QStringLiteral("leaving"));
        // We still hold the read end, but the helper must close the write end: EOF after the first frame.
        const bool ended = waitForEof(fd, 30'000);
        ::close(fd);
        QVERIFY2(ended, "the stream outlived its caller");
        QVERIFY2(waitForHelperExit(), "the helper did not idle out");
    }

    void helperExitsWhenIdle()
    {
        allow({actionOf(Verb::WriteTunable)});
        const QDBusMessage reply =
            callHelper(Verb::WriteTunable, {QStringLiteral("vm.swappiness"), QStringLiteral("60")});
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
        QVERIFY2(waitForHelperExit(), "the helper did not exit after --idle-seconds 2");
        // And it comes back on the next call.
        QCOMPARE(
            callHelper(Verb::WriteTunable, {QStringLiteral("vm.swappiness"), QStringLiteral("61")}).type(),
            QDBusMessage::ReplyMessage);
        QCOMPARE(readFile(root(QStringLiteral("/proc/sys/vm/swappiness"))).trimmed(), QByteArray("61"));
    }

    void moduleLoadInDryRun()
    {
        if (!m_moduleSkip.isEmpty())
            QSKIP(qPrintable(m_moduleSkip));
        allow({actionOf(Verb::LoadModule)});
        // By alias: the helper resolves it, and polkit is told the module's own name and file.
        const QDBusMessage reply =
            callHelper(Verb::LoadModule,
                       {QStringLiteral("kaleido-fake-alias"), QVariant::fromValue(QMap<QString, QString>())});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage,
                 qPrintable(reply.errorName() + u' ' + reply.errorMessage()));
        const OperationResult result = resultOf(reply);
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.loaded, QStringList{QStringLiteral("kaleido_fake")});
        // Nothing was printed: no log range travels back (the a{sv} has no kernel-log-first/-last).
        QCOMPARE(result.kernelLogFirstSequence, -1);
        QCOMPARE(result.kernelLogLastSequence, -1);
        const QList<PolkitCall> calls = polkitCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].actionId, actionOf(Verb::LoadModule));
        QCOMPARE(calls[0].details.value(QStringLiteral("module.name")), QStringLiteral("kaleido_fake"));
        QVERIFY(calls[0].details.value(QStringLiteral("module.path")).endsWith(u"/kaleido_fake.ko"));

        // A name the tree does not have is refused before polkit.
        clearPolkitCalls();
        const QDBusMessage missing =
            callHelper(Verb::LoadModule,
                       {QStringLiteral("no_such_module"), QVariant::fromValue(QMap<QString, QString>())});
        QCOMPARE(missing.errorName(), QLatin1StringView(ids::errorInvalidArgument));
        QCOMPARE(polkitCalls().size(), 0);
    }

    void introspectionMatchesTheVerbTable()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QLatin1StringView(ids::service), QLatin1StringView(ids::objectPath),
            QStringLiteral("org.freedesktop.DBus.Introspectable"), QStringLiteral("Introspect"));
        const QDBusMessage reply = client().call(call, QDBus::Block, 60'000);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        const QString xml = reply.arguments().value(0).toString();
        for (const VerbInfo& verb : verbTable())
            QVERIFY2(xml.contains(QStringLiteral("<method name=\"%1\">").arg(QLatin1StringView(verb.method))),
                     verb.method);

        // Properties is not open to callers (bus policy).
        QDBusMessage properties = QDBusMessage::createMethodCall(
            QLatin1StringView(ids::service), QLatin1StringView(ids::objectPath),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"));
        properties << QLatin1StringView(ids::interface);
        QCOMPARE(client().call(properties, QDBus::Block, 60'000).errorName(),
                 QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString why;
    if (TestHelperDbus::prerequisitesMissing(&why)) {
        std::fprintf(stderr, "SKIP: %s\n", qPrintable(why));
        return 77;
    }
    TestHelperDbus test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_helper_dbus.moc"
