// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagesize.h"

#include <unistd.h>

namespace kaleido {

quint64 systemPageSize()
{
    static const quint64 size = [] {
        const long value = ::sysconf(_SC_PAGESIZE);
        return value > 0 ? quint64(value) : quint64(4096); // sysconf cannot fail for _SC_PAGESIZE on Linux
    }();
    return size;
}

} // namespace kaleido
