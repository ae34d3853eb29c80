// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>

namespace kaleido {

/**
 * /proc/<pid>/syscall: the system call a blocked task is in, with its arguments (CONFIG_HAVE_ARCH_TRACEHOOK).
 *
 * @code
 * 61 0xffffffff 0x7fffec4b5030 0x0 0x0 0x1 0x8 0x7fffec4b5008 0x7f6f2c5d9bd3
 * -1 0x7ffc5d0a4e48 0x7f0e3e6b7d1a
 * running
 * @endcode
 * Blocked in a call: its number (decimal, per architecture: 61 is wait4 on x86-64), the argument registers in
 * hex (six on current kernels), then the user stack pointer and program counter. "-1 sp pc": blocked, but not
 * inside a system call (e.g. in a page fault). "running": on a CPU, so there is nothing stable to show.
 * Reading it needs ptrace rights over the process.
 */
struct ProcessSyscall
{
    enum class State
    {
        Running,       ///< "running"
        InSyscall,     ///< blocked inside system call `number`
        OutsideSyscall ///< blocked, but not in a system call ("-1 sp pc")
    };

    State state = State::Running;
    qint64 number = -1;
    QList<quint64> args; ///< as many as the kernel printed (6 on current kernels)
    quint64 stackPointer = 0;
    quint64 programCounter = 0;
};

/// Parses the bytes of /proc/<pid>/syscall. Fails (Malformed) when the line has none of the three shapes.
Result<ProcessSyscall> parseProcessSyscall(QByteArrayView data,
                                           const QString& path = QStringLiteral("/proc/self/syscall"));

/// Reads and parses /proc/<pid>/syscall below @p fs's root. PermissionDenied without ptrace rights.
Result<ProcessSyscall> readProcessSyscall(const KernelFs& fs, int pid);

} // namespace kaleido
