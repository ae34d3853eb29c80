// SPDX-License-Identifier: GPL-2.0-or-later
// KernelLogFilterModel over the captured logs: levels, facilities, text (plain and regular expression, an
// invalid one filters nothing), module prefix, and an operation's sequence range.
#include "kernellogfiltermodel.h"
#include "kernellogmodel.h"
#include "kmsgreader.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace kaleido;

namespace {

QList<KmsgRecord> parse(const char* text)
{
    auto log = parseKmsgText(QByteArrayView(text));
    return log ? log->records : QList<KmsgRecord>{};
}

QStringList shown(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, KernelLogModel::MessageColumn).data().toString());
    return out;
}

} // namespace

class TestKernelLogFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<KernelLogModel>();
        KmsgReader reader{KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host")))};
        m_model->append(reader.readNew()->records);
        m_proxy = std::make_unique<KernelLogFilterModel>();
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void levels()
    {
        // 6.18 capture: 3 warn, 15 notice (one from user space), 82 info.
        QCOMPARE(m_proxy->rowCount(), 100);
        QVERIFY(!m_proxy->isFiltering());
        m_proxy->setLevels(1U << 4);
        QCOMPARE(m_proxy->rowCount(), 3);
        QVERIFY(m_proxy->isFiltering());
        m_proxy->setLevels((1U << 4) | (1U << 5));
        QCOMPARE(m_proxy->rowCount(), 18);
        m_proxy->setLevels(0x0f); // emerg … err: none in this log
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setLevels(KernelLogFilterModel::allLevels);
        QCOMPARE(m_proxy->rowCount(), 100);
    }

    void facilities()
    {
        m_proxy->setFacilities({1});
        QCOMPARE(shown(*m_proxy), QStringList{QStringLiteral("kaleido-watch-test \\ back")});
        m_proxy->setFacilities({0});
        QCOMPARE(m_proxy->rowCount(), 99);
        m_proxy->setFacilities({});
        QCOMPARE(m_proxy->rowCount(), 100);
    }

    void text()
    {
        m_proxy->setText(QStringLiteral("PNP"));
        const QStringList pnp = shown(*m_proxy);
        QVERIFY(!pnp.isEmpty());
        for (const QString& line : pnp)
            QVERIFY2(line.contains(QStringLiteral("pnp"), Qt::CaseInsensitive), qPrintable(line));
        // The device column counts too: "pci_bus:0000:00" is only in DEVICE for some records.
        m_proxy->setText(QStringLiteral("pci_bus:0000"));
        QVERIFY(m_proxy->rowCount() > 0);

        m_proxy->setText(QStringLiteral("^pnp: PnP ACPI(:| init)"), true);
        QCOMPARE(shown(*m_proxy), (QStringList{QStringLiteral("pnp: PnP ACPI init"),
                                               QStringLiteral("pnp: PnP ACPI: found 2 devices")}));
        QVERIFY(m_proxy->textError().isEmpty());

        m_proxy->setText(QStringLiteral("pnp: ("), true);
        QVERIFY(!m_proxy->textError().isEmpty());
        QCOMPARE(m_proxy->rowCount(), 100); // an unfinished expression hides nothing
        QVERIFY(!m_proxy->isFiltering());
        m_proxy->setText(QString());
        QCOMPARE(m_proxy->rowCount(), 100);
    }

    void moduleAndRange()
    {
        KernelLogModel model;
        model.append(parse("6,1,1,-;dummy: loaded\n6,2,2,-;dummyx: other module\n"
                           "4,3,3,-;Call trace: dummy_init+0x10/0x20 [dummy]\n6,4,4,-;not dummy: here\n"
                           "6,5,5,-;kaleido_teach: level demo: 6 info\n"));
        model.addGap(KmsgReader::Gap{5, 9});
        model.append(parse("6,9,9,-;dummy: after the gap\n"));
        KernelLogFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 7); // the gap row is shown without filters
        proxy.setModule(QStringLiteral("dummy"));
        QCOMPARE(shown(proxy), (QStringList{QStringLiteral("dummy: loaded"),
                                            QStringLiteral("Call trace: dummy_init+0x10/0x20 [dummy]"),
                                            QStringLiteral("dummy: after the gap")}));
        proxy.setModule(QString());

        proxy.setSequenceRange(std::pair<quint64, quint64>{2, 4});
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.index(0, 0).data(KernelLogModel::SequenceRole).toULongLong(), quint64(2));
        proxy.setSequenceRange(std::pair<quint64, quint64>{5, 9}); // the gap row is not among an op's lines
        QCOMPARE(shown(proxy), (QStringList{QStringLiteral("kaleido_teach: level demo: 6 info"),
                                            QStringLiteral("dummy: after the gap")}));
        // Filters combine.
        proxy.setLevels(1U << 4);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSequenceRange(std::nullopt);
        QCOMPARE(proxy.rowCount(), 2); // the warning and the gap row
    }

private:
    std::unique_ptr<KernelLogModel> m_model;
    std::unique_ptr<KernelLogFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestKernelLogFilterModel)
#include "tst_kernellogfiltermodel.moc"
