// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "zonessample.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace kaleido {

/**
 * One zone's free lists split by migrate type, from /proc/pagetypeinfo: a row per type (Unmovable, Movable,
 * Reclaimable, HighAtomic, CMA, Isolate — what the kernel has), a column per order with the number of free
 * blocks, then the free memory of the type and how many page blocks (2^pageBlockOrder pages each) are of that
 * type. The orders and types come from the file. Without pagetypeinfo in the sample (root-only) the model has
 * no rows and emptyReason() says why: it never shows zeros that were not read.
 */
class MigrateTypesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        SortRole = Qt::UserRole + 460, ///< the raw number (the type's name on the type column)
        TypeRole,                      ///< QString: the migrate type of the row
    };

    static constexpr int TypeColumn = 0;
    static constexpr int FirstOrderColumn = 1;

    explicit MigrateTypesModel(QObject* parent = nullptr);

    ZoneKey zone() const { return m_zone; }
    void setZone(const ZoneKey& zone);
    void setSample(const ZonesSamplePtr& sample);
    void clear();

    bool hasData() const { return !m_rows.isEmpty(); }
    QString emptyReason() const { return m_emptyReason; }

    int orderCount() const { return int(m_orderCount); }
    int bytesColumn() const { return FirstOrderColumn + orderCount(); }
    int pageBlocksColumn() const { return bytesColumn() + 1; }
    std::optional<int> pageBlockOrder() const { return m_pageBlockOrder; }
    std::optional<quint64> pagesPerBlock() const { return m_pagesPerBlock; }

    /// The row of migrate type @p type, or -1.
    int rowOf(QStringView type) const;
    quint64 freeBlocks(int row, int order) const;
    quint64 freeBytes(int row) const;
    std::optional<quint64> pageBlocks(int row) const;

    /// What a migrate type is for, in a sentence or two (empty for types this version does not know).
    static QString typeExplanation(QStringView type);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString type;
        QList<quint64> freeBlocks; ///< index = order
        std::optional<quint64> pageBlocks;
    };
    void rebuild();

    ZoneKey m_zone;
    ZonesSamplePtr m_sample;
    QList<Row> m_rows;
    qsizetype m_orderCount = 0;
    quint64 m_pageSize = 4096;
    std::optional<int> m_pageBlockOrder;
    std::optional<quint64> m_pagesPerBlock;
    QString m_emptyReason;
};

} // namespace kaleido
