// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: sys/kernel/mm/transparent_hugepage/*e* sys/kernel/mm/ksm/advisor_mode
#include "choicelist.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto list =
        kaleido::parseChoiceList(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (list) {
        if (list->selected < 0 || list->selected >= list->options.size())
            __builtin_trap();
        (void)list->selectedOption();
    }
    return 0;
}
