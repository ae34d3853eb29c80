// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelidentity.h"

#include <QCoreApplication>

namespace kaleido {

Result<KernelIdentity> readKernelIdentity(const KernelFs& fs)
{
    const QString releasePath = QStringLiteral("/proc/sys/kernel/osrelease");
    auto release = fs.readFile(releasePath);
    if (!release)
        return release.error();
    KernelIdentity id;
    id.release = QString::fromUtf8(release->trimmed());
    if (id.release.isEmpty()) {
        return Error::malformed(releasePath, 0,
                                QCoreApplication::translate("kaleido::KernelIdentity", "the file is empty"));
    }
    if (auto version = fs.readFile(QStringLiteral("/proc/sys/kernel/version")))
        id.version = QString::fromUtf8(version->trimmed());
    return id;
}

Result<double> parseUptime(QByteArrayView data, const QString& path)
{
    const QByteArrayView trimmed = data.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    const QByteArrayView first = space < 0 ? trimmed : trimmed.first(space);
    bool ok = false;
    const double seconds = first.toDouble(&ok);
    if (!ok || seconds < 0) {
        return Error::malformed(
            path, 1, QCoreApplication::translate("kaleido::KernelIdentity", "expected seconds since boot"));
    }
    return seconds;
}

Result<double> readUptime(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/uptime"), parseUptime);
}

} // namespace kaleido
