// SPDX-License-Identifier: GPL-2.0-or-later
#include "kerneltaint.h"

#include "textscan.h"

#include <QCoreApplication>

#include <algorithm>

namespace kaleido {

namespace {

// Documentation/admin-guide/tainted-kernels.rst, "Table for decoding tainted state" (bits 18 N and 19 J were
// added in 6.0 and 6.15; older kernels simply never set them).
constexpr char kLetters[] = "PFSRMBUDAWCIOELKXTNJ";
constexpr int kKnownBits = int(sizeof(kLetters)) - 1;

const char* meaningText(int bit)
{
    switch (bit) {
    case 0:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "a proprietary module was loaded");
    case 1:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "a module was force-loaded");
    case 2:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint",
                                 "the system is out of specification (e.g. SMP on unsuited CPUs)");
    case 3:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "a module was force-unloaded");
    case 4:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "a processor reported a machine check");
    case 5:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint",
                                 "a bad page reference or unexpected page flags were found");
    case 6:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "a user or program asked for the taint");
    case 7:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "the kernel died recently (oops or BUG)");
    case 8:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "an ACPI table was overridden");
    case 9:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "the kernel issued a warning");
    case 10:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "a staging driver was loaded");
    case 11:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "a platform firmware bug is being worked around");
    case 12:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "an out-of-tree module was loaded");
    case 13:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "an unsigned module was loaded");
    case 14:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "a soft lockup occurred");
    case 15:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "the kernel was live-patched");
    case 16:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "auxiliary taint, defined by distributions");
    case 17:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "the kernel was built with struct randomization");
    case 18:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "an in-kernel test (e.g. KUnit) was run");
    case 19:
        return QT_TRANSLATE_NOOP("kaleido::KernelTaint", "user space used a mutating fwctl debug operation");
    default:
        return nullptr;
    }
}

} // namespace

QString TaintFlag::meaning() const
{
    if (const char* text = meaningText(bit); text && letter)
        return QCoreApplication::translate("kaleido::KernelTaint", text);
    return QCoreApplication::translate("kaleido::KernelTaint", "not known to this version of Kaleido");
}

QString TaintFlag::name() const
{
    if (letter)
        return QString(QLatin1Char(letter));
    return QCoreApplication::translate("kaleido::KernelTaint", "bit %1").arg(bit);
}

QString KernelTaint::letters() const
{
    QString result;
    for (const TaintFlag& f : flags) {
        if (f.letter)
            result += QLatin1Char(f.letter);
    }
    return result;
}

const QList<TaintFlag>& knownTaintFlags()
{
    static const QList<TaintFlag> flags = [] {
        QList<TaintFlag> list;
        for (int bit = 0; bit < kKnownBits; ++bit)
            list.append(TaintFlag{bit, kLetters[bit]});
        return list;
    }();
    return flags;
}

std::optional<TaintFlag> taintFlagForLetter(char letter)
{
    for (int bit = 0; bit < kKnownBits; ++bit) {
        if (kLetters[bit] == letter)
            return TaintFlag{bit, letter};
    }
    return std::nullopt;
}

KernelTaint decodeTaint(quint64 value)
{
    KernelTaint taint;
    taint.value = value;
    for (int bit = 0; bit < 64; ++bit) {
        if (value & (quint64(1) << bit))
            taint.flags.append(TaintFlag{bit, bit < kKnownBits ? kLetters[bit] : char(0)});
    }
    return taint;
}

QList<TaintFlag> parseTaintLetters(QByteArrayView letters)
{
    QList<TaintFlag> flags;
    for (const char c : letters) {
        if (auto flag = taintFlagForLetter(c)) {
            const bool seen = std::any_of(flags.cbegin(), flags.cend(),
                                          [&](const TaintFlag& f) { return f.bit == flag->bit; });
            if (!seen)
                flags.append(*flag);
        }
    }
    std::sort(flags.begin(), flags.end(),
              [](const TaintFlag& a, const TaintFlag& b) { return a.bit < b.bit; });
    return flags;
}

Result<KernelTaint> parseTainted(QByteArrayView data, const QString& path)
{
    const QByteArrayView text = data.trimmed();
    const auto number = parseUnsigned(text);
    if (!number || number->length != text.size()) {
        Error e;
        e.kind = ErrorKind::Malformed;
        e.path = path;
        e.line = 1;
        e.detail =
            QCoreApplication::translate("kaleido::KernelTaint", "expected one unsigned decimal number");
        return e;
    }
    return decodeTaint(number->value);
}

Result<KernelTaint> readTainted(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/sys/kernel/tainted"), parseTainted);
}

} // namespace kaleido
