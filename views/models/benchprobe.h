// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <atomic>

class QEvent;
class QObject;
class QString;

/**
 * Measuring hooks for the benchmarks in tests/bench (see docs/PERFORMANCE.md). Off by default, and then each
 * hook is one relaxed atomic load: no clock read, no allocation, no timer. `kaleido --bench-report FILE`
 * turns them on and writes report() at exit.
 *
 * Thread-safe: a worker thread may record() while the GUI thread does.
 */
namespace kaleido::bench {

namespace detail {
extern std::atomic<bool> enabled;
}

inline bool enabled()
{
    return detail::enabled.load(std::memory_order_relaxed);
}
void setEnabled(bool on);

/// Adds one duration of @p what (a string literal: kept by pointer, compared by text). No-op unless
/// enabled().
void record(const char* what, qint64 nanoseconds);

/// Forgets everything recorded (for tests).
void reset();

/**
 * Per name: {"count", "medianMs", "p95Ms", "maxMs", "totalMs"} (nearest-rank percentiles), plus
 * "guiEventLongest":
 * {"ms", "event", "receiver"} when EventScope measured events.
 */
QJsonObject report();

/**
 * report() plus this process's own CPU time from getrusage ("cpuUserSeconds", "cpuSystemSeconds") and
 * @p wallNanoseconds as "wallSeconds", written to @p path as indented JSON. Returns false and sets @p error
 * when the file cannot be written.
 */
bool writeReport(const QString& path, qint64 wallNanoseconds, QString* error);

/// A steady-clock time stamp in nanoseconds, for record(what, now() - start).
qint64 now();

/**
 * Times one scope as @p what: `bench::ScopedTimer timer("modelUpdate");`. Reads no clock unless enabled().
 */
class ScopedTimer
{
public:
    explicit ScopedTimer(const char* what)
        : m_what(what)
        , m_start(enabled() ? now() : -1)
    {}
    ~ScopedTimer()
    {
        if (m_start >= 0)
            record(m_what, now() - m_start);
    }
    ScopedTimer(const ScopedTimer&) = delete;
    ScopedTimer& operator=(const ScopedTimer&) = delete;

private:
    const char* m_what;
    qint64 m_start;
};

} // namespace kaleido::bench
