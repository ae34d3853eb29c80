// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymapexport.h"

#include "vmflags.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kaleido::MemoryMapExport {

namespace {

using Mapping = MemoryMapModel::Mapping;
using Change = MemoryMapModel::Change;

// The smaps keys of MemoryMapModel::Field, in its order: the export speaks the kernel's names.
constexpr const char* fieldKeys[MemoryMapModel::FieldCount] = {
    "Rss",       "Pss",  "Shared_Clean", "Shared_Dirty",  "Private_Clean", "Private_Dirty", "Referenced",
    "Anonymous", "Swap", "SwapPss",      "AnonHugePages", "FilePmdMapped", "Locked",        "THPeligible",
};

QString hex(quint64 value)
{
    return QString::number(value, 16);
}

QString device(const Mapping& m)
{
    return QStringLiteral("%1:%2")
        .arg(m.deviceMajor, 2, 16, QLatin1Char('0'))
        .arg(m.deviceMinor, 2, 16, QLatin1Char('0'));
}

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs) : QString();
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (paths may).
QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

/// The change of each area of @p source, by start address.
QHash<quint64, const Change*> changesByStart(const Source& source)
{
    QHash<quint64, const Change*> byStart;
    for (const Change& c : source.changes) {
        if (c.type != Change::Removed)
            byStart.insert(c.after.start, &c);
    }
    return byStart;
}

QJsonObject mappingJson(const Mapping& m)
{
    QJsonObject o{
        {QStringLiteral("start"), hex(m.start)},
        {QStringLiteral("end"), hex(m.end)},
        {QStringLiteral("size"), qint64(m.size())},
        {QStringLiteral("permissions"), MemoryMapModel::permissionText(m.permissions)},
        {QStringLiteral("offset"), qint64(m.offset)},
        {QStringLiteral("device"), device(m)},
        {QStringLiteral("inode"), qint64(m.inode)},
        {QStringLiteral("path"), m.path},
        {QStringLiteral("kind"), kindKey(m.kind)},
    };
    for (int f = 0; f < MemoryMapModel::FieldCount; ++f) {
        if (m.has(MemoryMapModel::Field(f)))
            o.insert(QString::fromLatin1(fieldKeys[f]), qint64(m.values[f]));
    }
    QJsonArray codes;
    QJsonArray words;
    const QByteArray flags = m.vmFlags.toLatin1();
    for (QByteArrayView code : VmFlags::split(flags)) {
        codes.append(QString::fromLatin1(code));
        words.append(VmFlags::describe(code));
    }
    o.insert(QStringLiteral("VmFlags"), codes);
    o.insert(QStringLiteral("VmFlagWords"), words);
    return o;
}

} // namespace

QString changeKey(Change::Type type)
{
    switch (type) {
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Grown:
        return QStringLiteral("grown");
    case Change::Shrunk:
        return QStringLiteral("shrunk");
    }
    return {};
}

QString kindKey(MemoryMapModel::Kind kind)
{
    using K = MemoryMapModel::Kind;
    switch (kind) {
    case K::Code:
        return QStringLiteral("code");
    case K::Data:
        return QStringLiteral("data");
    case K::Heap:
        return QStringLiteral("heap");
    case K::Stack:
        return QStringLiteral("stack");
    case K::Anonymous:
        return QStringLiteral("anonymous");
    case K::FileBacked:
        return QStringLiteral("file-backed");
    case K::Shared:
        return QStringLiteral("shared");
    case K::Guard:
        return QStringLiteral("guard");
    case K::Vdso:
        return QStringLiteral("vdso");
    }
    return {};
}

QStringList csvColumns()
{
    QStringList columns{QStringLiteral("start"),       QStringLiteral("end"),    QStringLiteral("size"),
                        QStringLiteral("permissions"), QStringLiteral("offset"), QStringLiteral("device"),
                        QStringLiteral("inode"),       QStringLiteral("path"),   QStringLiteral("kind")};
    for (const char* key : fieldKeys)
        columns.append(QString::fromLatin1(key));
    columns.append(QStringLiteral("VmFlags"));
    columns.append(QStringLiteral("change"));
    columns.append(QStringLiteral("size_change"));
    columns.append(QStringLiteral("rss_change"));
    return columns;
}

