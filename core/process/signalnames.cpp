// SPDX-License-Identifier: GPL-2.0-or-later
#include "signalnames.h"

namespace kaleido {

QString signalName(int signal)
{
    static const char* const standard[] = {
        "SIGHUP",  "SIGINT",    "SIGQUIT", "SIGILL",   "SIGTRAP", "SIGABRT", "SIGBUS",  "SIGFPE",
        "SIGKILL", "SIGUSR1",   "SIGSEGV", "SIGUSR2",  "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT",
        "SIGCHLD", "SIGCONT",   "SIGSTOP", "SIGTSTP",  "SIGTTIN", "SIGTTOU", "SIGURG",  "SIGXCPU",
        "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO",   "SIGPWR",  "SIGSYS",
    };
    if (signal >= 1 && signal <= 31)
        return QLatin1String(standard[signal - 1]);
    if (signal == 32)
        return QStringLiteral("SIGRTMIN");
    if (signal > 32 && signal <= 64)
        return QStringLiteral("SIGRTMIN+") + QString::number(signal - 32);
    return QStringLiteral("SIG") + QString::number(signal);
}

QStringList signalNames(quint64 mask)
{
    QStringList names;
    for (int bit = 0; bit < 64; ++bit) {
        if (mask & (quint64(1) << bit))
            names.append(signalName(bit + 1));
    }
    return names;
}

} // namespace kaleido
