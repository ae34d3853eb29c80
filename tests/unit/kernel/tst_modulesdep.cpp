// SPDX-License-Identifier: GPL-2.0-or-later
// modules.dep / modules.builtin parsing, on text as depmod writes it.
#include "modulesdep.h"

#include <QTest>

using namespace kaleido;

class TestModulesDep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPathsNamesAndDependencies()
    {
        const QByteArray text =
            "kernel/drivers/net/dummy.ko.xz:\n"
            "kernel/sound/pci/hda/snd-hda-intel.ko.xz: kernel/sound/pci/hda/snd-hda-codec.ko.xz "
            "kernel/sound/core/snd.ko.xz\n"
            "\n"
            "updates/dkms/kaleido_teach.ko.zst:\n"
            "extra/plain.ko: \tkernel/a-b.ko.gz\n";
        const auto entries = parseModulesDep(text);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 4);
        QCOMPARE(entries->at(0).name, QStringLiteral("dummy"));
        QCOMPARE(entries->at(0).relativePath, QStringLiteral("kernel/drivers/net/dummy.ko.xz"));
        QVERIFY(entries->at(0).dependencies.isEmpty());
        QCOMPARE(entries->at(1).name, QStringLiteral("snd_hda_intel"));
        QCOMPARE(entries->at(1).dependencies,
                 (QStringList{QStringLiteral("snd_hda_codec"), QStringLiteral("snd")}));
        QCOMPARE(entries->at(2).name, QStringLiteral("kaleido_teach"));
        QCOMPARE(entries->at(3).dependencies, QStringList{QStringLiteral("a_b")});
    }

    void skipsBadLinesButFailsWhenNothingIsUsable()
    {
        const auto mixed = parseModulesDep("garbage without colon\nkernel/x.ko:\n: nothing\n");
        QVERIFY(mixed);
        QCOMPARE(mixed->size(), 1);
        QCOMPARE(mixed->at(0).name, QStringLiteral("x"));

        const auto bad = parseModulesDep("garbage\nnot/a/module.txt: y\n", QStringLiteral("/m/modules.dep"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::Malformed);
        QCOMPARE(bad.error().line, 1);
        QCOMPARE(bad.error().path, QStringLiteral("/m/modules.dep"));

        const auto empty = parseModulesDep("");
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
    }

    void namesFromPaths()
    {
        QCOMPARE(moduleNameFromPath(u"kernel/fs/ext4/ext4.ko"), QStringLiteral("ext4"));
        QCOMPARE(moduleNameFromPath(u"snd-seq.ko.zst"), QStringLiteral("snd_seq"));
        QCOMPARE(moduleNameFromPath(u"a/b/.ko"), QString());
        QCOMPARE(moduleNameFromPath(u"a/b/readme.txt"), QString());
        QCOMPARE(moduleNameFromPath(u"a.ko/b"), QString());
    }

    void parsesBuiltin()
    {
        QCOMPARE(parseModulesBuiltin("kernel/fs/ext4/ext4.ko\nkernel/lib/crc-t10dif.ko\n\nnonsense\n"),
                 (QStringList{QStringLiteral("ext4"), QStringLiteral("crc_t10dif")}));
    }
};

QTEST_GUILESS_MAIN(TestModulesDep)
#include "tst_modulesdep.moc"
