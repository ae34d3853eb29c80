// SPDX-License-Identifier: GPL-2.0-or-later
// PrivilegedClient::openStream on the in-process route (a root app): the helper's reader behind a pipe in
// this process, against a temporary root.
#include "privilegedclient.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kaleido;
using namespace kaleido::privileged;

class TestPrivilegedStream : public QObject
{
    Q_OBJECT

private:
    static bool write(const QString& path, const QByteArray& content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

private Q_SLOTS:
    void framesFollowTheFile()
    {
        QTemporaryDir root;
        const QString slabinfo = root.filePath(QStringLiteral("proc/slabinfo"));
        QVERIFY(write(slabinfo,
                      "slabinfo - version: 2.1\nfirst 1 1 64 64 1 : tunables 0 0 0 : slabdata 1 1 0\n"));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        std::unique_ptr<PrivilegedStream> stream(client.openStream(StreamSource::SlabInfo, 0, 250));
        QSignalSpy frames(stream.get(), &PrivilegedStream::frameReceived);
        QVERIFY(frames.wait());
        QVERIFY(frames.last().at(0).value<StreamFrame>().payload.contains("first"));
        QVERIFY(write(slabinfo,
                      "slabinfo - version: 2.1\nsecond 1 1 64 64 1 : tunables 0 0 0 : slabdata 1 1 0\n"));
        QVERIFY(QTest::qWaitFor(
            [&] { return frames.last().at(0).value<StreamFrame>().payload.contains("second"); }, 10'000));
    }

    void vanishedSourceEndsTheStream()
    {
        QTemporaryDir root;
        const QString vmalloc = root.filePath(QStringLiteral("proc/vmallocinfo"));
        QVERIFY(write(vmalloc, "0x1-0x2 4096 test+0x0/0x10 pages=1 vmalloc\n"));
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        std::unique_ptr<PrivilegedStream> stream(client.openStream(StreamSource::VmallocInfo, 0, 250));
        QSignalSpy ended(stream.get(), &PrivilegedStream::ended);
        QSignalSpy frames(stream.get(), &PrivilegedStream::frameReceived);
        QVERIFY(frames.wait());
        QVERIFY(QFile::remove(vmalloc));
        QVERIFY(ended.wait(10'000));
        QVERIFY(!ended.at(0).at(0).toString().isEmpty());
    }

    void badRequestFailsWithAReason()
    {
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        std::unique_ptr<PrivilegedStream> stream(client.openStream(StreamSource::Smaps, -5, 250));
        QSignalSpy failed(stream.get(), &PrivilegedStream::failed);
        QVERIFY(failed.wait());
        const auto result = failed.at(0).at(0).value<OperationResult>();
        QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
        QVERIFY(!result.cause.isEmpty());
    }

    void missingSourceFailsWithAReason()
    {
        QTemporaryDir root;
        PrivilegedClient client(nullptr, PrivilegedClient::Route::InProcess);
        client.setInProcessOptions({KernelFs(root.path()), {}});
        std::unique_ptr<PrivilegedStream> stream(client.openStream(StreamSource::PageTypeInfo, 0, 250));
        QSignalSpy failed(stream.get(), &PrivilegedStream::failed);
        QVERIFY(failed.wait());
        QVERIFY2(failed.at(0).at(0).value<OperationResult>().cause.contains(u"pagetypeinfo"),
                 qPrintable(failed.at(0).at(0).value<OperationResult>().cause));
    }
};

QTEST_GUILESS_MAIN(TestPrivilegedStream)
#include "tst_privilegedstream.moc"
