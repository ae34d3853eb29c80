// SPDX-License-Identifier: GPL-2.0-or-later
// Shared by Kaleido's tests: where the captured kernel trees live, and small helpers.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace kaleido::test {

/// The captured kernels under tests/fixtures/ (see tests/fixtures/capture.sh).
inline QStringList capturedKernels()
{
    return {QStringLiteral("linux-6.18-host"), QStringLiteral("linux-6.1-debian")};
}

/// The root of a captured tree, usable as a KernelFs root.
inline QString fixtureRoot(const QString& kernel)
{
    return QStringLiteral(KALEIDO_FIXTURES_DIR "/") + kernel;
}

inline QByteArray readFixture(const QString& kernel, const QString& kernelPath)
{
    QFile file(fixtureRoot(kernel) + kernelPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace kaleido::test
