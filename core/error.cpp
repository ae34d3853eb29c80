// SPDX-License-Identifier: GPL-2.0-or-later
#include "error.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace kaleido {

QString Error::message() const
{
    switch (kind) {
    case ErrorKind::Absent:
        return QCoreApplication::translate("kaleido::Error", "%1 does not exist on this kernel.").arg(path);
    case ErrorKind::PermissionDenied:
        return QCoreApplication::translate("kaleido::Error", "%1 can only be read with more privileges.")
            .arg(path);
    case ErrorKind::Vanished:
        return QCoreApplication::translate("kaleido::Error", "%1 went away while it was being read.").arg(path);
    case ErrorKind::Malformed:
        if (line > 0)
            return QCoreApplication::translate("kaleido::Error", "%1, line %2: %3").arg(path).arg(line).arg(detail);
        return QCoreApplication::translate("kaleido::Error", "%1: %2").arg(path, detail);
    case ErrorKind::IoError:
        break;
    }
    return QCoreApplication::translate("kaleido::Error", "%1 could not be read: %2").arg(path, detail);
}

Error errorFromErrno(int err, const QString& path)
{
    Error e;
    e.path = path;
    switch (err) {
    case ENOENT:
    case ENOTDIR:
        e.kind = ErrorKind::Absent;
        break;
    case EACCES:
    case EPERM:
        e.kind = ErrorKind::PermissionDenied;
        break;
    case ESRCH:
        e.kind = ErrorKind::Vanished;
        break;
    default:
        e.kind = ErrorKind::IoError;
        break;
    }
    e.detail = QString::fromLocal8Bit(std::strerror(err));
    return e;
}

} // namespace kaleido
