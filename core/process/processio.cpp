// SPDX-License-Identifier: GPL-2.0-or-later
#include "processio.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

std::optional<quint64> ProcessIo::value(QByteArrayView name) const
{
    for (const Field& f : fields) {
        if (f.name == name)
            return f.value;
    }
    return std::nullopt;
}

Result<ProcessIo> parseProcessIo(QByteArrayView data, const QString& path)
{
    ProcessIo result;
    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            return;
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon > 0 ? line.first(colon).trimmed() : QByteArrayView();
        if (name.isEmpty()) {
            result.skippedLines.append(procscan::malformed(
                path, lineNo, QCoreApplication::translate("kaleido::ProcessIo", "expected “name: value”")));
            return;
        }
        const auto value = procscan::unsignedToken(line.sliced(colon + 1).trimmed());
        if (!value) {
            result.skippedLines.append(procscan::malformed(
                path, lineNo,
                QCoreApplication::translate("kaleido::ProcessIo", "expected a number after “%1:”")
                    .arg(procscan::quoted(name))));
            return;
        }
        result.fields.append({name.toByteArray(), *value});
    });
    if (result.fields.isEmpty()) {
        if (!result.skippedLines.isEmpty())
            return result.skippedLines.constFirst();
        return procscan::malformed(path, 0,
                                   QCoreApplication::translate("kaleido::ProcessIo", "the file is empty"));
    }
    return result;
}

Result<ProcessIo> readProcessIo(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"io");
    if (!bytes)
        return bytes.error();
    return parseProcessIo(*bytes, PidFs::path(pid, u"io"));
}

} // namespace kaleido
