// SPDX-License-Identifier: GPL-2.0-or-later
#include "processenviron.h"

#include "pidfs.h"

namespace kaleido {

std::optional<QByteArray> ProcessEnviron::value(QByteArrayView name) const
{
    for (const Variable& v : variables) {
        if (v.name == name)
            return v.value;
    }
    return std::nullopt;
}

Result<ProcessEnviron> parseProcessEnviron(QByteArrayView data, const QString& path)
{
    Q_UNUSED(path); // every byte sequence is a valid environment block: nothing to report
    ProcessEnviron result;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\0', start);
        if (end < 0)
            end = data.size(); // the last string lost its NUL (the process rewrote the block): keep it
        const QByteArrayView entry = data.sliced(start, end - start);
        start = end + 1;
        if (entry.isEmpty())
            continue; // padding, as after a rewritten block
        ProcessEnviron::Variable v;
        const qsizetype equals = entry.indexOf('=');
        if (equals < 0) {
            v.name = entry.toByteArray();
            v.hasValue = false;
        } else {
            v.name = entry.first(equals).toByteArray();
            v.value = entry.sliced(equals + 1).toByteArray();
        }
        result.variables.append(std::move(v));
    }
    return result;
}

Result<ProcessEnviron> readProcessEnviron(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"environ");
    if (!bytes)
        return bytes.error();
    return parseProcessEnviron(*bytes, PidFs::path(pid, u"environ"));
}

} // namespace kaleido
