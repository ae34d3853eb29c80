// SPDX-License-Identifier: GPL-2.0-or-later
#include "kmsgreader.h"
#include "kmsgrecord.h"
#include "testutils.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kaleido;

class TestKmsg : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // dev/kmsg in both captures: the last 100 records below debug level (tests/fixtures/capture.sh), read by
    // hand.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<quint64>("firstSequence");
        QTest::addColumn<QString>("firstMessage");
        QTest::addColumn<quint64>("lastSequence");
        QTest::addColumn<quint64>("lastTimestampUs");
        QTest::addColumn<int>("lastPriority");
        QTest::addColumn<int>("lastFacility");
        QTest::addColumn<QString>("lastMessage");
        QTest::addColumn<int>("withProperties");
        // The host's last record was written from user space ("<5>…" into /dev/kmsg: facility user) and has a
        // backslash, which the kernel escapes as \x5c.
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << quint64(226)
                                   << QStringLiteral("vgaarb: loaded") << quint64(344) << quint64(2270277794)
                                   << 5 << 1 << QStringLiteral("kaleido-watch-test \\ back") << 14;
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << quint64(285)
                                    << QStringLiteral("AppArmor: AppArmor Filesystem Enabled") << quint64(390)
                                    << quint64(5844064) << 5 << 0
                                    << QStringLiteral("SCSI subsystem initialized") << 11;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(quint64, firstSequence);
        QFETCH(QString, firstMessage);
        QFETCH(quint64, lastSequence);
        QFETCH(quint64, lastTimestampUs);
        QFETCH(int, lastPriority);
        QFETCH(int, lastFacility);
        QFETCH(QString, lastMessage);
        QFETCH(int, withProperties);

        KmsgReader reader{KernelFs(test::fixtureRoot(kernel))};
        const auto batch = reader.readNew();
        QVERIFY2(batch.ok(), qPrintable(batch.error().message()));
        QVERIFY(!reader.isDevice());
        QCOMPARE(reader.descriptor(), -1); // a capture never grows: nothing to watch
        QVERIFY(batch->skippedRecords.isEmpty());
        QVERIFY(batch->gaps.isEmpty());
        QCOMPARE(batch->records.size(), 100);
        QCOMPARE(batch->records.constFirst().sequence, firstSequence);
        QCOMPARE(batch->records.constFirst().message, firstMessage);
        const KmsgRecord& last = batch->records.constLast();
        QCOMPARE(last.sequence, lastSequence);
        QCOMPARE(last.timestampUs, lastTimestampUs);
        QCOMPARE(last.priority, lastPriority);
        QCOMPARE(last.facility, lastFacility);
        QCOMPARE(last.message, lastMessage);
        QCOMPARE(last.flag, '-');
        int counted = 0;
        for (const KmsgRecord& r : batch->records)
            counted += r.properties.isEmpty() ? 0 : 1;
        QCOMPARE(counted, withProperties);

        // A capture has nothing new to give later.
        const auto again = reader.readNew();
        QVERIFY(again.ok());
        QVERIFY(again->records.isEmpty());
    }

    void capturedDetails()
    {
        KmsgReader host{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        const auto records = host.readNew()->records;
        // "6,244,364736,-;pci_bus 0000:00: resource 4 [mem 0xeec00000-0xeecfffff]" + SUBSYSTEM/DEVICE lines
        const auto pci = std::find_if(records.cbegin(), records.cend(),
                                      [](const KmsgRecord& r) { return r.sequence == 244; });
        QVERIFY(pci != records.cend());
        QCOMPARE(pci->property(QStringLiteral("SUBSYSTEM")), QStringLiteral("pci_bus"));
        QCOMPARE(pci->property(QStringLiteral("DEVICE")), QStringLiteral("+pci_bus:0000:00"));
        QCOMPARE(pci->properties.size(), 2);
        // "4,286,426431,-;amd_pstate: The CPPC feature …\x0aPlease enable it …": one record, two lines
        const auto cppc = std::find_if(records.cbegin(), records.cend(),
                                       [](const KmsgRecord& r) { return r.sequence == 286; });
        QCOMPARE(cppc->priority, 4);
        QVERIFY(cppc->message.contains(QStringLiteral("BIOS.\nPlease enable")));

        KmsgReader guest{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))};
        const auto guestRecords = guest.readNew()->records;
        // "6,380,3340771,-;ACPI: \x5c_SB_.LNKB: Enabled at IRQ 10"
        const auto acpi = std::find_if(guestRecords.cbegin(), guestRecords.cend(),
                                       [](const KmsgRecord& r) { return r.sequence == 380; });
        QCOMPARE(acpi->message, QStringLiteral("ACPI: \\_SB_.LNKB: Enabled at IRQ 10"));
    }

    // Runs wherever the log is readable (root, or dmesg_restrict=0); the reader must also cope when it is
    // not.
    void liveKernel()
    {
        KmsgReader reader;
        const auto batch = reader.readNew();
        if (!batch.ok()) {
            QCOMPARE(batch.error().kind, ErrorKind::PermissionDenied);
            QSKIP("the kernel log is not readable for this user");
        }
        QVERIFY(reader.isDevice());
        QVERIFY(reader.descriptor() >= 0);
        QVERIFY(!batch->records.isEmpty());
        QVERIFY(batch->skippedRecords.isEmpty());
        // Sequence numbers only grow. Timestamps need not: a CPU takes its timestamp before it reserves its
        // place in the ring buffer, so records from two CPUs can be a few microseconds out of order (seen in
        // the 6.1 guest with two CPUs).
        for (qsizetype i = 1; i < batch->records.size(); ++i)
            QVERIFY(batch->records.at(i).sequence > batch->records.at(i - 1).sequence);
        // A record written now is the only new one (unless the kernel logs something meanwhile: then it is
        // among them).
        if (::geteuid() == 0) {
            QFile kmsg(QStringLiteral("/dev/kmsg"));
            QVERIFY(kmsg.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            QVERIFY(kmsg.write("<7>kaleido tst_kmsg liveKernel\n") > 0);
            kmsg.close();
            const auto next = reader.readNew();
            QVERIFY(next.ok());
            QVERIFY(!next->records.isEmpty());
            QVERIFY(next->records.constFirst().sequence > batch->records.constLast().sequence);
            const auto mine =
                std::find_if(next->records.cbegin(), next->records.cend(), [](const KmsgRecord& r) {
                    return r.message == QLatin1String("kaleido tst_kmsg liveKernel");
                });
            QVERIFY(mine != next->records.cend());
            QCOMPARE(mine->priority, 7);
            QCOMPARE(mine->facility, 1); // written by user space
        }
    }

    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("priority");
        QTest::addColumn<int>("facility");
        QTest::addColumn<quint64>("sequence");
        QTest::addColumn<quint64>("timestamp");
        QTest::addColumn<char>("flag");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << QByteArray("6,1,0,-;Hello\n") << 6 << 0 << quint64(1) << quint64(0) << '-'
                               << QStringLiteral("Hello");
        QTest::newRow("facility") << QByteArray("30,7,5,-;systemd[1]: x\n") << 6 << 3 << quint64(7)
                                  << quint64(5) << '-' << QStringLiteral("systemd[1]: x");
        QTest::newRow("continuation flags") << QByteArray("4,9,10,c;part") << 4 << 0 << quint64(9)
                                            << quint64(10) << 'c' << QStringLiteral("part");
        QTest::newRow("semicolon in message") << QByteArray("6,1,1,-;a;b=c\n") << 6 << 0 << quint64(1)
                                              << quint64(1) << '-' << QStringLiteral("a;b=c");
        QTest::newRow("escapes") << QByteArray("6,1,1,-;tab\\x09x \\x5c \\xzz \\x4") << 6 << 0 << quint64(1)
                                 << quint64(1) << '-' << QStringLiteral("tab\tx \\ \\xzz \\x4");
        QTest::newRow("utf-8 escaped") << QByteArray("6,1,1,-;caf\\xc3\\xa9") << 6 << 0 << quint64(1)
                                       << quint64(1) << '-' << QString::fromUtf8("café");
        QTest::newRow("empty message")
            << QByteArray("6,1,1,-;\n") << 6 << 0 << quint64(1) << quint64(1) << '-' << QString();
        QTest::newRow("huge numbers") << QByteArray("7,18446744073709551615,18446744073709551615,-;x") << 7
                                      << 0 << quint64(18446744073709551615ULL)
                                      << quint64(18446744073709551615ULL) << '-' << QStringLiteral("x");
        QTest::newRow("no flags field")
            << QByteArray("6,1,2;old") << 6 << 0 << quint64(1) << quint64(2) << '-' << QStringLiteral("old");
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, priority);
        QFETCH(int, facility);
        QFETCH(quint64, sequence);
        QFETCH(quint64, timestamp);
        QFETCH(char, flag);
        QFETCH(QString, message);
        const auto r = parseKmsgRecord(input);
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QCOMPARE(r->priority, priority);
        QCOMPARE(r->facility, facility);
        QCOMPARE(r->sequence, sequence);
        QCOMPARE(r->timestampUs, timestamp);
        QCOMPARE(r->flag, flag);
        QCOMPARE(r->message, message);
    }

    void newerHeaderFieldsAndProperties()
    {
        const auto r =
            parseKmsgRecord("6,339,5140052,-,caller=T1;hello\n SUBSYSTEM=acpi\n DEVICE=+acpi:PNP0A08:00\n"
                            " ODD\n VALUE=a\\x3db\n");
        QVERIFY(r.ok());
        QCOMPARE(r->extraHeaderFields, QStringList{QStringLiteral("caller=T1")});
        QCOMPARE(r->properties.size(), 4);
        QCOMPARE(r->property(QStringLiteral("DEVICE")), QStringLiteral("+acpi:PNP0A08:00"));
        QCOMPARE(r->properties.at(2).key, QStringLiteral("ODD"));
        QCOMPARE(r->property(QStringLiteral("VALUE")), QStringLiteral("a=b"));
        QCOMPARE(r->property(QStringLiteral("MISSING")), QString());
    }

    void malformedRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no semicolon") << QByteArray("6,1,0,-Hello\n");
        QTest::newRow("two fields") << QByteArray("6,1;x");
        QTest::newRow("level not a number") << QByteArray("x,1,0,-;m");
        QTest::newRow("negative sequence") << QByteArray("6,-1,0,-;m");
        QTest::newRow("long flags") << QByteArray("6,1,0,--;m");
        QTest::newRow("empty flags") << QByteArray("6,1,0,;m");
        QTest::newRow("sequence overflow") << QByteArray("6,18446744073709551616,0,-;m");
        QTest::newRow("level overflow") << QByteArray("4294967296,1,0,-;m");
        QTest::newRow("continuation only") << QByteArray(" SUBSYSTEM=pci\n");
    }
    void malformedRecords()
    {
        QFETCH(QByteArray, input);
        const auto r = parseKmsgRecord(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Malformed);
        QCOMPARE(r.error().path, QStringLiteral("/dev/kmsg"));
    }

    void textCaptures()
    {
        const auto log =
            parseKmsgText("6,1,0,-;one\n SUBSYSTEM=pci\n\ngarbage line\n DEVICE=x\n6,3,0,-;three\n"
                          "6,4,0,-;truncat");
        QVERIFY(log.ok());
        QCOMPARE(log->records.size(), 3);
        QCOMPARE(log->records.at(0).property(QStringLiteral("SUBSYSTEM")), QStringLiteral("pci"));
        QCOMPARE(log->records.at(2).message, QStringLiteral("truncat"));
        QCOMPARE(log->skippedLines.size(), 1);
        QCOMPARE(log->skippedLines.constFirst().line, 4); // "garbage line" (with its property line)
    }

    void textCaptureOrphanProperty()
    {
        const auto log = parseKmsgText(" SUBSYSTEM=pci\n6,1,0,-;one\n");
        QVERIFY(log.ok());
        QCOMPARE(log->records.size(), 1);
        QCOMPARE(log->skippedLines.size(), 1);
        QCOMPARE(log->skippedLines.constFirst().line, 1);
    }

    void textCaptureNothingUsable()
    {
        QVERIFY(parseKmsgText("").ok());
        QVERIFY(parseKmsgText("")->records.isEmpty());
        const auto log = parseKmsgText("not a record\nnor this\n");
        QVERIFY(!log.ok());
        QCOMPARE(log.error().kind, ErrorKind::Malformed);
    }

    void names()
    {
        QCOMPARE(KmsgRecord::priorityName(0), QStringLiteral("emerg"));
        QCOMPARE(KmsgRecord::priorityName(4), QStringLiteral("warn"));
        QCOMPARE(KmsgRecord::priorityName(7), QStringLiteral("debug"));
        QCOMPARE(KmsgRecord::facilityName(0), QStringLiteral("kern"));
        QCOMPARE(KmsgRecord::facilityName(1), QStringLiteral("user"));
        QCOMPARE(KmsgRecord::facilityName(23), QStringLiteral("local7"));
        QVERIFY(KmsgRecord::facilityName(99).contains(QStringLiteral("99")));
    }

    void bootEpoch()
    {
        // Boot was before now and after 2000-01-01; two calls agree to within a second.
        const qint64 epoch = kmsgBootEpochUs();
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        QVERIFY(epoch < now);
        QVERIFY(epoch > qint64(946684800) * 1000000);
        QVERIFY(qAbs(kmsgBootEpochUs() - epoch) < 1000000);
    }

    void absentLog()
    {
        QTemporaryDir root;
        KmsgReader reader{KernelFs(root.path())};
        const auto batch = reader.readNew();
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().kind, ErrorKind::Absent);
        QCOMPARE(batch.error().path, QStringLiteral("/dev/kmsg"));
        QCOMPARE(reader.descriptor(), -1);
    }
};

QTEST_GUILESS_MAIN(TestKmsg)
#include "tst_kmsg.moc"
