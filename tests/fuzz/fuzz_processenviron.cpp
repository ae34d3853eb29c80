// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/*/environ
#include "processenviron.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto env = kaleido::parseProcessEnviron(bytes);
    if (env) {
        for (const auto& v : env->variables)
            (void)env->value(v.name);
    }
    return 0;
}