QByteArray toCsv(const Source& source)
{
    const auto byStart = changesByStart(source);
    QByteArray out;
    out.reserve(source.snapshot.mappings.size() * 160 + 512);
    out += csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const Mapping& m : source.snapshot.mappings) {
        out += hex(m.start).toLatin1() + ',' + hex(m.end).toLatin1() + ',' + QByteArray::number(m.size()) +
               ',' + MemoryMapModel::permissionText(m.permissions).toLatin1() + ',' +
               QByteArray::number(m.offset) + ',' + device(m).toLatin1() + ',' + QByteArray::number(m.inode) +
               ',' + csvField(m.path) + ',' + kindKey(m.kind).toLatin1();
        for (int f = 0; f < MemoryMapModel::FieldCount; ++f) {
            out += ',';
            if (m.has(MemoryMapModel::Field(f)))
                out += QByteArray::number(m.values[f]);
        }
        out += ',' + csvField(m.vmFlags);
        const Change* c = byStart.value(m.start);
        if (c)
            out += ',' + changeKey(c->type).toLatin1() + ',' + QByteArray::number(c->sizeDelta) + ',' +
                   QByteArray::number(c->rssDelta);
        else
            out += ",,,";
        out += "\r\n";
    }
    // The totals line: the sums of pmap -X, in bytes.
    const MemoryMapModel::Totals& t = source.snapshot.totals;
    out += "total,," + QByteArray::number(t.size) + ",,,,," + QByteArray::number(t.mappings) + " mappings,";
    for (int f = 0; f < MemoryMapModel::FieldCount; ++f)
        out += ',' + QByteArray::number(t.values[f]);
    out += ",,,,\r\n";
    return out;
}

QByteArray toJson(const Source& source)
{
    const auto byStart = changesByStart(source);
    QJsonArray mappings;
    for (const Mapping& m : source.snapshot.mappings) {
        QJsonObject o = mappingJson(m);
        if (const Change* c = byStart.value(m.start)) {
            o.insert(QStringLiteral("change"), changeKey(c->type));
            o.insert(QStringLiteral("size_change"), c->sizeDelta);
            o.insert(QStringLiteral("rss_change"), c->rssDelta);
        }
        mappings.append(o);
    }
    const MemoryMapModel::Totals& t = source.snapshot.totals;
    QJsonObject totals{{QStringLiteral("mappings"), qint64(t.mappings)},
                       {QStringLiteral("size"), qint64(t.size)}};
    for (int f = 0; f < MemoryMapModel::FieldCount; ++f)
        totals.insert(QString::fromLatin1(fieldKeys[f]), qint64(t.values[f]));

    QJsonObject root{
        {QStringLiteral("pid"), source.snapshot.pid},
        {QStringLiteral("command"), source.command},
        {QStringLiteral("taken"), isoTime(source.snapshot.takenMs)},
        {QStringLiteral("unit"), QStringLiteral("bytes; addresses in hexadecimal; THPeligible is a flag")},
        {QStringLiteral("mappings"), mappings},
        {QStringLiteral("totals"), totals},
    };
    if (source.hasBaseline) {
        root.insert(QStringLiteral("baseline_taken"), isoTime(source.baselineTakenMs));
        QJsonArray removed;
        for (const Change& c : source.changes) {
            if (c.type == Change::Removed)
                removed.append(mappingJson(c.before));
        }
        root.insert(QStringLiteral("removed"), removed);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool writeCsv(QIODevice* device, const Source& source)
{
    const QByteArray bytes = toCsv(source);
    return device->write(bytes) == bytes.size();
}

bool writeJson(QIODevice* device, const Source& source)
{
    const QByteArray bytes = toJson(source);
    return device->write(bytes) == bytes.size();
}

Source sourceFrom(const MemoryMapModel& model, const QString& command)
{
    Source source;
    source.snapshot = model.takeSnapshot();
    source.command = command;
    source.hasBaseline = model.hasBaseline();
    if (source.hasBaseline) {
        source.changes = model.changes();
        source.baselineTakenMs = model.baseline().takenMs;
    }
    return source;
}

bool writeFile(const QString& fileName, const Source& source, bool json)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return (json ? writeJson(&file, source) : writeCsv(&file, source)) && file.commit();
}

} // namespace kaleido::MemoryMapExport
