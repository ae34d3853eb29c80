// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "benchprobe.h"

#include <QJsonObject>

namespace kaleido::bench {

/**
 * Measures how long the GUI thread is busy with each outermost event dispatch, recorded as "guiEvent": its
 * maximum is the longest GUI-thread stall. Put one first in the application's QCoreApplication::notify()
 * override:
 *
 *     bool notify(QObject* receiver, QEvent* event) override
 *     {
 *         bench::EventScope scope(receiver, event);
 *         return QApplication::notify(receiver, event);
 *     }
 *
 * Every event delivered on the application's thread counts — timers (the refresh tick), queued signals from
 * worker threads, UpdateRequest (painting: the paint events it sends are nested, so part of it), input,
 * expose and deferred deletes. Only the outermost dispatch is recorded, so nested sendEvent()s are not
 * counted twice; if a handler runs a nested event loop (a modal dialog's exec()), the time that loop spends
 * asleep is left out (via the event dispatcher's aboutToBlock()/awake(), signals it emits anyway: no timer,
 * no extra wakeup). Events on other threads are ignored. Off unless bench::enabled(); then the cost is one
 * atomic load.
 */
class EventScope
{
public:
    EventScope(QObject* receiver, QEvent* event)
    {
        if (enabled())
            begin(receiver, event);
    }
    ~EventScope()
    {
        if (m_counted)
            end();
    }
    EventScope(const EventScope&) = delete;
    EventScope& operator=(const EventScope&) = delete;

private:
    void begin(QObject* receiver, QEvent* event);
    void end();

    bool m_counted = false;
};

namespace detail {
/// {"ms", "event" (QEvent::Type name), "receiver" (class name)} of the longest "guiEvent" so far; empty if
/// none.
QJsonObject longestEvent();
void resetLongestEvent();
} // namespace detail

} // namespace kaleido::bench
