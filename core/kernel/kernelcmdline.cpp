// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelcmdline.h"

#include "wordscan.h"

namespace kaleido {

namespace {

QString normalisedName(const QString& name)
{
    QString n = name;
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    return n;
}

struct Token
{
    QByteArrayView name;
    std::optional<QByteArrayView> value;
};

// One parameter starting at data[pos] (not a space), as lib/cmdline.c next_arg() cuts it; pos moves past it
// and the spaces after it.
Token nextToken(QByteArrayView data, qsizetype& pos)
{
    qsizetype start = pos;
    bool inQuote = false;
    bool quoted = false;
    if (data[start] == '"') {
        ++start;
        inQuote = quoted = true;
    }
    qsizetype equals = -1;
    qsizetype end = start;
    for (; end < data.size(); ++end) {
        const char c = data[end];
        if (isAsciiSpace(c) && !inQuote)
            break;
        // The kernel keeps the index of the first '=' but treats index 0 as "none", so "=x" is a flag named
        // "=x".
        if (equals < 0 && c == '=' && end > start)
            equals = end;
        if (c == '"')
            inQuote = !inQuote;
    }

    Token token;
    qsizetype contentEnd = end;
    bool valueQuoted = false;
    qsizetype valueStart = end;
    if (equals >= 0) {
        valueStart = equals + 1;
        if (valueStart < end && data[valueStart] == '"') {
            ++valueStart;
            valueQuoted = true;
        }
    }
    // A closing quote of a quoted value or of a quoted whole parameter is dropped (one character at most).
    if ((valueQuoted || quoted) && end > start && data[end - 1] == '"')
        contentEnd = end - 1;

    if (equals >= 0) {
        token.name = data.sliced(start, equals - start);
        const qsizetype valueEnd = std::max(contentEnd, valueStart);
        token.value = data.sliced(valueStart, valueEnd - valueStart);
    } else {
        token.name = data.sliced(start, std::max(contentEnd, start) - start);
    }

    pos = end;
    while (pos < data.size() && isAsciiSpace(data[pos]))
        ++pos;
    return token;
}

} // namespace

std::optional<QString> KernelCmdline::value(const QString& name) const
{
    const QString wanted = normalisedName(name);
    for (auto it = parameters.crbegin(); it != parameters.crend(); ++it) {
        if (normalisedName(it->name) == wanted)
            return it->value;
    }
    return std::nullopt;
}

bool KernelCmdline::has(const QString& name) const
{
    const QString wanted = normalisedName(name);
    for (const Parameter& p : parameters) {
        if (normalisedName(p.name) == wanted)
            return true;
    }
    return false;
}

Result<KernelCmdline> parseKernelCmdline(QByteArrayView data, const QString& path)
{
    Q_UNUSED(path); // every byte sequence splits into some parameters, so nothing is ever malformed here
    KernelCmdline cmdline;
    QByteArrayView line = data;
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\0'))
        line.chop(1);
    cmdline.raw = QString::fromUtf8(line);

    qsizetype pos = 0;
    while (pos < line.size() && isAsciiSpace(line[pos]))
        ++pos;
    bool forInit = false;
    while (pos < line.size()) {
        const Token token = nextToken(line, pos);
        if (forInit) {
            QByteArray argument = token.name.toByteArray();
            if (token.value)
                argument += '=' + token.value->toByteArray();
            cmdline.initArguments.append(QString::fromUtf8(argument));
            continue;
        }
        if (!token.value && token.name == "--") {
            forInit = true;
            continue;
        }
        KernelCmdline::Parameter parameter;
        parameter.name = QString::fromUtf8(token.name);
        if (token.value)
            parameter.value = QString::fromUtf8(*token.value);
        cmdline.parameters.append(std::move(parameter));
    }
    return cmdline;
}

Result<KernelCmdline> readKernelCmdline(const KernelFs& fs)
{
    return readParsed(fs, QStringLiteral("/proc/cmdline"), parseKernelCmdline);
}

} // namespace kaleido
