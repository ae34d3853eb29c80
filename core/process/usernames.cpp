// SPDX-License-Identifier: GPL-2.0-or-later
#include "usernames.h"

#include "textscan.h"

#include <QByteArray>

#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace kaleido {

namespace {

// getpwuid_r/getgrgid_r with a buffer that grows on ERANGE (large groups can need more than the hint).
QString liveUserName(quint32 uid)
{
    QByteArray buffer(16384, Qt::Uninitialized);
    for (;;) {
        struct passwd entry;
        struct passwd* found = nullptr;
        const int rc = ::getpwuid_r(uid_t(uid), &entry, buffer.data(), size_t(buffer.size()), &found);
        if (rc == ERANGE && buffer.size() < (1 << 24)) {
            buffer.resize(buffer.size() * 2);
            continue;
        }
        if (rc == 0 && found && found->pw_name)
            return QString::fromLocal8Bit(found->pw_name);
        return {};
    }
}

QString liveGroupName(quint32 gid)
{
    QByteArray buffer(16384, Qt::Uninitialized);
    for (;;) {
        struct group entry;
        struct group* found = nullptr;
        const int rc = ::getgrgid_r(gid_t(gid), &entry, buffer.data(), size_t(buffer.size()), &found);
        if (rc == ERANGE && buffer.size() < (1 << 24)) {
            buffer.resize(buffer.size() * 2);
            continue;
        }
        if (rc == 0 && found && found->gr_name)
            return QString::fromLocal8Bit(found->gr_name);
        return {};
    }
}

QString nameOrNumber(QHash<quint32, QString>& cache, quint32 id, bool live, QString (*lookup)(quint32))
{
    auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return it.value();
    QString name = live ? lookup(id) : QString();
    if (name.isEmpty())
        name = QString::number(id);
    cache.insert(id, name);
    return name;
}

} // namespace

QHash<quint32, QString> parseIdNames(QByteArrayView data)
{
    QHash<quint32, QString> names;
    forEachLine(data, [&](QByteArrayView line) {
        if (line.isEmpty() || line[0] == '#' || line[0] == '+' || line[0] == '-')
            return;
        const qsizetype first = line.indexOf(':');
        if (first <= 0)
            return;
        const qsizetype second = line.indexOf(':', first + 1);
        if (second < 0)
            return;
        QByteArrayView idText = line.sliced(second + 1);
        const qsizetype third = idText.indexOf(':');
        if (third >= 0)
            idText = idText.first(third);
        const auto id = parseUnsigned(idText);
        if (!id || id->length != idText.size() || id->value > 0xffffffffu)
            return;
        if (!names.contains(quint32(id->value)))
            names.insert(quint32(id->value), QString::fromUtf8(line.first(first)));
    });
    return names;
}

UserNames::UserNames(const KernelFs& fs)
    : m_live(fs.isLive())
{
    if (m_live)
        return;
    // A captured tree: its own account files if it has them; numbers otherwise.
    if (const auto passwd = fs.readFile(QStringLiteral("/etc/passwd")))
        m_users = parseIdNames(*passwd);
    if (const auto group = fs.readFile(QStringLiteral("/etc/group")))
        m_groups = parseIdNames(*group);
}

QString UserNames::userName(quint32 uid) const
{
    return nameOrNumber(m_users, uid, m_live, liveUserName);
}

QString UserNames::groupName(quint32 gid) const
{
    return nameOrNumber(m_groups, gid, m_live, liveGroupName);
}

} // namespace kaleido
