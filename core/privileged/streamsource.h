// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido::privileged {

/// Root-only sources the helper can stream to a caller.
enum class StreamSource
{
    SlabInfo,     ///< /proc/slabinfo
    SlabCaches,   ///< every cache's attributes under /sys/kernel/slab
    PageTypeInfo, ///< /proc/pagetypeinfo
    VmallocInfo,  ///< /proc/vmallocinfo
    KernelLog,    ///< /dev/kmsg records as they arrive (when kernel.dmesg_restrict is 1)
    Smaps,        ///< /proc/PID/smaps of another user's process
};

/// "slabinfo", "slab-caches", "pagetypeinfo", "vmallocinfo", "kmsg", "smaps".
QString streamSourceName(StreamSource source);
std::optional<StreamSource> streamSourceForName(QStringView name);

struct StreamRequest
{
    StreamSource source;
    qint32 pid = 0;     ///< Smaps only
    quint32 intervalMs; ///< clamped into [minimumIntervalMs, maximumIntervalMs]; ignored for KernelLog
};

inline constexpr quint32 minimumStreamIntervalMs = 250;
inline constexpr quint32 maximumStreamIntervalMs = 60'000;

/// The translation context of every message about streams.
inline constexpr char streamTranslationContext[] = "kaleido::privileged::Stream";

/**
 * The request for @p source (a streamSourceName(), matched exactly), or why it is refused: an unknown name;
 * for Smaps a pid outside 1…pidMaxLimit; for every other source a pid other than 0 (they are not about one
 * process). The interval is clamped, never refused.
 */
Checked<StreamRequest> validateStreamRequest(const QString& source, qint32 pid, quint32 intervalMs);

/**
 * Stream framing over the pipe the helper hands out: each frame is a 16-byte header — magic "KLD1", payload
 * length (u32, little endian), milliseconds since the epoch (u64, little endian) — then the payload: the
 * file's bytes, or for SlabCaches "cache/attribute=value\n" lines, or for KernelLog raw /dev/kmsg records.
 */
struct StreamFrame
{
    qint64 timestampMs = 0;
    QByteArray payload;
};

inline constexpr int streamFrameHeaderSize = 16;
inline constexpr quint32 maximumStreamFramePayload = 64u << 20;

/// The header and payload of @p frame; an empty array when the payload is larger than
/// maximumStreamFramePayload (the reader would refuse it as corrupt).
QByteArray encodeStreamFrame(const StreamFrame& frame);

/// Decodes as many whole frames as @p buffer holds and removes them from it; a partial frame stays. A corrupt
/// header (wrong magic, oversized) sets @p corrupt and stops: the frames before it are returned and removed,
/// the corrupt bytes stay, and the stream cannot be trusted after them. The magic is checked as soon as its
/// first byte arrives, the length as soon as it is complete. @p corrupt may be null; it is set to false
/// otherwise.
QList<StreamFrame> takeStreamFrames(QByteArray& buffer, bool* corrupt);

} // namespace kaleido::privileged
