// SPDX-License-Identifier: GPL-2.0-or-later
#include "translationloader.h"

#include "resources.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kaleido {

void installTranslations(QCoreApplication& app)
{
    initResources();
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // qt_add_translations() embeds the .qm files under :/i18n.
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("kaleido"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace kaleido
