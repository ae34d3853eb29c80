// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

class QProcess;
class QTimer;

namespace kaleido {

/// A graph as graphviz laid it out, in points (1/72 inch) with y growing downwards, ready for a scene.
struct PlainLayout
{
    struct Edge
    {
        QString from;
        QString to;
        QList<QPointF> points; ///< 3k+1 B-spline control points: p0, then (c1, c2, p) per cubic segment
        bool dashed = false;
    };

    QSizeF size;
    QHash<QString, QRectF> nodes;
    QList<Edge> edges;
};

/**
 * Runs graphviz's `dot -Tplain` as a separate program (graphviz is never linked into Kaleido) and parses its
 * output. One layout runs at a time; asking for another while one runs replaces any waiting request, so only
 * the latest graph is laid out next (latest wins). A run that takes longer than the timeout is stopped.
 * Without `dot` installed, layout() fails at once with a message that says to install graphviz.
 */
class GraphLayout : public QObject
{
    Q_OBJECT
public:
    explicit GraphLayout(QObject* parent = nullptr);
    ~GraphLayout() override;

    /// Parses `dot -Tplain` output (graphviz.org/docs/outputs/plain): inches, origin bottom left.
    static Result<PlainLayout> parsePlainLayout(QByteArrayView plain);

    /// The `dot` program found in PATH, or empty.
    static QString findDot();
    static bool available() { return !findDot().isEmpty(); }

    /// Uses @p program instead of the `dot` found in PATH (tests: a missing or slow program).
    void setProgram(const QString& program);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// Lays @p dot out; finished() or failed() follows. The same text as the last layout is answered from
    /// the cache without running dot again.
    void layout(const QByteArray& dot);
    bool isRunning() const;
    int runs() const { return m_runs; }

Q_SIGNALS:
    void finished(const kaleido::PlainLayout& layout);
    void failed(const QString& message);

private:
    void start(const QByteArray& dot);
    void onFinished();

    QString m_program;
    bool m_programSet = false;
    int m_timeoutMs = 5000;
    QProcess* m_process = nullptr;
    QTimer* m_timer = nullptr;
    QByteArray m_running;
    std::optional<QByteArray> m_pending;
    QByteArray m_cachedDot;
    std::optional<PlainLayout> m_cached;
    int m_runs = 0;
};

} // namespace kaleido

Q_DECLARE_METATYPE(kaleido::PlainLayout)
