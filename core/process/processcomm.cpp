// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcomm.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

Result<ProcessComm> parseProcessComm(QByteArrayView data, const QString& path)
{
    if (data.isEmpty())
        return procscan::malformed(path, 0,
                                   QCoreApplication::translate("kaleido::ProcessComm", "the file is empty"));
    ProcessComm result;
    result.name = (data.endsWith('\n') ? data.chopped(1) : data).toByteArray();
    return result;
}

Result<ProcessComm> readProcessComm(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"comm");
    if (!bytes)
        return bytes.error();
    return parseProcessComm(*bytes, PidFs::path(pid, u"comm"));
}

} // namespace kaleido
