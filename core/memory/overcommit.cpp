// SPDX-License-Identifier: GPL-2.0-or-later
#include "overcommit.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

constexpr quint64 kMax = std::numeric_limits<quint64>::max();

quint64 multiplySaturating(quint64 a, quint64 b)
{
    return a != 0 && b > kMax / a ? kMax : a * b;
}

quint64 addSaturating(quint64 a, quint64 b)
{
    return a > kMax - b ? kMax : a + b;
}

Error missing(const QString& path, const QString& what)
{
    return Error::malformed(path, 0,
                            QCoreApplication::translate("kaleido::Overcommit", "%1 is missing").arg(what));
}

} // namespace

quint64 computeCommitLimit(const CommitLimitInputs& in)
{
    const quint64 page = in.pageSize == 0 ? 4096 : in.pageSize;
    quint64 allowedPages = 0;
    if (in.overcommitKbytes != 0) {
        // sysctl_overcommit_kbytes >> (PAGE_SHIFT - 10)
        allowedPages = in.overcommitKbytes / (page / 1024 == 0 ? 1 : page / 1024);
    } else {
        const quint64 ramPages = in.memTotalBytes / page;
        const quint64 hugePages = in.hugetlbBytes / page;
        const quint64 usable = ramPages > hugePages ? ramPages - hugePages : 0;
        // The kernel multiplies first in unsigned long; the product of a page count and a percentage cannot
        // overflow 64 bits for any real machine, but saturate rather than wrap on garbage.
        allowedPages = multiplySaturating(usable, in.overcommitRatio) / 100;
    }
    allowedPages = addSaturating(allowedPages, in.swapTotalBytes / page);
    return multiplySaturating(allowedPages, page);
}

Overcommit::Verdict Overcommit::check(quint64 bytes, VmSysctls::OvercommitMode checkMode, bool privileged,
                                      quint64 processTotalVmBytes) const
{
    const quint64 page = inputs.pageSize == 0 ? 4096 : inputs.pageSize;
    Verdict verdict;
    const quint64 requestPages = bytes / page + (bytes % page != 0 ? 1 : 0);
    verdict.requestBytes = multiplySaturating(requestPages, page);
    switch (checkMode) {
    case VmSysctls::OvercommitMode::Always:
        verdict.limitBytes = kMax;
        return verdict;
    case VmSysctls::OvercommitMode::Heuristic: {
        // Since 5.x only a single request larger than all RAM and swap is refused.
        const quint64 limitPages = addSaturating(inputs.memTotalBytes / page, inputs.swapTotalBytes / page);
        verdict.comparedBytes = verdict.requestBytes;
        verdict.limitBytes = multiplySaturating(limitPages, page);
        verdict.refused = requestPages > limitPages;
        return verdict;
    }
    case VmSysctls::OvercommitMode::Never:
        break;
    }
    // allowed = vm_commit_limit() − admin reserve (unless CAP_SYS_ADMIN) − min(total_vm / 32, user reserve);
    // refused unless Committed_AS, which already includes the request, stays below it. The kernel's signed
    // "allowed" may go negative; here the reserves are capped at the limit instead, which refuses the same
    // way.
    const quint64 limitPages = commitLimit / page;
    const quint64 adminPages = privileged ? 0 : adminReserveBytes / page;
    const quint64 userPages = std::min(processTotalVmBytes / page / 32, userReserveBytes / page);
    const quint64 reservedPages = addSaturating(adminPages, userPages);
    const quint64 allowedPages = reservedPages >= limitPages ? 0 : limitPages - reservedPages;
    const quint64 committedPages = addSaturating(committedAs.value_or(0) / page, requestPages);
    verdict.comparedBytes = multiplySaturating(committedPages, page);
    verdict.limitBytes = multiplySaturating(allowedPages, page);
    verdict.refused = committedPages >= allowedPages;
    return verdict;
}

