// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: dev/kmsg
// A text capture of /dev/kmsg, one record as one read() returns it, and the \xNN decoder.
#include "kmsgrecord.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kaleido;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto log = parseKmsgText(bytes)) {
        for (const auto& r : log->records) {
            (void)KmsgRecord::priorityName(r.priority);
            (void)KmsgRecord::facilityName(r.facility);
            (void)r.property(QStringLiteral("SUBSYSTEM"));
        }
    }
    (void)parseKmsgRecord(bytes);
    (void)decodeKmsgEscapes(bytes);
    return 0;
}
