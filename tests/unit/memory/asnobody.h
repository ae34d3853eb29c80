// SPDX-License-Identifier: GPL-2.0-or-later
// Runs a check as the unprivileged user "nobody" (uid 65534), for root-only files: the tests run as root, and
// root reads a 0400 file anyway.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

namespace kaleido::test {

/// Forks; the child drops to uid/gid 65534 when it is root and exits with @p check()'s status. Returns that
/// status, or −1 when the child died or could not drop its privileges (then 200).
template<typename Check>
int runAsNobody(Check check)
{
    const pid_t child = fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(200);
        _exit(check());
    }
    int status = 0;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

} // namespace kaleido::test
