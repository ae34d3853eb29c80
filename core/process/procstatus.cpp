// SPDX-License-Identifier: GPL-2.0-or-later
#include "procstatus.h"

#include "pidfs.h"
#include "textscan.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

// Value readers: each takes the trimmed value and reports whether it was well-formed.

std::optional<quint64> wholeUnsigned(QByteArrayView v)
{
    const auto n = parseUnsigned(v);
    if (!n || n->length != v.size())
        return std::nullopt;
    return n->value;
}

std::optional<qint64> wholeSigned(QByteArrayView v)
{
    const bool negative = v.startsWith('-');
    const auto n = wholeUnsigned(negative ? v.sliced(1) : v);
    if (!n || *n > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return negative ? -qint64(*n) : qint64(*n);
}

std::optional<quint64> wholeHex(QByteArrayView v)
{
    if (v.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (const char c : v) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        if (value >> 60)
            return std::nullopt; // more than 64 significant bits
        value = (value << 4) | quint64(digit);
    }
    return value;
}

std::optional<quint64> wholeOctal(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 11)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : v) {
        if (c < '0' || c > '7')
            return std::nullopt;
        value = value * 8 + quint64(c - '0');
    }
    return value;
}

/// Numbers separated by tabs or spaces ("0\t0\t0\t0", "4 24 27 "); nullopt if any is not a number.
template<typename T>
std::optional<QList<T>> numberList(QByteArrayView v)
{
    QList<T> out;
    qsizetype i = 0;
    while (i < v.size()) {
        while (i < v.size() && (v[i] == ' ' || v[i] == '\t'))
            ++i;
        qsizetype j = i;
        while (j < v.size() && v[j] != ' ' && v[j] != '\t')
            ++j;
        if (j > i) {
            const auto n = wholeSigned(v.sliced(i, j - i));
            if (!n || *n < qint64(std::numeric_limits<T>::min()) ||
                *n > qint64(std::numeric_limits<T>::max()))
                return std::nullopt;
            out.append(T(*n));
        }
        i = j;
    }
    return out;
}

using Handler = bool (*)(ProcStatus&, QByteArrayView);

template<std::optional<qint32> ProcStatus::*M>
bool int32Field(ProcStatus& s, QByteArrayView v)
{
    const auto n = wholeSigned(v);
    if (!n || *n < std::numeric_limits<qint32>::min() || *n > std::numeric_limits<qint32>::max())
        return false;
    s.*M = qint32(*n);
    return true;
}

template<std::optional<quint32> ProcStatus::*M>
bool uint32Field(ProcStatus& s, QByteArrayView v)
{
    const auto n = wholeUnsigned(v);
    if (!n || *n > std::numeric_limits<quint32>::max())
        return false;
    s.*M = quint32(*n);
    return true;
}

template<std::optional<quint64> ProcStatus::*M>
bool uint64Field(ProcStatus& s, QByteArrayView v)
{
    const auto n = wholeUnsigned(v);
    if (!n)
        return false;
    s.*M = *n;
    return true;
}

template<std::optional<quint64> ProcStatus::*M>
bool kibField(ProcStatus& s, QByteArrayView v)
{
    if (!v.endsWith(" kB"))
        return false;
    const auto n = wholeUnsigned(v.chopped(3).trimmed());
    if (!n || *n > std::numeric_limits<quint64>::max() / 1024)
        return false;
    s.*M = *n * 1024;
    return true;
}

template<std::optional<quint64> ProcStatus::*M>
bool hexField(ProcStatus& s, QByteArrayView v)
{
    const auto n = wholeHex(v);
    if (!n)
        return false;
    s.*M = *n;
    return true;
}

template<std::optional<bool> ProcStatus::*M>
bool boolField(ProcStatus& s, QByteArrayView v)
{
    if (v != "0" && v != "1")
        return false;
    s.*M = v == "1";
    return true;
}

template<std::optional<ProcStatus::IdSet> ProcStatus::*M>
bool idSetField(ProcStatus& s, QByteArrayView v)
{
    const auto ids = numberList<quint32>(v);
    if (!ids || ids->size() != 4)
        return false;
    s.*M = ProcStatus::IdSet{ids->at(0), ids->at(1), ids->at(2), ids->at(3)};
    return true;
}

template<std::optional<QList<qint32>> ProcStatus::*M>
bool pidListField(ProcStatus& s, QByteArrayView v)
{
    auto ids = numberList<qint32>(v);
    if (!ids || ids->isEmpty())
        return false;
    s.*M = std::move(*ids);
    return true;
}

