// SPDX-License-Identifier: GPL-2.0-or-later
#include "smapsstreamreader.h"

#include "privilegedclient.h"
#include "privilegedstream.h"

#include <algorithm>

namespace kaleido {

SmapsStreamReader::SmapsStreamReader(privileged::PrivilegedClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

SmapsStreamReader::~SmapsStreamReader()
{
    close();
}

void SmapsStreamReader::open(qint32 pid, int intervalMs)
{
    close();
    if (pid <= 0 || !m_client)
        return;
    const auto interval = quint32(std::max(int(privileged::minimumStreamIntervalMs), intervalMs));
    m_stream = m_client->openStream(privileged::StreamSource::Smaps, pid, interval, this);
    privileged::PrivilegedStream* stream = m_stream;
    connect(stream, &privileged::PrivilegedStream::opened, this, [this, pid] { Q_EMIT opened(pid); });
    connect(stream, &privileged::PrivilegedStream::frameReceived, this,
            [this, pid](const privileged::StreamFrame& frame) { Q_EMIT frameReceived(pid, frame.payload); });
    connect(stream, &privileged::PrivilegedStream::failed, this,
            [this](const privileged::OperationResult& result) {
                QString text;
                switch (result.outcome) {
                case privileged::OperationResult::Outcome::NotAuthorized:
                    text = tr("Reading the map as root was not authorized: %1").arg(result.cause);
                    break;
                case privileged::OperationResult::Outcome::HelperUnavailable:
                    text = tr("Kaleido's helper is not available, so the map cannot be read as root: %1")
                               .arg(result.cause);
                    break;
                default:
                    text = tr("The helper could not read the map: %1").arg(result.cause);
                    break;
                }
                release();
                Q_EMIT failed(text);
            });
    connect(stream, &privileged::PrivilegedStream::ended, this, [this](const QString& reason) {
        release();
        Q_EMIT ended(reason);
    });
}

void SmapsStreamReader::release()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
    }
    m_stream = nullptr;
}

void SmapsStreamReader::close()
{
    if (m_stream) {
        m_stream->disconnect(this);
        delete m_stream.data();
    }
    m_stream = nullptr;
}

} // namespace kaleido
