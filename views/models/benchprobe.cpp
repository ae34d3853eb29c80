// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchprobe.h"

#include "stallmonitor.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QString>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <vector>

#include <sys/resource.h>

namespace kaleido::bench {

namespace detail {
std::atomic<bool> enabled{false};
}

namespace {

struct Series
{
    const char* what;
    std::vector<qint64> nanoseconds;
};

QMutex g_mutex;
std::vector<Series> g_series; // a handful of names: a linear search beats hashing

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// Nearest-rank percentile @p p (0-100) of the sorted, non-empty @p values.
qint64 percentile(const std::vector<qint64>& sorted, int p)
{
    const size_t rank = (size_t(p) * sorted.size() + 99) / 100; // ceil(p/100 · n), 1-based
    return sorted[std::max<size_t>(rank, 1) - 1];
}

double seconds(const timeval& tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

} // namespace

void setEnabled(bool on)
{
    detail::enabled.store(on, std::memory_order_relaxed);
}

qint64 now()
{
    timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void record(const char* what, qint64 nanoseconds)
{
    if (!enabled())
        return;
    QMutexLocker lock(&g_mutex);
    auto it = std::find_if(g_series.begin(), g_series.end(), [what](const Series& s) {
        return s.what == what || std::strcmp(s.what, what) == 0;
    });
    if (it == g_series.end()) {
        g_series.push_back(Series{what, {}});
        it = g_series.end() - 1;
        it->nanoseconds.reserve(1024);
    }
    it->nanoseconds.push_back(nanoseconds);
}

void reset()
{
    {
        QMutexLocker lock(&g_mutex);
        g_series.clear();
    }
    detail::resetLongestEvent();
}

QJsonObject report()
{
    QJsonObject out;
    {
        QMutexLocker lock(&g_mutex);
        for (const Series& s : g_series) {
            std::vector<qint64> sorted = s.nanoseconds;
            if (sorted.empty())
                continue;
            std::sort(sorted.begin(), sorted.end());
            qint64 total = 0;
            for (qint64 ns : sorted)
                total += ns;
            out.insert(QString::fromUtf8(s.what),
                       QJsonObject{{QStringLiteral("count"), qint64(sorted.size())},
                                   {QStringLiteral("medianMs"), ms(percentile(sorted, 50))},
                                   {QStringLiteral("p95Ms"), ms(percentile(sorted, 95))},
                                   {QStringLiteral("maxMs"), ms(sorted.back())},
                                   {QStringLiteral("totalMs"), ms(total)}});
        }
    }
    const QJsonObject longest = detail::longestEvent();
    if (!longest.isEmpty())
        out.insert(QStringLiteral("guiEventLongest"), longest);
    return out;
}

bool writeReport(const QString& path, qint64 wallNanoseconds, QString* error)
{
    QJsonObject out = report();
    struct rusage usage = {};
    ::getrusage(RUSAGE_SELF, &usage);
    out.insert(QStringLiteral("cpuUserSeconds"), seconds(usage.ru_utime));
    out.insert(QStringLiteral("cpuSystemSeconds"), seconds(usage.ru_stime));
    out.insert(QStringLiteral("wallSeconds"), double(wallNanoseconds) / 1e9);
    out.insert(QStringLiteral("maxRssKiB"), qint64(usage.ru_maxrss));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(out).toJson()) < 0 || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace kaleido::bench
