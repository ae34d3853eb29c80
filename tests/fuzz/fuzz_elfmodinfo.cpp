// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds:
// A kernel module file as prepareLoadFile() reads it: the bounds-checked ELF64 section reader, then the
// .modinfo strings it finds. Each input is tried as a whole file and, so that mutations reach the section
// table without first having to build a valid ELF header, behind a fixed valid header whose section table is
// the input (its first two bytes choose the section count and the index of the name table).
#include "elfsections.h"
#include "moduleinfo.h"

#include <cstring>
#include <elf.h>
#include <memory>

namespace {

void readModule(QByteArrayView file)
{
    using namespace kaleido;
    const auto section = privileged::findModinfoSection(file);
    if (!section)
        return;
    const ModuleInfo info =
        moduleInfoFromFields(QString(), QStringLiteral("/fuzz.ko"), parseModinfoSection(*section));
    (void)info.value(QStringLiteral("vermagic"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    readModule(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (size < 2)
        return 0;

    Elf64_Ehdr header = {};
    std::memcpy(header.e_ident, ELFMAG, SELFMAG);
    header.e_ident[EI_CLASS] = ELFCLASS64;
    header.e_ident[EI_DATA] = ELFDATA2LSB;
    header.e_ident[EI_VERSION] = EV_CURRENT;
    header.e_type = ET_REL;
    header.e_machine = EM_X86_64;
    header.e_version = EV_CURRENT;
    header.e_ehsize = sizeof(Elf64_Ehdr);
    header.e_shentsize = sizeof(Elf64_Shdr);
    header.e_shoff = sizeof(Elf64_Ehdr);
    header.e_shnum = Elf64_Half(data[0] % 16); // 0: extended numbering, from section 0
    header.e_shstrndx = data[1] == 0xff ? SHN_XINDEX : data[1] % 16;
    // Exactly the bytes of the image, so that AddressSanitizer sees any read past its end.
    const size_t total = sizeof header + size - 2;
    const std::unique_ptr<char[]> image(new char[total]);
    std::memcpy(image.get(), &header, sizeof header);
    std::memcpy(image.get() + sizeof header, data + 2, size - 2);
    readModule(QByteArrayView(image.get(), qsizetype(total)));
    return 0;
}
