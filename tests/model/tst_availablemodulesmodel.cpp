// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleIndexer → AvailableModulesModel → AvailableModulesFilterModel on a fake module tree (depmod -b),
// under QAbstractItemModelTester.
#include "availablemodulesfiltermodel.h"
#include "availablemodulesmodel.h"
#include "fakemoduletree.h"
#include "moduleindexer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kaleido;
using namespace kaleido::testing;

class TestAvailableModulesModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeModuleTree> m_tree;

    // Indexes the fake tree into @p model; returns the progress reports.
    QList<std::pair<int, int>> index(AvailableModulesModel& model, int* batches = nullptr)
    {
        ModuleIndexer indexer;
        QList<std::pair<int, int>> progress;
        connect(&indexer, &ModuleIndexer::progress, this, [&progress](int done, int total) {
            progress.append({done, total});
        });
        connect(&indexer, &ModuleIndexer::batchReady, &model,
                [&model, batches](const QList<ModuleInfo>& modules) {
                    model.appendModules(modules);
                    if (batches)
                        ++*batches;
                });
        QSignalSpy finished(&indexer, &ModuleIndexer::finished);
        indexer.start(m_tree->release(), m_tree->modulesDirectory());
        if (!finished.wait(30000))
            qWarning("indexing did not finish");
        return progress;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tree = std::make_unique<FakeModuleTree>(QFileInfo(m_dir.path()).canonicalFilePath());
        if (!m_tree->skipReason().isEmpty())
            QSKIP(qPrintable(m_tree->skipReason()));
        const QString error = buildStandardModuleTree(*m_tree);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void indexesEveryModuleWithProgress()
    {
        AvailableModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int batches = 0;
        const auto progress = index(model, &batches);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(batches, 1); // fewer than batchSize modules: one batch
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constFirst(), (std::pair<int, int>{0, 10}));
        QCOMPARE(progress.constLast(), (std::pair<int, int>{10, 10}));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].first >= progress[i - 1].first);

        const int alpha = model.rowOf(QStringLiteral("alpha"));
        QVERIFY(alpha >= 0);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(alpha, AvailableModulesModel::Description).toString(),
                 QStringLiteral("Alpha test driver"));
        QCOMPARE(cell(alpha, AvailableModulesModel::Parameters).toString(), QStringLiteral("8"));
        QCOMPARE(cell(alpha, AvailableModulesModel::Parameters, AvailableModulesModel::SortRole).toInt(), 8);
        QCOMPARE(cell(alpha, AvailableModulesModel::Depends).toString(), QStringLiteral("beta"));
        QCOMPARE(cell(alpha, AvailableModulesModel::State).toString(), QStringLiteral("loadable"));
        QCOMPARE(cell(alpha, AvailableModulesModel::Signed).toString(), QStringLiteral("no"));
        const auto info = cell(alpha, AvailableModulesModel::Name, AvailableModulesModel::ModuleInfoRole)
                              .value<ModuleInfo>();
        QCOMPARE(info.name, QStringLiteral("alpha"));
        const int zeta = model.rowOf(QStringLiteral("zeta"));
        QCOMPARE(cell(zeta, AvailableModulesModel::State).toString(), QStringLiteral("built in"));
        QCOMPARE(cell(zeta, AvailableModulesModel::Description).toString(), QStringLiteral("Zeta built in"));

        model.setLoaded({QStringLiteral("alpha")});
        model.setBlacklisted({QStringLiteral("gamma")});
        QCOMPARE(cell(alpha, AvailableModulesModel::State).toString(), QStringLiteral("loaded"));
        QCOMPARE(cell(model.rowOf(QStringLiteral("gamma")), AvailableModulesModel::State).toString(),
                 QStringLiteral("blacklisted"));
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        // A second batch with known names adds nothing.
        model.appendModules({info});
        QCOMPARE(model.rowCount(), 10);
    }

    void missingTreeFails()
    {
        ModuleIndexer indexer;
        QSignalSpy failed(&indexer, &ModuleIndexer::failed);
        indexer.start(QStringLiteral("0.0"), m_dir.path() + QStringLiteral("/nowhere"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind, ErrorKind::Absent);
        QVERIFY(!indexer.isRunning());
    }

    void restartDropsTheOldRun()
    {
        AvailableModulesModel model;
        ModuleIndexer indexer;
        connect(&indexer, &ModuleIndexer::batchReady, &model, &AvailableModulesModel::appendModules);
        QSignalSpy finished(&indexer, &ModuleIndexer::finished);
        indexer.start(m_tree->release(), m_tree->modulesDirectory());
        indexer.start(m_tree->release(), m_tree->modulesDirectory());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!indexer.indexOutdated());
    }

    void filters()
    {
        AvailableModulesModel model;
        index(model);
        model.setLoaded({QStringLiteral("beta")});
        AvailableModulesFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto names = [&filter] {
            QStringList list;
            for (int r = 0; r < filter.rowCount(); ++r)
                list << filter.index(r, 0).data().toString();
            list.sort();
            return list;
        };
        filter.setText(QStringLiteral("alpha"));
        QCOMPARE(names(), QStringList{QStringLiteral("alpha")});
        filter.setText(QStringLiteral("LOVELACE")); // author
        QCOMPARE(names(), QStringList{QStringLiteral("alpha")});
        filter.setText(QStringLiteral("shared-alias")); // alias: alpha and gamma
        QCOMPARE(names(), (QStringList{QStringLiteral("alpha"), QStringLiteral("gamma")}));
        filter.setText(QStringLiteral("flag")); // parameter name
        QCOMPARE(names(), QStringList{QStringLiteral("beta")});
        filter.setText(QStringLiteral("alpha driver")); // every word
        QCOMPARE(names(), QStringList{QStringLiteral("alpha")});
        filter.setText(QStringLiteral("pci:v00001234"));
        QVERIFY(names().isEmpty());
        filter.setAliasMatches({QStringLiteral("omega")});
        QCOMPARE(names(), QStringList{QStringLiteral("omega")});
        filter.setAliasMatches({});
        filter.setText(QString());
        filter.setStateFilter(AvailableModulesFilterModel::StateFilter::BuiltIn);
        QCOMPARE(names(), (QStringList{QStringLiteral("eta"), QStringLiteral("zeta")}));
        filter.setStateFilter(AvailableModulesFilterModel::StateFilter::Loaded);
        QCOMPARE(names(), QStringList{QStringLiteral("beta")});
        filter.setStateFilter(AvailableModulesFilterModel::StateFilter::NotLoaded);
        QCOMPARE(filter.rowCount(), 7);
        filter.setStateFilter(AvailableModulesFilterModel::StateFilter::All);

        // Sorted by raw value: parameter count as a number.
        filter.sort(AvailableModulesModel::Parameters, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(filter.index(1, AvailableModulesModel::Parameters).data().toString(), QStringLiteral("1"));

        // A search ranks the module named exactly like it first (beta, theta and zeta contain "eta" too),
        // in either order; the rest keep the column's value order.
        filter.sort(AvailableModulesModel::Name, Qt::AscendingOrder);
        filter.setText(QStringLiteral("eta"));
        QVERIFY(filter.rowCount() >= 4);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("eta"));
        QCOMPARE(filter.index(1, 0).data().toString(), QStringLiteral("beta"));
        filter.sort(AvailableModulesModel::Name, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("eta"));
        QCOMPARE(filter.index(1, 0).data().toString(), QStringLiteral("zeta"));
        // Without a search, plain value order again.
        filter.setText(QString());
        filter.sort(AvailableModulesModel::Name, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("alpha"));
    }
};

QTEST_GUILESS_MAIN(TestAvailableModulesModel)
#include "tst_availablemodulesmodel.moc"
