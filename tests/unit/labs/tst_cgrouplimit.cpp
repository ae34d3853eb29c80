// SPDX-License-Identifier: GPL-2.0-or-later
// CgroupLimit over hand-made cgroup v2 trees in a temporary directory: which group it picks for the lab's own
// group, and the reason it gives when none fits (cgroup v1 only, no "0::" line, nothing writable, no memory
// controller, the "no internal processes" rule). Writability is real: run as root, the tree belongs to root
// except what is meant to be writable, which belongs to nobody, and the placement is asked as nobody (real
// and effective ids, since access(2) checks the real one); run as a user, the unwritable parts lose their
// write bits.
#include "cgrouplimit.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kaleido;

namespace {

constexpr uid_t kNobody = 65534;

class FakeTree
{
public:
    FakeTree()
    {
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                QFile::ExeOther);
    }
    ~FakeTree()
    {
        // Give the write bits back so that the temporary directory can be removed by a non-root user.
        QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        ::chmod(QFile::encodeName(root()).constData(), 0755);
        while (it.hasNext()) {
            const QString path = it.next();
            ::chmod(QFile::encodeName(path).constData(), it.fileInfo().isDir() ? 0755 : 0644);
        }
    }
    bool valid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path() + QStringLiteral("/cgroup"); }
    QString selfFile() const { return m_dir.path() + QStringLiteral("/self-cgroup"); }

    /// A group at @p path ("/" for the root) with these files; @p writable: the directory, cgroup.procs and
    /// cgroup.subtree_control (unless @p procsWritable says otherwise for cgroup.procs).
    void group(const QString& path, const QByteArray& controllers, const QByteArray& subtree,
               const QByteArray& procs, bool writable, bool procsWritable = true)
    {
        const QString dir = path == QLatin1String("/") ? root() : root() + path;
        QVERIFY(QDir().mkpath(dir));
        write(dir + QStringLiteral("/cgroup.controllers"), controllers, false);
        write(dir + QStringLiteral("/cgroup.subtree_control"), subtree, writable);
        write(dir + QStringLiteral("/cgroup.procs"), procs, writable && procsWritable);
        write(dir + QStringLiteral("/memory.max"), "max\n", writable);
        allow(dir, writable, true);
    }
    void self(const QByteArray& text) { write(selfFile(), text, false); }

private:
    void write(const QString& path, const QByteArray& text, bool writable)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(text) == text.size());
        file.close();
        allow(path, writable, false);
    }
    static void allow(const QString& path, bool writable, bool directory)
    {
        const QByteArray name = QFile::encodeName(path);
        if (::geteuid() == 0) {
            QVERIFY(::chown(name.constData(), writable ? kNobody : 0, writable ? kNobody : 0) == 0);
            QVERIFY(::chmod(name.constData(), directory ? 0755 : 0644) == 0);
        } else {
            QVERIFY(::chmod(name.constData(),
                            directory ? (writable ? 0755 : 0555) : (writable ? 0644 : 0444)) == 0);
        }
    }

    QTemporaryDir m_dir;
};

