// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleOperationPane with synthetic results for every error case of issue 7 item 4 (and the refusals that
// never reach the kernel): errno text, cause, kernel lines, taint line, links.
#include "moduleoperationpane.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <cerrno>

using namespace kaleido;
using privileged::OperationResult;

namespace {

OperationResult failed(int err, const QString& cause, const QStringList& log, qint64 first = -1,
                       qint64 last = -1)
{
    OperationResult r = OperationResult::failure(err, cause);
    r.kernelLog = log;
    r.taintBefore = QStringLiteral("");
    r.taintAfter = QStringLiteral("");
    r.kernelLogFirstSequence = first;
    r.kernelLogLastSequence = last;
    return r;
}

void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KALEIDO_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    widget->resize(640, 360);
    widget->show();
    QTest::qWait(100);
    widget->grab().save(dir + QStringLiteral("/available-pane-") + name + QStringLiteral(".png"));
}

} // namespace

class TestModuleOperationPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<int>("err");
        QTest::addColumn<QStringList>("log");
        QTest::addColumn<QString>("errnoText");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("EEXIST") << EEXIST << QStringList() << "EEXIST"
                                << "already loaded";
        QTest::newRow("ENOEXEC") << ENOEXEC
                                 << QStringList{QStringLiteral("<3>teach: version magic 'x' should be 'y'")}
                                 << "ENOEXEC"
                                 << "version magic";
        QTest::newRow("EKEYREJECTED")
            << EKEYREJECTED << QStringList{QStringLiteral("<5>Loading of unsigned module is rejected")}
            << "EKEYREJECTED"
            << "signature was rejected";
        QTest::newRow("ENOKEY") << ENOKEY << QStringList() << "ENOKEY"
                                << "key the kernel does not have";
        QTest::newRow("ENOENT") << ENOENT
                                << QStringList{QStringLiteral("<4>user: Unknown symbol teach_count (err -2)")}
                                << "ENOENT"
                                << "unknown symbol";
        QTest::newRow("EINVAL") << EINVAL
                                << QStringList{QStringLiteral("<3>teach: weights: can only take 8 arguments")}
                                << "EINVAL"
                                << "invalid parameter";
        QTest::newRow("EPERM lockdown")
            << EPERM
            << QStringList{QStringLiteral("<5>Lockdown: insmod: unsigned module loading is restricted")}
            << "EPERM"
            << "lockdown";
        QTest::newRow("EPERM modules_disabled") << EPERM << QStringList() << "EPERM"
                                                << "modules_disabled";
        QTest::newRow("EAGAIN in use") << EAGAIN << QStringList() << "EAGAIN"
                                       << "in use";
        QTest::newRow("EBUSY") << EBUSY << QStringList() << "EBUSY"
                               << "busy";
    }

    void errors()
    {
        QFETCH(int, err);
        QFETCH(QStringList, log);
        QFETCH(QString, errnoText);
        QFETCH(QString, meaning);
        ModuleOperationPane pane;
        const QString cause = QStringLiteral("Plain cause for %1.").arg(errnoText);
        pane.setResult(failed(err, cause, log), false, QStringLiteral("Load teach"));
        QVERIFY2(pane.outcomeText().contains(QStringLiteral("Failed: ") + errnoText),
                 qPrintable(pane.outcomeText()));
        QVERIFY2(pane.outcomeText().contains(meaning), qPrintable(pane.outcomeText()));
        QCOMPARE(pane.causeText(), cause);
        QCOMPARE(pane.kernelLogLines(), log);
        if (err == ENOENT)
            shot(&pane, QStringLiteral("enoent"));
        QVERIFY(pane.taintText().contains(QStringLiteral("none → none")));
        QVERIFY(!pane.kernelLogLinkEnabled());
        QCOMPARE(pane.loadedLinkEnabled(), false);
    }

    void successWithTaintAndLinks()
    {
        ModuleOperationPane pane;
        QSignalSpy logSpy(&pane, &ModuleOperationPane::kernelLogRequested);
        QSignalSpy loadedSpy(&pane, &ModuleOperationPane::loadedModuleRequested);
        OperationResult r = OperationResult::success(QStringLiteral("Loaded kaleido_teach."));
        r.loaded = {QStringLiteral("kaleido_teach")};
        r.taintBefore = QString();
        r.taintAfter = QStringLiteral("OE");
        r.kernelLog = {QStringLiteral("<6>kaleido_teach: hello"),
                       QStringLiteral("<3>kaleido_teach: an error line"), QStringLiteral("no level")};
        r.kernelLogFirstSequence = 120;
        r.kernelLogLastSequence = 127;
        pane.setResult(r, true, QStringLiteral("Load kaleido_teach"));
        QVERIFY(pane.outcomeText().contains(QStringLiteral("Done")));
        shot(&pane, QStringLiteral("done"));
        QVERIFY2(pane.taintText().contains(QStringLiteral("none → OE")), qPrintable(pane.taintText()));
        QVERIFY(pane.taintText().contains(QStringLiteral("<b>O</b>")));
        QVERIFY(pane.taintText().contains(QStringLiteral("<b>E</b>")));
        QVERIFY(pane.kernelLogLinkEnabled());
        QVERIFY(pane.loadedLinkEnabled());
        auto* log = pane.findChild<QTextBrowser*>();
        QVERIFY(log);
        QVERIFY(log->toHtml().contains(QStringLiteral("#c0392b"))); // the err line in red
        QVERIFY(log->toPlainText().contains(QStringLiteral("no level")));
        const auto buttons = pane.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            QVERIFY(!b->toolTip().isEmpty());
            b->click();
        }
        QCOMPARE(logSpy.size(), 1);
        QCOMPARE(logSpy.constFirst().at(0).toLongLong(), 120);
        QCOMPARE(logSpy.constFirst().at(1).toLongLong(), 127);
        QCOMPARE(logSpy.constFirst().at(2).toString(), QStringLiteral("Load kaleido_teach"));
        QCOMPARE(loadedSpy.size(), 1);
        QCOMPARE(loadedSpy.constFirst().at(0).toString(), QStringLiteral("kaleido_teach"));
        // Through the helper: the route sentence is shown.
        const auto labels = pane.findChildren<QLabel*>();
        bool sawHelper = false;
        for (QLabel* l : labels)
            sawHelper = sawHelper || l->text().contains(QStringLiteral("kaleido-helper"));
        QVERIFY(sawHelper);
    }

    void refusalsBeforeTheKernel_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rejected") << int(OperationResult::Outcome::Rejected) << "Refused before anything";
        QTest::newRow("not authorized") << int(OperationResult::Outcome::NotAuthorized) << "Not authorized";
        QTest::newRow("helper unavailable")
            << int(OperationResult::Outcome::HelperUnavailable) << "kaleido-helper could not be reached";
    }

    void refusalsBeforeTheKernel()
    {
        QFETCH(int, outcome);
        QFETCH(QString, expected);
        ModuleOperationPane pane;
        pane.setResult(OperationResult::make(OperationResult::Outcome(outcome), QStringLiteral("Why.")), true,
                       QStringLiteral("Load x"));
        QVERIFY2(pane.outcomeText().contains(expected), qPrintable(pane.outcomeText()));
        QCOMPARE(pane.causeText(), QStringLiteral("Why."));
        QVERIFY(pane.taintText().isEmpty()); // nothing ran: no taint line
        QVERIFY(!pane.kernelLogLinkEnabled());
        QVERIFY(!pane.loadedLinkEnabled());
    }

    void splitsLevels()
    {
        QCOMPARE(splitKernelLogLine(QStringLiteral("<3>x")),
                 (std::pair<int, QString>{3, QStringLiteral("x")}));
        QCOMPARE(splitKernelLogLine(QStringLiteral("<14>y")),
                 (std::pair<int, QString>{6, QStringLiteral("y")}));
        QCOMPARE(splitKernelLogLine(QStringLiteral("<a>z")),
                 (std::pair<int, QString>{-1, QStringLiteral("<a>z")}));
        QCOMPARE(splitKernelLogLine(QStringLiteral("plain")),
                 (std::pair<int, QString>{-1, QStringLiteral("plain")}));
    }
};

QTEST_MAIN(TestModuleOperationPane)
#include "tst_moduleoperationpane.moc"
