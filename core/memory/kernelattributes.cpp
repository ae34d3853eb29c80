// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelattributes.h"

#include "kerneldirectory.h"
#include "textscan.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kaleido {

namespace {

Error malformed(const QString& path, const QString& detail)
{
    return Error::malformed(path, 0, detail);
}

QString notANumber()
{
    return QCoreApplication::translate("kaleido::KernelAttributes", "expected one decimal number");
}

} // namespace

Result<quint64> parseAttributeNumber(QByteArrayView text, const QString& path)
{
    text = text.trimmed();
    const auto number = parseUnsigned(text);
    if (!number || number->length != text.size())
        return malformed(path, notANumber());
    return number->value;
}

Result<qint64> parseAttributeSignedNumber(QByteArrayView text, const QString& path)
{
    text = text.trimmed();
    const bool negative = text.startsWith('-');
    const QByteArrayView digits = negative ? text.sliced(1) : text;
    const auto number = parseUnsigned(digits);
    if (!number || number->length != digits.size())
        return malformed(path, notANumber());
    // −2⁶³ has no positive counterpart; it is allowed, anything beyond is not.
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (number->value > limit)
        return malformed(path,
                         QCoreApplication::translate("kaleido::KernelAttributes", "value out of range"));
    if (negative)
        return number->value == limit ? std::numeric_limits<qint64>::min() : -qint64(number->value);
    return qint64(number->value);
}

const KernelAttribute* KernelAttributes::find(QStringView name) const
{
    for (const KernelAttribute& a : items) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

Result<QByteArray> KernelAttributes::text(const QString& name) const
{
    const KernelAttribute* a = find(name);
    if (!a) {
        Error e;
        e.kind = ErrorKind::Absent;
        e.path = directory + QLatin1Char('/') + name;
        return e;
    }
    if (a->writeOnly) {
        Error e;
        e.kind = ErrorKind::PermissionDenied;
        e.path = a->path;
        e.detail = QCoreApplication::translate("kaleido::KernelAttributes", "write-only");
        return e;
    }
    if (a->notRead) {
        Error e;
        e.kind = ErrorKind::IoError;
        e.path = a->path;
        e.detail = QCoreApplication::translate("kaleido::KernelAttributes", "not read, as reading it acts");
        return e;
    }
    if (a->error)
        return *a->error;
    return a->text;
}

Result<quint64> KernelAttributes::number(const QString& name) const
{
    const auto t = text(name);
    if (!t)
        return t.error();
    return parseAttributeNumber(*t, find(name)->path);
}

Result<qint64> KernelAttributes::signedNumber(const QString& name) const
{
    const auto t = text(name);
    if (!t)
        return t.error();
    return parseAttributeSignedNumber(*t, find(name)->path);
}

Result<KernelAttributes> readKernelAttributes(const KernelFs& fs, const QString& directory,
                                              const QStringList& notRead)
{
    const auto entries = listKernelDirectory(fs, directory);
    if (!entries)
        return entries.error();
    KernelAttributes attributes;
    attributes.directory = directory;
    QByteArray buffer;
    for (const KernelDirEntry& entry : *entries) {
        if (entry.type != KernelDirEntry::Type::File)
            continue;
        KernelAttribute a;
        a.name = entry.name;
        a.path = directory + QLatin1Char('/') + entry.name;
        a.writeOnly = entry.isWriteOnly();
        a.notRead = notRead.contains(entry.name);
        if (!a.writeOnly && !a.notRead) {
            if (auto error = fs.readInto(a.path, buffer))
                a.error = *error;
            else
                a.text = QByteArrayView(buffer).trimmed().toByteArray();
        }
        attributes.items.append(a);
    }
    return attributes;
}

Result<KernelAttributes> readKernelAttributeFiles(const KernelFs& fs, const QString& directory,
                                                  const QStringList& names)
{
    KernelAttributes attributes;
    attributes.directory = directory;
    QByteArray buffer;
    for (const QString& name : names) {
        KernelAttribute a;
        a.name = name;
        a.path = directory + QLatin1Char('/') + name;
        if (auto error = fs.readInto(a.path, buffer)) {
            if (error->kind == ErrorKind::Absent)
                continue;
            a.error = *error;
        } else {
            a.text = QByteArrayView(buffer).trimmed().toByteArray();
        }
        attributes.items.append(a);
    }
    if (attributes.items.isEmpty() && !QFileInfo(fs.hostPath(directory)).isDir()) {
        Error e;
        e.kind = ErrorKind::Absent;
        e.path = directory;
        return e;
    }
    return attributes;
}

} // namespace kaleido
