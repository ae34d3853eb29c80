// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/meminfo
// The input is /proc/meminfo text; the overcommit sysctls and the request come from its last 40 bytes, so the
// CommitLimit arithmetic and the mode-2 verdict meet any combination of values.
#include "overcommit.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    quint64 numbers[5] = {};
    const size_t tail = std::min(size, sizeof numbers);
    std::memcpy(numbers, data + size - tail, tail);
    const auto meminfo =
        kaleido::parseMeminfo(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size - tail)));
    if (!meminfo)
        return 0;

    kaleido::VmSysctls vm;
    vm.attributes.directory = QStringLiteral("/proc/sys/vm");
    const char* names[] = {"overcommit_memory", "overcommit_ratio", "overcommit_kbytes",
                           "admin_reserve_kbytes"};
    for (int i = 0; i < 4; ++i) {
        kaleido::KernelAttribute a;
        a.name = QString::fromLatin1(names[i]);
        a.path = vm.attributes.directory + QLatin1Char('/') + a.name;
        a.text = QByteArray::number(i == 0 ? numbers[i] % 3 : numbers[i]);
        vm.attributes.items.append(a);
    }
    for (const quint64 pageSize : {quint64(4096), quint64(65536), quint64(1)}) {
        const auto o = kaleido::computeOvercommit(*meminfo, vm, nullptr, pageSize);
        if (!o)
            continue;
        for (const auto mode :
             {kaleido::VmSysctls::OvercommitMode::Heuristic, kaleido::VmSysctls::OvercommitMode::Always,
              kaleido::VmSysctls::OvercommitMode::Never}) {
            (void)o->check(numbers[4], mode, false, numbers[3]);
            (void)o->check(numbers[4], mode, true);
        }
        (void)o->agreesWithKernel();
    }
    return 0;
}
