// SPDX-License-Identifier: GPL-2.0-or-later
#include "graphlayout.h"
#include "loadedmodulessnapshot.h"
#include "modulegraph.h"
#include "testutils.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kaleido;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(KALEIDO_FIXTURES_DIR "/graphviz/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // holders.plain: `dot -Tplain < holders.dot` with graphviz 2.43.0 (Debian 12).
    void capturedPlainOutput()
    {
        const auto layout = GraphLayout::parsePlainLayout(fixture("holders.plain"));
        QVERIFY2(layout.ok(), qPrintable(layout.error().message()));
        QCOMPARE(layout->nodes.size(), 17);
        QCOMPARE(layout->edges.size(), 15);
        // Every rectangle inside the graph; every edge has 3k+1 points and starts next to its tail's box.
        const QRectF bounds(QPointF(0, 0), layout->size);
        for (auto it = layout->nodes.cbegin(); it != layout->nodes.cend(); ++it)
            QVERIFY2(bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(it.value()), qPrintable(it.key()));
        for (const PlainLayout::Edge& e : layout->edges) {
            QCOMPARE(e.points.size() % 3, 1);
            QVERIFY(layout->nodes.contains(e.from) && layout->nodes.contains(e.to));
            const QRectF tail = layout->nodes.value(e.from).adjusted(-3, -3, 3, 3);
            QVERIFY2(tail.contains(e.points.first()), qPrintable(e.from + QLatin1String("->") + e.to));
            // y points down: a holder is drawn above the module it uses (rankdir=TB).
            QVERIFY(layout->nodes.value(e.from).center().y() < layout->nodes.value(e.to).center().y());
        }
    }

    void handWritten()
    {
        const QByteArray plain = "graph 1 2 1\n"
                                 "node \"a b\" 0.5 0.75 1 0.5 \"a b\" solid box black lightgrey\n"
                                 "edge \"a b\" c 4 0 1 0 0.5 1 0.5 1 0 dashed black\n"
                                 "stop\n";
        const auto layout = GraphLayout::parsePlainLayout(plain);
        QVERIFY(layout.ok());
        QCOMPARE(layout->size, QSizeF(144, 72));
        QCOMPARE(layout->nodes.value(QStringLiteral("a b")), QRectF(0, 0, 72, 36)); // centre (36, 18)
        QCOMPARE(layout->edges.first().points.first(), QPointF(0, 0));
        QCOMPARE(layout->edges.first().points.last(), QPointF(72, 72));
        QVERIFY(layout->edges.first().dashed);
    }

    void malformed()
    {
        QVERIFY(!GraphLayout::parsePlainLayout("").ok());
        QVERIFY(!GraphLayout::parsePlainLayout("graph 1 2 1\n").ok()); // no stop
        QVERIFY(!GraphLayout::parsePlainLayout("graph 1 2 1\nnode a x 1 1 1\nstop\n").ok());
        QVERIFY(!GraphLayout::parsePlainLayout("graph 1 2 1\nedge a b 4 0 1\nstop\n").ok());
        QVERIFY(!GraphLayout::parsePlainLayout("node a 1 1 1 1\nstop\n").ok());
    }

    void liveDot()
    {
        if (!GraphLayout::available())
            QSKIP("graphviz's dot is not installed");
        GraphLayout layout;
        QSignalSpy finished(&layout, &GraphLayout::finished);
        QSignalSpy failed(&layout, &GraphLayout::failed);
        layout.layout(fixture("holders.dot"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 0);
        const auto result = finished.first().first().value<PlainLayout>();
        QCOMPARE(result.nodes.size(), 17);
        QCOMPARE(layout.runs(), 1);
        // The same text again: from the cache, dot is not run.
        layout.layout(fixture("holders.dot"));
        QVERIFY(finished.wait(1000));
        QCOMPARE(layout.runs(), 1);
    }

    void latestWins()
    {
        if (!GraphLayout::available())
            QSKIP("graphviz's dot is not installed");
        GraphLayout layout;
        QSignalSpy finished(&layout, &GraphLayout::finished);
        layout.layout("digraph { a -> b; }");
        layout.layout("digraph { c -> d; }");
        layout.layout("digraph { e -> f; g; }");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!layout.isRunning());
        QCOMPARE(layout.runs(), 2); // the first one, then only the latest
        QCOMPARE(finished.first().first().value<PlainLayout>().nodes.size(), 3);
    }

    void missingDot()
    {
        GraphLayout layout;
        layout.setProgram(QStringLiteral("/nonexistent/dot"));
        QSignalSpy failed(&layout, &GraphLayout::failed);
        layout.layout("digraph { a; }");
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("graphviz")));
    }

    void timeout()
    {
        // A "dot" that never answers.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program = dir.filePath(QStringLiteral("slowdot"));
        QFile script(program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec sleep 30\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        GraphLayout layout;
        layout.setProgram(program);
        layout.setTimeoutMs(200);
        QSignalSpy failed(&layout, &GraphLayout::failed);
        layout.layout("digraph { a; }");
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("stopped")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!layout.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
