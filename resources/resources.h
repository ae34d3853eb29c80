// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace kaleido {
/// Registers the icons (:/kaleido) and the compiled translations (:/i18n). Safe to call more than once.
void initResources();
}
