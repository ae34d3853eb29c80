// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Zones: sampling off the GUI thread, and /proc/pagetypeinfo read directly (root), refused (a normal
// user) or streamed through the privileged client (its in-process route, against a captured tree).
#include "privilegedclient.h"
#include "unit/memory/asnobody.h"
#include "zonesfeed.h"
#include "zonetestdata.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kaleido;
using privileged::PrivilegedClient;
using Access = ZonesFeed::PageTypeAccess;

namespace {

bool copyFixtureFile(const QString& kernel, const QString& path, const QTemporaryDir& to)
{
    QDir().mkpath(to.filePath(QStringLiteral("proc")));
    return QFile::copy(test::fixtureRoot(kernel) + path, to.path() + path);
}

} // namespace

class TestZonesFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsOffTheGuiThreadAndDropsOverlappingTicks()
    {
        ZonesFeed feed(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        feed.setPageSize(4096);
        QSignalSpy sampled(&feed, &ZonesFeed::sampled);
        QVERIFY(!feed.latest());
        QVERIFY(feed.request());
        QVERIFY(feed.isReading());
        QVERIFY(!feed.request()); // still reading: the tick is dropped, not queued
        QVERIFY(sampled.wait());
        QCOMPARE(sampled.count(), 1);
        QVERIFY(!feed.isReading());

        const ZonesSamplePtr sample = feed.latest();
        QVERIFY(sample);
        QVERIFY(sample->zoneinfo);
        QVERIFY(sample->buddyinfo);
        QCOMPARE(sample->pageSize, 4096ULL);
        QCOMPARE(sample->zones().size(), 5);
        QCOMPARE(sample->buddy(ZoneKey{0, QStringLiteral("Normal")})->freeBlocks.at(10), 151ULL);
        // Tests run as root: pagetypeinfo is read directly.
        QCOMPARE(feed.pageTypeAccess(), Access::Direct);
        QVERIFY(feed.hasPageTypes());
        QVERIFY(sample->pageTypes);
        QVERIFY(!feed.pageTypeStatus().isEmpty());
    }

    void aNormalUserSeesWhatIsNeededNotAnEmptyBreakdown()
    {
        ZonesFeed feed(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        feed.setDirectPageTypeReads(false);
        QSignalSpy sampled(&feed, &ZonesFeed::sampled);
        QSignalSpy access(&feed, &ZonesFeed::pageTypeAccessChanged);
        QVERIFY(feed.request());
        QCOMPARE(feed.pageTypeAccess(), Access::NeedsPrivilege);
        QCOMPARE(access.count(), 1);
        QVERIFY(feed.pageTypeStatus().contains(QStringLiteral("only root")));
        QVERIFY(sampled.wait());
        QVERIFY(!feed.latest()->pageTypes);
        QVERIFY(!feed.latest()->pageTypesError); // not read at all, so no error either
        QVERIFY(!feed.hasPageTypes());
        QVERIFY(feed.latest()->zoneinfo); // the rest is there
    }

    void theStreamBringsTheBreakdown()
    {
        const QString root = test::fixtureRoot(QStringLiteral("linux-6.18-host"));
        ZonesFeed feed{KernelFs(root)};
        feed.setDirectPageTypeReads(false);
        QSignalSpy sampled(&feed, &ZonesFeed::sampled);
        QVERIFY(feed.request());
        QVERIFY(sampled.wait());

        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root), {}});
        feed.openPageTypeStream(&client, 250);
        QCOMPARE(feed.pageTypeAccess(), Access::Opening);
        QVERIFY(feed.pageTypeStatus().contains(QStringLiteral("password")));
        // The first frame switches to Streaming and samples at once, without waiting for a tick.
        QTRY_COMPARE_WITH_TIMEOUT(feed.pageTypeAccess(), Access::Streaming, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(feed.latest()->pageTypes.has_value(), 10'000);
        QVERIFY(feed.hasPageTypes());
        const PageTypeInfo& types = *feed.latest()->pageTypes;
        QCOMPARE(types.findFreeList(0, u"Normal", u"Movable")->freeBlocks.at(10), 151ULL);
        QCOMPARE(feed.staleAfterMs(), 5000);

        // Closing the stream takes the breakdown away again.
        feed.closePageTypeStream();
        QCOMPARE(feed.pageTypeAccess(), Access::NeedsPrivilege);
        QVERIFY(!feed.hasPageTypes());
        QVERIFY(feed.request());
        QVERIFY(sampled.wait());
        QVERIFY(!feed.latest()->pageTypes);
    }

    void aStreamThatCannotOpenSaysWhy()
    {
        QTemporaryDir root;
        QVERIFY(copyFixtureFile(QStringLiteral("linux-6.18-host"), QStringLiteral("/proc/zoneinfo"), root));
        QVERIFY(copyFixtureFile(QStringLiteral("linux-6.18-host"), QStringLiteral("/proc/buddyinfo"), root));
        ZonesFeed feed{KernelFs(root.path())};
        feed.setDirectPageTypeReads(false);
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        feed.openPageTypeStream(&client, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(feed.pageTypeAccess(), Access::Failed, 10'000);
        QVERIFY2(feed.pageTypeStatus().contains(QStringLiteral("pagetypeinfo")),
                 qPrintable(feed.pageTypeStatus()));
        QVERIFY(!feed.hasPageTypes());
    }

    void aKernelWithoutPagetypeinfo()
    {
        QTemporaryDir root;
        QVERIFY(copyFixtureFile(QStringLiteral("linux-6.1-debian"), QStringLiteral("/proc/zoneinfo"), root));
        QVERIFY(copyFixtureFile(QStringLiteral("linux-6.1-debian"), QStringLiteral("/proc/buddyinfo"), root));
        ZonesFeed feed{KernelFs(root.path())};
        QSignalSpy sampled(&feed, &ZonesFeed::sampled);
        QVERIFY(feed.request());
        QVERIFY(sampled.wait());
        QCOMPARE(feed.pageTypeAccess(), Access::Unavailable);
        QVERIFY(feed.pageTypeStatus().contains(QStringLiteral("no /proc/pagetypeinfo")));
        QVERIFY(feed.latest()->buddyinfo);
    }

    void aMissingZoneinfoIsAnErrorOfTheSample()
    {
        QTemporaryDir root;
        ZonesFeed feed{KernelFs(root.path())};
        QSignalSpy sampled(&feed, &ZonesFeed::sampled);
        QVERIFY(feed.request());
        QVERIFY(sampled.wait());
        QVERIFY(!feed.latest()->zoneinfo);
        QCOMPARE(feed.latest()->zoneinfoError->kind, ErrorKind::Absent);
        QCOMPARE(feed.latest()->buddyinfoError->kind, ErrorKind::Absent);
        QVERIFY(feed.latest()->zones().isEmpty());
    }

    void theLiveKernelRefusesANormalUser()
    {
        // The reason for the stream: as any user but root, this kernel's /proc/pagetypeinfo cannot be read,
        // while zoneinfo and buddyinfo can.
        if (!QFile::exists(QStringLiteral("/proc/pagetypeinfo")))
            QSKIP("this kernel has no /proc/pagetypeinfo");
        const int status = test::runAsNobody([] {
            const ZonesSample sample = ZonesSample::read(KernelFs(), true);
            if (!sample.zoneinfo || !sample.buddyinfo)
                return 1;
            if (!sample.pageTypesError || sample.pageTypesError->kind != ErrorKind::PermissionDenied)
                return 2;
            return 0;
        });
        QCOMPARE(status, 0);
    }
};

QTEST_GUILESS_MAIN(TestZonesFeed)
#include "tst_zonesfeed.moc"
