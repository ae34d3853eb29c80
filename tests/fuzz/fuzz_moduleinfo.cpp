// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds:
// A module's .modinfo section ("key=value" strings ended by NUL bytes) into ModuleInfo and the taint
// prediction; the pure part of moduleinfo.h, without libkmod.
#include "moduleinfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kaleido;
    const auto fields =
        parseModinfoSection(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    const ModuleInfo info = moduleInfoFromFields(QString(), QStringLiteral("/fuzz.ko"), fields);
    (void)predictLoadTaint(info, true);
    (void)predictLoadTaint(info, std::nullopt);
    (void)isGplCompatibleLicense(info.license);
    (void)info.value(QStringLiteral("vermagic"));
    return 0;
}
