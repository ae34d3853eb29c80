// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/slabinfo proc/pagetypeinfo proc/vmallocinfo
// The helper's stream framing, twice: the input as a hostile stream of frames, and the input as the payload
// of a frame that arrives in two reads, cut where the input's first byte says.
#include "streamsource.h"

#include <algorithm>
#include <cstring>

using namespace kaleido::privileged;

namespace {

void hostileStream(const QByteArray& input)
{
    QByteArray buffer = input;
    bool corrupt = false;
    const QList<StreamFrame> frames = takeStreamFrames(buffer, &corrupt);
    qsizetype consumed = 0;
    for (const StreamFrame& frame : frames) {
        if (quint64(frame.payload.size()) > maximumStreamFramePayload)
            __builtin_trap();
        // Decoding loses nothing: the frame encodes back to the very bytes it came from.
        const QByteArray again = encodeStreamFrame(frame);
        if (again.isEmpty() || input.mid(consumed, again.size()) != again)
            __builtin_trap();
        consumed += again.size();
    }
    // Exactly the decoded frames were removed; what stays is either corrupt or too short for a frame.
    if (buffer != input.mid(consumed))
        __builtin_trap();
    if (!corrupt && buffer.size() >= streamFrameHeaderSize) {
        const quint32 length = quint32(uchar(buffer[4])) | quint32(uchar(buffer[5])) << 8 |
                               quint32(uchar(buffer[6])) << 16 | quint32(uchar(buffer[7])) << 24;
        if (buffer.size() - streamFrameHeaderSize >= qsizetype(length))
            __builtin_trap(); // a whole frame was left behind
    }
}

void roundTrip(const QByteArray& input)
{
    // Any 64-bit pattern is a timestamp, negative ones included: the first eight bytes give one.
    qint64 timestamp = 0;
    std::memcpy(&timestamp, input.constData(), size_t(std::min<qsizetype>(input.size(), sizeof timestamp)));
    const QByteArray stream = encodeStreamFrame({timestamp, input}) + encodeStreamFrame({-1, QByteArray()});
    const qsizetype cut = input.isEmpty() ? 0 : uchar(input[0]) * stream.size() / 255;
    QByteArray buffer = stream.left(cut);
    bool corrupt = false;
    QList<StreamFrame> frames = takeStreamFrames(buffer, &corrupt);
    if (corrupt)
        __builtin_trap();
    buffer += stream.mid(cut);
    frames += takeStreamFrames(buffer, &corrupt);
    if (corrupt || !buffer.isEmpty() || frames.size() != 2)
        __builtin_trap();
    if (frames[0].payload != input || frames[0].timestampMs != timestamp)
        __builtin_trap();
    if (!frames[1].payload.isEmpty() || frames[1].timestampMs != -1)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    hostileStream(input);
    roundTrip(input);
    return 0;
}
