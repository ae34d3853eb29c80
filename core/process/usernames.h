// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace kaleido {

/**
 * User and group names for the numeric ids the kernel reports (Uid:, Gid:, Groups:, the owner of /proc/PID).
 *
 * On the live system names come from the C library (getpwuid_r/getgrgid_r, so NSS sources such as LDAP work)
 * and are cached, including ids without a name. For a captured tree they come from <root>/etc/passwd and
 * <root>/etc/group when those exist. An id without a name is shown as its number, as ps does.
 * Not thread-safe: use one instance per thread.
 */
class UserNames
{
public:
    explicit UserNames(const KernelFs& fs = KernelFs());

    /// The user's name, or the number as text.
    QString userName(quint32 uid) const;
    /// The group's name, or the number as text.
    QString groupName(quint32 gid) const;

private:
    bool m_live;
    mutable QHash<quint32, QString> m_users;
    mutable QHash<quint32, QString> m_groups;
};

/**
 * Parses /etc/passwd or /etc/group: "name:password:id:…" per line, as id → name. The first name for an id
 * wins (as getpwuid does); comments, blank lines, NIS "+"/"-" entries and lines without a numeric id are
 * skipped.
 */
QHash<quint32, QString> parseIdNames(QByteArrayView data);

} // namespace kaleido
