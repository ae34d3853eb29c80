// SPDX-License-Identifier: GPL-2.0-or-later
#include "procstatm.h"

#include "pidfs.h"

#include <QCoreApplication>

namespace kaleido {

Result<ProcStatm> parseProcStatm(QByteArrayView data, const QString& path)
{
    quint64 values[7] = {};
    const int count = detail::scanNumbers(data.data(), data.size(), values, 7);
    if (count < 2) {
        return Error::malformed(
            path, 1,
            data.isEmpty() ? QCoreApplication::translate("kaleido::ProcStatm", "the file is empty")
                           : QCoreApplication::translate("kaleido::ProcStatm",
                                                         "expected at least two numbers (size, resident)"));
    }
    ProcStatm statm;
    statm.size = values[0];
    statm.resident = values[1];
    statm.shared = values[2];
    statm.text = values[3];
    statm.lib = values[4];
    statm.data = values[5];
    statm.dt = values[6];
    statm.fieldCount = count;
    return statm;
}

Result<ProcStatm> readProcStatm(const KernelFs& fs, qint32 pid)
{
    const auto bytes = PidFs::readFile(fs, pid, u"statm");
    if (!bytes)
        return bytes.error();
    return parseProcStatm(*bytes, PidFs::path(pid, u"statm"));
}

} // namespace kaleido
