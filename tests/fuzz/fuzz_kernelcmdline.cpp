// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/cmdline
#include "kernelcmdline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto cmdline =
        kaleido::parseKernelCmdline(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (cmdline) {
        for (const auto& p : cmdline->parameters) {
            (void)cmdline->value(p.name);
            (void)cmdline->has(p.name);
        }
    }
    return 0;
}
