// SPDX-License-Identifier: GPL-2.0-or-later
#include "loadedmodulesmodel.h"
#include "loadedmodulessnapshot.h"
#include "modulegraph.h"
#include "testutils.h"

#include <QFile>
#include <QTest>

using namespace kaleido;

namespace {

ModuleGraph debianGraph()
{
    return ModuleGraph::fromSnapshot(
        readLoadedModules(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian")))));
}

QStringList names(const ModuleGraph& graph)
{
    QStringList out;
    for (const auto& n : graph.nodes())
        out.append(n.name);
    out.sort();
    return out;
}

} // namespace

class TestModuleGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTheCapture()
    {
        const ModuleGraph graph = debianGraph();
        QCOMPARE(graph.nodes().size(), 17); // built-in kernel/module/printk are not in the graph
        // Holders in the capture: sg→scsi_mod, sg→scsi_common, scsi_mod→scsi_common, 9p→fscache, 9p→netfs,
        // fscache→netfs, 9p→9pnet, 9pnet_virtio→9pnet, virtio_pci→virtio_pci_legacy_dev,
        // virtio_pci→virtio_pci_modern_dev, 9pnet_virtio→virtio, virtio_pci→virtio, and three on virtio_ring.
        QCOMPARE(graph.edges().size(), 15);
        QCOMPARE(graph.node(QStringLiteral("sg"))->state, int(LoadedModulesModel::State::Live));
    }

    void neighbourhood()
    {
        const ModuleGraph graph = debianGraph();
        QCOMPARE(
            names(graph.neighbourhood(QStringLiteral("scsi_mod"))),
            (QStringList{QStringLiteral("scsi_common"), QStringLiteral("scsi_mod"), QStringLiteral("sg")}));
        // virtio: users 9pnet_virtio and virtio_pci; uses virtio_ring. Not 9pnet (a sibling's dependency).
        QCOMPARE(names(graph.neighbourhood(QStringLiteral("virtio"))),
                 (QStringList{QStringLiteral("9pnet_virtio"), QStringLiteral("virtio"),
                              QStringLiteral("virtio_pci"), QStringLiteral("virtio_ring")}));
        QCOMPARE(graph.neighbourhood(QStringLiteral("dummy")).nodes().size(), 1);
        QVERIFY(graph.neighbourhood(QStringLiteral("nosuch")).isEmpty());
    }

    void dotText()
    {
        const ModuleGraph scsi = debianGraph().neighbourhood(QStringLiteral("scsi_common"));
        const QByteArray dot = scsi.toDot({{QStringLiteral("sg"), QSizeF(0.5, 0.25)}});
        QVERIFY(dot.startsWith("digraph modules {\n"));
        QVERIFY(dot.contains("  \"sg\" [width=0.500, height=0.250];\n"));
        QVERIFY(dot.contains("  \"scsi_mod\" [width=1.000, height=0.300];\n"));
        QVERIFY(dot.contains("  \"sg\" -> \"scsi_mod\";\n"));
        QVERIFY(dot.contains("  \"scsi_mod\" -> \"scsi_common\";\n"));
        QVERIFY(dot.endsWith("}\n"));
        // The captured layout fixture was made from this very text (tests/fixtures/graphviz/holders.dot).
        QFile fixture(QStringLiteral(KALEIDO_FIXTURES_DIR "/graphviz/holders.dot"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QCOMPARE(debianGraph().toDot(), fixture.readAll());
    }

    void staticDependencies()
    {
        ModuleGraph graph = debianGraph();
        graph.addDependencies(QStringLiteral("sg"),
                              {QStringLiteral("scsi_mod"), QStringLiteral("scsi_common")});
        QCOMPARE(graph.edges().size(), 15); // both already known from the holders
        graph.addDependencies(QStringLiteral("kaleido_teach_user"), {QStringLiteral("kaleido_teach")});
        QCOMPARE(graph.edges().size(), 16);
        QVERIFY(!graph.edges().last().fromHolders);
        QVERIFY(!graph.node(QStringLiteral("kaleido_teach"))->live);
        QVERIFY(graph.toDot().contains("\"kaleido_teach_user\" -> \"kaleido_teach\" [style=dashed];"));
    }

    void unsafeNamesAreLeftOut()
    {
        QVERIFY(ModuleGraph::isSafeName(QStringLiteral("9pnet_virtio")));
        QVERIFY(!ModuleGraph::isSafeName(QStringLiteral("a\" -> \"b")));
        QVERIFY(!ModuleGraph::isSafeName(QString()));
        ModuleGraph graph;
        graph.addDependencies(QStringLiteral("x\"y"), {QStringLiteral("z")});
        QVERIFY(graph.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModuleGraph)
#include "tst_modulegraph.moc"
