// SPDX-License-Identifier: GPL-2.0-or-later
// Each lab's workload, run through LabRunner as the Labs area runs it, and the effect its card promises
// checked in /proc: the fork tree's orphan and zombie, demand paging's VSZ/RSS/minor faults, malloc's heap
// and mapping.
#include "labcatalog.h"
#include "labrunner.h"
#include "testutils.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace kaleido;

namespace {

QByteArray readProc(qint32 pid, const char* name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A "Key:   value kB" line of /proc/PID/status, in kB (or the bare number).
qint64 statusValue(qint32 pid, const char* key)
{
    const QList<QByteArray> lines = readProc(pid, "status").split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(QByteArray(QByteArray(key) + ':')))
            return line.mid(qsizetype(std::strlen(key)) + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Field @p field (1-based, as in proc(5)) of /proc/PID/stat.
QByteArray statField(qint32 pid, int field)
{
    const QByteArray stat = readProc(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> rest = stat.mid(close + 2).split(' '); // field 3 onwards
    return field >= 3 && field - 3 < rest.size() ? rest.at(field - 3) : QByteArray();
}

bool processExists(qint32 pid)
{
    return QFile::exists(QStringLiteral("/proc/%1").arg(pid));
}

/// Sends @p command and returns the workload's answer to it.
QString ask(LabRunner& runner, const QString& command)
{
    const qsizetype before = runner.output().size();
    if (!runner.send(command))
        return QStringLiteral("error not running");
    QSignalSpy spy(&runner, &LabRunner::lineReceived);
    while (runner.output().size() == before && spy.wait(30000)) {
    }
    return runner.output().size() > before ? runner.output().at(before) : QStringLiteral("error no answer");
}

QString value(const QString& reply, const QString& key)
{
    const QRegularExpression re(QStringLiteral("\\b%1=(\\S*)").arg(key));
    return re.match(reply).captured(1);
}

quint64 address(const QString& text)
{
    QString hex = text;
    hex.remove(QStringLiteral("0x"));
    return hex.toULongLong(nullptr, 16);
}

struct Mapping
{
    quint64 start = 0, end = 0;
    QString path;
};

Mapping mappingAt(qint32 pid, quint64 address)
{
    const QList<QByteArray> lines = readProc(pid, "maps").split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5)
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        Mapping m{range.at(0).toULongLong(nullptr, 16), range.value(1).toULongLong(nullptr, 16),
                  fields.size() > 5 ? QString::fromUtf8(fields.at(5)) : QString()};
        if (address >= m.start && address < m.end)
            return m;
    }
    return {};
}

bool startWorkload(LabRunner& runner, const char* name, const QStringList& arguments, bool hungry)
{
    const QString program = LabRunner::workloadPath(QLatin1String(name));
    if (program.isEmpty())
        return false;
    LabRunner::Options options;
    options.memoryHungry = hungry;
    if (!runner.start(program, arguments, options))
        return false;
    QSignalSpy spy(&runner, &LabRunner::lineReceived);
    while (runner.output().isEmpty() && spy.wait(30000)) {
    }
    return !runner.output().isEmpty() && runner.output().first().startsWith(QLatin1String("ready"));
}

} // namespace

class TestLabWorkloads : public QObject
{
    Q_OBJECT
private slots:
    void forkTreeOrphanAndZombie()
    {
        LabRunner runner;
        QVERIFY2(startWorkload(runner, "kaleido-lab-forktree", {}, false), qPrintable(runner.errorString()));
        const qint32 top = runner.pid();
        QVERIFY(top > 0);
        QCOMPARE(statField(top, 5).toInt(), top); // a process group of its own

        const QString children = ask(runner, QStringLiteral("children 3"));
        QVERIFY2(children.startsWith(QLatin1String("ok children")), qPrintable(children));
        const QStringList pids = value(children, QStringLiteral("pids")).split(QLatin1Char(','));
        QCOMPARE(pids.size(), 3);
        for (const QString& pid : pids)
            QCOMPARE(statusValue(pid.toInt(), "PPid"), qint64(top));

        const QString orphan = ask(runner, QStringLiteral("orphan"));
        QVERIFY2(orphan.startsWith(QLatin1String("ok orphan")), qPrintable(orphan));
        const qint32 grandchild = value(orphan, QStringLiteral("pid")).toInt();
        const qint32 middle = value(orphan, QStringLiteral("former-parent")).toInt();
        QVERIFY(grandchild > 0 && middle > 0);
        QVERIFY(!processExists(middle));                        // its parent is gone …
        QCOMPARE(statusValue(grandchild, "PPid"), qint64(top)); // … and it was re-parented to the subreaper
        QCOMPARE(readProc(grandchild, "comm").trimmed(), QByteArray("forktree-orphan"));
        QCOMPARE(statField(grandchild, 5).toInt(), top); // still in the lab's group: Stop reaches it

        const QString zombie = ask(runner, QStringLiteral("zombie"));
        const qint32 zombiePid = value(zombie, QStringLiteral("pid")).toInt();
        QVERIFY2(zombiePid > 0, qPrintable(zombie));
        // It exits at once; until the parent waits it stays in state Z.
        QTRY_COMPARE_WITH_TIMEOUT(statField(zombiePid, 3), QByteArray("Z"), 30000);
        QVERIFY(statField(zombiePid, 3) == "Z"); // and stays so: nobody reaps it behind the lab's back
        const QString reap = ask(runner, QStringLiteral("reap"));
        QVERIFY2(
            value(reap, QStringLiteral("pids")).split(QLatin1Char(',')).contains(QString::number(zombiePid)),
            qPrintable(reap));
        QVERIFY(!processExists(zombiePid));

        runner.stop();
        QVERIFY(!runner.isRunning());
        QCOMPARE(LabRunner::processesInGroup(top), QList<qint32>());
        QVERIFY(!processExists(grandchild));
        for (const QString& pid : pids)
            QVERIFY(!processExists(pid.toInt()));
    }

