// SPDX-License-Identifier: GPL-2.0-or-later
#include "error.h"

#include <QCoreApplication>

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

} // namespace kaleido
