// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "privilegedstream.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace kaleido {

namespace privileged {
class PrivilegedClient;
} // namespace privileged

/**
 * Another user's /proc/PID/smaps read as root by Kaleido's helper (the Smaps stream), for Memory ▸ Map: opens
 * the stream, hands on each frame's text, and turns the stream's failure or end into one sentence. The page
 * decides what to show; this object only owns the stream.
 */
class SmapsStreamReader : public QObject
{
    Q_OBJECT
public:
    explicit SmapsStreamReader(privileged::PrivilegedClient* client, QObject* parent = nullptr);
    ~SmapsStreamReader() override;

    /// Asks the helper for @p pid's smaps every @p intervalMs (at least the stream minimum); closes any
    /// other.
    void open(qint32 pid, int intervalMs);
    void close();
    /// Frames are coming (or expected) from the helper.
    bool isStreaming() const { return m_stream != nullptr; }

Q_SIGNALS:
    void opened(qint32 pid);
    void frameReceived(qint32 pid, const QByteArray& smaps);
    /// The helper refused or could not be reached; @p sentence says which, in plain words.
    void failed(const QString& sentence);
    /// The stream ended after it had opened (the helper stopped, or the process exited).
    void ended(const QString& reason);

private:
    void release();

    privileged::PrivilegedClient* m_client;
    QPointer<privileged::PrivilegedStream> m_stream;
};

} // namespace kaleido
