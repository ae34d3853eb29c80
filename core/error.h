// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace kaleido {

/// Why a read or a parse did not give a value. Errors are values in Kaleido: nothing in core throws.
enum class ErrorKind
{
    Absent,           ///< the file does not exist on this kernel (or this configuration)
    PermissionDenied, ///< the file exists but this user may not read it
    Vanished,         ///< the process or object went away while it was being read
    Malformed,        ///< the content is not in the expected format
    IoError,          ///< any other failure of the system call
};

struct Error
{
    ErrorKind kind = ErrorKind::IoError;
    QString path;   ///< the file concerned, as the user would name it (e.g. /proc/meminfo)
    int line = 0;   ///< 1-based line for Malformed, 0 when not about one line
    QString detail; ///< what was expected, or the system's error text

    /// One plain sentence for the user, e.g. "/proc/slabinfo can only be read by root."
    QString message() const;

    /// A Malformed error: @p line is 1-based (0 when not about one line), @p detail says what was expected.
    static Error malformed(const QString& path, int line, const QString& detail)
    {
        return Error{ErrorKind::Malformed, path, line, detail};
    }
};

/// The Error for a failed system call on @p path: ENOENT/ENOTDIR → Absent, EACCES/EPERM → PermissionDenied,
/// ESRCH (the process is exiting) → Vanished, anything else → IoError with the system's text.
Error errorFromErrno(int err, const QString& path);

} // namespace kaleido
