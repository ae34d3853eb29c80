// SPDX-License-Identifier: GPL-2.0-or-later
#include "streamsource.h"

#include "kernelwrite.h"
#include "processcontrol.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace kaleido::privileged {

namespace {

struct SourceName
{
    StreamSource source;
    const char* name;
};

constexpr std::array<SourceName, 6> sourceNames{{
    {StreamSource::SlabInfo, "slabinfo"},
    {StreamSource::SlabCaches, "slab-caches"},
    {StreamSource::PageTypeInfo, "pagetypeinfo"},
    {StreamSource::VmallocInfo, "vmallocinfo"},
    {StreamSource::KernelLog, "kmsg"},
    {StreamSource::Smaps, "smaps"},
}};

constexpr char magic[4] = {'K', 'L', 'D', '1'};

} // namespace

QString streamSourceName(StreamSource source)
{
    for (const SourceName& entry : sourceNames) {
        if (entry.source == source)
            return QLatin1StringView(entry.name);
    }
    return {};
}

std::optional<StreamSource> streamSourceForName(QStringView name)
{
    for (const SourceName& entry : sourceNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.source;
    }
    return std::nullopt;
}

Checked<StreamRequest> validateStreamRequest(const QString& source, qint32 pid, quint32 intervalMs)
{
    const auto known = streamSourceForName(source);
    if (!known) {
        QStringList names;
        for (const SourceName& entry : sourceNames)
            names.append(QLatin1StringView(entry.name));
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::Stream",
                                        "“%1” is not a source Kaleido can stream; the sources are: %2.")
                .arg(detail::shownText(source), names.join(QStringLiteral(", ")))};
    }
    if (*known == StreamSource::Smaps) {
        if (pid <= 0 || pid > pidMaxLimit) {
            return Rejection{
                QCoreApplication::translate(
                    "kaleido::privileged::Stream",
                    "The memory map of a process needs its process ID, from 1 to %1; %2 is not one.")
                    .arg(QString::number(pidMaxLimit), QString::number(pid))};
        }
    } else if (pid != 0) {
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::Stream",
                                        "%1 is not about one process: send 0 as the process ID, not %2.")
                .arg(source, QString::number(pid))};
    }
    StreamRequest request{*known, pid,
                          std::clamp(intervalMs, minimumStreamIntervalMs, maximumStreamIntervalMs)};
    return request;
}

QByteArray encodeStreamFrame(const StreamFrame& frame)
{
    if (quint64(frame.payload.size()) > maximumStreamFramePayload)
        return {};
    QByteArray bytes(streamFrameHeaderSize + frame.payload.size(), Qt::Uninitialized);
    char* out = bytes.data();
    std::memcpy(out, magic, sizeof magic);
    qToLittleEndian<quint32>(quint32(frame.payload.size()), out + 4);
    qToLittleEndian<quint64>(quint64(frame.timestampMs), out + 8);
    if (!frame.payload.isEmpty())
        std::memcpy(out + streamFrameHeaderSize, frame.payload.constData(), size_t(frame.payload.size()));
    return bytes;
}

QList<StreamFrame> takeStreamFrames(QByteArray& buffer, bool* corrupt)
{
    if (corrupt)
        *corrupt = false;
    QList<StreamFrame> frames;
    const char* const data = buffer.constData();
    const qsizetype size = buffer.size();
    qsizetype pos = 0;
    bool bad = false;
    while (pos < size) {
        const qsizetype available = size - pos;
        // What is there of the header is checked at once: a stream that went wrong is noticed without waiting
        // for bytes that may never come.
        if (std::memcmp(data + pos, magic, size_t(std::min<qsizetype>(available, sizeof magic))) != 0) {
            bad = true;
            break;
        }
        if (available < 8)
            break;
        const quint32 length = qFromLittleEndian<quint32>(data + pos + 4);
        if (length > maximumStreamFramePayload) {
            bad = true;
            break;
        }
        if (available < streamFrameHeaderSize || available - streamFrameHeaderSize < qsizetype(length))
            break;
        StreamFrame frame;
        frame.timestampMs = qint64(qFromLittleEndian<quint64>(data + pos + 8));
        frame.payload = QByteArray(data + pos + streamFrameHeaderSize, qsizetype(length));
        frames.append(std::move(frame));
        pos += streamFrameHeaderSize + qsizetype(length);
    }
    buffer.remove(0, pos);
    if (bad && corrupt)
        *corrupt = true;
    return frames;
}

} // namespace kaleido::privileged
