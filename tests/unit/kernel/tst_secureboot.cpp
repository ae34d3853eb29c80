// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelsettings.h"
#include "secureboot.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kaleido;

class TestSecureBoot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse()
    {
        QCOMPARE(*parseSecureBootVariable(QByteArrayView("\x06\x00\x00\x00\x01", 5)), true);
        QCOMPARE(*parseSecureBootVariable(QByteArrayView("\x06\x00\x00\x00\x00", 5)), false);
        const auto shortFile = parseSecureBootVariable(QByteArrayView("\x06\x00\x00\x00", 4));
        QVERIFY(!shortFile.ok());
        QCOMPARE(shortFile.error().kind, ErrorKind::Malformed);
        QVERIFY(!parseSecureBootVariable(QByteArrayView("\x06\x00\x00\x00\x07", 5)).ok());
    }

    void absentWithoutEfi()
    {
        for (const QString& kernel : test::capturedKernels()) {
            const KernelFs fs(test::fixtureRoot(kernel));
            const auto value = readSecureBoot(fs);
            QVERIFY(!value.ok());
            QCOMPARE(value.error().kind, ErrorKind::Absent);
            const KernelSettings s = readKernelSettings(fs);
            QVERIFY(!s.secureBoot.has_value());
            for (const Error& e : s.unavailable)
                QVERIFY(!e.path.contains(QLatin1String("efivars")));
        }
    }

    void readFromATree()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString file = root.path() + QString(secureBootVariablePath);
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x16\x00\x00\x00\x01", 5));
        f.close();
        QCOMPARE(*readSecureBoot(KernelFs(root.path())), true);
        QCOMPARE(readKernelSettings(KernelFs(root.path())).secureBoot, true);

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("\x16\x00", 2));
        f.close();
        const KernelSettings broken = readKernelSettings(KernelFs(root.path()));
        QVERIFY(!broken.secureBoot.has_value());
        bool listed = false;
        for (const Error& e : broken.unavailable)
            listed =
                listed || (e.path.contains(QLatin1String("SecureBoot")) && e.kind == ErrorKind::Malformed);
        QVERIFY(listed);
    }
};

QTEST_GUILESS_MAIN(TestSecureBoot)
#include "tst_secureboot.moc"
