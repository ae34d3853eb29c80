// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-cli's kernel commands against their peer tools, on the live machine at the same moment: lsmod,
// modinfo, /proc/sys/kernel/tainted and dmesg -r. Runs on the host (a kernel without module support) and,
// through tests/vm, inside Debian's 6.1 guest with real modules loaded.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <sys/utsname.h>

using namespace kaleido;

namespace {

quint64 readTainted()
{
    QFile f(QStringLiteral("/proc/sys/kernel/tainted"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toULongLong();
}

QString runningRelease()
{
    struct utsname u = {};
    ::uname(&u);
    return QString::fromUtf8(u.release);
}

struct LsmodLine
{
    quint64 size = 0;
    QString usedBy;      // the count
    QStringList holders; // sorted
    bool operator==(const LsmodLine& o) const
    {
        return size == o.size && usedBy == o.usedBy && holders == o.holders;
    }
};

// "Module                  Size  Used by" then "name size count[ holder,holder]".
QHash<QString, LsmodLine> parseLsmod(const QByteArray& text)
{
    QHash<QString, LsmodLine> modules;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList words = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 3)
            continue;
        LsmodLine line;
        line.size = words.at(1).toULongLong();
        line.usedBy = words.at(2);
        if (words.size() > 3)
            line.holders = words.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        line.holders.sort();
        modules.insert(words.at(0), line);
    }
    return modules;
}

struct LogRecord
{
    int priority = 0;
    quint64 timestampUs = 0;
    QString message;
    int facility = 0;  ///< ours only; dmesg -r gives the prefix below
    int rawPrefix = 0; ///< dmesg -r's "<N>"
};

// Both sides' multi-line messages: dmesg indents continuation lines; compare them without that indentation.
QString normalised(const QString& message)
{
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

// dmesg -r: "<6>[    1.338494] message", continuation lines start with white space.
QList<LogRecord> parseDmesgRaw(const QByteArray& text)
{
    static const QRegularExpression head(QStringLiteral("^<(\\d+)>\\[\\s*(\\d+)\\.(\\d{6})\\] ?(.*)$"));
    QList<LogRecord> records;
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const auto m = head.match(line);
        if (m.hasMatch()) {
            records.append(LogRecord{m.captured(1).toInt() % 8,
                                     m.captured(2).toULongLong() * 1000000 + m.captured(3).toULongLong(),
                                     m.captured(4), 0, m.captured(1).toInt()});
        } else if (!records.isEmpty() && !line.isEmpty()) {
            records.last().message += QLatin1Char('\n') + line;
        }
    }
    for (LogRecord& r : records)
        r.message = normalised(r.message);
    return records;
}

// modinfo's lines, without the one line kaleido-cli adds (loadtaint) and without the final empty line.
QList<QByteArray> modinfoLines(const QByteArray& text)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.startsWith("loadtaint:"))
            lines.append(line);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestKernelCliLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taintAgreesWithProc()
    {
        const quint64 before = readTainted();
        const auto r = test::cli({QStringLiteral("--json"), QStringLiteral("taint")});
        const quint64 after = readTainted();
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = test::json(r).object();
        const quint64 value = quint64(o.value(QStringLiteral("value")).toDouble());
        // Taint bits are only ever set, never cleared: ours lies between the two reads.
        QCOMPARE(before & ~value, quint64(0));
        QCOMPARE(value & ~after, quint64(0));
        quint64 fromFlags = 0;
        for (const QJsonValue& f : o.value(QStringLiteral("flags")).toArray())
            fromFlags |= quint64(1) << f.toObject().value(QStringLiteral("bit")).toInt();
        QCOMPARE(fromFlags, value);
        const auto text = test::cli({QStringLiteral("taint")});
        QVERIFY(text.out.startsWith(QByteArray(QByteArray("Tainted: ") + QByteArray::number(value))));
    }

    void modulesAgreeWithLsmod()
    {
        const QString lsmod = test::tool(QStringLiteral("lsmod"));
        if (lsmod.isEmpty())
            QSKIP("lsmod (kmod) is not installed");
        if (!QFileInfo::exists(QStringLiteral("/proc/modules"))) {
            // No module support: lsmod fails, kaleido-cli says so in one line and succeeds.
            const auto ours = test::cli({QStringLiteral("modules")});
            QCOMPARE(ours.exitCode, 0);
            QCOMPARE(ours.out.count('\n'), 1);
            QVERIFY(ours.out.contains("without loadable-module support"));
            QVERIFY(test::run(lsmod, {}).exitCode != 0);
            return;
        }
        const auto first = parseLsmod(test::run(lsmod, {}).out);
        const auto ours = test::cli({QStringLiteral("--json"), QStringLiteral("modules")});
        const auto second = parseLsmod(test::run(lsmod, {}).out);
        QCOMPARE(ours.exitCode, 0);
        QVERIFY(!first.isEmpty());

        QHash<QString, LsmodLine> mine;
        for (const QJsonValue& v : test::json(ours).object().value(QStringLiteral("modules")).toArray()) {
            const QJsonObject m = v.toObject();
            LsmodLine line;
            line.size = quint64(m.value(QStringLiteral("size")).toDouble());
            line.usedBy = m.value(QStringLiteral("refcount")).isNull()
                              ? QStringLiteral("-")
                              : QString::number(m.value(QStringLiteral("refcount")).toInteger());
            for (const QJsonValue& h : m.value(QStringLiteral("holders")).toArray())
                line.holders.append(h.toString());
            line.holders.sort();
            mine.insert(m.value(QStringLiteral("name")).toString(), line);
        }
        // Tolerance: a module may be loaded, unloaded or used between the runs; only what both lsmod runs
        // agree on has to match exactly.
        int compared = 0;
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            if (!second.contains(it.key()) || !(second.value(it.key()) == it.value()))
                continue;
            QVERIFY2(mine.contains(it.key()), qPrintable(it.key()));
            const LsmodLine& m = mine.value(it.key());
            QCOMPARE(m.size, it.value().size);
            QCOMPARE(m.usedBy, it.value().usedBy);
            QCOMPARE(m.holders, it.value().holders);
            ++compared;
        }
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            QVERIFY2(first.contains(it.key()) || second.contains(it.key()), qPrintable(it.key()));
        QVERIFY(compared > 0);
    }

    void modinfoAgreesWithModinfo_data()
    {
        QTest::addColumn<QString>("argument");
        const QString modules = QStringLiteral("/lib/modules/") + runningRelease();
        if (QFileInfo::exists(modules + QStringLiteral("/modules.dep"))) {
            for (const char* name : {"dummy", "loop", "dm_mod", "fs-ext3", "zswap"})
                QTest::newRow(name) << QString::fromLatin1(name);
        }
        // Module files by path: the running kernel's and Debian's 6.1 (installed for the qemu rig).
        const QStringList dirs =
            QDir(QStringLiteral("/lib/modules")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& dir : dirs) {
            const QString file =
                QStringLiteral("/lib/modules/") + dir + QStringLiteral("/kernel/drivers/net/dummy.ko");
            if (QFileInfo::exists(file))
                QTest::newRow(qPrintable(file)) << file;
        }
    }
    void modinfoAgreesWithModinfo()
    {
        QFETCH(QString, argument);
        const QString modinfo = test::tool(QStringLiteral("modinfo"));
        if (modinfo.isEmpty())
            QSKIP("modinfo (kmod) is not installed");
        const auto theirs = test::run(modinfo, {argument});
        if (theirs.exitCode != 0)
            QSKIP("modinfo does not know this module here");
        const auto ours = test::cli({QStringLiteral("modinfo"), argument});
        QCOMPARE(ours.exitCode, 0);
        // Identical, apart from the one line modinfo does not have (not for built-in modules, which are never
        // loaded).
        QCOMPARE(ours.out.contains("\nloadtaint:"), !ours.out.contains("filename:       (builtin)\n"));
        QCOMPARE(modinfoLines(ours.out), modinfoLines(theirs.out));
    }

    void modinfoOfMissingModule()
    {
        const auto ours = test::cli({QStringLiteral("modinfo"), QStringLiteral("kaleido_no_such_module")});
        QCOMPARE(ours.exitCode, 1);
        QVERIFY(ours.err.contains("kaleido_no_such_module"));
    }

    void kmsgAgreesWithDmesg()
    {
        const QString dmesg = test::tool(QStringLiteral("dmesg"));
        if (dmesg.isEmpty())
            QSKIP("dmesg (util-linux) is not installed");
        const auto theirs = test::run(dmesg, {QStringLiteral("-r")});
        if (theirs.exitCode != 0)
            QSKIP("the kernel log is not readable for this user (kernel.dmesg_restrict)");
        const auto ours = test::cli({QStringLiteral("--json"), QStringLiteral("kmsg")});
        QCOMPARE(ours.exitCode, 0);

        const QList<LogRecord> reference = parseDmesgRaw(theirs.out);
        QList<LogRecord> mine;
        for (const QJsonValue& v : test::json(ours).object().value(QStringLiteral("records")).toArray()) {
            const QJsonObject r = v.toObject();
            mine.append(LogRecord{r.value(QStringLiteral("priority")).toInt(),
                                  quint64(r.value(QStringLiteral("timestampUs")).toDouble()),
                                  normalised(r.value(QStringLiteral("message")).toString()),
                                  r.value(QStringLiteral("facility")).toInt(), 0});
        }
        // dmesg ran first: its last N records must appear in ours in the same order, one after the other;
        // ours may have more after them (logged in between).
        const qsizetype n = std::min<qsizetype>(50, reference.size());
        QVERIFY(n > 0);
        const LogRecord& start = reference.at(reference.size() - n);
        qsizetype at = -1;
        for (qsizetype i = 0; i < mine.size(); ++i) {
            if (mine.at(i).timestampUs == start.timestampUs && mine.at(i).message == start.message) {
                at = i;
                break;
            }
        }
        QVERIFY2(at >= 0, qPrintable(start.message));
        QVERIFY(at + n <= mine.size());
        for (qsizetype k = 0; k < n; ++k) {
            const LogRecord& a = mine.at(at + k);
            const LogRecord& b = reference.at(reference.size() - n + k);
            QCOMPARE(a.timestampUs, b.timestampUs);
            // util-linux 2.38's dmesg -r prints "<facility | level>" without shifting the facility, so its
            // prefix equals the priority only for the kernel's own facility (0); for the others (user records
            // written to /dev/kmsg) check against that same formula: <12> (user.warn) in /dev/kmsg is printed
            // as <5>.
            if (a.facility == 0)
                QCOMPARE(a.priority, b.priority);
            else
                QCOMPARE(a.facility | a.priority, b.rawPrefix);
            QCOMPARE(a.message, b.message);
        }
    }
};

QTEST_GUILESS_MAIN(TestKernelCliLive)
#include "tst_kernelcli_live.moc"
