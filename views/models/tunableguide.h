// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace kaleido {

/// The unit of a tunable's value, for showing it with the value.
enum class TunableUnit
{
    None,         ///< a plain number (swappiness)
    Percent,      ///< overcommit_ratio
    KiB,          ///< min_free_kbytes, overcommit_kbytes
    Milliseconds, ///< the khugepaged and KSM pauses
    Pages,        ///< pages_to_scan, max_ptes_none
    ScaleFactor,  ///< watermark_scale_factor: ten-thousandths of a zone's memory
    Choice,       ///< an enumeration, by number (overcommit_memory, ksm.run) or by word (thp.enabled)
    Action,       ///< write-only triggers: drop_caches, compact_memory
};

/// One accepted value of an enumeration and what choosing it does.
struct TunableChoice
{
    QString value;   ///< as written to the kernel: "2", "madvise"
    QString name;    ///< a few words: "strict", "only where asked"
    QString meaning; ///< one or two sentences
};

/**
 * What Memory ▸ Tunables says about a setting beyond the one-line description of the privileged table: its
 * unit, a plain explanation, and for enumerations (numbered ones too) what each value does. Translated
 * (context "kaleido::TunableGuide"). Unknown keys get an empty guide.
 */
struct TunableGuide
{
    TunableUnit unit = TunableUnit::None;
    QString explanation;
    QList<TunableChoice> choices;

    /// The choice for @p value, or nullptr.
    const TunableChoice* choice(const QString& value) const;
};

TunableGuide tunableGuide(QStringView key);

/// The value with its unit, short, for tables: "67,584 KiB", "50 %", "10,000 ms", "4,096 pages",
/// "10 (0.10 %)", "2 (strict)", "madvise". Values that are not numbers where one is expected come back as is.
QString formatTunableValue(QStringView key, const QString& value);

/// The same with a conversion where it helps: "67,584 KiB (66.0 MiB)", "10,000 ms (10 s)",
/// "4,096 pages (16.0 MiB)" with @p pageSize bytes per page.
QString describeTunableValue(QStringView key, const QString& value, quint64 pageSize = 4096);

/// "A whole number from 0 to 200 %" or "one of: always, madvise, never": what the setting takes, in words.
QString describeAccepted(QStringView key);

} // namespace kaleido
