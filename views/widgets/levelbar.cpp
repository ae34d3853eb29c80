// SPDX-License-Identifier: GPL-2.0-or-later
#include "levelbar.h"

#include "units.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace kaleido {

LevelBar::LevelBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LevelBar::setLevel(quint64 value, quint64 limit, const QString& valueLabel, const QString& limitLabel,
                        bool enforced)
{
    m_value = value;
    m_limit = limit;
    m_valueLabel = valueLabel;
    m_limitLabel = limitLabel;
    m_enforced = enforced;
    setToolTip(text() + QLatin1Char('\n') +
               (enforced ? tr("The line marks a limit the kernel enforces.")
                         : tr("The dashed line marks a limit the kernel shows but does not enforce.")));
    update();
}

QString LevelBar::text() const
{
    const QString share =
        m_limit == 0 ? QString() : QLocale().toString(100.0 * double(m_value) / double(m_limit), 'f', 1);
    if (share.isEmpty())
        return tr("%1 %2 of %3 %4")
            .arg(m_valueLabel, Units::formatBytes(m_value), m_limitLabel, Units::formatBytes(m_limit));
    return tr("%1 %2 of %3 %4 (%5 %)")
        .arg(m_valueLabel, Units::formatBytes(m_value), m_limitLabel, Units::formatBytes(m_limit), share);
}

QSize LevelBar::sizeHint() const
{
    return {320, fontMetrics().height() * 2 + 10};
}

QSize LevelBar::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 2 + 10};
}

void LevelBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF bar = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);

    // The scale leaves room past the larger of the two, so the limit line never sits on the border.
    const double top = std::max<double>({double(m_value), double(m_limit), 1.0}) * 1.08;
    const auto xOf = [&](double v) { return bar.left() + bar.width() * std::clamp(v / top, 0.0, 1.0); };

    QPainterPath track;
    track.addRoundedRect(bar, 4, 4);
    p.fillPath(track, pal.color(QPalette::Base));

    QColor fill = pal.color(QPalette::Highlight);
    if (m_limit != 0 && m_value > m_limit)
        fill = m_enforced ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf0, 0xa0, 0x00);
    fill.setAlpha(170);
    p.save();
    p.setClipPath(track);
    p.fillRect(QRectF(bar.topLeft(), QPointF(xOf(double(m_value)), bar.bottom())), fill);
    p.restore();

    if (m_limit != 0) {
        QPen pen(pal.color(QPalette::WindowText), 2, m_enforced ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        const double x = xOf(double(m_limit));
        p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawPath(track);

    // Two lines of text: the amount on the first, the limit on the second, left aligned in the bar.
    p.setPen(pal.color(QPalette::Text));
    const QRectF textArea = bar.adjusted(6, 3, -6, -3);
    const QString first = tr("%1: %2").arg(m_valueLabel, Units::formatBytes(m_value));
    QString second = tr("%1: %2").arg(m_limitLabel, Units::formatBytes(m_limit));
    if (m_limit != 0)
        second += QStringLiteral("  ·  ") +
                  tr("%1 % used").arg(QLocale().toString(100.0 * double(m_value) / double(m_limit), 'f', 1));
    if (!m_enforced)
        second += QStringLiteral("  ·  ") + tr("not enforced");
    p.drawText(textArea, Qt::AlignLeft | Qt::AlignTop, first);
    p.drawText(textArea, Qt::AlignLeft | Qt::AlignBottom, second);
}

} // namespace kaleido
