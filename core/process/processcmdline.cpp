// SPDX-License-Identifier: GPL-2.0-or-later
#include "processcmdline.h"

#include "pidfs.h"

namespace kaleido {

QString ProcessCmdline::joined() const
{
    QString text;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(' ');
        text += QString::fromUtf8(args.at(i));
    }
    return text;
}

Result<ProcessCmdline> parseProcessCmdline(QByteArrayView data, const QString& path)
{
    Q_UNUSED(path); // every byte sequence is a valid argument vector: nothing to report
    ProcessCmdline result;
    if (data.isEmpty())
        return result;

    const bool terminated = data.endsWith('\0');
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\0', start);
        if (end < 0)
            end = data.size();
        result.args.append(data.sliced(start, end - start).toByteArray());
        start = end + 1;
    }
    // A title written over argv is often followed by the NULs that cleared the rest of the old arguments, and
    // the kernel reads an unterminated argv area on to the first NUL. One trailing empty argument can be real
    // (`prog ""`), so it only counts as padding together with the other signs.
    qsizetype padding = 0;
    for (qsizetype i = result.args.size() - 1; i >= 0 && result.args.at(i).isEmpty(); --i)
        ++padding;
    const qsizetype real = result.args.size() - padding;
    const bool oneSpacedArg = real == 1 && result.args.constFirst().contains(' ');
    result.rewritten = !terminated || padding >= 2 || oneSpacedArg;
    if (result.rewritten)
        result.args.resize(real);
    return result;
}

Result<ProcessCmdline> readProcessCmdline(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"cmdline");
    if (!bytes)
        return bytes.error();
    return parseProcessCmdline(*bytes, PidFs::path(pid, u"cmdline"));
}

} // namespace kaleido
