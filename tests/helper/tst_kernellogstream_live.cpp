// SPDX-License-Identifier: GPL-2.0-or-later
// The Kernel log page's route for a normal user when kernel.dmesg_restrict is 1, for real: run as "nobody"
// inside the qemu guest by tests/vm/helper-e2e.sh, against the real helper on a private system bus and the
// real polkitd. Reading /dev/kmsg directly is refused; the helper's KernelLog stream, taken by the same
// KernelLogFeed and KernelLogModel the page uses, delivers a marker root wrote before the stream opened, and
// one written after (the script writes it once this test says it is ready), so the stream follows the log.
//
// Environment (set by helper-e2e.sh; without it every case skips): KALEIDO_KMSG_MARKER, the marker text;
// KALEIDO_KMSG_READY, a file to create once the first marker arrived.
#include "kernellogfeed.h"
#include "kernellogmodel.h"
#include "kmsgreader.h"
#include "privilegedclient.h"
#include "privilegedstream.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace kaleido;
using privileged::PrivilegedClient;
using privileged::PrivilegedStream;

namespace {

bool holds(const KernelLogModel& model, const QString& text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(KernelLogModel::MessageRole).toString() == text)
            return true;
    }
    return false;
}

} // namespace

class TestKernelLogStreamLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_marker = qEnvironmentVariable("KALEIDO_KMSG_MARKER");
        if (m_marker.isEmpty())
            QSKIP("KALEIDO_KMSG_MARKER is not set: this test runs inside the VM (tests/vm/helper-e2e.sh)");
    }

    void directReadIsRefused()
    {
        KmsgReader reader;
        const auto batch = reader.readNew();
        QVERIFY2(!batch.ok(), "this user can read /dev/kmsg: is kernel.dmesg_restrict 1, and are we root?");
        QCOMPARE(batch.error().kind, ErrorKind::PermissionDenied);

        KernelLogFeed feed{KernelFs()};
        QSignalSpy denied(&feed, &KernelLogFeed::needsAuthorization);
        feed.start();
        QCOMPARE(denied.size(), 1);
    }

    void streamThroughTheHelperFollowsTheLog()
    {
        PrivilegedClient client(nullptr, PrivilegedClient::Route::Helper);
        client.setInteractive(false);
        std::unique_ptr<PrivilegedStream> stream(
            client.openStream(privileged::StreamSource::KernelLog, 0, privileged::minimumStreamIntervalMs));
        QSignalSpy failed(stream.get(), &PrivilegedStream::failed);
        QSignalSpy ended(stream.get(), &PrivilegedStream::ended);
        KernelLogFeed feed{KernelFs()};
        KernelLogModel model;
        connect(&feed, &KernelLogFeed::recordsReady, &model, &KernelLogModel::append);
        feed.attachStream(stream.get());

        const QString before = m_marker + QStringLiteral(" before");
        QVERIFY2(QTest::qWaitFor(
                     [&] { return holds(model, before) || !failed.isEmpty() || !ended.isEmpty(); }, 60'000),
                 "the marker written before the stream opened did not arrive within a minute");
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<privileged::OperationResult>().cause));
        QVERIFY(holds(model, before));
        const qsizetype firstBatch = model.recordCount();
        QVERIFY(firstBatch > 1); // the whole buffer, not just the marker

        // Ask the script for the second marker, written while the stream is open.
        QFile ready(qEnvironmentVariable("KALEIDO_KMSG_READY"));
        QVERIFY2(ready.open(QIODevice::WriteOnly), qPrintable(ready.fileName()));
        ready.close();
        const QString after = m_marker + QStringLiteral(" after");
        QVERIFY2(QTest::qWaitFor([&] { return holds(model, after) || !ended.isEmpty(); }, 60'000),
                 "the marker written after the stream opened did not arrive within a minute");
        QVERIFY(ended.isEmpty());
        QVERIFY(model.recordCount() > firstBatch);
    }

private:
    QString m_marker;
};

QTEST_GUILESS_MAIN(TestKernelLogStreamLive)
#include "tst_kernellogstream_live.moc"
