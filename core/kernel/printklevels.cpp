// SPDX-License-Identifier: GPL-2.0-or-later
#include "printklevels.h"

#include "textscan.h"
#include "wordscan.h"

#include <QCoreApplication>

#include <array>

namespace kaleido {

Result<PrintkLevels> parsePrintkLevels(QByteArrayView data, const QString& path)
{
    std::array<int, 4> levels{};
    int count = 0;
    bool bad = false;
    forEachWord(data, [&](QByteArrayView word) {
        if (bad || count == 4)
            return; // a future fifth number would not change the meaning of the first four
        const auto number = parseUnsigned(word);
        if (!number || number->length != word.size() || number->value > 0x7fffffff) {
            bad = true;
            return;
        }
        levels[size_t(count++)] = int(number->value);
    });
    if (bad || count < 4) {
        return Error::malformed(
            path, 1, QCoreApplication::translate("kaleido::PrintkLevels", "expected four log levels"));
    }
    return PrintkLevels{levels[0], levels[1], levels[2], levels[3]};
}

Result<PrintkLevels> readPrintkLevels(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/sys/kernel/printk"), parsePrintkLevels);
}

} // namespace kaleido
