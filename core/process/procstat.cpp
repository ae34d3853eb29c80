// SPDX-License-Identifier: GPL-2.0-or-later
#include "procstat.h"

#include "pidfs.h"
#include "procstatscan.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

Error malformed(const QString& path, const QString& detail)
{
    return Error::malformed(path, 1, detail);
}

const char* fieldName(int n)
{
    static const char* const names[] = {
        "",
        "pid",
        "comm",
        "state",
        "ppid",
        "pgrp",
        "session",
        "tty_nr",
        "tpgid",
        "flags",
        "minflt",
        "cminflt",
        "majflt",
        "cmajflt",
        "utime",
        "stime",
        "cutime",
        "cstime",
        "priority",
        "nice",
        "num_threads",
        "itrealvalue",
        "starttime",
        "vsize",
        "rss",
        "rsslim",
        "startcode",
        "endcode",
        "startstack",
        "kstkesp",
        "kstkeip",
        "signal",
        "blocked",
        "sigignore",
        "sigcatch",
        "wchan",
        "nswap",
        "cnswap",
        "exit_signal",
        "processor",
        "rt_priority",
        "policy",
        "delayacct_blkio_ticks",
        "guest_time",
        "cguest_time",
        "start_data",
        "end_data",
        "start_brk",
        "arg_start",
        "arg_end",
        "env_start",
        "env_end",
        "exit_code",
    };
    static_assert(std::size(names) == detail::kProcStatKnownFields + 1);
    return n >= 0 && n <= detail::kProcStatKnownFields ? names[n] : "";
}

} // namespace

