// SPDX-License-Identifier: GPL-2.0-or-later
#include "graphlayout.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace kaleido {

namespace {

constexpr double pointsPerInch = 72.0;

/// Splits one line of plain output into words; "quoted words" may hold spaces and \" escapes.
QList<QByteArray> words(QByteArrayView line)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
        if (i >= line.size())
            break;
        QByteArray word;
        if (line[i] == '"') {
            ++i;
            while (i < line.size() && line[i] != '"') {
                if (line[i] == '\\' && i + 1 < line.size())
                    ++i;
                word += line[i++];
            }
            ++i; // closing quote
        } else {
            while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
                word += line[i++];
        }
        out.append(word);
    }
    return out;
}

std::optional<double> number(const QByteArray& word)
{
    bool ok = false;
    const double v = word.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

Result<PlainLayout> GraphLayout::parsePlainLayout(QByteArrayView plain)
{
    const QString path = QStringLiteral("dot -Tplain");
    PlainLayout layout;
    double height = 0;
    bool haveGraph = false;
    bool stopped = false;
    int lineNumber = 0;
    for (const QByteArray& line : QByteArray(plain.data(), plain.size()).split('\n')) {
        ++lineNumber;
        const QList<QByteArray> w = words(line);
        if (w.isEmpty())
            continue;
        if (w[0] == "graph") {
            if (w.size() < 4)
                return Error::malformed(path, lineNumber,
                                        QStringLiteral("graph needs scale, width and height"));
            const auto width = number(w[2]);
            const auto h = number(w[3]);
            if (!width || !h)
                return Error::malformed(path, lineNumber, QStringLiteral("graph size is not a number"));
            height = *h;
            layout.size = QSizeF(*width * pointsPerInch, *h * pointsPerInch);
            haveGraph = true;
        } else if (w[0] == "node") {
            if (!haveGraph || w.size() < 6)
                return Error::malformed(path, lineNumber,
                                        QStringLiteral("node needs name, x, y, width, height"));
            const auto x = number(w[2]), y = number(w[3]), width = number(w[4]), h = number(w[5]);
            if (!x || !y || !width || !h)
                return Error::malformed(path, lineNumber, QStringLiteral("node position is not a number"));
            const QPointF centre(*x * pointsPerInch, (height - *y) * pointsPerInch);
            const QSizeF size(*width * pointsPerInch, *h * pointsPerInch);
            layout.nodes.insert(QString::fromUtf8(w[1]),
                                QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size));
        } else if (w[0] == "edge") {
            if (!haveGraph || w.size() < 4)
                return Error::malformed(path, lineNumber, QStringLiteral("edge needs tail, head and points"));
            bool ok = false;
            const int n = w[3].toInt(&ok);
            if (!ok || n < 1 || w.size() < 4 + 2 * n)
                return Error::malformed(path, lineNumber, QStringLiteral("edge point count does not match"));
            PlainLayout::Edge edge{QString::fromUtf8(w[1]), QString::fromUtf8(w[2]), {}, false};
            for (int i = 0; i < n; ++i) {
                const auto x = number(w[4 + 2 * i]), y = number(w[5 + 2 * i]);
                if (!x || !y)
                    return Error::malformed(path, lineNumber, QStringLiteral("edge point is not a number"));
                edge.points.append(QPointF(*x * pointsPerInch, (height - *y) * pointsPerInch));
            }
            for (qsizetype i = 4 + 2 * n; i < w.size(); ++i)
                edge.dashed = edge.dashed || w[i] == "dashed";
            layout.edges.append(edge);
        } else if (w[0] == "stop") {
            stopped = true;
            break;
        }
    }
    if (!haveGraph)
        return Error::malformed(path, 0, QStringLiteral("no graph line"));
    if (!stopped)
        return Error::malformed(path, lineNumber, QStringLiteral("output ends before \"stop\""));
    return layout;
}

GraphLayout::GraphLayout(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill(); // finished() follows, with a crash exit
    });
}

GraphLayout::~GraphLayout()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString GraphLayout::findDot()
{
    return QStandardPaths::findExecutable(QStringLiteral("dot"));
}

void GraphLayout::setProgram(const QString& program)
{
    m_program = program;
    m_programSet = true;
}

bool GraphLayout::isRunning() const
{
    return m_process != nullptr;
}

void GraphLayout::layout(const QByteArray& dot)
{
    if (m_process) {
        m_pending = dot;
        return;
    }
    if (m_cached && dot == m_cachedDot) {
        const PlainLayout cached = *m_cached;
        QTimer::singleShot(0, this, [this, cached] { Q_EMIT finished(cached); });
        return;
    }
    start(dot);
}

void GraphLayout::start(const QByteArray& dot)
{
    const QString program = m_programSet ? m_program : findDot();
    if (program.isEmpty() ||
        (m_programSet && QStandardPaths::findExecutable(program).isEmpty() && !QFileInfo::exists(program))) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("The graph needs graphviz's “dot” program, which is not installed. Install the "
                             "graphviz package to see it; the unload order works without it."));
        });
        return;
    }
    ++m_runs;
    m_running = dot;
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, &GraphLayout::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished();
    });
    m_process->start(program, {QStringLiteral("-Tplain")});
    m_process->write(dot);
    m_process->closeWriteChannel();
    m_timer->start(m_timeoutMs);
}

void GraphLayout::onFinished()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    m_timer->stop();
    process->disconnect(this);
    process->deleteLater();

    if (m_pending) {
        // A newer graph is waiting: this result is already out of date.
        const QByteArray next = *m_pending;
        m_pending.reset();
        layout(next);
        return;
    }
    if (process->error() == QProcess::FailedToStart) {
        Q_EMIT failed(tr("graphviz's “dot” could not be started: %1").arg(process->errorString()));
        return;
    }
    if (process->exitStatus() != QProcess::NormalExit) {
        Q_EMIT failed(tr("graphviz's “dot” took longer than %n second(s) and was stopped.", nullptr,
                         qMax(1, m_timeoutMs / 1000)));
        return;
    }
    if (process->exitCode() != 0) {
        Q_EMIT failed(tr("graphviz's “dot” failed: %1")
                          .arg(QString::fromLocal8Bit(process->readAllStandardError()).trimmed()));
        return;
    }
    auto parsed = parsePlainLayout(process->readAllStandardOutput());
    if (!parsed) {
        Q_EMIT failed(
            tr("graphviz's “dot” gave output Kaleido could not read: %1").arg(parsed.error().message()));
        return;
    }
    m_cachedDot = m_running;
    m_cached = *parsed;
    Q_EMIT finished(*parsed);
}

} // namespace kaleido