    void demandPagingVszThenRss()
    {
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-paging",
                              {QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("--pace-ms"),
                               QStringLiteral("0")},
                              true));
        const qint32 pid = runner.pid();
        QCOMPARE(readProc(pid, "oom_score_adj").trimmed(), QByteArray("1000"));
        const qint64 vszBefore = statusValue(pid, "VmSize");
        const qint64 rssBefore = statusValue(pid, "VmRSS");
        QVERIFY(vszBefore > 0 && rssBefore > 0);

        QVERIFY(ask(runner, QStringLiteral("reserve")).startsWith(QLatin1String("ok reserve")));
        const qint64 vszReserved = statusValue(pid, "VmSize");
        const qint64 rssReserved = statusValue(pid, "VmRSS");
        QVERIFY2(vszReserved - vszBefore >= 64 * 1024, qPrintable(QString::number(vszReserved - vszBefore)));
        QVERIFY2(rssReserved - rssBefore < 1024,
                 qPrintable(QString::number(rssReserved - rssBefore))); // < 1 MiB

        const qint64 faultsBefore = statField(pid, 10).toLongLong();
        const qint64 majorBefore = statField(pid, 12).toLongLong();
        const QString touched = ask(runner, QStringLiteral("touch"));
        QVERIFY2(touched.startsWith(QLatin1String("ok touch")), qPrintable(touched));
        const qint64 pages = value(touched, QStringLiteral("pages")).toLongLong();
        QCOMPARE(pages * sysconf(_SC_PAGESIZE), qint64(64) * 1024 * 1024);
        const qint64 rssTouched = statusValue(pid, "VmRSS");
        const qint64 faults = statField(pid, 10).toLongLong() - faultsBefore;
        QVERIFY2(rssTouched - rssReserved >= 63 * 1024,
                 qPrintable(QString::number(rssTouched - rssReserved)));
        QVERIFY2(faults >= pages && faults < pages + 256,
                 qPrintable(QString::number(faults)));          // one per page
        QCOMPARE(statField(pid, 12).toLongLong(), majorBefore); // no major fault: nothing came from disk