template<std::optional<QByteArray> ProcStatus::*M>
bool textField(ProcStatus& s, QByteArrayView v)
{
    s.*M = v.toByteArray();
    return true;
}

bool nameField(ProcStatus& s, QByteArrayView v)
{
    s.name = unescapeStatusName(v);
    return true;
}

bool umaskField(ProcStatus& s, QByteArrayView v)
{
    const auto n = wholeOctal(v);
    if (!n)
        return false;
    s.umask = quint32(*n);
    return true;
}

bool stateField(ProcStatus& s, QByteArrayView v)
{
    // "S (sleeping)"; kernels before 2.6.?? wrote the letter alone.
    if (v.isEmpty() || (v.size() > 1 && v[1] != ' '))
        return false;
    s.state = v[0];
    return true;
}

bool groupsField(ProcStatus& s, QByteArrayView v)
{
    auto ids = numberList<quint32>(v);
    if (!ids)
        return false;
    s.groups = std::move(*ids);
    return true;
}

bool threadsField(ProcStatus& s, QByteArrayView v)
{
    const auto n = wholeSigned(v);
    if (!n)
        return false;
    s.threads = *n;
    return true;
}

bool sigQField(ProcStatus& s, QByteArrayView v)
{
    const qsizetype slash = v.indexOf('/');
    if (slash < 0)
        return false;
    const auto queued = wholeUnsigned(v.first(slash));
    const auto limit = wholeUnsigned(v.sliced(slash + 1));
    if (!queued || !limit)
        return false;
    s.sigQueued = *queued;
    s.sigQueueLimit = *limit;
    return true;
}

struct KnownField
{
    const char* name;
    Handler read;
};

// The fields this parser decodes; every other line is kept in ProcStatus::lines only.
const KnownField knownFields[] = {
    {"Name", nameField},
    {"Umask", umaskField},
    {"State", stateField},
    {"Tgid", int32Field<&ProcStatus::tgid>},
    {"Ngid", int32Field<&ProcStatus::ngid>},
    {"Pid", int32Field<&ProcStatus::pid>},
    {"PPid", int32Field<&ProcStatus::ppid>},
    {"TracerPid", int32Field<&ProcStatus::tracerPid>},
    {"Uid", idSetField<&ProcStatus::uid>},
    {"Gid", idSetField<&ProcStatus::gid>},
    {"FDSize", uint64Field<&ProcStatus::fdSize>},
    {"Groups", groupsField},
    {"NStgid", pidListField<&ProcStatus::nsTgid>},
    {"NSpid", pidListField<&ProcStatus::nsPid>},
    {"NSpgid", pidListField<&ProcStatus::nsPgid>},
    {"NSsid", pidListField<&ProcStatus::nsSid>},
    {"Kthread", boolField<&ProcStatus::kthread>},
    {"VmPeak", kibField<&ProcStatus::vmPeak>},
    {"VmSize", kibField<&ProcStatus::vmSize>},
    {"VmLck", kibField<&ProcStatus::vmLck>},
    {"VmPin", kibField<&ProcStatus::vmPin>},
    {"VmHWM", kibField<&ProcStatus::vmHWM>},
    {"VmRSS", kibField<&ProcStatus::vmRSS>},
    {"RssAnon", kibField<&ProcStatus::rssAnon>},
    {"RssFile", kibField<&ProcStatus::rssFile>},
    {"RssShmem", kibField<&ProcStatus::rssShmem>},
    {"VmData", kibField<&ProcStatus::vmData>},
    {"VmStk", kibField<&ProcStatus::vmStk>},
    {"VmExe", kibField<&ProcStatus::vmExe>},
    {"VmLib", kibField<&ProcStatus::vmLib>},
    {"VmPTE", kibField<&ProcStatus::vmPTE>},
    {"VmSwap", kibField<&ProcStatus::vmSwap>},
    {"HugetlbPages", kibField<&ProcStatus::hugetlbPages>},
    {"Threads", threadsField},
    {"SigQ", sigQField},
    {"SigPnd", hexField<&ProcStatus::sigPnd>},
    {"ShdPnd", hexField<&ProcStatus::shdPnd>},
    {"SigBlk", hexField<&ProcStatus::sigBlk>},
    {"SigIgn", hexField<&ProcStatus::sigIgn>},
    {"SigCgt", hexField<&ProcStatus::sigCgt>},
    {"CapInh", hexField<&ProcStatus::capInh>},
    {"CapPrm", hexField<&ProcStatus::capPrm>},
    {"CapEff", hexField<&ProcStatus::capEff>},
    {"CapBnd", hexField<&ProcStatus::capBnd>},
    {"CapAmb", hexField<&ProcStatus::capAmb>},
    {"NoNewPrivs", boolField<&ProcStatus::noNewPrivs>},
    {"Seccomp", uint32Field<&ProcStatus::seccomp>},
    {"Seccomp_filters", uint32Field<&ProcStatus::seccompFilters>},
    {"Cpus_allowed_list", textField<&ProcStatus::cpusAllowedList>},
    {"Mems_allowed_list", textField<&ProcStatus::memsAllowedList>},
    {"voluntary_ctxt_switches", uint64Field<&ProcStatus::voluntaryCtxtSwitches>},
    {"nonvoluntary_ctxt_switches", uint64Field<&ProcStatus::nonvoluntaryCtxtSwitches>},
};

} // namespace

