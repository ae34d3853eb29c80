// SPDX-License-Identifier: GPL-2.0-or-later
#include "processsyscall.h"

#include "pidfs.h"
#include "procscan.h"

#include <QCoreApplication>

namespace kaleido {

Result<ProcessSyscall> parseProcessSyscall(QByteArrayView data, const QString& path)
{
    const QByteArrayView text = data.trimmed();
    auto fail = [&](const QString& what) { return procscan::malformed(path, text.isEmpty() ? 0 : 1, what); };
    if (text.isEmpty())
        return fail(QCoreApplication::translate("kaleido::ProcessSyscall", "the file is empty"));

    ProcessSyscall result;
    if (text == "running")
        return result;

    QList<QByteArrayView> tokens;
    procscan::forEachToken(text, [&](QByteArrayView t) { tokens.append(t); });
    const auto number = procscan::signedToken(tokens.constFirst());
    if (!number || *number < -1) {
        return fail(QCoreApplication::translate("kaleido::ProcessSyscall",
                                                "expected “running” or a system call number, not “%1”")
                        .arg(procscan::quoted(tokens.constFirst())));
    }
    QList<quint64> values;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const auto v = procscan::hexToken(tokens.at(i));
        if (!v) {
            return fail(
                QCoreApplication::translate("kaleido::ProcessSyscall", "expected a hex number, not “%1”")
                    .arg(procscan::quoted(tokens.at(i))));
        }
        values.append(*v);
    }
    // The last two are always the stack pointer and the program counter; whatever precedes them are
    // arguments.
    if (values.size() < 2)
        return fail(QCoreApplication::translate("kaleido::ProcessSyscall",
                                                "expected the stack pointer and the program counter"));
    result.number = *number;
    result.state = *number == -1 ? ProcessSyscall::State::OutsideSyscall : ProcessSyscall::State::InSyscall;
    result.programCounter = values.takeLast();
    result.stackPointer = values.takeLast();
    result.args = std::move(values);
    if (result.state == ProcessSyscall::State::OutsideSyscall && !result.args.isEmpty())
        return fail(QCoreApplication::translate(
            "kaleido::ProcessSyscall", "“-1” is followed only by the stack pointer and the program counter"));
    return result;
}

Result<ProcessSyscall> readProcessSyscall(const KernelFs& fs, int pid)
{
    auto bytes = PidFs::readFile(fs, pid, u"syscall");
    if (!bytes)
        return bytes.error();
    return parseProcessSyscall(*bytes, PidFs::path(pid, u"syscall"));
}

} // namespace kaleido
