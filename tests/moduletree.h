// SPDX-License-Identifier: GPL-2.0-or-later
// A hand-made /proc/modules + /sys/module tree in a temporary directory, for module model and page tests.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

namespace kaleido::test {

class ModuleTree
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }

    bool write(const QString& kernelPath, const QByteArray& content) const
    {
        const QString path = m_dir.path() + kernelPath;
        if (!QDir().mkpath(QFileInfo(path).path()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return file.write(content) == content.size();
    }

    QByteArray read(const QString& kernelPath) const
    {
        QFile file(m_dir.path() + kernelPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// /sys/module/<name> of a live loadable module.
    bool addSysfsModule(const QString& name, const QByteArray& holders = {}, const QByteArray& taint = {},
                        const QByteArray& coreSize = "16384") const
    {
        const QString dir = QStringLiteral("/sys/module/") + name;
        return write(dir + QStringLiteral("/initstate"), "live\n") &&
               write(dir + QStringLiteral("/refcnt"), "0\n") &&
               write(dir + QStringLiteral("/coresize"), coreSize + '\n') &&
               write(dir + QStringLiteral("/initsize"), "0\n") &&
               write(dir + QStringLiteral("/taint"), taint + '\n') &&
               write(dir + QStringLiteral("/holders.names"), holders);
    }

    /// A parameter file with its mode in the parameters.modes sidecar (appended).
    bool addParameter(const QString& module, const QString& parameter, const QByteArray& value,
                      const QByteArray& mode) const
    {
        const QString dir = QStringLiteral("/sys/module/") + module;
        const QByteArray modes = read(dir + QStringLiteral("/parameters.modes"));
        return write(dir + QStringLiteral("/parameters/") + parameter, value + '\n') &&
               write(dir + QStringLiteral("/parameters.modes"),
                     modes + parameter.toLatin1() + ' ' + mode + '\n');
    }

private:
    QTemporaryDir m_dir;
};

} // namespace kaleido::test
