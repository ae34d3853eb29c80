// SPDX-License-Identifier: GPL-2.0-or-later
#include "lockdown.h"

#include "wordscan.h"

#include <QCoreApplication>

namespace kaleido {

Result<Lockdown> parseLockdown(QByteArrayView data, const QString& path)
{
    Lockdown lockdown;
    int selectedCount = 0;
    bool bad = false;
    forEachWord(data, [&](QByteArrayView word) {
        if (word.startsWith('[') && word.endsWith(']') && word.size() > 2) {
            word = word.sliced(1, word.size() - 2);
            lockdown.selected = QString::fromUtf8(word);
            ++selectedCount;
        } else if (word.contains('[') || word.contains(']')) {
            bad = true;
        }
        lockdown.options.append(QString::fromUtf8(word));
    });
    if (bad || selectedCount != 1) {
        return Error::malformed(
            path, 1,
            QCoreApplication::translate("kaleido::Lockdown",
                                        "expected the modes with exactly one of them in [brackets]"));
    }
    return lockdown;
}

Result<Lockdown> readLockdown(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/sys/kernel/security/lockdown"), parseLockdown);
}

} // namespace kaleido
