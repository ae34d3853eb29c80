// SPDX-License-Identifier: GPL-2.0-or-later
#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initKaleidoResources()
{
    Q_INIT_RESOURCE(kaleido);
    Q_INIT_RESOURCE(kaleido_translations); // added by translations/CMakeLists.txt
}

namespace kaleido {
void initResources()
{
    static const bool done = (initKaleidoResources(), true);
    Q_UNUSED(done);
}
} // namespace kaleido
