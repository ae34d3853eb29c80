// SPDX-License-Identifier: GPL-2.0-or-later
// Process memory-map commands: maps (like pmap and /proc/PID/maps) and smaps (like pmap -X).
#include "clicommand.h"
#include "memorymaps.h"
#include "processcmdline.h"
#include "processcomm.h"
#include "smaps.h"
#include "vmflags.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kaleido::cli {

namespace {

/// The PID argument, or a usage error in @p out.
std::optional<int> pidArgument(const Context& context, Output& out)
{
    bool ok = false;
    const int pid = context.args.size() == 1 ? context.args.constFirst().toInt(&ok) : 0;
    if (!ok || pid <= 0) {
        out.error =
            QCoreApplication::translate("kaleido::cli", "expected one process ID (a positive number)");
        return std::nullopt;
    }
    return pid;
}

/// How pmap names the process on its first line: the command line, or "[comm]" for a kernel thread.
QString commandOf(const KernelFs& fs, int pid)
{
    const auto cmdline = readProcessCmdline(fs, pid);
    if (cmdline && !cmdline->isEmpty())
        return cmdline->joined();
    const auto comm = readProcessComm(fs, pid);
    return comm ? QString(QLatin1Char('[') + comm->text() + QLatin1Char(']')) : QString();
}

// The kernel's own formats: %08lx for addresses and offsets, %02x:%02x for the device.
QString hex8(quint64 value)
{
    return QString::number(value, 16).rightJustified(8, QLatin1Char('0'));
}

QString device(const MemoryMap& m)
{
    return QString::number(m.deviceMajor, 16).rightJustified(2, QLatin1Char('0')) + QLatin1Char(':') +
           QString::number(m.deviceMinor, 16).rightJustified(2, QLatin1Char('0'));
}

QString kindName(MappingKind kind)
{
    switch (kind) {
    case MappingKind::Anonymous:
        return QStringLiteral("anonymous");
    case MappingKind::File:
        return QStringLiteral("file");
    case MappingKind::Heap:
        return QStringLiteral("heap");
    case MappingKind::Stack:
        return QStringLiteral("stack");
    case MappingKind::ThreadStack:
        return QStringLiteral("thread-stack");
    case MappingKind::Vdso:
        return QStringLiteral("vdso");
    case MappingKind::Vvar:
        return QStringLiteral("vvar");
    case MappingKind::Vsyscall:
        return QStringLiteral("vsyscall");
    case MappingKind::NamedAnonymous:
        return QStringLiteral("named-anonymous");
    case MappingKind::OtherPseudo:
        break;
    }
    return QStringLiteral("pseudo");
}

/// The JSON fields every map line has, with addresses as hex strings: they do not fit a JSON number exactly.
QJsonObject mapJson(const MemoryMap& m, QByteArrayView pathname)
{
    return QJsonObject{
        {QStringLiteral("start"), QString::number(m.start, 16)},
        {QStringLiteral("end"), QString::number(m.end, 16)},
        {QStringLiteral("size"), qint64(m.size())},
        {QStringLiteral("permissions"), QString::fromLatin1(m.permissionString())},
        {QStringLiteral("offset"), qint64(m.offset)},
        {QStringLiteral("device"), device(m)},
        {QStringLiteral("inode"), qint64(m.inode)},
        {QStringLiteral("pathname"), QString::fromUtf8(pathname)},
        {QStringLiteral("kind"), kindName(mappingKind(pathname))},
        {QStringLiteral("deleted"), isDeletedMapping(pathname)},
    };
}

QJsonArray skippedJson(const QList<Error>& skipped)
{
    QJsonArray array;
    for (const Error& e : skipped)
        array.append(e.message());
    return array;
}

// pmap's mode column: "r-x--", with 's' in fourth place for a shared mapping.
QString pmapMode(const MemoryMap& m)
{
    QString mode = QString::fromLatin1(m.permissionString());
    mode[3] = m.shared() ? QLatin1Char('s') : QLatin1Char('-');
    return mode + QLatin1Char('-');
}

int maps(const Context& context, Output& out)
{
    const auto pid = pidArgument(context, out);
    if (!pid)
        return 2;
    const auto result = readMaps(context.fs, *pid);
    if (!result) {
        out.error = result.error().message();
        return 1;
    }
    const QString command = commandOf(context.fs, *pid);
    out.text = QString::number(*pid) + QStringLiteral(":   ") + command;
    out.addColumn(QStringLiteral("Address"));
    out.addColumn(QStringLiteral("Kbytes"), true);
    out.addColumn(QStringLiteral("Mode"));
    out.addColumn(QStringLiteral("Offset"));
    out.addColumn(QStringLiteral("Device"));
    out.addColumn(QStringLiteral("Inode"), true);
    out.addColumn(QStringLiteral("Mapping"));
    QJsonArray array;
    for (const MemoryMap& m : result->maps) {
        const QByteArrayView pathname = result->pathname(m);
        out.addRow({QString::number(m.start, 16).rightJustified(16, QLatin1Char('0')),
                    number(m.size() / 1024), pmapMode(m), hex8(m.offset), device(m), number(m.inode),
                    QString::fromUtf8(pathname)});
        array.append(mapJson(m, pathname));
    }
    out.addRow({QStringLiteral("total kB"), number(result->totalSize() / 1024)});
    out.json = QJsonObject{{QStringLiteral("pid"), *pid},
                           {QStringLiteral("command"), command},
                           {QStringLiteral("maps"), array},
                           {QStringLiteral("totalBytes"), qint64(result->totalSize())},
                           {QStringLiteral("skippedLines"), skippedJson(result->skippedLines)}};
    return 0;
}

// Fields pmap -X leaves out (its -XX shows them); VmFlags is not a number and is left out as well.
bool pmapXShows(QByteArrayView key)
{
    for (QByteArrayView hidden : {"AnonHugePages", "KernelPageSize", "MMUPageSize", "Shared_Dirty",
                                  "Private_Dirty", "Shared_Clean", "Private_Clean"}) {
        if (key == hidden)
            return false;
    }
    return true;
}

// pmap's Mapping column: the part after the last '/', or the whole name.
QString baseName(QByteArrayView pathname)
{
    const qsizetype slash = pathname.lastIndexOf('/');
    return QString::fromUtf8(slash < 0 ? pathname : pathname.sliced(slash + 1));
}

int smaps(const Context& context, Output& out)
{
    const auto pid = pidArgument(context, out);
    if (!pid)
        return 2;
    const auto result = readSmaps(context.fs, *pid);
    if (!result) {
        out.error = result.error().message();
        return 1;
    }
    const Smaps& s = *result;
    const SmapsTotals totals = smapsTotals(s);
    const QString command = commandOf(context.fs, *pid);

    QList<quint32> shown;
    for (qsizetype k = 0; k < s.keys.size(); ++k) {
        if (pmapXShows(s.keyName(quint32(k))))
            shown.append(quint32(k));
    }

    out.text = QString::number(*pid) + QStringLiteral(":   ") + command;
    for (const char* title : {"Address", "Perm", "Offset", "Device", "Inode"})
        out.addColumn(QString::fromLatin1(title), true);
    for (quint32 k : std::as_const(shown))
        out.addColumn(QString::fromLatin1(s.keyName(k)), true);
    out.addColumn(QStringLiteral("Mapping"));

    QJsonArray array;
    for (const Smaps::Entry& e : s.entries) {
        const QByteArrayView pathname = s.pathname(e);
        QStringList row{hex8(e.map.start), QString::fromLatin1(e.map.permissionString()), hex8(e.map.offset),
                        device(e.map), number(e.map.inode)};
        QList<QString> cells(shown.size());
        QJsonObject fields;
        for (qsizetype i = e.firstField; i < e.firstField + e.fieldCount; ++i) {
            const Smaps::Field& f = s.fields.at(i);
            const qsizetype column = shown.indexOf(f.key);
            if (column >= 0)
                cells[column] = number(f.value);
            fields.insert(QString::fromLatin1(s.keyName(f.key)), qint64(f.inKiB ? f.value * 1024 : f.value));
        }
        row += cells;
        row.append(baseName(pathname));
        out.addRow(row);

        QJsonObject entry = mapJson(e.map, pathname);
        entry.insert(QStringLiteral("fields"), fields);
        QJsonArray flags;
        QJsonArray words;
        for (QByteArrayView code : VmFlags::split(s.vmFlags(e))) {
            flags.append(QString::fromLatin1(code));
            words.append(VmFlags::describe(code));
        }
        entry.insert(QStringLiteral("vmFlags"), flags);
        entry.insert(QStringLiteral("vmFlagWords"), words); // "" for a code this version does not know
        array.append(entry);
    }

    // pmap's footer: a "====" rule as wide as each column, then the sums, then "KB".
    if (!shown.isEmpty()) {
        QStringList rule(5);
        QStringList sums(5);
        for (quint32 k : std::as_const(shown)) {
            const QString sum = number(totals.totals.at(k).sum);
            rule.append(QString(std::max(s.keyName(k).size(), sum.size()), QLatin1Char('=')));
            sums.append(sum);
        }
        rule.append(QString());
        sums.append(QStringLiteral("KB"));
        out.addRow(rule);
        out.addRow(sums);
    }

    QJsonObject totalsJson;
    for (const SmapsTotals::Total& t : totals.totals) {
        const QByteArrayView key = s.keyName(t.key);
        totalsJson.insert(QString::fromLatin1(key), qint64(*totals.value(s, key)));
    }
    out.json =
        QJsonObject{{QStringLiteral("pid"), *pid},
                    {QStringLiteral("command"), command},
                    {QStringLiteral("unit"), QStringLiteral("bytes for kB fields, plain numbers otherwise")},
                    {QStringLiteral("mappings"), array},
                    {QStringLiteral("totals"), totalsJson},
                    {QStringLiteral("skippedLines"), skippedJson(s.skippedLines)}};
    return 0;
}

} // namespace

void registerProcessMapCommands(QList<Command>& commands)
{
    commands.append(
        {QStringLiteral("maps"), QStringLiteral("PID"),
         QT_TRANSLATE_NOOP("kaleido::cli", "a process's memory areas (/proc/PID/maps), like pmap"), maps});
    commands.append({QStringLiteral("smaps"), QStringLiteral("PID"),
                     QT_TRANSLATE_NOOP("kaleido::cli",
                                       "memory counted per area (/proc/PID/smaps) with totals, like pmap -X"),
                     smaps});
}

} // namespace kaleido::cli