QString overcommitModeName(VmSysctls::OvercommitMode mode)
{
    switch (mode) {
    case VmSysctls::OvercommitMode::Heuristic:
        return QCoreApplication::translate("kaleido::Overcommit", "heuristic");
    case VmSysctls::OvercommitMode::Always:
        return QCoreApplication::translate("kaleido::Overcommit", "always");
    case VmSysctls::OvercommitMode::Never:
        break;
    }
    return QCoreApplication::translate("kaleido::Overcommit", "never");
}

QString overcommitModeMeaning(VmSysctls::OvercommitMode mode)
{
    switch (mode) {
    case VmSysctls::OvercommitMode::Heuristic:
        return QCoreApplication::translate(
            "kaleido::Overcommit",
            "Overcommit allowed; only a single request larger than RAM plus swap is refused.");
    case VmSysctls::OvercommitMode::Always:
        return QCoreApplication::translate(
            "kaleido::Overcommit", "Every request is granted; running out is left to the OOM killer.");
    case VmSysctls::OvercommitMode::Never:
        break;
    }
    return QCoreApplication::translate(
        "kaleido::Overcommit",
        "Strict accounting: requests that would take Committed_AS to CommitLimit are refused.");
}

Result<Overcommit> computeOvercommit(const MemInfo& meminfo, const VmSysctls& sysctls, const HugeTlb* hugetlb,
                                     quint64 pageSize)
{
    const QString meminfoPath = QStringLiteral("/proc/meminfo");
    Overcommit o;
    o.inputs.pageSize = pageSize == 0 ? 4096 : pageSize;

    const auto mode = sysctls.overcommitMode();
    if (!mode)
        return mode.error();
    o.mode = *mode;
    const auto ratio = sysctls.overcommitRatio();
    if (!ratio)
        return ratio.error();
    o.inputs.overcommitRatio = *ratio;
    // overcommit_kbytes appeared in 3.14; before it only the ratio existed.
    const auto kbytes = sysctls.overcommitKbytes();
    if (!kbytes && kbytes.error().kind != ErrorKind::Absent)
        return kbytes.error();
    o.inputs.overcommitKbytes = kbytes ? *kbytes : 0;
    if (const auto admin = sysctls.adminReserveKbytes())
        o.adminReserveBytes = multiplySaturating(*admin, 1024);
    if (const auto user = sysctls.userReserveKbytes())
        o.userReserveBytes = multiplySaturating(*user, 1024);

    const auto memTotal = meminfo.value("MemTotal");
    if (!memTotal)
        return missing(meminfoPath, QStringLiteral("MemTotal"));
    o.inputs.memTotalBytes = *memTotal;
    o.inputs.swapTotalBytes = meminfo.value("SwapTotal").value_or(0); // no swap support: no field, no swap

    if (hugetlb) {
        o.hugetlbSource = Overcommit::HugetlbSource::Pools;
        o.inputs.hugetlbBytes = hugetlb->totalBytes();
    } else if (const auto bytes = meminfo.value("Hugetlb")) {
        o.hugetlbSource = Overcommit::HugetlbSource::MeminfoHugetlb;
        o.inputs.hugetlbBytes = *bytes;
    } else {
        o.hugetlbSource = Overcommit::HugetlbSource::MeminfoHugePages;
        o.inputs.hugetlbBytes = multiplySaturating(meminfo.value("HugePages_Total").value_or(0),
                                                   meminfo.value("Hugepagesize").value_or(0));
    }

    o.commitLimit = computeCommitLimit(o.inputs);
    o.kernelCommitLimit = meminfo.value("CommitLimit");
    o.committedAs = meminfo.value("Committed_AS");
    return o;
}

Result<Overcommit> readOvercommit(const KernelFs& fs, quint64 pageSize)
{
    const auto meminfo = readMeminfo(fs);
    if (!meminfo)
        return meminfo.error();
    const auto sysctls = readVmSysctls(fs);
    if (!sysctls)
        return sysctls.error();
    const auto hugetlb = readHugeTlb(fs);
    return computeOvercommit(*meminfo, *sysctls, hugetlb ? &*hugetlb : nullptr, pageSize);
}

} // namespace kaleido
