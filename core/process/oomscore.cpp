// SPDX-License-Identifier: GPL-2.0-or-later
#include "oomscore.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

Result<OomScore> parseOomScore(QByteArrayView data, const QString& path)
{
    const QByteArrayView text = data.trimmed();
    if (text.isEmpty())
        return procscan::malformed(path, 0,
                                   QCoreApplication::translate("kaleido::OomScore", "the file is empty"));
    const auto value = procscan::unsignedToken(text);
    if (!value || *value > quint64(std::numeric_limits<qint64>::max())) {
        return procscan::malformed(
            path, 1,
            QCoreApplication::translate("kaleido::OomScore", "expected a number, not “%1”")
                .arg(procscan::quoted(text)));
    }
    OomScore result;
    result.score = qint64(*value);
    return result;
}

Result<OomScore> readOomScore(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"oom_score");
    if (!bytes)
        return bytes.error();
    return parseOomScore(*bytes, PidFs::path(pid, u"oom_score"));
}

} // namespace kaleido
