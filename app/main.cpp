// SPDX-License-Identifier: GPL-2.0-or-later
#include "kaleido-config.h"
#include "mainwindow.h"
#include "resources.h"
#include "translationloader.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Without a display Qt would abort with a long plugin message; say it in one line instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("kaleido: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "to run without a screen use: xvfb-run -a kaleido\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kaleido"));
    QApplication::setOrganizationName(QStringLiteral("kaleido"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kaleido"));
    QApplication::setApplicationVersion(QStringLiteral(KALEIDO_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.kaleido.Kaleido"));
    kaleido::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kaleido/kaleido.svg")));
    kaleido::installTranslations(app);

    kaleido::MainWindow window;
    window.show();
    return QApplication::exec();
}
