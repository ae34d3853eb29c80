// SPDX-License-Identifier: GPL-2.0-or-later
// Memory commands: meminfo (vmstat, buddy, zones, pagetypes, slab, thp, ksm, overcommit join it).
#include "clicommand.h"
#include "meminfo.h"
#include "units.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kaleido::cli {

namespace {

int meminfo(const Context& context, Output& out)
{
    const auto info = readMeminfo(context.fs);
    if (!info) {
        out.error = info.error().message();
        return 1;
    }
    out.addColumn(QStringLiteral("Field"));
    out.addColumn(QStringLiteral("Value"), true);
    out.addColumn(QStringLiteral("Unit"));
    out.addColumn(QStringLiteral("Size"), true);
    QJsonObject json;
    for (const MemInfo::Field& f : info->fields) {
        const QString name = QString::fromLatin1(info->name(f));
        const quint64 value = f.inKiB ? f.value * 1024 : f.value;
        out.addRow({name, number(f.value), f.inKiB ? QStringLiteral("kB") : QString(),
                    f.inKiB ? Units::formatBytes(value) : QString()});
        json.insert(name, double(value));
    }
    out.json = QJsonObject{{QStringLiteral("unit"), QStringLiteral("bytes, or a count for fields without kB")},
                           {QStringLiteral("fields"), json}};
    return 0;
}

} // namespace

void registerMemoryCommands(QList<Command>& commands)
{
    commands.append({QStringLiteral("meminfo"), QString(),
                     QT_TRANSLATE_NOOP("kaleido::cli", "/proc/meminfo, with sizes in binary units"), meminfo});
}

} // namespace kaleido::cli