QByteArray unescapeStatusName(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c != '\\' || i + 1 == value.size()) {
            out.append(c);
            continue;
        }
        char decoded;
        switch (value[i + 1]) {
        case 'n':
            decoded = '\n';
            break;
        case '\\':
            decoded = '\\';
            break;
        case 't':
            decoded = '\t';
            break;
        case 'r':
            decoded = '\r';
            break;
        case 'f':
            decoded = '\f';
            break;
        case 'v':
            decoded = '\v';
            break;
        case 'a':
            decoded = '\a';
            break;
        case 'e':
            decoded = '\x1b';
            break;
        case '"':
            decoded = '"';
            break;
        default:
            out.append(c); // not an escape the kernel writes: keep it as it is
            continue;
        }
        out.append(decoded);
        ++i;
    }
    return out;
}

std::optional<QByteArrayView> ProcStatus::lineValue(QByteArrayView name) const
{
    for (const Line& line : lines) {
        if (lineName(line) == name)
            return lineValue(line);
    }
    return std::nullopt;
}

Result<ProcStatus> parseProcStatus(QByteArrayView data, const QString& path)
{
    ProcStatus status;
    status.text = data.toByteArray();
    status.lines.reserve(64);
    data = status.text; // parse the copy, so offsets refer to it

    auto malformed = [&](int lineNo, const QString& what) {
        status.skippedLines.append(Error::malformed(path, lineNo, what));
    };

    int lineNo = 0;
    forEachLine(data, [&](QByteArrayView line) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            return;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            malformed(lineNo, QCoreApplication::translate("kaleido::ProcStatus", "expected “Name: value”"));
            return;
        }
        const QByteArrayView name = line.first(colon);
        // The value starts after the tab(s); the Name line's value is kept as written (a command name may
        // begin or end with spaces), the others are trimmed.
        QByteArrayView value = line.sliced(colon + 1);
        if (name == "Name") {
            if (value.startsWith('\t'))
                value = value.sliced(1); // exactly one: a tab in the name itself is not escaped
        } else {
            value = value.trimmed();
        }

        ProcStatus::Line entry;
        entry.nameOffset = name.data() - data.data();
        entry.nameLength = name.size();
        entry.valueOffset = value.data() - data.data();
        entry.valueLength = value.size();
        status.lines.append(entry);

        for (const KnownField& known : knownFields) {
            if (name != QByteArrayView(known.name))
                continue;
            if (!known.read(status, value)) {
                malformed(lineNo,
                          QCoreApplication::translate("kaleido::ProcStatus", "unexpected value for “%1:”")
                              .arg(QString::fromLatin1(name)));
            }
            break;
        }
    });

    if (status.lines.isEmpty()) {
        Error e;
        e.kind = ErrorKind::Malformed;
        e.path = path;
        e.detail = data.isEmpty()
                       ? QCoreApplication::translate("kaleido::ProcStatus", "the file is empty")
                       : QCoreApplication::translate("kaleido::ProcStatus", "no field could be read");
        if (!status.skippedLines.isEmpty())
            e = status.skippedLines.constFirst();
        return e;
    }
    return status;
}

Result<ProcStatus> readProcStatus(const KernelFs& fs, qint32 pid)
{
    const auto bytes = PidFs::readFile(fs, pid, u"status");
    if (!bytes)
        return bytes.error();
    return parseProcStatus(*bytes, PidFs::path(pid, u"status"));
}

Result<ProcStatus> readTaskStatus(const KernelFs& fs, qint32 pid, qint32 tid)
{
    const auto bytes = PidFs::readTaskFile(fs, pid, tid, u"status");
    if (!bytes)
        return bytes.error();
    return parseProcStatus(*bytes, PidFs::taskPath(pid, tid, u"status"));
}

} // namespace kaleido
