// SPDX-License-Identifier: GPL-2.0-or-later
#include "secureboot.h"

namespace kaleido {

Result<bool> parseSecureBootVariable(QByteArrayView data, const QString& path)
{
    constexpr qsizetype attributeBytes = 4;
    if (data.size() < attributeBytes + 1)
        return Error::malformed(
            path, 0,
            QStringLiteral("expected 4 attribute bytes and a value byte, got %1 bytes").arg(data.size()));
    const auto value = quint8(data[attributeBytes]);
    if (value > 1)
        return Error::malformed(path, 0, QStringLiteral("value byte %1 is neither 0 nor 1").arg(value));
    return value == 1;
}

Result<bool> readSecureBoot(const KernelFs& fs)
{
    const QString path(secureBootVariablePath);
    return readParsed(fs, path,
                      [](QByteArrayView data, const QString& p) { return parseSecureBootVariable(data, p); });
}

} // namespace kaleido
