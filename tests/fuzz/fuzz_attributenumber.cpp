// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: proc/sys/vm/* sys/kernel/mm/ksm/* sys/kernel/mm/hugepages/*/*
#include "kernelattributes.h"
#include "vmsysctls.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString path = QStringLiteral("/proc/sys/vm/x");
    (void)kaleido::parseAttributeNumber(text, path);
    (void)kaleido::parseAttributeSignedNumber(text, path);

    kaleido::VmSysctls vm;
    vm.attributes.directory = QStringLiteral("/proc/sys/vm");
    kaleido::KernelAttribute a;
    a.name = QStringLiteral("lowmem_reserve_ratio");
    a.path = path;
    a.text = text.trimmed().toByteArray();
    vm.attributes.items.append(a);
    a.name = QStringLiteral("overcommit_memory");
    vm.attributes.items.append(a);
    (void)vm.values(QStringLiteral("lowmem_reserve_ratio"));
    (void)vm.overcommitMode();
    return 0;
}
