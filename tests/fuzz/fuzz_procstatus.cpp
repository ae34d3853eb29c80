// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/status proc/*/task/*/status
#include "capabilitynames.h"
#include "procstatus.h"
#include "signalnames.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto st = kaleido::parseProcStatus(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (st) {
        for (const auto& line : st->lines)
            (void)st->lineValue(st->lineName(line));
        if (st->sigCgt)
            (void)kaleido::signalNames(*st->sigCgt);
        if (st->capEff)
            (void)kaleido::capabilityNames(*st->capEff);
        for (const auto& e : st->skippedLines)
            (void)e.message();
    }
    return 0;
}
