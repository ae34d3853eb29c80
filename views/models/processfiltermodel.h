// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace kaleido {

/**
 * Sorts ProcessModel by raw values (SortRole) and filters it: find by name, command line, user or PID;
 * only one user's processes; kernel threads hidden. In the tree layouts a match keeps its ancestors visible,
 * so a found process is seen where it lives.
 */
class ProcessFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProcessFilterModel(QObject* parent = nullptr);

    QString findText() const { return m_text; }
    /// Case-insensitive words, all of which must match; a number also matches a PID or TID exactly.
    void setFindText(const QString& text);

    /// Show only processes of @p uid (and their ancestors in the tree layouts); std::nullopt: everyone's.
    void setOnlyUser(std::optional<quint32> uid);
    std::optional<quint32> onlyUser() const { return m_onlyUser; }

    void setHideKernelThreads(bool hide);
    bool hideKernelThreads() const { return m_hideKernelThreads; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QString m_text;
    QStringList m_words;
    std::optional<quint32> m_onlyUser;
    bool m_hideKernelThreads = false;
};

} // namespace kaleido
