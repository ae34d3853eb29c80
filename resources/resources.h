// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace kaleido {
/// Registers the icons of resources/kaleido.qrc (under :/kaleido). Safe to call more than once.
void initResources();
}
