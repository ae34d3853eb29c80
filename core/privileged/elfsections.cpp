// SPDX-License-Identifier: GPL-2.0-or-later
#include "elfsections.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>
#include <elf.h>

namespace kaleido::privileged {

namespace {

Rejection notAModule(const QString& why)
{
    return Rejection{QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                 "This file is not a kernel module: %1")
                         .arg(why)};
}

#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
constexpr unsigned char nativeData = ELFDATA2LSB;
#else
constexpr unsigned char nativeData = ELFDATA2MSB;
#endif

#if defined(__x86_64__)
constexpr int nativeMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr int nativeMachine = EM_AARCH64;
#elif defined(__powerpc64__)
constexpr int nativeMachine = EM_PPC64;
#elif defined(__s390x__)
constexpr int nativeMachine = EM_S390;
#elif defined(__riscv) && __riscv_xlen == 64
constexpr int nativeMachine = EM_RISCV;
#else
constexpr int nativeMachine = -1; // not checked: the kernel will say
#endif

template<typename T>
T readAt(QByteArrayView file, quint64 offset)
{
    // Callers have checked offset + sizeof(T) <= file.size(); memcpy because the file needs no alignment.
    T value;
    std::memcpy(&value, file.data() + offset, sizeof(T));
    return value;
}

// [offset, offset + size) lies inside a file of fileSize bytes, without overflow.
bool inside(quint64 offset, quint64 size, quint64 fileSize)
{
    return offset <= fileSize && size <= fileSize - offset;
}

const char* compressionOf(QByteArrayView file)
{
    if (file.startsWith(QByteArrayView("\xfd"
                                       "7zXZ\0",
                                       6)))
        return "xz";
    if (file.startsWith(QByteArrayView("\x28\xb5\x2f\xfd", 4)))
        return "zstd";
    if (file.startsWith(QByteArrayView("\x1f\x8b", 2)))
        return "gzip";
    return nullptr;
}

} // namespace

Checked<QByteArrayView> findElfSection(QByteArrayView file, QByteArrayView sectionName)
{
    const quint64 fileSize = quint64(file.size());
    if (const char* compression = compressionOf(file)) {
        return Rejection{
            QCoreApplication::translate(
                "kaleido::privileged::ModuleOperations",
                "The file is compressed (%1). Only uncompressed .ko files can be loaded from a file: "
                "decompress it first.")
                .arg(QLatin1StringView(compression))};
    }
    if (fileSize < EI_NIDENT || std::memcmp(file.data(), ELFMAG, SELFMAG) != 0)
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "it is not an ELF object file."));
    if (quint8(file[EI_CLASS]) != ELFCLASS64)
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "it is not a 64-bit ELF file."));
    if (quint8(file[EI_DATA]) != nativeData)
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "its byte order is not this machine's."));
    if (fileSize < sizeof(Elf64_Ehdr))
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "its ELF header is cut short."));

    const auto header = readAt<Elf64_Ehdr>(file, 0);
    if (header.e_type != ET_REL)
        return notAModule(QCoreApplication::translate(
            "kaleido::privileged::ModuleOperations", "it is not a relocatable object (kernel modules are)."));
    if (nativeMachine >= 0 && header.e_machine != nativeMachine)
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "it was built for another processor architecture."));
    if (header.e_shoff == 0)
        return notAModule(
            QCoreApplication::translate("kaleido::privileged::ModuleOperations", "it has no section table."));
    if (header.e_shentsize != sizeof(Elf64_Shdr))
        return notAModule(QCoreApplication::translate(
            "kaleido::privileged::ModuleOperations", "its section table has entries of an unexpected size."));
    if (!inside(header.e_shoff, sizeof(Elf64_Shdr), fileSize))
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "its section table lies outside the file."));

    // With 0xff00 sections or more, the real count and string-table index are in section 0 (extended
    // numbering).
    const auto first = readAt<Elf64_Shdr>(file, header.e_shoff);
    const quint64 count = header.e_shnum != 0 ? header.e_shnum : first.sh_size;
    const quint64 namesIndex = header.e_shstrndx != SHN_XINDEX ? header.e_shstrndx : first.sh_link;
    if (count == 0 || count > (fileSize - header.e_shoff) / sizeof(Elf64_Shdr))
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "its section table lies outside the file."));
    if (namesIndex == SHN_UNDEF || namesIndex >= count)
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "it has no table of section names."));

    const auto sectionAt = [&](quint64 index) {
        return readAt<Elf64_Shdr>(file, header.e_shoff + index * sizeof(Elf64_Shdr));
    };
    const Elf64_Shdr names = sectionAt(namesIndex);
    if (names.sh_type == SHT_NOBITS || !inside(names.sh_offset, names.sh_size, fileSize))
        return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                      "its table of section names lies outside the file."));
    const QByteArrayView nameTable = file.sliced(qsizetype(names.sh_offset), qsizetype(names.sh_size));

    for (quint64 i = 1; i < count; ++i) {
        const Elf64_Shdr section = sectionAt(i);
        if (section.sh_name >= quint64(nameTable.size()))
            continue;
        const QByteArrayView rest = nameTable.sliced(qsizetype(section.sh_name));
        const qsizetype end = rest.indexOf('\0');
        if (end < 0 || rest.first(end) != sectionName)
            continue;
        if (section.sh_type == SHT_NOBITS || !inside(section.sh_offset, section.sh_size, fileSize))
            return notAModule(QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                                          "its %1 section lies outside the file.")
                                  .arg(QLatin1StringView(sectionName)));
        return file.sliced(qsizetype(section.sh_offset), qsizetype(section.sh_size));
    }
    return notAModule(
        QCoreApplication::translate("kaleido::privileged::ModuleOperations", "it has no %1 section.")
            .arg(QLatin1StringView(sectionName)));
}

Checked<QByteArrayView> findModinfoSection(QByteArrayView file)
{
    return findElfSection(file, ".modinfo");
}

} // namespace kaleido::privileged
