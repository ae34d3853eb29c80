// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/fd.targets
#include "processfds.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto fds = kaleido::parseProcessFds(bytes);
    if (fds) {
        (void)fds->count(kaleido::ProcessFds::Kind::Socket);
        for (const auto& fd : fds->fds)
            (void)kaleido::classifyFdTarget(fd.target);
    }
    return 0;
}
