// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kaleido {

/**
 * Reads kernel pseudo-files (/proc, /sys) below an injectable root.
 *
 * The default root is "/", the live system. Tests and `kaleido-cli --root DIR` point it at a tree captured from
 * another kernel (tests/fixtures/<kernel>/), so every reader works the same on live and captured data.
 * Paths are given as the user knows them ("/proc/meminfo"); errors name that path, not the captured copy.
 */
class KernelFs
{
public:
    explicit KernelFs(QString root = QStringLiteral("/"));

    const QString& root() const { return m_root; }
    bool isLive() const { return m_root == QLatin1String("/"); }

    /// The host path of a kernel path ("/proc/meminfo" → "<root>/proc/meminfo").
    QString hostPath(const QString& kernelPath) const;

    /**
     * Reads a whole file. Pseudo-files report size 0, so this reads until EOF in chunks and never trusts stat().
     * ENOENT → Absent, EACCES/EPERM → PermissionDenied, ESRCH (process gone) → Vanished.
     */
    Result<QByteArray> readFile(const QString& kernelPath) const;

    /// Same, into a caller-owned buffer that keeps its capacity between calls (for per-tick sampling).
    std::optional<Error> readInto(const QString& kernelPath, QByteArray& buffer) const;

private:
    QString m_root;
};

/**
 * The whole of most readers: reads @p kernelPath below @p fs's root and hands the bytes to
 * @p parse(bytes, kernelPath), so errors name the kernel's path. A read error is returned as is.
 */
template<typename Parse>
auto readParsed(const KernelFs& fs, const QString& kernelPath, Parse parse)
    -> decltype(parse(QByteArrayView(), kernelPath))
{
    auto bytes = fs.readFile(kernelPath);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, kernelPath);
}

} // namespace kaleido
