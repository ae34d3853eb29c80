// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QString>

namespace kaleido {

/**
 * One plain report of a finished process action: the result's cause, the system error's name when it failed
 * ("(EPERM)"), and, when it went through kaleido-helper, a sentence saying so: "It was sent with
 * administrator permission through kaleido-helper." on success, or that it needed that permission and was
 * sent to the helper when the helper refused or could not be reached. Translated.
 */
QString operationReport(const privileged::OperationResult& result, bool throughHelper);

/// For a report about several requests, some of which went through kaleido-helper. Translated.
QString someThroughHelperSentence();

} // namespace kaleido
