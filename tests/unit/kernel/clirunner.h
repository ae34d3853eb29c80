// SPDX-License-Identifier: GPL-2.0-or-later
// Runs kaleido-cli (and peer tools) for the kernel-area command tests.
#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace kaleido::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start();
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    p.closeWriteChannel();
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// kaleido-cli with @p arguments (its path comes from the build: KALEIDO_CLI).
inline Run cli(const QStringList& arguments)
{
    return run(QStringLiteral(KALEIDO_CLI), arguments);
}

/// A peer tool by name, also from /usr/sbin and /sbin (lsmod and modinfo live there); empty when missing.
inline QString tool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

inline QJsonDocument json(const Run& r)
{
    return QJsonDocument::fromJson(r.out);
}

} // namespace kaleido::test
