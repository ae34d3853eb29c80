// SPDX-License-Identifier: GPL-2.0-or-later
// The German catalog is built, embedded and picked by the user's locale; English stays the source language.
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QLocale>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace kaleido;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void germanLocaleGetsGermanInterface()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*qApp);
        MainWindow window;
        QCOMPARE(window.areaName(0), QStringLiteral("Prozesse"));
        QCOMPARE(window.areaName(1), QStringLiteral("Speicher"));
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                                     QStringLiteral("&Prozess"), QStringLiteral("&Modul"),
                                     QStringLiteral("&Hilfe")}));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
