// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QCoreApplication;

namespace kaleido {

/// Installs Qt's own and Kaleido's translations for the user's preferred UI languages (QLocale::uiLanguages()).
void installTranslations(QCoreApplication& app);

} // namespace kaleido
