// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QString>

namespace kaleido {

/// The EFI variable that says whether the firmware booted with Secure Boot on.
inline constexpr QLatin1StringView secureBootVariablePath{
    "/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c"};

/**
 * Parses the SecureBoot EFI variable as efivarfs shows it: 4 bytes of attributes (little endian), then the
 * one-byte value, 1 when Secure Boot is on. Malformed when the value byte is missing.
 */
Result<bool> parseSecureBootVariable(QByteArrayView data,
                                     const QString& path = QString(secureBootVariablePath));

/// Reads the variable. Absent on machines booted without EFI (or without efivarfs mounted).
Result<bool> readSecureBoot(const KernelFs& fs);

} // namespace kaleido
