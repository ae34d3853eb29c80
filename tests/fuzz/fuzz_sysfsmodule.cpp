// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: sys/module/*/parameters.modes sys/module/*/holders.names sys/module/*/initstate
// The parsers behind /sys/module/<m>/: initstate, and the holders.names / parameters.modes sidecars.
#include "sysfsmodule.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kaleido;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)parseModuleInitState(bytes);
    (void)parseNameList(bytes);
    if (const auto modes = parseParameterModes(bytes, QStringLiteral("/sys/module/fuzz/parameters.modes"))) {
        for (const auto& m : modes->parameters)
            (void)(m.mode & 0444);
    }
    return 0;
}