        QVERIFY(ask(runner, QStringLiteral("release")).startsWith(QLatin1String("ok release")));
        QVERIFY(statusValue(pid, "VmRSS") < rssTouched - 60 * 1024);
        runner.stop();
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
    }

    void mallocHeapAndMapping()
    {
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-malloc", {}, true));
        const qint32 pid = runner.pid();

        const QString small = ask(runner, QStringLiteral("small 2000"));
        QVERIFY2(small.startsWith(QLatin1String("ok small")), qPrintable(small));
        const quint64 brkBefore = address(value(small, QStringLiteral("brk-before")));
        const quint64 brk = address(value(small, QStringLiteral("brk")));
        QVERIFY2(brk >= brkBefore + 1900 * 1024, qPrintable(small)); // the break moved up by about 2 MiB
        const Mapping heap = mappingAt(pid, address(value(small, QStringLiteral("last"))));
        QCOMPARE(heap.path, QStringLiteral("[heap]"));
        QCOMPARE(heap.end, brk); // [heap] ends at the program break
        QCOMPARE(mappingAt(pid, address(value(small, QStringLiteral("first")))).path,
                 QStringLiteral("[heap]"));

        const QString large = ask(runner, QStringLiteral("large 1024"));
        QVERIFY2(large.startsWith(QLatin1String("ok large")), qPrintable(large));
        const quint64 where = address(value(large, QStringLiteral("address")));
        const Mapping area = mappingAt(pid, where);
        QVERIFY(area.end > area.start);
        QVERIFY2(area.path.isEmpty(), qPrintable(area.path)); // anonymous, not [heap]
        QVERIFY(area.end - area.start >= 1024 * 1024);
        QCOMPARE(address(value(large, QStringLiteral("brk"))), brk); // the heap did not move for it

        QVERIFY(ask(runner, QStringLiteral("free")).startsWith(QLatin1String("ok free")));
        QVERIFY(mappingAt(pid, where).end != area.end || mappingAt(pid, where).start != area.start);
        runner.stop();
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
    }

    void stopEndsAStoppedTree()
    {
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-forktree", {}, false));
        const qint32 top = runner.pid();
        const QString children = ask(runner, QStringLiteral("children 2"));
        ::kill(-top, SIGSTOP); // a teacher paused the whole tree from Processes
        QTRY_COMPARE_WITH_TIMEOUT(statField(top, 3), QByteArray("T"), 30000);
        runner.stop();
        QCOMPARE(LabRunner::processesInGroup(top), QList<qint32>());
        for (const QString& pid : value(children, QStringLiteral("pids")).split(QLatin1Char(',')))
            QVERIFY(!processExists(pid.toInt()));
    }

    void threadsShareOneGroup()
    {
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-threads", {}, false));
        const qint32 pid = runner.pid();
        const QString threads = ask(runner, QStringLiteral("threads 4"));
        const QStringList tids = value(threads, QStringLiteral("tids")).split(QLatin1Char(','));
        QCOMPARE(tids.size(), 4);
        QCOMPARE(statusValue(pid, "Threads"), qint64(5));
        const QByteArray maps = readProc(pid, "maps");
        for (const QString& text : tids) {
            const qint32 tid = text.toInt();
            QVERIFY(tid != pid);
            QVERIFY(QFile::exists(QStringLiteral("/proc/%1/task/%2").arg(pid).arg(tid)));
            QCOMPARE(statusValue(tid, "Pid"), qint64(tid));  // its own thread ID …
            QCOMPARE(statusValue(tid, "Tgid"), qint64(pid)); // … in the process's thread group
            QFile taskMaps(QStringLiteral("/proc/%1/task/%2/maps").arg(pid).arg(tid));
            QVERIFY(taskMaps.open(QIODevice::ReadOnly));
            QCOMPARE(taskMaps.readAll(), maps); // one memory map for all
        }
        const QString forked = ask(runner, QStringLiteral("fork"));
        const qint32 child = value(forked, QStringLiteral("pid")).toInt();
        QVERIFY2(child > 0, qPrintable(forked));
        QCOMPARE(statusValue(child, "Tgid"), qint64(child)); // a thread group of its own
        QCOMPARE(statusValue(child, "PPid"), qint64(pid));
        QCOMPARE(statusValue(child, "Threads"), qint64(1)); // only the forking thread was copied
        runner.stop();
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
    }

    void signalMasksAndStop()
    {
        const auto mask = [](qint32 pid, const char* key) {
            const QList<QByteArray> lines = readProc(pid, "status").split('\n');
            for (const QByteArray& line : lines) {
                if (line.startsWith(QByteArray(QByteArray(key) + ':')))
                    return line.mid(qsizetype(std::strlen(key)) + 1).trimmed().toULongLong(nullptr, 16);
            }
            return ~0ULL;
        };
        const quint64 usr1 = 1ULL << (SIGUSR1 - 1);
        const quint64 usr2 = 1ULL << (SIGUSR2 - 1);
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-signals", {}, false));
        const qint32 pid = runner.pid();
        QCOMPARE(mask(pid, "SigCgt") & usr1, 0ULL);
        QVERIFY(ask(runner, QStringLiteral("handle")).startsWith(QLatin1String("ok")));
        QCOMPARE(mask(pid, "SigCgt") & usr1, usr1);
        QVERIFY(ask(runner, QStringLiteral("ignore")).startsWith(QLatin1String("ok")));
        QCOMPARE(mask(pid, "SigIgn") & usr2, usr2);
        QVERIFY(ask(runner, QStringLiteral("block")).startsWith(QLatin1String("ok")));
        QCOMPARE(mask(pid, "SigBlk") & usr1, usr1);
        const QString sent = ask(runner, QStringLiteral("send"));
        QCOMPARE(value(sent, QStringLiteral("handled")), QStringLiteral("0"));
        QCOMPARE(mask(pid, "ShdPnd") & usr1, usr1); // pending for the process, not delivered
        const QString unblocked = ask(runner, QStringLiteral("unblock"));
        QCOMPARE(value(unblocked, QStringLiteral("handled")), QStringLiteral("1"));
        QCOMPARE(mask(pid, "ShdPnd") & usr1, 0ULL);
        QCOMPARE(mask(pid, "SigBlk") & usr1, 0ULL);

        QVERIFY(runner.sendSignal(SIGSTOP));
        QTRY_COMPARE_WITH_TIMEOUT(statField(pid, 3), QByteArray("T"), 30000);
        QVERIFY(runner.sendSignal(SIGCONT));
        QTRY_VERIFY_WITH_TIMEOUT(statField(pid, 3) != "T", 30000);
        QCOMPARE(ask(runner, QStringLiteral("count")),
                 QStringLiteral("ok count handled=1")); // alive, answering
        runner.stop();
        QCOMPARE(LabRunner::processesInGroup(pid), QList<qint32>());
    }

    void aslrMovesEverythingButNotWhenSwitchedOff()
    {
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-aslr", {}, false));
        const int level = value(runner.output().first(), QStringLiteral("randomize_va_space")).toInt();
        const QStringList keys = {QStringLiteral("stack"), QStringLiteral("mmap"), QStringLiteral("libc"),
                                  QStringLiteral("exe"),   QStringLiteral("vdso"), QStringLiteral("heap")};
        const QString first = ask(runner, QStringLiteral("sample"));
        const QString second = ask(runner, QStringLiteral("sample"));
        QVERIFY2(first.startsWith(QLatin1String("ok sample")), qPrintable(first));
        for (const QString& key : keys) {
            QVERIFY2(address(value(first, key)) != 0, qPrintable(key));
            const bool moves = key == QLatin1String("heap") ? level >= 2 : level >= 1;
            if (moves) // a 1-in-2^28 chance of the same stack twice is accepted
                QVERIFY2(value(first, key) != value(second, key), qPrintable(key + QLatin1Char(' ') + first));
            if (key != QLatin1String("stack")) // mappings move by whole pages; the stack top also within one
                QCOMPARE(address(value(first, key)) & 0xfff, address(value(second, key)) & 0xfff);
        }
        const QString fixed1 = ask(runner, QStringLiteral("sample-norandom"));
        const QString fixed2 = ask(runner, QStringLiteral("sample-norandom"));
        QVERIFY2(fixed1.startsWith(QLatin1String("ok sample-norandom")), qPrintable(fixed1));
        for (const QString& key : keys)
            QCOMPARE(value(fixed1, key), value(fixed2, key));
        runner.stop();
    }

    void overcommitFollowsTheMode()
    {
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-overcommit", {}, true));
        const QString ready = runner.output().first();
        const int mode = value(ready, QStringLiteral("overcommit_memory")).toInt();
        const qint64 before = value(ready, QStringLiteral("Committed_AS")).toLongLong();
        const QString reserve = ask(runner, QStringLiteral("reserve"));
        QVERIFY2(reserve.startsWith(QLatin1String("ok reserve")), qPrintable(reserve));
        const qint64 limit = value(reserve, QStringLiteral("CommitLimit")).toLongLong();
        const qint64 mib = value(reserve, QStringLiteral("MiB")).toLongLong();
        QVERIFY(mib * 1024 > limit - before); // it asked for more than the limit leaves
        QFile meminfo(QStringLiteral("/proc/meminfo"));
        QVERIFY(meminfo.open(QIODevice::ReadOnly));
        qint64 ramAndSwapKiB = 0;
        for (const QByteArray& line : meminfo.readAll().split('\n')) {
            if (line.startsWith("MemTotal:") || line.startsWith("SwapTotal:"))
                ramAndSwapKiB += line.simplified().split(' ').value(1).toLongLong();
        }
        // What mm/util.c __vm_enough_memory() decides for this request in each mode.
        const bool granted = mode == 1 || (mode == 0 && mib * 1024 <= ramAndSwapKiB);
        QCOMPARE(value(reserve, QStringLiteral("result")),
                 granted ? QStringLiteral("granted") : QStringLiteral("refused"));
        if (granted) {
            const qint64 after = value(reserve, QStringLiteral("Committed_AS")).toLongLong();
            QVERIFY2(after - before > mib * 1024 - 512 * 1024,
                     qPrintable(reserve));                           // counted, give or take others
            QVERIFY(statusValue(runner.pid(), "VmRSS") < 64 * 1024); // but not used
        } else {
            QCOMPARE(value(reserve, QStringLiteral("errno")), QStringLiteral("12")); // ENOMEM
        }
        // More than all RAM and swap at once: refused by the heuristic too, granted only in mode 1.
        const QString huge = ask(runner, QStringLiteral("reserve %1").arg(ramAndSwapKiB / 1024 + 1024));
        QCOMPARE(value(huge, QStringLiteral("result")),
                 mode == 1 ? QStringLiteral("granted") : QStringLiteral("refused"));
        runner.stop();
    }

    void thpFollowsTheAdvice()
    {
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-thp", {}, true));
        const qint32 pid = runner.pid();
        const auto anonHugeKiB = [pid](quint64 address) { return test::anonHugeKiB(pid, address); };
        const QString huge = ask(runner, QStringLiteral("huge"));
        QVERIFY2(huge.startsWith(QLatin1String("ok huge")), qPrintable(huge));
        const QString mode = value(huge, QStringLiteral("enabled"));
        const qint64 hugeKiB = anonHugeKiB(address(value(huge, QStringLiteral("address"))));
        if (mode == QLatin1String("never"))
            QCOMPARE(hugeKiB, qint64(0));
        else // always or madvise: at least one 2 MiB page (the rest may fall back to small pages)
            QVERIFY2(hugeKiB >= 2048, qPrintable(QString::number(hugeKiB) + QLatin1Char(' ') + mode));
        const QString small = ask(runner, QStringLiteral("small"));
        QCOMPARE(anonHugeKiB(address(value(small, QStringLiteral("address")))), qint64(0));
        runner.stop();
    }

    void pageCacheColdThenWarm()
    {
        // In the build tree (a disk, not tmpfs, where nothing could be evicted).
        const QString dir = QCoreApplication::applicationDirPath();
        LabRunner runner;
        QVERIFY(startWorkload(runner, "kaleido-lab-pagecache",
                              {QStringLiteral("--size"), QStringLiteral("32"), QStringLiteral("--dir"), dir},
                              false));
        const QString file = value(runner.output().first(), QStringLiteral("file"));
        const QString pages = value(runner.output().first(), QStringLiteral("pages"));
        QCOMPARE(pages.toLongLong() * sysconf(_SC_PAGESIZE), qint64(32) * 1024 * 1024);
        QVERIFY(ask(runner, QStringLiteral("create")).startsWith(QLatin1String("ok create")));
        QVERIFY(QFile::exists(file));
        const QString evicted = ask(runner, QStringLiteral("evict"));
        QVERIFY2(value(evicted, QStringLiteral("cached")).toLongLong() < pages.toLongLong() / 10,
                 qPrintable(evicted));
        const QString cold = ask(runner, QStringLiteral("read"));
        QVERIFY2(value(cold, QStringLiteral("cached-before")).toLongLong() < pages.toLongLong() / 10,
                 qPrintable(cold));
        QCOMPARE(value(cold, QStringLiteral("cached")), pages); // every page is in the cache after the read
        const QString warm = ask(runner, QStringLiteral("read"));
        QCOMPARE(value(warm, QStringLiteral("cached-before")), pages);
        runner.stop();
        QVERIFY(!QFile::exists(file)); // Stop removes it
    }

    void everyLabsProgramExplainsItself()
    {
        const QList<LabInfo> labs = LabCatalog::labs();
        for (const LabInfo& lab : labs) {
            if (lab.simulator())
                continue;
            const QString program = LabRunner::workloadPath(lab.workload);
            QVERIFY2(!program.isEmpty(), qPrintable(lab.workload));
            QProcess help;
            help.start(program, {QStringLiteral("--help")});
            QVERIFY(help.waitForFinished(30000));
            QCOMPARE(help.exitStatus(), QProcess::NormalExit);
            QCOMPARE(help.exitCode(), 0);
            const QByteArray usage = help.readAllStandardOutput();
            QVERIFY2(usage.startsWith(QByteArray("Usage: " + lab.workload.toUtf8())),
                     qPrintable(lab.workload));
            // Every command the card's steps send is one the program documents (and so understands).
            for (const LabStep& step : lab.steps) {
                if (step.command.isEmpty() || step.command.startsWith(QLatin1String("kill:")))
                    continue;
                const QByteArray documented =
                    "\n  " + step.command.section(QLatin1Char(' '), 0, 0).toUtf8() + ' ';
                QVERIFY2(usage.contains(documented),
                         qPrintable(lab.workload + QLatin1Char(' ') + step.command));
            }
        }
    }

    void ksmMarksAndMergesWhenRunning()
    {
        LabRunner runner;
        QVERIFY(
            startWorkload(runner, "kaleido-lab-ksm", {QStringLiteral("--size"), QStringLiteral("16")}, true));
        const qint32 pid = runner.pid();
        const QString share = ask(runner, QStringLiteral("share"));
        if (share.contains(QLatin1String("CONFIG_KSM")))
            QSKIP("this kernel has no KSM");
        QVERIFY2(share.startsWith(QLatin1String("ok share")), qPrintable(share));
        // The region carries the mergeable flag ("mg" in its VmFlags).
        const quint64 where = address(value(share, QStringLiteral("address")));
        bool inside = false;
        QByteArray flags;
        for (const QByteArray& line : readProc(pid, "smaps").split('\n')) {
            const QByteArray first = line.left(line.indexOf(' '));
            if (const qsizetype dash = first.indexOf('-'); dash > 0 && !first.endsWith(':'))
                inside = where >= first.left(dash).toULongLong(nullptr, 16) &&
                         where < first.mid(dash + 1).toULongLong(nullptr, 16);
            else if (inside && first == "VmFlags:")
                flags = line;
        }
        QVERIFY2(flags.split(' ').contains("mg"), flags.constData());
        const QString status = ask(runner, QStringLiteral("status"));
        if (value(status, QStringLiteral("run")) == QLatin1String("1")) {
            // ksmd is on: the process's own merged pages rise (ksmd's pace decides how fast).
            QTRY_VERIFY_WITH_TIMEOUT(
                value(ask(runner, QStringLiteral("status")), QStringLiteral("ksm_merging_pages"))
                        .toLongLong() > 0,
                120000);
        } else {
            QCOMPARE(value(status, QStringLiteral("ksm_merging_pages")).toLongLong() <= 0,
                     true); // nothing merges
        }
        runner.stop();
    }

    void missingProgramIsAClearError()
    {
        LabRunner runner;
        QVERIFY(!runner.start(QStringLiteral("/nonexistent/kaleido-lab-none"), {}, {}));
        QVERIFY(runner.errorString().contains(QLatin1String("/nonexistent/kaleido-lab-none")));
        QVERIFY(LabRunner::workloadPath(QStringLiteral("kaleido-lab-none")).isEmpty());
    }

    void memoryLimitSupportSaysWhy()
    {
        const LabRunner::LimitSupport support = LabRunner::memoryLimitSupport();
        QVERIFY(support.available || !support.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabWorkloads)
#include "tst_labworkloads.moc"
