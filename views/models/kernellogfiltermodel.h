// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>
#include <utility>

namespace kaleido {

/**
 * Which rows of a KernelLogModel the Kernel log page shows: by level (a bit per priority, bit 0 = emerg),
 * by facility (empty = all), by text (case-insensitive, plain or a regular expression, in the message and
 * the device), by module (messages that begin with "name:", as the kernel's pr_fmt writes them, or that name
 * the module in brackets), and by a range of sequence numbers (an operation's lines). Rows that say records
 * were lost pass the level and facility filters, but not a text, module or range filter.
 *
 * The rows keep the log's order; this proxy does not sort.
 */
class KernelLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr quint8 allLevels = 0xff;

    explicit KernelLogFilterModel(QObject* parent = nullptr);

    quint8 levels() const { return m_levels; }
    void setLevels(quint8 mask);
    QSet<int> facilities() const { return m_facilities; }
    void setFacilities(const QSet<int>& facilities);
    /// An invalid regular expression filters nothing out (textError() says why).
    void setText(const QString& text, bool regex = false);
    QString text() const { return m_text; }
    bool isRegex() const { return m_regex; }
    /// Empty when the text is usable; otherwise the regular expression's error.
    QString textError() const { return m_textError; }
    void setModule(const QString& module);
    QString module() const { return m_module; }
    void setSequenceRange(std::optional<std::pair<quint64, quint64>> range);
    std::optional<std::pair<quint64, quint64>> sequenceRange() const { return m_range; }

    /// Whether any filter hides rows.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    quint8 m_levels = allLevels;
    QSet<int> m_facilities;
    QString m_text;
    bool m_regex = false;
    QRegularExpression m_pattern;
    QString m_textError;
    QString m_module;
    std::optional<std::pair<quint64, quint64>> m_range;
};

} // namespace kaleido
