// SPDX-License-Identifier: GPL-2.0-or-later
#include "smapsrollup.h"

#include "pidfs.h"
#include "procscan.h"
#include "smapsfield.h"

#include <QCoreApplication>

namespace kaleido {

std::optional<quint64> SmapsRollup::value(QByteArrayView name) const
{
    for (const Field& f : fields) {
        if (this->name(f) == name)
            return f.inKiB ? f.value * 1024 : f.value;
    }
    return std::nullopt;
}

Result<SmapsRollup> parseSmapsRollup(QByteArrayView data, const QString& path)
{
    SmapsRollup result;
    result.text = data.toByteArray();
    data = result.text;
    result.fields.reserve(24);

    auto report = [&](int lineNo, const QString& what) {
        result.skippedLines.append(procscan::malformed(path, lineNo, what));
    };

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.isEmpty())
            return;
        if (detail::looksLikeMapsLine(line)) {
            const char* why = nullptr;
            const auto parsed = detail::parseMapsLine(line, &why);
            if (!parsed) {
                report(lineNo, QCoreApplication::translate("kaleido::MemoryMaps", why));
            } else if (result.hasHeader) {
                report(lineNo, QCoreApplication::translate("kaleido::SmapsRollup", "a second header line"));
            } else {
                result.range = parsed->map;
                result.range.pathOffset += line.data() - data.data();
                result.hasHeader = true;
            }
            return;
        }
        const auto field = detail::parseSmapsKeyLine(line);
        if (!field || !field->numeric) {
            report(lineNo, QCoreApplication::translate("kaleido::SmapsRollup", "expected “Key: value kB”"));
            return;
        }
        SmapsRollup::Field f;
        f.nameOffset = field->name.data() - data.data();
        f.nameLength = field->name.size();
        f.value = field->value;
        f.inKiB = field->inKiB;
        result.fields.append(f);
    });

    if (!result.hasHeader && result.fields.isEmpty() && !result.skippedLines.isEmpty())
        return result.skippedLines.constFirst();
    return result;
}

Result<SmapsRollup> readSmapsRollup(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"smaps_rollup");
    if (!bytes)
        return bytes.error();
    return parseSmapsRollup(*bytes, PidFs::path(pid, u"smaps_rollup"));
}

} // namespace kaleido
