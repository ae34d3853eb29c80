// SPDX-License-Identifier: GPL-2.0-or-later
#include "chartroles.h"
#include "memoryhistorymodel.h"
#include "memtestdata.h"
#include "serieslegendmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kaleido;

class TestSeriesLegendModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_history = std::make_unique<MemoryHistoryModel>();
        m_legend = std::make_unique<SeriesLegendModel>();
        m_legend->setSourceModel(m_history.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_legend.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_legend.reset();
        m_history.reset();
    }

    void oneRowPerSeries()
    {
        QCOMPARE(m_legend->rowCount(), m_history->columnCount() - 1);
        QCOMPARE(m_legend->columnCount(), int(SeriesLegendModel::ColumnCount));
        const QModelIndex available = m_legend->index(1, SeriesLegendModel::SeriesColumn);
        QCOMPARE(available.data(ChartRoles::SeriesKeyRole).toString(), QStringLiteral("MemAvailable"));
        QVERIFY(available.data(Qt::ToolTipRole).toString().contains(QStringLiteral("free")));
        QCOMPARE(available.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(m_legend->flags(available) & Qt::ItemIsUserCheckable);
        QCOMPARE(m_legend->index(1, SeriesLegendModel::NowColumn).data().toString(), QStringLiteral("—"));
    }

    void tracksNowMinimumAndMaximum()
    {
        QSignalSpy changed(m_legend.get(), &QAbstractItemModel::dataChanged);
        m_history->addSample(1000, test::meminfoSample(3000));
        m_history->addSample(2000, test::meminfoSample(1000));
        m_history->addSample(3000, test::meminfoSample(2000));
        QCOMPARE(changed.count(), 3); // one merged signal per sample, not one per cell

        auto raw = [this](int column) {
            return m_legend->index(1, column).data(ChartRoles::RawValueRole).toDouble() / 1024;
        };
        QCOMPARE(raw(SeriesLegendModel::NowColumn), 2000.0);
        QCOMPARE(raw(SeriesLegendModel::MinimumColumn), 1000.0);
        QCOMPARE(raw(SeriesLegendModel::MaximumColumn), 3000.0);
        QVERIFY(m_legend->index(1, SeriesLegendModel::NowColumn).data().toString().contains(QStringLiteral("MiB")));

        // When the maximum leaves the history, it is recomputed from what remains.
        m_history->setHistorySeconds(10);
        for (int i = 0; i < 20; ++i)
            m_history->addSample(4000 + i * 1000, test::meminfoSample(1500));
        QCOMPARE(raw(SeriesLegendModel::MaximumColumn), 1500.0);
    }

    void checkBoxHidesSeriesAndRemembersByKey()
    {
        QSignalSpy visibility(m_legend.get(), &SeriesLegendModel::seriesVisibilityChanged);
        const QModelIndex cache = m_legend->index(3, SeriesLegendModel::SeriesColumn);
        QVERIFY(m_legend->setData(cache, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(visibility.count(), 1);
        QCOMPARE(visibility.at(0).at(0).toInt(), 4); // source column of the 4th series
        QCOMPARE(visibility.at(0).at(1).toBool(), false);
        QVERIFY(!m_legend->isSeriesVisible(4));
        QCOMPARE(m_legend->hiddenKeys(), QStringList{QStringLiteral("Cached")});

        // Not a check-state edit, not a checkable column: refused.
        QVERIFY(!m_legend->setData(cache, QStringLiteral("x"), Qt::EditRole));
        QVERIFY(!m_legend->setData(m_legend->index(3, SeriesLegendModel::NowColumn), Qt::Checked,
                                   Qt::CheckStateRole));

        SeriesLegendModel other;
        other.setSourceModel(m_history.get());
        other.setHiddenKeys({QStringLiteral("Cached"), QStringLiteral("NoSuchSeries")});
        QVERIFY(!other.isSeriesVisible(4));
        QVERIFY(other.isSeriesVisible(1));
        QCOMPARE(other.hiddenKeys(), QStringList{QStringLiteral("Cached")});
    }

    void followsSourceReset()
    {
        m_history->addSample(1000, test::meminfoSample(10));
        QSignalSpy reset(m_legend.get(), &QAbstractItemModel::modelReset);
        m_history->clear();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!m_legend->index(0, SeriesLegendModel::NowColumn).data(ChartRoles::RawValueRole).isValid());
    }

private:
    std::unique_ptr<MemoryHistoryModel> m_history;
    std::unique_ptr<SeriesLegendModel> m_legend;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestSeriesLegendModel)
#include "tst_serieslegendmodel.moc"
