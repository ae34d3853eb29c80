// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace kaleido {

/**
 * The size of a base page on this machine, from sysconf(_SC_PAGESIZE) (4096 on x86-64).
 *
 * Files such as /proc/buddyinfo, /proc/zoneinfo and /proc/slabinfo count pages, not bytes. Helpers that turn
 * pages into bytes take the page size as a parameter (tests pass a fixed one); this is the value to pass
 * live. A captured tree (--root) is assumed to come from a machine with the same page size.
 */
quint64 systemPageSize();

} // namespace kaleido
