// SPDX-License-Identifier: GPL-2.0-or-later
#include "ksm.h"

#include <QCoreApplication>

namespace kaleido {

Result<Ksm::Run> Ksm::run() const
{
    const auto value = attributes.number(QStringLiteral("run"));
    if (!value)
        return value.error();
    if (*value > 2) {
        return Error::malformed(attributes.find(QStringLiteral("run"))->path, 0,
                                QCoreApplication::translate("kaleido::Ksm", "expected 0, 1 or 2"));
    }
    return Run(*value);
}

Result<Ksm> readKsm(const KernelFs& fs)
{
    auto attributes = readKernelAttributes(fs, QStringLiteral("/sys/kernel/mm/ksm"));
    if (!attributes)
        return attributes.error();
    Ksm ksm;
    ksm.attributes = std::move(*attributes);
    return ksm;
}

} // namespace kaleido
