// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymaps.h"
#include "testutils.h"

#include <QTest>

#include <sys/mman.h>
#include <unistd.h>

using namespace kaleido;

class TestMemoryMaps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Captured by tests/fixtures/capture.sh; expected values read by hand from proc/<pid>/maps of each tree.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("count");
        QTest::addColumn<quint64>("firstStart");
        QTest::addColumn<quint64>("firstEnd");
        QTest::addColumn<quint32>("major");
        QTest::addColumn<quint64>("firstInode");
        QTest::addColumn<QByteArray>("firstPath");
        QTest::addColumn<quint64>("heapStart");
        QTest::addColumn<quint64>("heapEnd");
        QTest::addColumn<QByteArray>("lastPath");
        QTest::addColumn<quint64>("totalKiB");
        // 6.18: the capture script's bash; device fe:00, [vvar_vclock] (6.12+) and [vsyscall] at the end.
        QTest::newRow("6.18 host bash")
            << QStringLiteral("linux-6.18-host") << 6600 << 30 << quint64(0x5571a223f000)
            << quint64(0x5571a226e000) << quint32(0xfe) << quint64(247101) << QByteArray("/usr/bin/bash")
            << quint64(0x5571e02ef000) << quint64(0x5571e0331000) << QByteArray("[vsyscall]")
            << quint64(4076);
        // 6.1 guest: files on 9p (device 00:16), no [vsyscall] line (vsyscall=none in Debian's kernel).
        QTest::newRow("6.1 debian bash")
            << QStringLiteral("linux-6.1-debian") << 133 << 28 << quint64(0x55bdea2a4000)
            << quint64(0x55bdea2d3000) << quint32(0) << quint64(494205) << QByteArray("/usr/bin/bash")
            << quint64(0x55bdf26c1000) << quint64(0x55bdf2703000) << QByteArray("[vdso]") << quint64(4064);
        // The guest's PID 1 is a static busybox, with 8-digit addresses below 4 GiB.
        QTest::newRow("6.1 debian init")
            << QStringLiteral("linux-6.1-debian") << 1 << 10 << quint64(0x400000) << quint64(0x401000)
            << quint32(0) << quint64(5) << QByteArray("/run/kaleido-vm/busybox") << quint64(0x287ed000)
            << quint64(0x2880f000) << QByteArray("[vdso]") << quint64(2260);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, pid);
        QFETCH(int, count);
        QFETCH(quint64, firstStart);
        QFETCH(quint64, firstEnd);
        QFETCH(quint32, major);
        QFETCH(quint64, firstInode);
        QFETCH(QByteArray, firstPath);
        QFETCH(quint64, heapStart);
        QFETCH(quint64, heapEnd);
        QFETCH(QByteArray, lastPath);
        QFETCH(quint64, totalKiB);

        const auto maps = readMaps(KernelFs(test::fixtureRoot(kernel)), pid);
        QVERIFY2(maps.ok(), qPrintable(maps.error().message()));
        QVERIFY(maps->skippedLines.isEmpty());
        QCOMPARE(maps->maps.size(), count);
        const MemoryMap& first = maps->maps.constFirst();
        QCOMPARE(first.start, firstStart);
        QCOMPARE(first.end, firstEnd);
        QCOMPARE(first.permissionString(), QByteArray("r--p"));
        QCOMPARE(first.offset, quint64(0));
        QCOMPARE(first.deviceMajor, major);
        QCOMPARE(first.inode, firstInode);
        QCOMPARE(maps->pathname(first), QByteArrayView(firstPath));
        QCOMPARE(mappingKind(maps->pathname(first)), MappingKind::File);
        QCOMPARE(maps->pathname(maps->maps.constLast()), QByteArrayView(lastPath));
        QCOMPARE(maps->totalSize(), totalKiB * 1024);

        int heaps = 0;
        int stacks = 0;
        for (const MemoryMap& m : maps->maps) {
            QVERIFY(m.end > m.start);
            const MappingKind kind = mappingKind(maps->pathname(m));
            if (kind == MappingKind::Heap) {
                ++heaps;
                QCOMPARE(m.start, heapStart);
                QCOMPARE(m.end, heapEnd);
                QCOMPARE(m.permissionString(), QByteArray("rw-p"));
            }
            if (kind == MappingKind::Stack)
                ++stacks;
            if (kind == MappingKind::Anonymous) {
                QCOMPARE(m.inode, quint64(0));
                QVERIFY(maps->pathname(m).isEmpty()); // the trailing blank is padding, not a name
            }
        }
        QCOMPARE(heaps, 1);
        QCOMPARE(stacks, 1);
    }

    void hostPseudoNamesAndOffsets()
    {
        // Read by hand: line 2 is the text segment at offset 0x2f000; line 22 is [vvar_vclock] (new in 6.12).
        const auto maps = readMaps(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 6600);
        QVERIFY(maps.ok());
        const MemoryMap& text = maps->maps.at(1);
        QCOMPARE(text.permissionString(), QByteArray("r-xp"));
        QVERIFY(text.executable() && text.readable() && !text.writable() && !text.shared());
        QCOMPARE(text.offset, quint64(0x2f000));
        QCOMPARE(maps->pathname(maps->maps.at(21)), QByteArrayView("[vvar_vclock]"));
        QCOMPARE(mappingKind(maps->pathname(maps->maps.at(21))), MappingKind::Vvar);
        const MemoryMap& vsyscall = maps->maps.constLast();
        QCOMPARE(vsyscall.start, quint64(0xffffffffff600000));
        QCOMPARE(vsyscall.permissionString(), QByteArray("--xp"));
        QCOMPARE(mappingKind(maps->pathname(vsyscall)), MappingKind::Vsyscall);
    }

    void pathnames_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("pathname");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("deleted");
        const QByteArray head("7f0000000000-7f0000001000 rw-s 00000000 00:05 1234                       ");
        QTest::newRow("spaces in a path")
            << QByteArray(head + "/home/a b/my  file.so") << QByteArray("/home/a b/my  file.so")
            << int(MappingKind::File) << false;
        QTest::newRow("deleted") << QByteArray(head + "/tmp/x (deleted)") << QByteArray("/tmp/x (deleted)")
                                 << int(MappingKind::File) << true;
        QTest::newRow("memfd") << QByteArray(head + "/memfd:wayland-shm (deleted)")
                               << QByteArray("/memfd:wayland-shm (deleted)") << int(MappingKind::File)
                               << true;
        QTest::newRow("trailing blank in name")
            << QByteArray(head + "/tmp/odd ") << QByteArray("/tmp/odd ") << int(MappingKind::File) << false;
        QTest::newRow("named anonymous")
            << QByteArray(head + "[anon:dalvik heap]") << QByteArray("[anon:dalvik heap]")
            << int(MappingKind::NamedAnonymous) << false;
        QTest::newRow("named shmem") << QByteArray(head + "[anon_shmem:ring]")
                                     << QByteArray("[anon_shmem:ring]") << int(MappingKind::NamedAnonymous)
                                     << false;
        QTest::newRow("thread stack") << QByteArray(head + "[stack:1234]") << QByteArray("[stack:1234]")
                                      << int(MappingKind::ThreadStack) << false;
        QTest::newRow("uprobes") << QByteArray(head + "[uprobes]") << QByteArray("[uprobes]")
                                 << int(MappingKind::OtherPseudo) << false;
        QTest::newRow("anon inode") << QByteArray(head + "anon_inode:[perf_event]")
                                    << QByteArray("anon_inode:[perf_event]") << int(MappingKind::File)
                                    << false;
        QTest::newRow("no padding, no name") << QByteArray("7f0000000000-7f0000001000 rw-s 00000000 00:05 0")
                                             << QByteArray() << int(MappingKind::Anonymous) << false;
        QTest::newRow("tab padding") << QByteArray("7f0000000000-7f0000001000 rw-s 00000000 00:05 7\t[heap]")
                                     << QByteArray("[heap]") << int(MappingKind::Heap) << false;
    }
    void pathnames()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, pathname);
        QFETCH(int, kind);
        QFETCH(bool, deleted);
        const auto maps = parseMaps(QByteArray(line + '\n'));
        QVERIFY2(maps.ok(), qPrintable(maps.ok() ? QString() : maps.error().message()));
        QCOMPARE(maps->maps.size(), 1);
        const QByteArrayView name = maps->pathname(maps->maps.constFirst());
        QCOMPARE(name, QByteArrayView(pathname));
        QCOMPARE(int(mappingKind(name)), kind);
        QCOMPARE(isDeletedMapping(name), deleted);
        QVERIFY(maps->maps.constFirst().shared());
    }

    void helpers()
    {
        QCOMPARE(stackThreadId("[stack:4242]"), 4242);
        QVERIFY(!stackThreadId("[stack]"));
        QVERIFY(!stackThreadId("[stack:]"));
        QVERIFY(!stackThreadId("[stack:x1]"));
        QCOMPARE(anonymousName("[anon:my heap]"), QByteArrayView("my heap"));
        QCOMPARE(anonymousName("[anon:]"), QByteArrayView(""));
        QVERIFY(!anonymousName("[heap]"));
        QCOMPARE(mappingPathWithoutDeleted("/tmp/x (deleted)"), QByteArrayView("/tmp/x"));
        QCOMPARE(mappingPathWithoutDeleted("/tmp/x"), QByteArrayView("/tmp/x"));
        QCOMPARE(mappingKind("["), MappingKind::File);
        QCOMPARE(mappingKind("[]"), MappingKind::OtherPseudo);
    }

    void oldKernelFormat()
    {
        // 32-bit addresses and an anonymous area whose offset is its address (2.6-era kernels); hex device
        // 16:0b.
        const auto maps = parseMaps("08048000-0804f000 r-xp 00000000 16:0b 193988     /sbin/init\n"
                                    "08050000-08071000 rw-p 08050000 00:00 0          [heap]\n");
        QVERIFY(maps.ok());
        QCOMPARE(maps->maps.size(), 2);
        QCOMPARE(maps->maps.at(0).deviceMajor, quint32(0x16));
        QCOMPARE(maps->maps.at(0).deviceMinor, quint32(0x0b));
        QCOMPARE(maps->maps.at(1).offset, quint64(0x08050000));
        QCOMPARE(maps->maps.at(1).size(), quint64(0x21000));
    }

    void emptyIsNoAreas()
    {
        // A kernel thread or a zombie: no user memory, an empty file. Not an error.
        const auto maps = parseMaps("");
        QVERIFY(maps.ok());
        QVERIFY(maps->maps.isEmpty());
        QCOMPARE(maps->totalSize(), quint64(0));
    }

    void badLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("typo in address (seed OCR)")
            << QByteArray("7f98280200000-7f9820000000 ---p 00000000 00:00 0");
        QTest::newRow("end below start") << QByteArray("2000-1000 r--p 00000000 00:00 0");
        QTest::newRow("bad perms") << QByteArray("1000-2000 r-p 00000000 00:00 0");
        QTest::newRow("perms letter") << QByteArray("1000-2000 rwxq 00000000 00:00 0");
        QTest::newRow("no device") << QByteArray("1000-2000 r--p 00000000 0");
        QTest::newRow("no inode") << QByteArray("1000-2000 r--p 00000000 00:00");
        QTest::newRow("inode glued to name") << QByteArray("1000-2000 r--p 00000000 00:00 12/x");
        QTest::newRow("address overflow") << QByteArray("1ffffffffffffffff-2 r--p 0 00:00 0");
        QTest::newRow("device overflow") << QByteArray("1000-2000 r--p 0 1ffffffff:00 0");
        QTest::newRow("truncated") << QByteArray("7fff0000-7fff");
        QTest::newRow("garbage") << QByteArray("hello world");
    }
    void badLinesAreSkipped()
    {
        QFETCH(QByteArray, bad);
        const QByteArray good("1000-2000 r--p 00000000 00:00 0 [heap]\n");
        const auto maps = parseMaps(QByteArray(good + bad + '\n' + good));
        QVERIFY(maps.ok());
        QCOMPARE(maps->maps.size(), 2);
        QCOMPARE(maps->skippedLines.size(), 1);
        QCOMPARE(maps->skippedLines.constFirst().kind, ErrorKind::Malformed);
        QCOMPARE(maps->skippedLines.constFirst().line, 2);
        QVERIFY(!maps->skippedLines.constFirst().detail.isEmpty());
        QCOMPARE(maps->pathname(maps->maps.at(1)), QByteArrayView("[heap]"));
    }

    void truncatedLastLine()
    {
        // Without its newline the last line still counts; cut inside the name, the cut name is what there is.
        const auto maps =
            parseMaps("1000-2000 r--p 00000000 00:00 0 [heap]\n3000-4000 r--p 00000000 fe:01 9 /usr/li");
        QVERIFY(maps.ok());
        QCOMPARE(maps->maps.size(), 2);
        QCOMPARE(maps->pathname(maps->maps.at(1)), QByteArrayView("/usr/li"));
        const auto cut = parseMaps("1000-2000 r--p 00000000 00:00 0 [heap]\n3000-4000 r-");
        QVERIFY(cut.ok());
        QCOMPARE(cut->maps.size(), 1);
        QCOMPARE(cut->skippedLines.size(), 1);
    }

    void nothingUsableIsAnError()
    {
        const auto maps = parseMaps("garbage\nmore garbage\n");
        QVERIFY(!maps.ok());
        QCOMPARE(maps.error().kind, ErrorKind::Malformed);
        QCOMPARE(maps.error().line, 1);
        QVERIFY(maps.error().message().contains(QStringLiteral("/proc/self/maps")));
    }

    void hugeValues()
    {
        const auto maps =
            parseMaps("0-ffffffffffffffff rwxs ffffffffffffffff fff:fffff 18446744073709551615 /x\n");
        QVERIFY(maps.ok());
        QCOMPARE(maps->maps.constFirst().end, quint64(0xffffffffffffffff));
        QCOMPARE(maps->maps.constFirst().inode, quint64(18446744073709551615ULL));
        QCOMPARE(maps->maps.constFirst().deviceMinor, quint32(0xfffff));
        QCOMPARE(maps->totalSize(), quint64(0xffffffffffffffff));
    }

    void vanishedProcess()
    {
        // A PID whose directory does not exist: the process is gone, which is not "this kernel has no maps".
        const auto maps = readMaps(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 999999);
        QVERIFY(!maps.ok());
        QCOMPARE(maps.error().kind, ErrorKind::Vanished);
        QCOMPARE(maps.error().path, QStringLiteral("/proc/999999/maps"));
    }

    void liveKernel()
    {
        // Our own maps, after mapping something recognisable: sanity relations, not exact values.
        const long page = sysconf(_SC_PAGESIZE);
        void* area = mmap(nullptr, size_t(3 * page), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        QVERIFY(area != MAP_FAILED);
        const auto maps = readMaps(KernelFs(), int(getpid()));
        munmap(area, size_t(3 * page));
        QVERIFY2(maps.ok(), qPrintable(maps.error().message()));
        QVERIFY(maps->skippedLines.isEmpty());
        QVERIFY(maps->maps.size() > 5);
        bool found = false;
        quint64 previousEnd = 0;
        for (const MemoryMap& m : maps->maps) {
            QVERIFY(m.start >= previousEnd); // sorted, not overlapping
            previousEnd = m.end;
            const auto a = quint64(reinterpret_cast<quintptr>(area));
            if (m.start <= a && a + 3 * quint64(page) <= m.end && m.readable() && !m.writable())
                found = true;
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestMemoryMaps)
#include "tst_memorymaps.moc"