/// The placement as an unprivileged user would get it.
CgroupLimit::Placement placeAsUser(const FakeTree& tree)
{
    const CgroupLimit limit(tree.root(), tree.selfFile());
    if (::geteuid() != 0)
        return limit.placement();
    // Real and effective ids of nobody, saved id 0 to come back.
    if (::setresgid(kNobody, kNobody, 0) != 0 || ::setresuid(kNobody, kNobody, 0) != 0)
        qFatal("cannot become nobody");
    const CgroupLimit::Placement place = limit.placement();
    if (::setresuid(0, 0, 0) != 0 || ::setresgid(0, 0, 0) != 0)
        qFatal("cannot become root again");
    return place;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestCgroupLimit : public QObject
{
    Q_OBJECT
private slots:
    void cgroupV1OnlyIsRefused()
    {
        // A hybrid system like the build host: /sys/fs/cgroup holds v1 hierarchies, no cgroup.controllers.
        FakeTree tree;
        QVERIFY(tree.valid());
        QVERIFY(QDir().mkpath(tree.root() + QStringLiteral("/unified")));
        tree.self("4:memory:/\n0::/\n");
        CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY(!place.available);
        QVERIFY2(place.reason.contains(QStringLiteral("cgroup v2 is not mounted at ") + tree.root()),
                 qPrintable(place.reason));
        QVERIFY2(!place.reason.contains(QStringLiteral("cgroup v1")), qPrintable(place.reason));
        QVERIFY(place.directory.isEmpty());
        // With the v1 memory hierarchy there, the reason says where the controller is.
        QVERIFY(QDir().mkpath(tree.root() + QStringLiteral("/memory")));
        QFile limit(tree.root() + QStringLiteral("/memory/memory.limit_in_bytes"));
        QVERIFY(limit.open(QIODevice::WriteOnly));
        limit.close();
        place = placeAsUser(tree);
        QVERIFY(!place.available);
        QVERIFY2(place.reason.contains(QStringLiteral("older cgroup v1")), qPrintable(place.reason));
    }

    void noUnifiedLineIsRefused()
    {
        FakeTree tree;
        tree.group(QStringLiteral("/"), "cpu memory pids\n", "", "1\n", true);
        tree.self("4:memory:/\n1:cpu:/\n");
        const CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY(!place.available);
        QVERIFY2(place.reason.contains(QStringLiteral("no \"0::\" line")), qPrintable(place.reason));
    }

    void picksTheNearestWritableGroupWithMemory()
    {
        // A delegated subtree: the session itself is not the user's, its parent is and has memory on.
        FakeTree tree;
        tree.group(QStringLiteral("/"), "cpu memory pids\n", "memory pids\n", "1\n", false);
        tree.group(QStringLiteral("/user"), "memory pids\n", "memory pids\n", "", true);
        tree.group(QStringLiteral("/user/session"), "memory pids\n", "", "812\n", false);
        tree.self("0::/user/session\n");
        const CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY2(place.available, qPrintable(place.reason));
        QCOMPARE(place.directory, tree.root() + QStringLiteral("/user"));
        QCOMPARE(place.group, QStringLiteral("/user"));
        QVERIFY(!place.enableMemory); // already in its cgroup.subtree_control
    }

    void enablesMemoryOnlyWhereNoProcessesLive()
    {
        // The own group has processes and no memory for its children; its empty parent can switch it on.
        FakeTree tree;
        tree.group(QStringLiteral("/"), "cpu memory\n", "memory\n", "1\n", false);
        tree.group(QStringLiteral("/a"), "memory\n", "", "", true);
        tree.group(QStringLiteral("/a/b"), "memory\n", "", "42\n", true);
        tree.self("0::/a/b\n");
        const CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY2(place.available, qPrintable(place.reason));
        QCOMPARE(place.group, QStringLiteral("/a"));
        QVERIFY(place.enableMemory);
    }

    void theRootIsExemptFromTheInternalProcessRule()
    {
        // The VM guest: everything in the root group, memory not yet switched on for children.
        FakeTree tree;
        tree.group(QStringLiteral("/"), "cpuset cpu io memory pids\n", "", "1\n57\n", true);
        tree.self("0::/\n");
        const CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY2(place.available, qPrintable(place.reason));
        QCOMPARE(place.group, QStringLiteral("/"));
        QCOMPARE(place.directory, tree.root());
        QVERIFY(place.enableMemory);
    }

    void refusesWithoutTheMemoryController()
    {
        FakeTree tree;
        tree.group(QStringLiteral("/"), "cpu pids\n", "cpu pids\n", "1\n", false);
        tree.group(QStringLiteral("/a"), "cpu pids\n", "", "", true);
        tree.self("0::/a\n");
        const CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY(!place.available);
        QVERIFY2(place.reason.contains(QStringLiteral("memory controller is not available in cgroup /a ")),
                 qPrintable(place.reason));
    }

    void refusesWhenNothingIsWritable()
    {
        FakeTree tree;
        tree.group(QStringLiteral("/"), "memory\n", "memory\n", "1\n", false);
        tree.group(QStringLiteral("/a"), "memory\n", "memory\n", "", false);
        tree.group(QStringLiteral("/a/b"), "memory\n", "", "7\n", false);
        tree.self("0::/a/b\n");
        const CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY(!place.available);
        QVERIFY2(place.reason.contains(QStringLiteral("You cannot write to cgroup /a/b ")),
                 qPrintable(place.reason));
    }

    void aWritableDirectoryIsNotEnoughWithoutItsProcs()
    {
        // Moving a process needs cgroup.procs of the common ancestor: /a's directory alone does not do.
        FakeTree tree;
        tree.group(QStringLiteral("/"), "memory\n", "memory\n", "1\n", false);
        tree.group(QStringLiteral("/a"), "memory\n", "memory\n", "", true, false);
        tree.self("0::/a\n");
        const CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY(!place.available);
        QVERIFY2(place.reason.contains(QStringLiteral("You cannot write to cgroup /a ")),
                 qPrintable(place.reason));
    }

    void theInternalProcessRuleBlocks()
    {
        FakeTree tree;
        tree.group(QStringLiteral("/"), "memory\n", "memory\n", "1\n", false);
        tree.group(QStringLiteral("/a"), "memory\n", "memory\n", "", false);
        tree.group(QStringLiteral("/a/b"), "memory\n", "", "7\n8\n", true);
        tree.self("0::/a/b\n");
        const CgroupLimit::Placement place = placeAsUser(tree);
        QVERIFY(!place.available);
        // The writable group's reason, not the "cannot write" of the groups above it.
        QVERIFY2(place.reason.contains(QStringLiteral("processes run in /a/b itself")),
                 qPrintable(place.reason));
    }

    void createWritesTheLimitAndRemoveTakesTheGroupAway()
    {
        FakeTree tree;
        tree.group(QStringLiteral("/"), "memory\n", "", "1\n", true);
        tree.self("0::/\n");
        CgroupLimit limit(tree.root(), tree.selfFile());
        const Result<QString> made = limit.create(qint64(128) * 1024 * 1024);
        QVERIFY2(made.ok(), qPrintable(made.error().detail));
        QVERIFY(made.value().startsWith(QStringLiteral("/kaleido-lab-%1-").arg(::getpid())));
        QCOMPARE(limit.group(), made.value());
        QCOMPARE(limit.directory(), tree.root() + made.value());
        QCOMPARE(readAll(tree.root() + QStringLiteral("/cgroup.subtree_control")), QByteArray("+memory"));
        QCOMPARE(readAll(limit.directory() + QStringLiteral("/memory.max")), QByteArray("134217728"));
        QVERIFY(!QFile::exists(limit.directory() + QStringLiteral("/memory.swap.max"))); // none here: fine
        QCOMPARE(limit.procsPath(), QFile::encodeName(limit.directory() + QStringLiteral("/cgroup.procs")));

        QFile events(limit.directory() + QStringLiteral("/memory.events"));
        QVERIFY(events.open(QIODevice::WriteOnly));
        events.write("low 0\nhigh 0\nmax 41\noom 1\noom_kill 1\noom_group_kill 0\n");
        events.close();
        QCOMPARE(CgroupLimit::eventCount(limit.memoryEvents(), "oom_kill"), qint64(1));
        QCOMPARE(CgroupLimit::eventCount(limit.memoryEvents(), "max"), qint64(41));

        // rmdir refuses a directory with files (a real cgroup's files go with it): the group stays known.
        const QString dir = limit.directory();
        QVERIFY(!limit.remove(0));
        QCOMPARE(limit.directory(), dir);
        const QStringList files = QDir(dir).entryList(QDir::Files);
        for (const QString& file : files)
            QVERIFY(QFile::remove(dir + QLatin1Char('/') + file));
        QVERIFY(limit.remove(0));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!limit.isCreated());
        QVERIFY(limit.memoryEvents().isEmpty());
    }

    void createWithSwapForbidsSwapAndNamesASubgroup()
    {
        // Memory already on in the parent: its cgroup.subtree_control is left alone; a second group gets
        // a new name.
        FakeTree tree;
        tree.group(QStringLiteral("/"), "memory\n", "memory\n", "1\n", false);
        tree.group(QStringLiteral("/user"), "memory\n", "memory\n", "", true);
        tree.self("0::/user\n");
        CgroupLimit first(tree.root(), tree.selfFile());
        CgroupLimit second(tree.root(), tree.selfFile());
        const Result<QString> a = first.create(1 << 20);
        const Result<QString> b = second.create(2 << 20);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value().startsWith(QStringLiteral("/user/kaleido-lab-")));
        QVERIFY(a.value() != b.value());
        QCOMPARE(readAll(tree.root() + QStringLiteral("/user/cgroup.subtree_control")),
                 QByteArray("memory\n"));
        QCOMPARE(readAll(second.directory() + QStringLiteral("/memory.max")), QByteArray("2097152"));
    }

    void createRefusesWithTheReason()
    {
        FakeTree tree;
        tree.group(QStringLiteral("/"), "cpu\n", "", "1\n", true);
        tree.self("0::/\n");
        CgroupLimit limit(tree.root(), tree.selfFile());
        const Result<QString> made = limit.create(1 << 20);
        QVERIFY(!made.ok());
        QVERIFY2(
            made.error().detail.contains(QStringLiteral("memory controller is not available in cgroup / ")),
            qPrintable(made.error().detail));
        QVERIFY(!limit.isCreated());
        QCOMPARE(QDir(tree.root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
    }

    void eventCountReadsOneKey()
    {
        const QByteArray events = "low 0\nhigh 2\nmax 10\noom 3\noom_kill 2\n";
        QCOMPARE(CgroupLimit::eventCount(events, "oom_kill"), qint64(2));
        QCOMPARE(CgroupLimit::eventCount(events, "oom"), qint64(3));
        QCOMPARE(CgroupLimit::eventCount(events, "oom_group_kill"), qint64(-1));
        QCOMPARE(CgroupLimit::eventCount(QByteArray(), "oom_kill"), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestCgroupLimit)
#include "tst_cgrouplimit.moc"
