// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"
#include "moduleinfo.h"

#include <QMap>
#include <QString>

namespace kaleido::privileged {

/// At most this many parameters in one load request.
inline constexpr qsizetype maxModuleParameters = 64;

/**
 * The requested @p parameters checked against what @p info (the module @p module) declares: every name must
 * be a declared parameter (modinfo parm/parmtype), every value valid for its declared type. A parameter
 * without a type validateParameterValue() knows (no parmtype, or a module's own kernel_param_ops) is checked
 * as "charp", the strictest textual grammar; the kernel's own parser for it has the last word. Returns the
 * canonical values.
 */
Checked<QMap<QString, QString>> checkModuleParameters(const ModuleInfo& info, const QString& module,
                                                      const QMap<QString, QString>& parameters);

/**
 * A value that came out of validateParameterValue(), whatever its type: what the operations check again on a
 * plan or write they are handed, since those need not come from the prepare step. Canonical values of every
 * type are printable ASCII without spaces, quotes or the other characters a charp may not hold; commas only
 * between non-empty elements ("array of charp"'s grammar).
 */
Checked<QString> validateCanonicalValue(const QString& value);

} // namespace kaleido::privileged
