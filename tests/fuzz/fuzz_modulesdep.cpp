// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: lib/modules/*/modules.dep lib/modules/*/modules.builtin
#include "modulesdep.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto entries = kaleido::parseModulesDep(bytes)) {
        for (const auto& e : *entries) {
            Q_ASSERT(!e.name.isEmpty());
            (void)kaleido::moduleNameFromPath(e.relativePath);
        }
    }
    (void)kaleido::parseModulesBuiltin(bytes);
    return 0;
}
