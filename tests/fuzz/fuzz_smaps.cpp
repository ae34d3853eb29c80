// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/smaps
#include "smaps.h"
#include "vmflags.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto smaps = kaleido::parseSmaps(bytes);
    if (smaps) {
        for (const auto& e : smaps->entries) {
            (void)smaps->pathname(e);
            for (QByteArrayView code : kaleido::VmFlags::split(smaps->vmFlags(e)))
                (void)kaleido::VmFlags::describe(code);
            for (qsizetype i = e.firstField; i < e.firstField + e.fieldCount; ++i)
                (void)smaps->value(e, smaps->keyName(smaps->fields.at(i).key));
        }
        const auto totals = kaleido::smapsTotals(*smaps);
        for (const auto& t : totals.totals)
            (void)totals.value(*smaps, smaps->keyName(t.key));
    }
    return 0;
}
