// SPDX-License-Identifier: GPL-2.0-or-later
// The ELF section reader behind prepareLoadFile(): a well-formed module image built in memory, then every
// header field that gives an offset, size, count or index bent out of shape. Each must give a Rejection,
// never a read outside the buffer (the fuzz target fuzz_elfmodinfo does the same at random under ASan).
#include "elfsections.h"
#include "moduleinfo.h"

#include <QTest>

#include <cstring>
#include <elf.h>
#include <functional>

using namespace kaleido::privileged;

namespace {

// ELF header, then section data (.modinfo, .shstrtab), then the section table: null, .modinfo, .shstrtab.
struct Image
{
    QByteArray bytes;
    quint64 shoff = 0;

    Elf64_Ehdr header() const
    {
        Elf64_Ehdr h;
        std::memcpy(&h, bytes.constData(), sizeof h);
        return h;
    }
    void setHeader(const Elf64_Ehdr& h) { std::memcpy(bytes.data(), &h, sizeof h); }
    Elf64_Shdr section(int i) const
    {
        Elf64_Shdr s;
        std::memcpy(&s, bytes.constData() + shoff + i * sizeof s, sizeof s);
        return s;
    }
    void setSection(int i, const Elf64_Shdr& s)
    {
        std::memcpy(bytes.data() + shoff + i * sizeof s, &s, sizeof s);
    }
};

const QByteArray modinfo("license=GPL\0name=alpha\0vermagic=1.0.0-test SMP mod_unload\0", 58);

Image image()
{
    const QByteArray names("\0.modinfo\0.shstrtab\0", 20);
    Image img;
    img.bytes = QByteArray(sizeof(Elf64_Ehdr), '\0');
    const quint64 modinfoOffset = quint64(img.bytes.size());
    img.bytes += modinfo;
    const quint64 namesOffset = quint64(img.bytes.size());
    img.bytes += names;
    while (img.bytes.size() % 8)
        img.bytes += '\0';
    img.shoff = quint64(img.bytes.size());
    img.bytes += QByteArray(3 * sizeof(Elf64_Shdr), '\0');

    Elf64_Ehdr h = {};
    std::memcpy(h.e_ident, ELFMAG, SELFMAG);
    h.e_ident[EI_CLASS] = ELFCLASS64;
    h.e_ident[EI_DATA] = ELFDATA2LSB;
    h.e_ident[EI_VERSION] = EV_CURRENT;
    h.e_type = ET_REL;
    h.e_machine = EM_X86_64;
    h.e_version = EV_CURRENT;
    h.e_shoff = img.shoff;
    h.e_ehsize = sizeof(Elf64_Ehdr);
    h.e_shentsize = sizeof(Elf64_Shdr);
    h.e_shnum = 3;
    h.e_shstrndx = 2;
    img.setHeader(h);

    Elf64_Shdr info = {};
    info.sh_name = 1;
    info.sh_type = SHT_PROGBITS;
    info.sh_offset = modinfoOffset;
    info.sh_size = quint64(modinfo.size());
    img.setSection(1, info);
    Elf64_Shdr strtab = {};
    strtab.sh_name = 10;
    strtab.sh_type = SHT_STRTAB;
    strtab.sh_offset = namesOffset;
    strtab.sh_size = quint64(names.size());
    img.setSection(2, strtab);
    return img;
}

using Bend = std::function<void(Image&)>;

} // namespace

Q_DECLARE_METATYPE(Bend)

class TestElfSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormedImage()
    {
#if !defined(__x86_64__)
        QSKIP("the image is built for x86-64");
#endif
        const Image img = image();
        const auto section = findModinfoSection(img.bytes);
        QVERIFY2(section.ok(), qPrintable(section.reason()));
        QCOMPARE(section->toByteArray(), modinfo);
        const auto fields = kaleido::parseModinfoSection(*section);
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields[1].value, QStringLiteral("alpha"));
        QVERIFY(!findElfSection(img.bytes, ".text").ok());
    }

    void extendedSectionNumbering()
    {
#if !defined(__x86_64__)
        QSKIP("the image is built for x86-64");
#endif
        // e_shnum 0 and e_shstrndx SHN_XINDEX: the real values are in section 0.
        Image img = image();
        Elf64_Ehdr h = img.header();
        h.e_shnum = 0;
        h.e_shstrndx = SHN_XINDEX;
        img.setHeader(h);
        Elf64_Shdr zero = img.section(0);
        zero.sh_size = 3;
        zero.sh_link = 2;
        img.setSection(0, zero);
        QVERIFY(findModinfoSection(img.bytes).ok());
    }

    void hostileImages_data()
    {
        QTest::addColumn<Bend>("bend");
        QTest::addColumn<QString>("expected"); // a word the reason must contain

        const auto header = [](std::function<void(Elf64_Ehdr&)> f) {
            return Bend([f](Image& img) {
                Elf64_Ehdr h = img.header();
                f(h);
                img.setHeader(h);
            });
        };
        const auto section = [](int i, std::function<void(Elf64_Shdr&)> f) {
            return Bend([i, f](Image& img) {
                Elf64_Shdr s = img.section(i);
                f(s);
                img.setSection(i, s);
            });
        };
        QTest::newRow("empty") << Bend([](Image& img) { img.bytes.clear(); }) << QStringLiteral("ELF");
        QTest::newRow("text") << Bend([](Image& img) { img.bytes = "name=alpha\n"; })
                              << QStringLiteral("ELF");
        QTest::newRow("magic only") << Bend([](Image& img) { img.bytes = ELFMAG; }) << QStringLiteral("ELF");
        QTest::newRow("cut header") << Bend([](Image& img) { img.bytes.truncate(40); })
                                    << QStringLiteral("header");
        QTest::newRow("xz") << Bend([](Image& img) {
            img.bytes = QByteArray("\xfd"
                                   "7zXZ\0\0\0",
                                   8);
        }) << QStringLiteral("xz");
        QTest::newRow("zstd") << Bend([](Image& img) { img.bytes = QByteArray("\x28\xb5\x2f\xfd\0\0", 6); })
                              << QStringLiteral("zstd");
        QTest::newRow("gzip") << Bend([](Image& img) { img.bytes = QByteArray("\x1f\x8b\x08\0", 4); })
                              << QStringLiteral("gzip");
        QTest::newRow("32-bit") << header([](Elf64_Ehdr& h) { h.e_ident[EI_CLASS] = ELFCLASS32; })
                                << QStringLiteral("64-bit");
        QTest::newRow("big-endian") << header([](Elf64_Ehdr& h) { h.e_ident[EI_DATA] = ELFDATA2MSB; })
                                    << QStringLiteral("byte order");
        QTest::newRow("executable") << header([](Elf64_Ehdr& h) { h.e_type = ET_EXEC; })
                                    << QStringLiteral("relocatable");
        QTest::newRow("other machine")
            << header([](Elf64_Ehdr& h) { h.e_machine = EM_ARM; }) << QStringLiteral("architecture");
        QTest::newRow("no section table")
            << header([](Elf64_Ehdr& h) { h.e_shoff = 0; }) << QStringLiteral("section table");
        QTest::newRow("table past end")
            << header([](Elf64_Ehdr& h) { h.e_shoff = 1u << 30; }) << QStringLiteral("outside");
        QTest::newRow("table offset overflow")
            << header([](Elf64_Ehdr& h) { h.e_shoff = ~quint64(0) - 8; }) << QStringLiteral("outside");
        QTest::newRow("entry size") << header([](Elf64_Ehdr& h) { h.e_shentsize = 1; })
                                    << QStringLiteral("size");
        QTest::newRow("too many sections")
            << header([](Elf64_Ehdr& h) { h.e_shnum = 0xfeff; }) << QStringLiteral("outside");
        QTest::newRow("extended count huge") << Bend([](Image& img) {
            Elf64_Ehdr h = img.header();
            h.e_shnum = 0;
            img.setHeader(h);
            Elf64_Shdr s = img.section(0);
            s.sh_size = ~quint64(0);
            img.setSection(0, s);
        }) << QStringLiteral("outside");
        QTest::newRow("names index out of range")
            << header([](Elf64_Ehdr& h) { h.e_shstrndx = 7; }) << QStringLiteral("names");
        QTest::newRow("names index zero")
            << header([](Elf64_Ehdr& h) { h.e_shstrndx = 0; }) << QStringLiteral("names");
        QTest::newRow("names past end")
            << section(2, [](Elf64_Shdr& s) { s.sh_offset = 1u << 20; }) << QStringLiteral("names");
        QTest::newRow("names size overflow")
            << section(2, [](Elf64_Shdr& s) { s.sh_size = ~quint64(0); }) << QStringLiteral("names");
        QTest::newRow("names nobits")
            << section(2, [](Elf64_Shdr& s) { s.sh_type = SHT_NOBITS; }) << QStringLiteral("names");
        QTest::newRow("name offset past table")
            << section(1, [](Elf64_Shdr& s) { s.sh_name = 1000; }) << QStringLiteral(".modinfo");
        QTest::newRow("unterminated name table")
            << section(2, [](Elf64_Shdr& s) { s.sh_size = 5; }) // cuts ".modinfo" before its NUL
            << QStringLiteral(".modinfo");
        QTest::newRow("modinfo past end")
            << section(1, [](Elf64_Shdr& s) { s.sh_offset = 1u << 20; }) << QStringLiteral("outside");
        QTest::newRow("modinfo size overflow")
            << section(1, [](Elf64_Shdr& s) { s.sh_size = ~quint64(0) - 10; }) << QStringLiteral("outside");
        QTest::newRow("modinfo nobits")
            << section(1, [](Elf64_Shdr& s) { s.sh_type = SHT_NOBITS; }) << QStringLiteral("outside");
        QTest::newRow("truncated file") << Bend([](Image& img) { img.bytes.truncate(img.bytes.size() - 10); })
                                        << QStringLiteral("outside");
    }

    void hostileImages()
    {
#if !defined(__x86_64__)
        QSKIP("the image is built for x86-64");
#endif
        QFETCH(Bend, bend);
        QFETCH(QString, expected);
        Image img = image();
        bend(img);
        // A copy of exactly the bytes, so that ASan would see a read past them.
        const QByteArray exact(img.bytes.constData(), img.bytes.size());
        const auto section = findModinfoSection(exact);
        QVERIFY2(!section.ok(), "a bent image was accepted");
        QVERIFY2(section.reason().contains(expected), qPrintable(section.reason()));
    }
};

QTEST_GUILESS_MAIN(TestElfSections)
#include "tst_elfsections.moc"
