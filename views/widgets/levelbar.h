// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

namespace kaleido {

/**
 * A horizontal bar of an amount against a limit, both named and shown with units inside the bar:
 * Committed_AS against CommitLimit, swap used against SwapTotal. The limit is a solid line when it is
 * enforced and a dashed one when it is only a reference; an amount past an enforced limit turns red, past one
 * that is not enforced amber.
 */
class LevelBar : public QWidget
{
    Q_OBJECT

public:
    explicit LevelBar(QWidget* parent = nullptr);

    /// @p value and @p limit in bytes; the labels name them ("Committed_AS", "CommitLimit").
    void setLevel(quint64 value, quint64 limit, const QString& valueLabel, const QString& limitLabel,
                  bool enforced);

    quint64 value() const { return m_value; }
    quint64 limit() const { return m_limit; }
    bool isEnforced() const { return m_enforced; }
    /// What the bar says, as text: "Committed_AS 884 MiB of CommitLimit 11.8 GiB (7.3 %)".
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    quint64 m_value = 0;
    quint64 m_limit = 0;
    QString m_valueLabel;
    QString m_limitLabel;
    bool m_enforced = true;
};

} // namespace kaleido
