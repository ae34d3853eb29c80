// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kaleido {

/**
 * Signal names for the masks in /proc/PID/status (SigPnd, ShdPnd, SigBlk, SigIgn, SigCgt), where bit n−1
 * stands for signal n:
 * @code
 * SigIgn: 0000000000000004     → SIGQUIT          (bit 2)
 * SigCgt: 0000000000010002     → SIGINT SIGCHLD   (bits 1 and 16)
 * @endcode
 * Numbers are the x86/arm/generic ones (1 SIGHUP … 31 SIGSYS). Real-time signals are named from the kernel's
 * SIGRTMIN, 32: "SIGRTMIN", "SIGRTMIN+1" … "SIGRTMIN+32" (= SIGRTMAX, 64). glibc keeps 32 and 33 for its
 * threads, so what a C program calls SIGRTMIN is SIGRTMIN+2 here.
 */
QString signalName(int signal);

/// The names of the signals set in @p mask, lowest number first.
QStringList signalNames(quint64 mask);

} // namespace kaleido
