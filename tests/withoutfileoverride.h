// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace kaleido::test {

/**
 * While alive, this thread cannot read files its permission bits forbid: when the tests run as root, it drops
 * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the thread's effective capabilities (and restores them at
 * the end), so a mode-0000 file is refused as it would be for a normal user. For a normal user it does
 * nothing: mode 0000 alone is enough.
 */
class WithoutFileOverride
{
public:
    WithoutFileOverride()
    {
        if (geteuid() != 0)
            return;
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~((1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH));
        m_active = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutFileOverride()
    {
        if (m_active)
            syscall(SYS_capset, &m_header, m_saved);
    }
    WithoutFileOverride(const WithoutFileOverride&) = delete;
    WithoutFileOverride& operator=(const WithoutFileOverride&) = delete;

    /// Whether permission bits now apply to this thread.
    bool ok() const { return geteuid() != 0 || m_active; }

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2]{};
    bool m_active = false;
};

} // namespace kaleido::test
