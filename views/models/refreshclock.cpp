// SPDX-License-Identifier: GPL-2.0-or-later
#include "refreshclock.h"

#include <QLocale>

namespace kaleido {

RefreshClock::RefreshClock(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RefreshClock::tick);
}

void RefreshClock::setIntervalMs(int ms)
{
    ms = qBound(100, ms, 60000);
    if (ms == m_timer.interval())
        return;
    m_timer.setInterval(ms); // restarts the timer if it runs
    Q_EMIT intervalChanged(ms);
}

void RefreshClock::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_started) {
        if (paused) {
            m_timer.stop();
        } else {
            m_timer.start();
            Q_EMIT tick(); // resuming shows the present at once
        }
    }
    Q_EMIT pausedChanged(paused);
}

void RefreshClock::start()
{
    m_started = true;
    if (!m_paused) {
        m_timer.start();
        Q_EMIT tick();
    }
}

QString RefreshClock::intervalText(int ms)
{
    //: a refresh interval in seconds, e.g. "0.5 s"
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'g', 3));
}

QString RefreshClock::stateText() const
{
    if (m_paused)
        return tr("Refresh paused");
    return tr("Refreshing every %1").arg(intervalText(intervalMs()));
}

} // namespace kaleido
