// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleDatabase::index()/info()/kernelVermagic() and ModprobeConfig on a fake tree built with depmod -b, and
// index() on the Debian 6.1 modules installed on the host when they are there.
#include "fakemoduletree.h"
#include "modprobeconfig.h"
#include "moduledatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kaleido;
using namespace kaleido::testing;

namespace {

const QString debianRelease = QStringLiteral("6.1.0-56-amd64");

const ModuleIndexEntry* entry(const QList<ModuleIndexEntry>& index, const QString& name)
{
    for (const ModuleIndexEntry& e : index) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestModuleDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeModuleTree> m_tree;
    QString m_skip;

    ModuleDatabase database() const { return ModuleDatabase(m_tree->release(), m_tree->modulesDirectory()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tree = std::make_unique<FakeModuleTree>(QFileInfo(m_dir.path()).canonicalFilePath());
        m_skip = m_tree->skipReason();
        if (!m_skip.isEmpty())
            return;
        const QString error = buildStandardModuleTree(*m_tree);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        if (!m_skip.isEmpty() && !QByteArray(QTest::currentTestFunction()).startsWith("debian"))
            QSKIP(qPrintable(m_skip));
    }

    void indexListsLoadableThenBuiltIn()
    {
        const auto index = database().index();
        QVERIFY2(index, qPrintable(index ? QString() : index.error().message()));
        QCOMPARE(index->size(), 10); // 8 loadable + zeta, eta
        const ModuleIndexEntry* alpha = entry(*index, QStringLiteral("alpha"));
        QVERIFY(alpha);
        QVERIFY(!alpha->builtIn);
        QCOMPARE(alpha->path, m_tree->modulePath(QStringLiteral("alpha")));
        QCOMPARE(alpha->dependencies, (QStringList{QStringLiteral("beta"), QStringLiteral("theta")}));
        const ModuleIndexEntry* zeta = entry(*index, QStringLiteral("zeta"));
        QVERIFY(zeta);
        QVERIFY(zeta->builtIn);
        QVERIFY(zeta->path.isEmpty());
        QVERIFY(zeta > alpha); // built-ins come after the loadable modules
        QCOMPARE(database().release(), m_tree->release());
    }

    void indexOfMissingTreeIsAbsent()
    {
        const auto index =
            ModuleDatabase(QStringLiteral("0.0-none"), m_dir.path() + QStringLiteral("/none")).index();
        QVERIFY(!index);
        QCOMPARE(index.error().kind, ErrorKind::Absent);
    }

    void infoByExactName()
    {
        const auto alpha = database().info(QStringLiteral("alpha"));
        QVERIFY(alpha);
        QCOMPARE(alpha->description, QStringLiteral("Alpha test driver"));
        QCOMPARE(alpha->filename, m_tree->modulePath(QStringLiteral("alpha")));
        QVERIFY(!alpha->builtIn);
        QCOMPARE(alpha->parameters.size(), 8);
        // No alias resolution: that is lookup()'s job.
        QVERIFY(!database().info(QStringLiteral("alpha-alias")));
        QCOMPARE(database().info(QStringLiteral("nonexistent")).error().kind, ErrorKind::Absent);
    }

    void infoOfBuiltInFromBuiltinModinfo()
    {
        const auto zeta = database().info(QStringLiteral("zeta"));
        QVERIFY2(zeta, qPrintable(zeta ? QString() : zeta.error().message()));
        QVERIFY(zeta->builtIn);
        QCOMPARE(zeta->description, QStringLiteral("Zeta built in"));
        QCOMPARE(zeta->parameters.size(), 1);
        const auto eta = database().info(QStringLiteral("eta"));
        QVERIFY2(eta, qPrintable(eta ? QString() : eta.error().message()));
        QVERIFY(eta->builtIn);
    }

    void kernelVermagicFromInTreeModule()
    {
        QCOMPARE(database().kernelVermagic(), std::optional<QString>(m_tree->defaultVermagic()));
        QCOMPARE(ModuleDatabase(QStringLiteral("x"), m_dir.path() + QStringLiteral("/none")).kernelVermagic(),
                 std::nullopt);
    }

    void modprobeRulesWithSources()
    {
        const ModprobeConfig config(m_tree->modulesDirectory(), {m_tree->configDirectory()});
        const QString file = m_tree->configDirectory() + QStringLiteral("/test.conf");
        auto kinds = [&](const QString& module) {
            QList<ModprobeRule::Kind> list;
            for (const ModprobeRule& r : config.rulesFor(module))
                list.append(r.kind);
            return list;
        };
        const auto alpha = config.rulesFor(QStringLiteral("alpha"));
        bool sawOptions = false;
        bool sawAlias = false;
        for (const ModprobeRule& r : alpha) {
            if (r.kind == ModprobeRule::Kind::Options && r.value == QLatin1String("x=5")) {
                sawOptions = true;
                QCOMPARE(r.source, file);
                QCOMPARE(r.keyword(), QStringLiteral("options"));
            }
            if (r.kind == ModprobeRule::Kind::Alias && r.value == QLatin1String("my_alpha")) {
                sawAlias = true;
                QCOMPARE(r.source, file);
            }
        }
        QVERIFY(sawOptions);
        QVERIFY(sawAlias);
        QVERIFY(kinds(QStringLiteral("gamma")).contains(ModprobeRule::Kind::Blacklist));
        for (const ModprobeRule& r : config.rulesFor(QStringLiteral("gamma")))
            QCOMPARE(r.source, file);
        QVERIFY(kinds(QStringLiteral("delta")).contains(ModprobeRule::Kind::Install));
        QVERIFY(kinds(QStringLiteral("beta")).contains(ModprobeRule::Kind::Remove));
        const auto omega = config.rulesFor(QStringLiteral("omega"));
        QCOMPARE(omega.size(), 1);
        QCOMPARE(omega.constFirst().kind, ModprobeRule::Kind::SoftDep);
        QVERIFY(omega.constFirst().value.contains(QStringLiteral("theta")));
        QVERIFY(config.rulesFor(QStringLiteral("sigma")).isEmpty());
        QCOMPARE(modprobeRuleSource(QStringLiteral("install"), QStringLiteral("delta"),
                                    {m_tree->configDirectory()}),
                 file);
        QVERIFY(modprobeRuleSource(QStringLiteral("install"), QStringLiteral("alpha"),
                                   {m_tree->configDirectory()})
                    .isEmpty());
    }

    void debianIndex()
    {
        const ModuleDatabase db(debianRelease);
        if (!db.hasModules())
            QSKIP("/lib/modules/6.1.0-56-amd64 is not installed here");
        const auto index = db.index();
        QVERIFY(index);
        int loadable = 0;
        int builtIn = 0;
        for (const ModuleIndexEntry& e : *index)
            (e.builtIn ? builtIn : loadable) += 1;
        QCOMPARE(loadable, 4023);
        QVERIFY(builtIn > 100);
        QVERIFY(entry(*index, QStringLiteral("dummy")));
        const auto dummy = db.info(QStringLiteral("dummy"));
        QVERIFY(dummy);
        QVERIFY(dummy->isSigned());
        QVERIFY(!dummy->signer.isEmpty());
        QVERIFY(db.kernelVermagic()->startsWith(debianRelease + QLatin1Char(' ')));
    }
};

QTEST_GUILESS_MAIN(TestModuleDatabase)
#include "tst_moduledatabase.moc"
