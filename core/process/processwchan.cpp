// SPDX-License-Identifier: GPL-2.0-or-later
#include "processwchan.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

Result<ProcessWchan> parseProcessWchan(QByteArrayView data, const QString& path)
{
    const QByteArrayView text = data.trimmed();
    if (text.isEmpty())
        return procscan::malformed(path, 0,
                                   QCoreApplication::translate("kaleido::ProcessWchan", "the file is empty"));
    for (char c : text) {
        // Kernel symbols are C identifiers, with '.' for compiler clones such as "foo.constprop.0".
        if (procscan::isBlank(c) || c == '\n' || c == '\0') {
            return procscan::malformed(
                path, 1,
                QCoreApplication::translate("kaleido::ProcessWchan", "expected one symbol name, not “%1”")
                    .arg(procscan::quoted(text)));
        }
    }
    ProcessWchan result;
    if (text != "0")
        result.symbol = text.toByteArray();
    return result;
}

Result<ProcessWchan> readProcessWchan(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"wchan");
    if (!bytes)
        return bytes.error();
    return parseProcessWchan(*bytes, PidFs::path(pid, u"wchan"));
}

} // namespace kaleido
