// SPDX-License-Identifier: GPL-2.0-or-later
// The allocation-free scanner behind parseProcStat() and the process sampler: one pass over the bytes of
// /proc/PID/stat that splits off the comm and reads the numeric fields by position. Internal to core/process.
#pragma once

#include <QByteArrayView>

#include <array>
#include <cstring>
#include <limits>

namespace kaleido::detail {

/// The highest field number proc(5) documents (exit_code, since Linux 3.5).
inline constexpr int kProcStatKnownFields = 52;

/// Fields that the kernel prints as signed numbers (bit n = field n, numbered from 1 as in proc(5)):
/// ppid pgrp session tty_nr tpgid, cutime cstime priority nice num_threads itrealvalue, rss, exit_signal
/// processor, cguest_time, exit_code.
inline constexpr quint64 kProcStatSignedFields = (1ull << 4) | (1ull << 5) | (1ull << 6) | (1ull << 7) |
                                                 (1ull << 8) | (1ull << 16) | (1ull << 17) | (1ull << 18) |
                                                 (1ull << 19) | (1ull << 20) | (1ull << 21) | (1ull << 24) |
                                                 (1ull << 38) | (1ull << 39) | (1ull << 44) | (1ull << 52);

struct ProcStatScan
{
    quint64 pid = 0;
    const char* comm = nullptr; ///< points into the scanned bytes
    qsizetype commLength = 0;
    char state = 0;
    /// The last field number read (3 once pid, comm and state are read; 52 for a complete 6.x line).
    int fieldCount = 0;
    /// 0, or the number of the first field that was not a valid number (scanning stopped there).
    int badField = 0;
    /// Where the text after the last known field starts (fields a newer kernel may add), or -1.
    qsizetype extraOffset = -1;
    /// field[n] is field n (4 ≤ n ≤ 52); negative numbers are stored in two's complement.
    std::array<quint64, kProcStatKnownFields + 1> field{};

    qint64 signedField(int n) const { return qint64(field[size_t(n)]); }
};

/// value = value × 10 + digit; false on overflow. No division: this runs for every digit of every field.
inline bool accumulateDigit(quint64& value, char digit)
{
    return !__builtin_mul_overflow(value, quint64(10), &value) &&
           !__builtin_add_overflow(value, quint64(digit - '0'), &value);
}

enum class ProcStatScanResult
{
    Ok,      ///< at least pid, comm and state were read (check fieldCount/badField for the rest)
    Empty,   ///< no bytes
    NoComm,  ///< no "PID (" … ")" at the start
    NoState, ///< nothing after the comm
};

/**
 * Scans @p data, stopping after field @p lastField (fields the caller does not need are not converted).
 * The comm runs from the first '(' to the LAST ')': a comm may contain spaces, parentheses and even newlines,
 * but nothing after the real closing parenthesis can be a ')'.
 */
inline ProcStatScanResult scanProcStat(const char* data, qsizetype size, ProcStatScan& out,
                                       int lastField = kProcStatKnownFields)
{
    out.fieldCount = 0;
    out.badField = 0;
    out.extraOffset = -1;
    out.comm = nullptr;
    out.commLength = 0;
    out.state = 0;
    if (size <= 0)
        return ProcStatScanResult::Empty;

    const char* p = data;
    const char* const end = data + size;
    quint64 pid = 0;
    const char* digits = p;
    while (p < end && *p >= '0' && *p <= '9') {
        if (!accumulateDigit(pid, *p++))
            return ProcStatScanResult::NoComm;
    }
    if (p == digits || p + 1 >= end || p[0] != ' ' || p[1] != '(')
        return ProcStatScanResult::NoComm;
    const char* const commStart = p + 2;
    const void* close = memrchr(commStart, ')', size_t(end - commStart));
    if (!close)
        return ProcStatScanResult::NoComm;
    const char* const commEnd = static_cast<const char*>(close);
    out.pid = pid;
    out.comm = commStart;
    out.commLength = commEnd - commStart;
    out.fieldCount = 2;

    p = commEnd + 1;
    while (p < end && *p == ' ')
        ++p;
    if (p >= end || *p == '\n')
        return ProcStatScanResult::NoState;
    out.state = *p++;
    if (p < end && *p != ' ' && *p != '\n') {
        out.badField = 3; // the state is one letter
        return ProcStatScanResult::Ok;
    }
    out.fieldCount = 3;

    if (lastField > kProcStatKnownFields)
        lastField = kProcStatKnownFields;
    for (int n = 4; n <= lastField; ++n) {
        while (p < end && *p == ' ')
            ++p;
        if (p >= end || *p == '\n')
            return ProcStatScanResult::Ok; // an older kernel: fewer fields
        bool negative = false;
        if (*p == '-' && (kProcStatSignedFields >> n) & 1) {
            negative = true;
            ++p;
        }
        quint64 value = 0;
        const char* start = p;
        bool overflow = false;
        while (p < end && *p >= '0' && *p <= '9')
            overflow |= !accumulateDigit(value, *p++);
        // Signed fields must fit in qint64 (their magnitude up to 2^63 when negative).
        if ((kProcStatSignedFields >> n) & 1)
            overflow |= value > quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
        if (overflow || p == start || (p < end && *p != ' ' && *p != '\n')) {
            out.badField = n;
            return ProcStatScanResult::Ok;
        }
        out.field[size_t(n)] = negative ? ~value + 1 : value;
        out.fieldCount = n;
    }
    if (lastField == kProcStatKnownFields) {
        while (p < end && *p == ' ')
            ++p;
        if (p < end && *p != '\n')
            out.extraOffset = p - data;
    }
    return ProcStatScanResult::Ok;
}

} // namespace kaleido::detail