Result<ProcStat> parseProcStat(QByteArrayView data, const QString& path)
{
    detail::ProcStatScan scan;
    switch (detail::scanProcStat(data.data(), data.size(), scan)) {
    case detail::ProcStatScanResult::Empty:
        return malformed(path, QCoreApplication::translate("kaleido::ProcStat", "the file is empty"));
    case detail::ProcStatScanResult::NoComm:
        return malformed(
            path, QCoreApplication::translate("kaleido::ProcStat", "expected “PID (command)” at the start"));
    case detail::ProcStatScanResult::NoState:
        return malformed(path, QCoreApplication::translate("kaleido::ProcStat",
                                                           "expected the state after the command name"));
    case detail::ProcStatScanResult::Ok:
        break;
    }
    if (scan.pid > quint64(std::numeric_limits<qint32>::max()))
        return malformed(path, QCoreApplication::translate("kaleido::ProcStat", "the PID is out of range"));
    if (scan.badField == 3)
        return malformed(path, QCoreApplication::translate(
                                   "kaleido::ProcStat", "expected one state letter after the command name"));

    ProcStat st;
    st.pid = qint32(scan.pid);
    st.comm = QByteArray(scan.comm, scan.commLength);
    st.state = scan.state;
    st.fieldCount = scan.fieldCount;

    // Narrow fields the kernel prints as int/unsigned int; a value that does not fit ends the line like a
    // non-number would, so a garbled field never turns into a plausible small one.
    auto fitsInt32 = [&](int n) {
        const qint64 v = scan.signedField(n);
        return v >= std::numeric_limits<qint32>::min() && v <= std::numeric_limits<qint32>::max();
    };
    auto fitsUInt32 = [&](int n) { return scan.field[size_t(n)] <= std::numeric_limits<quint32>::max(); };
    for (int n = 4; n <= scan.fieldCount; ++n) {
        const bool fits = (n >= ProcStat::Ppid && n <= ProcStat::Tpgid) || n == ProcStat::ExitSignal ||
                                  n == ProcStat::Processor || n == ProcStat::ExitCode
                              ? fitsInt32(n)
                          : (n == ProcStat::Flags || n == ProcStat::RtPriority || n == ProcStat::Policy)
                              ? fitsUInt32(n)
                              : true;
        if (!fits) {
            scan.badField = n;
            st.fieldCount = n - 1;
            break;
        }
    }

    const auto& f = scan.field;
    auto u = [&](int n) { return n <= st.fieldCount ? f[size_t(n)] : 0; };
    auto s = [&](int n) { return n <= st.fieldCount ? scan.signedField(n) : 0; };
    st.ppid = qint32(s(ProcStat::Ppid));
    st.pgrp = qint32(s(ProcStat::Pgrp));
    st.session = qint32(s(ProcStat::Session));
    st.ttyNr = qint32(s(ProcStat::TtyNr));
    st.tpgid = st.has(ProcStat::Tpgid) ? qint32(s(ProcStat::Tpgid)) : -1;
    st.flags = quint32(u(ProcStat::Flags));
    st.minFlt = u(ProcStat::MinFlt);
    st.cMinFlt = u(ProcStat::CMinFlt);
    st.majFlt = u(ProcStat::MajFlt);
    st.cMajFlt = u(ProcStat::CMajFlt);
    st.utime = u(ProcStat::Utime);
    st.stime = u(ProcStat::Stime);
    st.cUtime = s(ProcStat::CUtime);
    st.cStime = s(ProcStat::CStime);
    st.priority = s(ProcStat::Priority);
    st.nice = s(ProcStat::Nice);
    st.numThreads = s(ProcStat::NumThreads);
    st.itRealValue = s(ProcStat::ItRealValue);
    st.startTime = u(ProcStat::StartTime);
    st.vsize = u(ProcStat::VSize);
    st.rss = s(ProcStat::Rss);
    st.rssLim = u(ProcStat::RssLim);
    st.startCode = u(ProcStat::StartCode);
    st.endCode = u(ProcStat::EndCode);
    st.startStack = u(ProcStat::StartStack);
    st.kStkEsp = u(ProcStat::KStkEsp);
    st.kStkEip = u(ProcStat::KStkEip);
    st.signal = u(ProcStat::Signal);
    st.blocked = u(ProcStat::Blocked);
    st.sigIgnore = u(ProcStat::SigIgnore);
    st.sigCatch = u(ProcStat::SigCatch);
    st.wchan = u(ProcStat::WChan);
    st.nSwap = u(ProcStat::NSwap);
    st.cNSwap = u(ProcStat::CNSwap);
    st.exitSignal = qint32(s(ProcStat::ExitSignal));
    st.processor = qint32(s(ProcStat::Processor));
    st.rtPriority = quint32(u(ProcStat::RtPriority));
    st.policy = quint32(u(ProcStat::Policy));
    st.delayAcctBlkioTicks = u(ProcStat::DelayAcctBlkioTicks);
    st.guestTime = u(ProcStat::GuestTime);
    st.cGuestTime = s(ProcStat::CGuestTime);
    st.startData = u(ProcStat::StartData);
    st.endData = u(ProcStat::EndData);
    st.startBrk = u(ProcStat::StartBrk);
    st.argStart = u(ProcStat::ArgStart);
    st.argEnd = u(ProcStat::ArgEnd);
    st.envStart = u(ProcStat::EnvStart);
    st.envEnd = u(ProcStat::EnvEnd);
    st.exitCode = qint32(s(ProcStat::ExitCode));

    if (scan.badField != 0) {
        st.skippedLines.append(malformed(
            path, QCoreApplication::translate("kaleido::ProcStat", "field %1 (%2) is not a number in range")
                      .arg(scan.badField)
                      .arg(QLatin1String(fieldName(scan.badField)))));
    } else if (scan.extraOffset >= 0) {
        // Fields a newer kernel added: kept as text, in order.
        QByteArrayView rest = data.sliced(scan.extraOffset);
        const qsizetype newline = rest.indexOf('\n');
        if (newline >= 0)
            rest = rest.first(newline);
        qsizetype start = 0;
        while (start < rest.size()) {
            qsizetype space = rest.indexOf(' ', start);
            if (space < 0)
                space = rest.size();
            if (space > start) {
                st.extraFields.append(rest.sliced(start, space - start).toByteArray());
                ++st.fieldCount;
            }
            start = space + 1;
        }
    }
    return st;
}

Result<ProcStat> readProcStat(const KernelFs& fs, qint32 pid)
{
    const auto bytes = PidFs::readFile(fs, pid, u"stat");
    if (!bytes)
        return bytes.error();
    return parseProcStat(*bytes, PidFs::path(pid, u"stat"));
}

Result<ProcStat> readTaskStat(const KernelFs& fs, qint32 pid, qint32 tid)
{
    const auto bytes = PidFs::readTaskFile(fs, pid, tid, u"stat");
    if (!bytes)
        return bytes.error();
    return parseProcStat(*bytes, PidFs::taskPath(pid, tid, u"stat"));
}

} // namespace kaleido
