// SPDX-License-Identifier: GPL-2.0-or-later
#include "oomscoreadj.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

Result<OomScoreAdj> parseOomScoreAdj(QByteArrayView data, const QString& path)
{
    const QByteArrayView text = data.trimmed();
    if (text.isEmpty()) {
        return procscan::malformed(path, 0,
                                   QCoreApplication::translate("kaleido::OomScoreAdj", "the file is empty"));
    }
    const auto value = procscan::signedToken(text);
    if (!value) {
        return procscan::malformed(
            path, 1,
            QCoreApplication::translate("kaleido::OomScoreAdj", "expected a number, not “%1”")
                .arg(procscan::quoted(text)));
    }
    if (*value < OomScoreAdj::minimum || *value > OomScoreAdj::maximum) {
        return procscan::malformed(
            path, 1,
            QCoreApplication::translate("kaleido::OomScoreAdj", "%1 lies outside −1000…1000").arg(*value));
    }
    OomScoreAdj result;
    result.adjustment = int(*value);
    return result;
}

Result<OomScoreAdj> readOomScoreAdj(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"oom_score_adj");
    if (!bytes)
        return bytes.error();
    return parseOomScoreAdj(*bytes, PidFs::path(pid, u"oom_score_adj"));
}

} // namespace kaleido
