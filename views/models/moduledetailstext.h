// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "modprobeconfig.h"
#include "moduleinfo.h"
#include "moduleloadcheck.h"

#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * The details of a module as HTML for a text browser: file, version, license, authors, in tree, signature
 * (signer, key, hash), vermagic compared with @p kernelVermagic, depends, soft dependencies, aliases,
 * parameters with type and description, the modprobe.d @p rules that apply with their source file, and the
 * @p checks before loading (refusals with the errno the kernel will return, warnings, taint). Translated;
 * every value HTML-escaped.
 */
QString moduleDetailsHtml(const ModuleInfo& info, const QList<ModprobeRule>& rules,
                          const QList<LoadCheck>& checks,
                          const std::optional<QString>& kernelVermagic = std::nullopt);

} // namespace kaleido
