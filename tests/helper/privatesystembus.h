// SPDX-License-Identifier: GPL-2.0-or-later
// A throwaway dbus-daemon of type "system" for the helper's tests: EXTERNAL authentication and the
// default-deny policy of /usr/share/dbus-1/system.conf, plus whatever the test adds (our bus policy, a
// service directory).
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <unistd.h>

namespace kaleido {
namespace test {

class PrivateSystemBus
{
public:
    /// The default context of the system bus's own configuration: connect, but own nothing and call nothing.
    static QString systemDefaultPolicy()
    {
        return QStringLiteral(
            "\n"
            "  <policy context=\"default\">\n"
            "    <allow user=\"*\"/>\n"
            "    <deny own=\"*\"/>\n"
            "    <deny send_type=\"method_call\"/>\n"
            "    <allow send_type=\"signal\"/>\n"
            "    <allow send_requested_reply=\"true\" send_type=\"method_return\"/>\n"
            "    <allow send_requested_reply=\"true\" send_type=\"error\"/>\n"
            "    <allow receive_type=\"method_call\"/>\n"
            "    <allow receive_type=\"method_return\"/>\n"
            "    <allow receive_type=\"error\"/>\n"
            "    <allow receive_type=\"signal\"/>\n"
            "    <allow send_destination=\"org.freedesktop.DBus\" send_interface=\"org.freedesktop.DBus\"/>\n"
            "    <allow send_destination=\"org.freedesktop.DBus\" "
            "send_interface=\"org.freedesktop.DBus.Introspectable\"/>\n"
            "  </policy>");
    }

    static QString daemonPath() { return QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")); }

    static QString currentUserName()
    {
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        id.waitForFinished(10'000);
        return QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    }

    explicit PrivateSystemBus(QString directory)
        : m_directory(std::move(directory))
    {}

    ~PrivateSystemBus() { stop(); }
    PrivateSystemBus(const PrivateSystemBus&) = delete;
    PrivateSystemBus& operator=(const PrivateSystemBus&) = delete;

    /// Writes the configuration (with @p extra inside <busconfig>) and starts the daemon. On failure, @p
    /// error says why (the daemon's own message when it refused the configuration).
    bool start(const QString& extra, QString* error)
    {
        QDir().mkpath(m_directory);
        const QString config = m_directory + QStringLiteral("/bus.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write ") + config;
            return false;
        }
        const QString text =
            QStringLiteral(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig>\n"
                "  <type>system</type>\n"
                "  <listen>unix:path=%1/socket</listen>\n"
                "  <auth>EXTERNAL</auth>\n"
                "%2\n"
                "%3\n"
                "</busconfig>\n"
                "")
                .arg(m_directory, systemDefaultPolicy(), extra);
        file.write(text.toUtf8());
        file.close();

        // Forwarded: activated services inherit the daemon's stderr, and an unread pipe would block them.
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon.start(daemonPath(), {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                      QStringLiteral("--nosyslog"), QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(30'000)) {
            *error = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
            return false;
        }
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(30'000)) {
                m_daemon.waitForFinished(5'000);
                *error = QStringLiteral("dbus-daemon refused to run (its message is above), exit code %1")
                             .arg(m_daemon.exitCode());
                return false;
            }
        }
        m_address = QString::fromLocal8Bit(m_daemon.readLine()).trimmed();
        return !m_address.isEmpty();
    }

    void stop()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(10'000))
                m_daemon.kill();
            m_daemon.waitForFinished(10'000);
        }
    }

    const QString& address() const { return m_address; }

private:
    QString m_directory;
    QProcess m_daemon;
    QString m_address;
};

} // namespace test
} // namespace kaleido
