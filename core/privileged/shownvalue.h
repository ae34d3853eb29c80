// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace kaleido::privileged {

/**
 * @p value made safe to quote in a message: control and other unprintable characters as \xNN or \uNNNN, cut
 * after 60 characters with "…". Rejections quote what the user sent, and that may be anything.
 */
QString shownValue(const QString& value);

} // namespace kaleido::privileged
