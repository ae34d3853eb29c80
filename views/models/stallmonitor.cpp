// SPDX-License-Identifier: GPL-2.0-or-later
#include "stallmonitor.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QMetaEnum>
#include <QMutex>
#include <QThread>

namespace kaleido::bench {

namespace {

// The outermost dispatch in progress. Touched only on the application's thread.
int g_depth = 0;
qint64 g_start = -1; // -1 while a nested event loop sleeps
qint64 g_busy = 0;   // busy time before the nested loop last slept
int g_type = 0;
const char* g_receiver = nullptr;
bool g_watchingDispatcher = false;

// The longest so far: written on the application's thread, read by report() from any.
QMutex g_longestMutex;
qint64 g_longestNs = -1;
int g_longestType = 0;
const char* g_longestReceiver = nullptr;

void watchDispatcher()
{
    g_watchingDispatcher = true;
    auto* dispatcher = QAbstractEventDispatcher::instance(QCoreApplication::instance()->thread());
    if (!dispatcher)
        return;
    QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher, [] {
        if (g_depth > 0 && g_start >= 0) {
            g_busy += now() - g_start;
            g_start = -1;
        }
    });
    QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, dispatcher, [] {
        if (g_depth > 0 && g_start < 0)
            g_start = now();
    });
}

} // namespace

void EventScope::begin(QObject* receiver, QEvent* event)
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return;
    m_counted = true;
    if (g_depth++ > 0)
        return;
    if (!g_watchingDispatcher)
        watchDispatcher();
    g_type = int(event->type());
    g_receiver =
        receiver ? receiver->metaObject()->className() : nullptr; // before delivery: it may delete it
    g_busy = 0;
    g_start = now();
}

void EventScope::end()
{
    if (--g_depth > 0)
        return;
    const qint64 ns = g_busy + (g_start >= 0 ? now() - g_start : 0);
    record("guiEvent", ns);
    if (ns > g_longestNs) {
        QMutexLocker lock(&g_longestMutex);
        g_longestNs = ns;
        g_longestType = g_type;
        g_longestReceiver = g_receiver;
    }
}

namespace detail {

QJsonObject longestEvent()
{
    QMutexLocker lock(&g_longestMutex);
    if (g_longestNs < 0)
        return {};
    const char* type = QMetaEnum::fromType<QEvent::Type>().valueToKey(g_longestType);
    return QJsonObject{
        {QStringLiteral("ms"), double(g_longestNs) / 1e6},
        {QStringLiteral("event"), type ? QString::fromLatin1(type) : QString::number(g_longestType)},
        {QStringLiteral("receiver"), g_longestReceiver ? QString::fromLatin1(g_longestReceiver) : QString()}};
}

void resetLongestEvent()
{
    QMutexLocker lock(&g_longestMutex);
    g_longestNs = -1;
    g_longestType = 0;
    g_longestReceiver = nullptr;
}

} // namespace detail

} // namespace kaleido::bench
