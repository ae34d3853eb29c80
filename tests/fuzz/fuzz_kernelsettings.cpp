// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: sys/kernel/security/lockdown proc/sys/kernel/printk sys/module/module/parameters/sig_enforce
// The single-file knobs: lockdown, printk levels, the SecureBoot EFI variable and the integer/bool/text
// values of /proc/sys and /sys.
#include "lockdown.h"
#include "printklevels.h"
#include "secureboot.h"
#include "sysfsvalue.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kaleido;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString path = QStringLiteral("/fuzz");
    if (const auto lockdown = parseLockdown(bytes))
        (void)lockdown->active();
    (void)parsePrintkLevels(bytes);
    (void)parseSecureBootVariable(bytes, path);
    (void)SysfsValue::parseInteger(bytes, path);
    (void)SysfsValue::parseUnsigned(bytes, path);
    (void)SysfsValue::parseBool(bytes, path);
    (void)SysfsValue::parseText(bytes);
    return 0;
}
