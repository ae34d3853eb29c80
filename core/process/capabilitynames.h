// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kaleido {

/**
 * Capability names for the sets in /proc/PID/status (CapInh, CapPrm, CapEff, CapBnd, CapAmb), where bit n
 * stands for capability n:
 * @code
 * CapEff: 0000000000010000     → CAP_SYS_MODULE
 * CapBnd: 000001ffffffffff     → CAP_CHOWN … CAP_CHECKPOINT_RESTORE (all 41 of Linux 5.9+)
 * @endcode
 * Bits beyond CAP_CHECKPOINT_RESTORE (40), which a newer kernel may define, are named "cap_N".
 */
QString capabilityName(int capability);

/// The names of the capabilities set in @p mask, lowest number first.
QStringList capabilityNames(quint64 mask);

/// The highest capability number this build knows by name (40, CAP_CHECKPOINT_RESTORE).
int lastKnownCapability();

} // namespace kaleido
