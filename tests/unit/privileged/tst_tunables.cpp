// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelwrite.h"
#include "tunables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <grp.h>
#include <limits>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kaleido;
using namespace kaleido::privileged;

namespace {

// A kernel tree in a temporary directory: the files a 6.1 kernel has, with the content it shows.
class FakeRoot
{
public:
    FakeRoot()
    {
        put("proc/sys/vm/swappiness", "60\n");
        put("proc/sys/vm/overcommit_memory", "0\n");
        put("proc/sys/vm/overcommit_kbytes", "0\n");
        put("proc/sys/vm/drop_caches", "");
        ::chmod(path("proc/sys/vm/drop_caches").constData(), 0200);
        put("proc/sys/kernel/printk", "4\t4\t1\t7\n");
        put("sys/kernel/mm/transparent_hugepage/enabled", "always [madvise] never\n");
        put("sys/kernel/mm/transparent_hugepage/defrag", "always defer defer+madvise [madvise] never\n");
        put("sys/kernel/mm/transparent_hugepage/shmem_enabled",
            "always within_size advise [never] deny force\n");
        put("sys/kernel/mm/transparent_hugepage/khugepaged/max_ptes_none", "511\n");
        // No ksm/ (CONFIG_KSM=n) and no compact_memory (CONFIG_COMPACTION=n).
    }

    QString root() const { return m_dir.path(); }
    QByteArray path(const char* relative) const
    {
        return QFile::encodeName(m_dir.filePath(QLatin1StringView(relative)));
    }

    void put(const char* relative, const QByteArray& content) const
    {
        const QString file = m_dir.filePath(QLatin1StringView(relative));
        QDir().mkpath(QFileInfo(file).path());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(content), content.size());
    }

    QByteArray content(const char* relative) const
    {
        QFile f(m_dir.filePath(QLatin1StringView(relative)));
        if (!f.open(QIODevice::ReadOnly))
            return "<absent>";
        return f.readAll();
    }

private:
    QTemporaryDir m_dir;
};

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

