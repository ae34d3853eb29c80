// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelsettings.h"

#include "secureboot.h"
#include "sysfsvalue.h"

#include <algorithm>
#include <limits>

namespace kaleido {

namespace {

template<typename T, typename Parse>
std::optional<T> readValue(const KernelFs& fs, const QString& path, QList<Error>& unavailable, Parse parse)
{
    auto bytes = fs.readFile(path);
    if (!bytes) {
        unavailable.append(bytes.error());
        return std::nullopt;
    }
    auto value = parse(*bytes, path);
    if (!value) {
        unavailable.append(value.error());
        return std::nullopt;
    }
    return T(*value);
}

std::optional<int> readSmallInteger(const KernelFs& fs, const QString& path, QList<Error>& unavailable)
{
    auto value = readValue<qint64>(fs, path, unavailable, SysfsValue::parseInteger);
    if (!value)
        return std::nullopt;
    return int(std::clamp<qint64>(*value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace

KernelSettings readKernelSettings(const KernelFs& fs)
{
    KernelSettings s;
    s.moduleSupport = detectModuleSupport(fs);
    if (auto v = readSmallInteger(fs, QStringLiteral("/proc/sys/kernel/modules_disabled"), s.unavailable))
        s.modulesDisabled = *v != 0;
    s.signaturesEnforced = readValue<bool>(fs, QStringLiteral("/sys/module/module/parameters/sig_enforce"),
                                           s.unavailable, SysfsValue::parseBool);
    s.lockdown = readValue<Lockdown>(
        fs, QStringLiteral("/sys/kernel/security/lockdown"), s.unavailable,
        [](QByteArrayView data, const QString& path) { return parseLockdown(data, path); });
    s.printk = readValue<PrintkLevels>(
        fs, QStringLiteral("/proc/sys/kernel/printk"), s.unavailable,
        [](QByteArrayView data, const QString& path) { return parsePrintkLevels(data, path); });
    s.dmesgRestrict = readSmallInteger(fs, QStringLiteral("/proc/sys/kernel/dmesg_restrict"), s.unavailable);
    s.kptrRestrict = readSmallInteger(fs, QStringLiteral("/proc/sys/kernel/kptr_restrict"), s.unavailable);
    if (auto secure = readSecureBoot(fs))
        s.secureBoot = *secure;
    else if (secure.error().kind != ErrorKind::Absent)
        s.unavailable.append(secure.error());
    return s;
}

} // namespace kaleido
