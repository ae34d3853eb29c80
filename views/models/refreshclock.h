// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

namespace kaleido {

/**
 * The application's single refresh pulse: every live view samples on tick(). One clock means one setting for the
 * user (pause, 0.5/1/2/5 s) and views that agree about "now".
 */
class RefreshClock : public QObject
{
    Q_OBJECT
public:
    explicit RefreshClock(QObject* parent = nullptr);

    static QList<int> standardIntervalsMs() { return {500, 1000, 2000, 5000}; }

    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int ms);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    /// Starts ticking (unless paused) and ticks once at once so views fill without waiting a period.
    void start();

    /// "every 1 s", "every 0.5 s", "paused" — for the status bar.
    QString stateText() const;
    /// "0.5 s", "2 s".
    static QString intervalText(int ms);

Q_SIGNALS:
    void tick();
    void intervalChanged(int ms);
    void pausedChanged(bool paused);

private:
    QTimer m_timer;
    bool m_paused = false;
    bool m_started = false;
};

} // namespace kaleido
