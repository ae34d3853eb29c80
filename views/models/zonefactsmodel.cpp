// SPDX-License-Identifier: GPL-2.0-or-later
#include "zonefactsmodel.h"

#include "units.h"

#include <QLocale>

namespace kaleido {

ZoneFactsModel::ZoneFactsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ZoneFactsModel::setZone(const ZoneKey& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    rebuild();
}

void ZoneFactsModel::setSample(const ZonesSamplePtr& sample)
{
    m_sample = sample;
    rebuild();
}

ZoneFactsModel::Pressure ZoneFactsModel::pressureOf(const ZoneInfo::Zone& zone)
{
    if (!zone.isPopulated())
        return Pressure::Empty;
    const auto free = zone.freePages();
    const auto min = zone.min();
    const auto low = zone.low();
    const auto high = zone.high();
    if (!free || !min || !low || !high)
        return Pressure::Unknown;
    if (*free > *high)
        return Pressure::AboveHigh;
    if (*free > *low)
        return Pressure::AboveLow;
    if (*free > *min)
        return Pressure::AboveMin;
    return Pressure::AtOrBelowMin;
}

QString ZoneFactsModel::pressureText(Pressure pressure)
{
    switch (pressure) {
    case Pressure::Unknown:
        return tr("unknown: a watermark or the free count is missing");
    case Pressure::Empty:
        return tr("no memory in this zone");
    case Pressure::AboveHigh:
        return tr("above high: kswapd sleeps");
    case Pressure::AboveLow:
        return tr("between low and high: kswapd, once woken, reclaims until high");
    case Pressure::AboveMin:
        return tr("below low: kswapd is reclaiming in the background");
    case Pressure::AtOrBelowMin:
        return tr("at or below min: allocations must reclaim first (stalls)");
    }
    return {};
}

void ZoneFactsModel::rebuild()
{
    QList<Row> rows;
    const ZoneInfo::Zone* zone = m_sample && m_zone.isValid() ? m_sample->zone(m_zone) : nullptr;
    if (zone) {
        auto pages = [&rows](const QString& key, const QString& name, const QString& explanation,
                             std::optional<quint64> value) {
            rows.append(Row{key, name, explanation, value, true, QString()});
        };
        rows.append(
            Row{QStringLiteral("pressure"), tr("State"),
                tr("Where the free memory stands against the min, low and high watermarks: this decides "
                   "whether kswapd sleeps, reclaims in the background, or allocations have to wait."),
                std::nullopt, false, pressureText(pressureOf(*zone))});
        pages(QStringLiteral("free"), tr("Free"),
              tr("Memory the buddy allocator can hand out now (\"pages free\")."), zone->freePages());
        pages(QStringLiteral("min"), tr("Min watermark"),
              tr("Below this an allocating task must reclaim memory itself before it gets any (direct "
                 "reclaim); only urgent kernel allocations may go lower. Set from vm.min_free_kbytes."),
              zone->min());
        pages(
            QStringLiteral("low"), tr("Low watermark"),
            tr("Below this the kernel wakes kswapd to reclaim memory in the background. The gap to min grows "
               "with vm.watermark_scale_factor."),
            zone->low());
        pages(QStringLiteral("high"), tr("High watermark"),
              tr("kswapd reclaims until free memory is above this, then sleeps again."), zone->high());
        if (const auto promo = zone->field("promo"))
            pages(
                QStringLiteral("promo"), tr("Promo watermark"),
                tr("Used by memory tiering: pages are promoted from slower memory into this node only while "
                   "it has more than this free."),
                promo);
        if (const auto boost = zone->boost())
            pages(QStringLiteral("boost"), tr("Watermark boost"),
                  tr("Added to every watermark for a while after the allocator had to mix migrate types "
                     "(vm.watermark_boost_factor), so kswapd reclaims and compacts a little more. The "
                     "watermarks above already include it."),
                  boost);
        pages(QStringLiteral("spanned"), tr("Spanned"),
              tr("The zone's range, from its first to its last page frame, holes included."),
              zone->spanned());
        pages(QStringLiteral("present"), tr("Present"), tr("RAM that really exists within that range."),
              zone->present());
        pages(QStringLiteral("managed"), tr("Managed"),
              tr("What the buddy allocator manages: the present pages minus what was set aside at boot."),
              zone->managed());
        const auto spanned = zone->spanned();
        const auto present = zone->present();
        const auto managed = zone->managed();
        if (spanned && present && *spanned >= *present)
            pages(QStringLiteral("holes"), tr("Holes (spanned − present)"),
                  tr("Parts of the range with no RAM behind them, such as the gap below 4 GiB kept "
                     "for devices."),
                  *spanned - *present);
        if (present && managed && *present >= *managed)
            pages(QStringLiteral("reserved"), tr("Reserved (present − managed)"),
                  tr("RAM of the zone the allocator never sees: the kernel's code and data, the struct page "
                     "array, crash-kernel and firmware reservations."),
                  *present - *managed);
        if (const auto cma = zone->cma())
            pages(QStringLiteral("cma"), tr("CMA"),
                  tr("Memory reserved for the contiguous memory allocator: lent to movable pages until a "
                     "driver needs a large contiguous buffer."),
                  cma);
        if (const auto pfn = zone->startPfn()) {
            const quint64 address = pagesToBytes(*pfn, m_sample->pageSize);
            const QString hex = QStringLiteral("0x%1").arg(address, 0, 16);
            rows.append(Row{QStringLiteral("start_pfn"), tr("Starts at"),
                            tr("The zone's first physical page: its number (the page frame number) is in the "
                               "Pages column; times the page size it gives the physical address where the "
                               "zone begins, here %1.")
                                .arg(hex),
                            pfn, false, Units::formatBytes(address)});
        }

        // Protection: one entry per zone index of the node; entries up to this zone's own index are 0.
        QStringList names;
        for (const ZoneInfo::Zone& other : m_sample->zoneinfo->zones) {
            if (other.node == zone->node)
                names.append(other.name);
        }
        const qsizetype own = names.indexOf(zone->name);
        if (zone->protection.isEmpty()) {
            rows.append(Row{QStringLiteral("protection"), tr("Protection"),
                            tr("This kernel printed no protection line for the zone."), std::nullopt, true,
                            QString()});
        }
        for (qsizetype j = 0; j < zone->protection.size(); ++j) {
            if (own >= 0 && j <= own)
                continue;
            const QString higher = j < names.size() ? names.at(j) : tr("zone %1").arg(j);
            pages(QStringLiteral("protection:") + higher, tr("Protection from %1").arg(higher),
                  tr("lowmem_reserve: an allocation that could have used %1 may fall back to this zone only "
                     "while it keeps this much free above its watermark, so that memory only lower zones can "
                     "give (e.g. for devices limited to 32-bit addresses) is not used up by ordinary "
                     "allocations. Scaled by vm.lowmem_reserve_ratio.")
                      .arg(higher),
                  zone->protection.at(j));
        }
    }

    const bool sameRows =
        rows.size() == m_rows.size() && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                                   [](const Row& a, const Row& b) { return a.key == b.key; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ZoneFactsModel::rowOf(const QString& key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).key == key)
            return r;
    }
    return -1;
}

int ZoneFactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ZoneFactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZoneFactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (role == Qt::ToolTipRole)
        return row.explanation;
    const quint64 pageSize = m_sample ? m_sample->pageSize : 4096;
    switch (index.column()) {
    case FactColumn:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.name) : QVariant();
    case ValueColumn:
        if (role == Qt::DisplayRole) {
            if (!row.isPages)
                return row.text;
            return row.pages ? Units::formatBytes(pagesToBytes(*row.pages, pageSize)) : tr("not reported");
        }
        if (role == SortRole) {
            if (row.pages)
                return *row.pages;
            return row.isPages ? QVariant() : QVariant(row.text);
        }
        if (role == Qt::TextAlignmentRole && (row.isPages || row.pages))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PagesColumn:
        if (!row.pages)
            return {};
        if (role == Qt::DisplayRole)
            return QLocale().toString(*row.pages);
        if (role == SortRole)
            return *row.pages;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ZoneFactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FactColumn:
            return tr("Fact");
        case ValueColumn:
            return tr("Value");
        case PagesColumn:
            return tr("Pages");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FactColumn:
            return tr("What /proc/zoneinfo says about the selected zone; hover a row for its meaning");
        case ValueColumn:
            return tr("The figure in bytes (pages × page size), or in words");
        case PagesColumn:
            return tr("The figure as the kernel prints it, in pages");
        default:
            return {};
        }
    }
    return {};
}

} // namespace kaleido
