// SPDX-License-Identifier: GPL-2.0-or-later
#include "clicommand.h"

namespace kaleido::cli {

void registerProcessCommands(QList<Command>& commands)
{
    Q_UNUSED(commands);
}

} // namespace kaleido::cli
