// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-cli ps against procps ps on the live machine, run at the same moment.
//
// How the two are made comparable: ps runs once before and once after kaleido-cli. A process counts as stable
// when both ps runs list it with the same ppid, state letter, RSS, VSZ and command; the processes in between
// cannot have been caught in a different state than ps saw twice, except for changes that happened and were
// undone in the few milliseconds between the runs. For every stable process kaleido-cli must report exactly
// the same values. Left out, and only these: processes that start or exit around the runs (the ps runs
// themselves, kaleido-cli, short-lived compiler jobs), and processes whose values moved between the two ps
// runs (a busy process whose state flips between R and S, one whose RSS grows). Because a value may also flip
// and flip back between the runs, the comparison is retried up to three times and must come out exact once.
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Row
{
    qint64 ppid = 0;
    QChar state;
    qint64 rssKiB = 0;
    qint64 vszKiB = 0;
    QString comm;

    bool operator==(const Row&) const = default;
    QString text() const
    {
        return QStringLiteral("ppid %1 state %2 rss %3 vsz %4 comm “%5”")
            .arg(ppid)
            .arg(state)
            .arg(rssKiB)
            .arg(vszKiB)
            .arg(comm);
    }
};

QByteArray run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

/// ps -eo pid,ppid,stat,rss,vsz,comm: five right-aligned columns, then the command (which may hold spaces).
QHash<qint64, Row> psTable()
{
    QHash<qint64, Row> rows;
    const QList<QByteArray> lines =
        run(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("pid,ppid,stat,rss,vsz,comm")})
            .split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 5)
            continue;
        Row row;
        row.ppid = fields.at(1).toLongLong();
        row.state = fields.at(2).at(0);
        row.rssKiB = fields.at(3).toLongLong();
        row.vszKiB = fields.at(4).toLongLong();
        // The command is everything after the VSZ column's value.
        qsizetype pos = 0;
        for (int f = 0; f < 5; ++f) {
            pos = line.indexOf(fields.at(f), pos) + fields.at(f).size();
        }
        row.comm = line.mid(pos + 1);
        rows.insert(fields.at(0).toLongLong(), row);
    }
    return rows;
}

QHash<qint64, Row> kaleidoTable()
{
    QHash<qint64, Row> rows;
    const QJsonArray processes =
        QJsonDocument::fromJson(
            run(QStringLiteral(KALEIDO_CLI), {QStringLiteral("--json"), QStringLiteral("ps")}))
            .object()
            .value(QStringLiteral("processes"))
            .toArray();
    for (const QJsonValue& value : processes) {
        const QJsonObject p = value.toObject();
        Row row;
        row.ppid = p.value(QStringLiteral("ppid")).toInteger();
        row.state = p.value(QStringLiteral("state")).toString().at(0);
        row.rssKiB = qint64(p.value(QStringLiteral("rssBytes")).toDouble()) / 1024;
        row.vszKiB = qint64(p.value(QStringLiteral("vsizeBytes")).toDouble()) / 1024;
        // ps prints control characters as '?'; the JSON has the raw name.
        QString comm = p.value(QStringLiteral("comm")).toString();
        for (QChar& c : comm) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = QLatin1Char('?');
        }
        row.comm = comm;
        rows.insert(p.value(QStringLiteral("pid")).toInteger(), row);
    }
    return rows;
}

} // namespace

class TestPsCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsProcps()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ps")).isEmpty())
            QSKIP("procps ps is not installed");
        QStringList lastMismatches;
        qsizetype lastStable = 0;
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QHash<qint64, Row> before = psTable();
            const QHash<qint64, Row> ours = kaleidoTable();
            const QHash<qint64, Row> after = psTable();
            QVERIFY(!before.isEmpty() && !ours.isEmpty() && !after.isEmpty());

            QStringList mismatches;
            qsizetype stable = 0;
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                const auto again = after.constFind(it.key());
                if (again == after.cend() || !(again.value() == it.value()))
                    continue; // started, exited or changed between the two ps runs
                ++stable;
                const auto mine = ours.constFind(it.key());
                if (mine == ours.cend())
                    mismatches.append(
                        QStringLiteral("PID %1 missing (ps: %2)").arg(it.key()).arg(it->text()));
                else if (!(mine.value() == it.value()))
                    mismatches.append(QStringLiteral("PID %1: ps %2, kaleido-cli %3")
                                          .arg(it.key())
                                          .arg(it->text(), mine->text()));
            }
            // A comparison over a handful of processes would prove little; any Linux has dozens.
            QVERIFY2(stable >= 10, qPrintable(QStringLiteral("only %1 stable processes").arg(stable)));
            if (mismatches.isEmpty()) {
                qInfo("%lld stable processes agree (of %lld listed by ps)", qint64(stable),
                      qint64(before.size()));
                return;
            }
            lastMismatches = mismatches;
            lastStable = stable;
        }
        QFAIL(qPrintable(
            QStringLiteral("%1 of %2 stable processes differ:\n").arg(lastMismatches.size()).arg(lastStable) +
            lastMismatches.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPsCompare)
#include "tst_pscompare.moc"