class TestTunables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableHoldsExactlyTheAllowedKeys()
    {
        const QSet<QString> expected = {QStringLiteral("vm.overcommit_memory"),
                                        QStringLiteral("vm.overcommit_ratio"),
                                        QStringLiteral("vm.overcommit_kbytes"),
                                        QStringLiteral("vm.swappiness"),
                                        QStringLiteral("vm.min_free_kbytes"),
                                        QStringLiteral("vm.watermark_scale_factor"),
                                        QStringLiteral("vm.drop_caches"),
                                        QStringLiteral("vm.compact_memory"),
                                        QStringLiteral("thp.enabled"),
                                        QStringLiteral("thp.defrag"),
                                        QStringLiteral("thp.shmem_enabled"),
                                        QStringLiteral("thp.khugepaged.defrag"),
                                        QStringLiteral("thp.khugepaged.pages_to_scan"),
                                        QStringLiteral("thp.khugepaged.scan_sleep_millisecs"),
                                        QStringLiteral("thp.khugepaged.alloc_sleep_millisecs"),
                                        QStringLiteral("thp.khugepaged.max_ptes_none"),
                                        QStringLiteral("ksm.run"),
                                        QStringLiteral("ksm.pages_to_scan"),
                                        QStringLiteral("ksm.sleep_millisecs"),
                                        QStringLiteral("kernel.printk.console_loglevel")};
        QSet<QString> keys;
        QSet<QString> paths;
        for (const TunableInfo& info : tunableTable()) {
            const QString key = QLatin1StringView(info.key);
            const QString path = QLatin1StringView(info.path);
            QVERIFY2(!keys.contains(key), info.key);
            keys.insert(key);
            QVERIFY2(!paths.contains(path), info.path);
            paths.insert(path);
            QVERIFY2(path.startsWith(u"proc/sys/") || path.startsWith(u"sys/kernel/mm/"), info.path);
            QVERIFY(!path.contains(u"..") && !path.contains(u"//"));
            QCOMPARE(findTunable(key), &info);
            QVERIFY(!tunableLabel(info).isEmpty());
            QVERIFY(tunableDescription(info).size() > 20);
            if (info.grammar == TunableInfo::Grammar::Integer) {
                QVERIFY(info.choices.isEmpty());
                QVERIFY(info.minimum <= info.maximum);
            } else {
                QVERIFY(!info.choices.isEmpty());
            }
        }
        QCOMPARE(keys, expected);
        QCOMPARE(findTunable(u"kernel.core_pattern"), nullptr);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("canonical"); // null: rejected

        const QString swap = QStringLiteral("vm.swappiness");
        const auto ok = [](const char* name, const QString& key, const QString& value,
                           const QString& canonical) { QTest::newRow(name) << key << value << canonical; };
        const auto no = [](const char* name, const QString& key, const QString& value) {
            QTest::newRow(name) << key << value << QString();
        };

        ok("swappiness 60", swap, QStringLiteral("60"), QStringLiteral("60"));
        ok("swappiness 0", swap, QStringLiteral("0"), QStringLiteral("0"));
        ok("swappiness 200", swap, QStringLiteral("200"), QStringLiteral("200"));
        no("swappiness 201", swap, QStringLiteral("201"));
        no("negative", swap, QStringLiteral("-1"));
        no("minus zero", swap, QStringLiteral("-0"));
        no("plus", swap, QStringLiteral("+1"));
        no("exponent", swap, QStringLiteral("1e3"));
        no("decimal point", swap, QStringLiteral("1.0"));
        no("hex", swap, QStringLiteral("0x10"));
        no("leading zero", swap, QStringLiteral("060"));
        no("double zero", swap, QStringLiteral("00"));
        no("leading space", swap, QStringLiteral(" 60"));
        no("trailing space", swap, QStringLiteral("60 "));
        no("trailing newline", swap, QStringLiteral("60\n"));
        no("second line", swap, QStringLiteral("60\n1"));
        no("embedded NUL", swap, QStringView(u"6\u00000", 3).toString());
        no("tab", swap, QStringLiteral("\t60"));
        no("arabic-indic digits", swap, QStringView(u"\u0666\u0660").toString());
        no("fullwidth digits", swap, QStringView(u"\uFF16\uFF10").toString());
        no("empty", swap, QString());
        no("overlong", swap, QString(100, u'1'));
        no("int64 overflow", swap, QStringLiteral("9223372036854775808"));
        no("huge", swap, QStringLiteral("99999999999999999999999"));
        no("wraps to 60 in 32 bits", swap, QStringLiteral("4294967356"));

        ok("overcommit 2", QStringLiteral("vm.overcommit_memory"), QStringLiteral("2"), QStringLiteral("2"));
        no("overcommit 3", QStringLiteral("vm.overcommit_memory"), QStringLiteral("3"));
        ok("ratio 1000", QStringLiteral("vm.overcommit_ratio"), QStringLiteral("1000"),
           QStringLiteral("1000"));
        no("ratio 1001", QStringLiteral("vm.overcommit_ratio"), QStringLiteral("1001"));
        ok("kbytes 2^46", QStringLiteral("vm.overcommit_kbytes"), QStringLiteral("70368744177664"),
           QStringLiteral("70368744177664"));
        no("kbytes 2^46+1", QStringLiteral("vm.overcommit_kbytes"), QStringLiteral("70368744177665"));
        no("min_free 127", QStringLiteral("vm.min_free_kbytes"), QStringLiteral("127"));
        ok("min_free 128", QStringLiteral("vm.min_free_kbytes"), QStringLiteral("128"),
           QStringLiteral("128"));
        no("min_free 4 GiB + 1", QStringLiteral("vm.min_free_kbytes"), QStringLiteral("4194305"));
        no("watermark 0", QStringLiteral("vm.watermark_scale_factor"), QStringLiteral("0"));
        ok("watermark 3000", QStringLiteral("vm.watermark_scale_factor"), QStringLiteral("3000"),
           QStringLiteral("3000"));
        no("watermark 3001", QStringLiteral("vm.watermark_scale_factor"), QStringLiteral("3001"));
        ok("max_ptes_none 511", QStringLiteral("thp.khugepaged.max_ptes_none"), QStringLiteral("511"),
           QStringLiteral("511"));
        no("max_ptes_none 512", QStringLiteral("thp.khugepaged.max_ptes_none"), QStringLiteral("512"));
        no("khugepaged defrag 2", QStringLiteral("thp.khugepaged.defrag"), QStringLiteral("2"));
        no("pages_to_scan 0", QStringLiteral("thp.khugepaged.pages_to_scan"), QStringLiteral("0"));
        no("ksm run 3", QStringLiteral("ksm.run"), QStringLiteral("3"));
        ok("ksm run 2", QStringLiteral("ksm.run"), QStringLiteral("2"), QStringLiteral("2"));
        no("console 0", QStringLiteral("kernel.printk.console_loglevel"), QStringLiteral("0"));
        ok("console 8", QStringLiteral("kernel.printk.console_loglevel"), QStringLiteral("8"),
           QStringLiteral("8"));
        no("console 9", QStringLiteral("kernel.printk.console_loglevel"), QStringLiteral("9"));
        no("console all four", QStringLiteral("kernel.printk.console_loglevel"), QStringLiteral("7 4 1 7"));

        const QString thp = QStringLiteral("thp.enabled");
        ok("thp madvise", thp, QStringLiteral("madvise"), QStringLiteral("madvise"));
        no("thp capitalised", thp, QStringLiteral("Madvise"));
        no("thp bracketed", thp, QStringLiteral("[madvise]"));
        no("thp with newline", thp, QStringLiteral("madvise\n"));
        no("thp two words", thp, QStringLiteral("always madvise"));
        no("thp prefix", thp, QStringLiteral("mad"));
        no("thp inherit is per-size only", thp, QStringLiteral("inherit"));
        no("thp empty", thp, QString());
        ok("defrag defer+madvise", QStringLiteral("thp.defrag"), QStringLiteral("defer+madvise"),
           QStringLiteral("defer+madvise"));
        no("defrag of shmem", QStringLiteral("thp.defrag"), QStringLiteral("within_size"));
        ok("shmem within_size", QStringLiteral("thp.shmem_enabled"), QStringLiteral("within_size"),
           QStringLiteral("within_size"));
        ok("shmem force", QStringLiteral("thp.shmem_enabled"), QStringLiteral("force"),
           QStringLiteral("force"));

        ok("drop 3", QStringLiteral("vm.drop_caches"), QStringLiteral("3"), QStringLiteral("3"));
        no("drop 4", QStringLiteral("vm.drop_caches"), QStringLiteral("4"));
        no("drop 0", QStringLiteral("vm.drop_caches"), QStringLiteral("0"));
        no("drop 03", QStringLiteral("vm.drop_caches"), QStringLiteral("03"));
        ok("compact 1", QStringLiteral("vm.compact_memory"), QStringLiteral("1"), QStringLiteral("1"));
        no("compact 2", QStringLiteral("vm.compact_memory"), QStringLiteral("2"));

        const QString one = QStringLiteral("1");
        no("unknown key", QStringLiteral("vm.nope"), one);
        no("empty key", QString(), one);
        no("dangerous sysctl", QStringLiteral("kernel.core_pattern"), one);
        no("modprobe", QStringLiteral("kernel.modprobe"), one);
        no("path as key", QStringLiteral("/proc/sys/vm/swappiness"), one);
        no("relative path as key", QStringLiteral("proc/sys/vm/swappiness"), one);
        no("dot dot", QStringLiteral("../vm.swappiness"), one);
        no("dot dot after key", QStringLiteral("vm.swappiness/../../x"), one);
        no("key with NUL", QStringView(u"vm.swappiness\u0000", 14).toString(), one);
        no("key with newline", QStringLiteral("vm.swappiness\n"), one);
        no("key with space", QStringLiteral(" vm.swappiness"), one);
        no("key upper case", QStringLiteral("VM.SWAPPINESS"), one);
        no("sysctl slash form", QStringLiteral("vm/swappiness"), one);
        no("overlong key", QString(5000, u'v'), one);
    }

    void validate()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, canonical);
        const auto checked = validateTunable(key, value);
        if (canonical.isNull()) {
            QVERIFY2(!checked.ok(), qPrintable(checked.ok() ? checked.value() : QString()));
            QVERIFY(!checked.reason().isEmpty());
            QVERIFY2(!hasControlCharacter(checked.reason()), qPrintable(checked.reason()));
            QVERIFY2(checked.reason().size() < 400, qPrintable(checked.reason()));
        } else {
            QVERIFY2(checked.ok(), qPrintable(checked.reason()));
            QCOMPARE(checked.value(), canonical);
        }
    }

    void rejectionNamesTheProblem()
    {
        QCOMPARE(validateTunable(QStringLiteral("vm.swappiness"), QStringLiteral("300")).reason(),
                 u"vm.swappiness must be between 0 and 200, not 300.");
        const QString reason =
            validateTunable(QStringLiteral("thp.enabled"), QStringLiteral("sometimes")).reason();
        QVERIFY2(reason.contains(u"always, madvise, never"), qPrintable(reason));
        const QString hostile =
            validateTunable(QStringView(u"vm.x\u202E\u0000\n", 7).toString(), QStringLiteral("1")).reason();
        QVERIFY2(hostile.startsWith(u"\u201Cvm.x\uFFFD\uFFFD\uFFFD\u201D"), qPrintable(hostile));
    }

    void strictIntegerEdges()
    {
        qint64 v = 0;
        QVERIFY(detail::parseStrictInteger(u"9223372036854775807", false, &v));
        QCOMPARE(v, std::numeric_limits<qint64>::max());
        QVERIFY(detail::parseStrictInteger(u"-9223372036854775808", true, &v));
        QCOMPARE(v, std::numeric_limits<qint64>::min());
        QVERIFY(!detail::parseStrictInteger(u"-9223372036854775809", true, &v));
        QVERIFY(!detail::parseStrictInteger(u"-5", false, &v));
        QVERIFY(detail::parseStrictInteger(u"-5", true, &v));
        QCOMPARE(v, -5);
        QVERIFY(!detail::parseStrictInteger(u"-", true, &v));
        QVERIFY(!detail::parseStrictInteger(u"--5", true, &v));
    }

    void readsWhatTheUserWouldName()
    {
        FakeRoot fake;
        const TunableWriter writer{KernelFs(fake.root())};
        QCOMPARE(writer.read(QStringLiteral("vm.swappiness")).value(), u"60");
        QCOMPARE(writer.read(QStringLiteral("thp.enabled")).value(), u"madvise");
        QCOMPARE(writer.read(QStringLiteral("thp.defrag")).value(), u"madvise");
        QCOMPARE(writer.read(QStringLiteral("thp.shmem_enabled")).value(), u"never");
        QCOMPARE(writer.read(QStringLiteral("kernel.printk.console_loglevel")).value(), u"4");
        // A trigger is write-only: present, but without a value.
        const auto drop = writer.read(QStringLiteral("vm.drop_caches"));
        QVERIFY2(drop.ok(), qPrintable(drop.reason()));
        QVERIFY(drop.value().isEmpty());

        const auto ksm = writer.read(QStringLiteral("ksm.run"));
        QVERIFY(!ksm.ok());
        QVERIFY2(ksm.reason().startsWith(u"This kernel has no /sys/kernel/mm/ksm/run"),
                 qPrintable(ksm.reason()));
        QVERIFY(!writer.read(QStringLiteral("vm.compact_memory")).ok());
        QVERIFY(!writer.read(QStringLiteral("../etc/shadow")).ok());

        fake.put("sys/kernel/mm/transparent_hugepage/enabled", "always madvise never\n");
        QVERIFY(!writer.read(QStringLiteral("thp.enabled")).ok());
        fake.put("proc/sys/vm/swappiness", "sixty\n");
        QVERIFY(!writer.read(QStringLiteral("vm.swappiness")).ok());
    }

    void writesTheCanonicalValueAndReportsOldAndNew()
    {
        FakeRoot fake;
        const TunableWriter writer{KernelFs(fake.root())};
        const OperationResult result = writer.write(QStringLiteral("vm.swappiness"), QStringLiteral("10"));
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.oldValue, u"60");
        QCOMPARE(result.newValue, u"10");
        QVERIFY(result.errnoName.isEmpty());
        QCOMPARE(result.cause, u"Swappiness is now 10 (it was 60).");
        QCOMPARE(fake.content("proc/sys/vm/swappiness"), QByteArray("10"));

        const OperationResult again = writer.write(QStringLiteral("vm.swappiness"), QStringLiteral("10"));
        QVERIFY(again.ok());
        QCOMPARE(again.cause, u"Swappiness was already 10.");

        const OperationResult refused = writer.write(QStringLiteral("vm.swappiness"), QStringLiteral("+5"));
        QCOMPARE(refused.outcome, OperationResult::Outcome::Rejected);
        QVERIFY(refused.errnoName.isEmpty());
        QCOMPARE(fake.content("proc/sys/vm/swappiness"), QByteArray("10"));
    }

    void writesAChoiceAsTheBareWord()
    {
        FakeRoot fake;
        const TunableWriter writer{KernelFs(fake.root())};
        const OperationResult result = writer.write(QStringLiteral("thp.enabled"), QStringLiteral("never"));
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(result.oldValue, u"madvise");
        QCOMPARE(fake.content("sys/kernel/mm/transparent_hugepage/enabled"), QByteArray("never"));
        // A plain file does not turn "never" into "always madvise [never]" as sysfs does: the read-back fails
        // and the result says so, with the value written.
        QCOMPARE(result.newValue, u"never");
        QVERIFY2(result.cause.contains(u"reading it back failed"), qPrintable(result.cause));

        // With the kernel's answer in place, the read-back is the bracketed word.
        fake.put("sys/kernel/mm/transparent_hugepage/enabled", "always madvise [never]\n");
        QCOMPARE(writer.read(QStringLiteral("thp.enabled")).value(), u"never");
    }

    void rewritesAllFourPrintkLevels()
    {
        FakeRoot fake;
        const TunableWriter writer{KernelFs(fake.root())};
        const OperationResult result =
            writer.write(QStringLiteral("kernel.printk.console_loglevel"), QStringLiteral("7"));
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QCOMPARE(fake.content("proc/sys/kernel/printk"), QByteArray("7\t4\t1\t7"));
        QCOMPARE(result.oldValue, u"4");
        QCOMPARE(result.newValue, u"7");

        fake.put("proc/sys/kernel/printk", "6\t3\t3\t6\n");
        const OperationResult below =
            writer.write(QStringLiteral("kernel.printk.console_loglevel"), QStringLiteral("2"));
        QCOMPARE(below.outcome, OperationResult::Outcome::Rejected);
        QVERIFY2(below.cause.contains(u"below 3"), qPrintable(below.cause));
        QCOMPARE(fake.content("proc/sys/kernel/printk"), QByteArray("6\t3\t3\t6\n"));

        fake.put("proc/sys/kernel/printk", "6\t3\n");
        const OperationResult broken =
            writer.write(QStringLiteral("kernel.printk.console_loglevel"), QStringLiteral("5"));
        QCOMPARE(broken.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(fake.content("proc/sys/kernel/printk"), QByteArray("6\t3\n"));
    }

    void triggersHaveNoValue()
    {
        FakeRoot fake;
        const TunableWriter writer{KernelFs(fake.root())};
        ::chmod(fake.path("proc/sys/vm/drop_caches").constData(), 0600); // so the test can look at it
        const OperationResult result = writer.write(QStringLiteral("vm.drop_caches"), QStringLiteral("3"));
        QVERIFY2(result.ok(), qPrintable(result.cause));
        QVERIFY(result.oldValue.isNull());
        QVERIFY(result.newValue.isNull());
        QCOMPARE(fake.content("proc/sys/vm/drop_caches"), QByteArray("3"));

        const OperationResult compact =
            writer.write(QStringLiteral("vm.compact_memory"), QStringLiteral("1"));
        QCOMPARE(compact.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(compact.errnoName, u"ENOENT");
        QCOMPARE(fake.content("proc/sys/vm/compact_memory"), QByteArray("<absent>"));
    }

    void absentFileSaysThisKernelHasNone()
    {
        FakeRoot fake;
        const TunableWriter writer{KernelFs(fake.root())};
        const OperationResult result = writer.write(QStringLiteral("ksm.run"), QStringLiteral("1"));
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.errnoName, u"ENOENT");
        QCOMPARE(result.errnoValue, ENOENT);
        QVERIFY2(result.cause.startsWith(u"This kernel has no /sys/kernel/mm/ksm/run, so ksm.run cannot"),
                 qPrintable(result.cause));
        QVERIFY(!QFile::exists(fake.root() + QStringLiteral("/sys/kernel/mm/ksm/run")));
    }

    void symbolicLinkIsNotFollowed()
    {
        FakeRoot fake;
        fake.put("elsewhere", "60\n");
        QVERIFY(QFile::remove(fake.root() + QStringLiteral("/proc/sys/vm/swappiness")));
        QVERIFY(QFile::link(fake.root() + QStringLiteral("/elsewhere"),
                            fake.root() + QStringLiteral("/proc/sys/vm/swappiness")));
        const TunableWriter writer{KernelFs(fake.root())};
        const OperationResult result = writer.write(QStringLiteral("vm.swappiness"), QStringLiteral("1"));
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.errnoName, u"ELOOP");
        QVERIFY2(result.cause.contains(u"symbolic link"), qPrintable(result.cause));
        QCOMPARE(fake.content("elsewhere"), QByteArray("60\n"));
    }

    void otherFailuresAreReported()
    {
        FakeRoot fake;
        const TunableWriter writer{KernelFs(fake.root())};
        // A directory where the file should be.
        QVERIFY(QDir().mkpath(fake.root() + QStringLiteral("/proc/sys/vm/watermark_scale_factor")));
        const OperationResult dir =
            writer.write(QStringLiteral("vm.watermark_scale_factor"), QStringLiteral("10"));
        QCOMPARE(dir.outcome, OperationResult::Outcome::Failed);
        QVERIFY(!dir.errnoName.isEmpty());
        QVERIFY(!dir.cause.isEmpty());

        // Content the reader does not understand does not block the write; the old value is then unknown.
        fake.put("proc/sys/vm/overcommit_memory", "garbage\n");
        const OperationResult garbled =
            writer.write(QStringLiteral("vm.overcommit_memory"), QStringLiteral("2"));
        QVERIFY2(garbled.ok(), qPrintable(garbled.cause));
        QVERIFY(garbled.oldValue.isEmpty());
        QCOMPARE(garbled.newValue, u"2");
        QCOMPARE(fake.content("proc/sys/vm/overcommit_memory"), QByteArray("2"));
    }

    void permissionDeniedNeedsRoot()
    {
        FakeRoot fake;
        QVERIFY(QFile::setPermissions(fake.root(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                       QFile::ReadOther | QFile::ExeOther));
        const TunableWriter writer{KernelFs(fake.root())};
        if (::geteuid() != 0) {
            ::chmod(fake.path("proc/sys/vm/swappiness").constData(), 0444);
            const OperationResult result = writer.write(QStringLiteral("vm.swappiness"), QStringLiteral("1"));
            QCOMPARE(result.errnoName, u"EACCES");
            QVERIFY2(result.cause.contains(u"needs root"), qPrintable(result.cause));
            return;
        }
        // Root may write any file: a child that became nobody meets the file's 0644 as the GUI would.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(2);
            const OperationResult result = writer.write(QStringLiteral("vm.swappiness"), QStringLiteral("1"));
            ::_exit(result.errnoValue == EACCES && result.cause.contains(u"needs root") ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(fake.content("proc/sys/vm/swappiness"), QByteArray("60\n"));
    }

    void readsTheLiveSystem()
    {
        QFile file(QStringLiteral("/proc/sys/vm/swappiness"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("no /proc/sys/vm/swappiness here");
        const QString expected = QString::fromLatin1(file.readAll().trimmed());
        QCOMPARE(TunableWriter().read(QStringLiteral("vm.swappiness")).value(), expected);
    }
};

QTEST_GUILESS_MAIN(TestTunables)
#include "tst_tunables.moc"
