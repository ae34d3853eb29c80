// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

struct MemInfo;

/**
 * One line of the Memory ▸ Overview chart: which /proc/meminfo value it plots, its colour and a one-sentence
 * explanation for learners. Labels and explanations are translated when shown, not when stored.
 */
struct MemorySeries
{
    const char* field;       ///< /proc/meminfo field name, or a derived name (SwapUsed)
    const char* label;       ///< QT_TRANSLATE_NOOP in context "kaleido::MemorySeries"
    const char* explanation; ///< QT_TRANSLATE_NOOP in context "kaleido::MemorySeries"
    QColor color;

    QString translatedLabel() const;
    QString translatedExplanation() const;
    QString key() const; ///< the field name as a QString, stable across translations

    /// The series' value in bytes in @p info, if the kernel reported it.
    std::optional<quint64> valueIn(const MemInfo& info) const;
};

/// The series of the overview chart, in legend order.
const QList<MemorySeries>& memorySeries();

} // namespace kaleido
