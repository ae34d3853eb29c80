// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunableguide.h"

#include "tunables.h"
#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace kaleido {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("kaleido::TunableGuide", text);
}

struct ChoiceText
{
    const char* value;
    const char* name;
    const char* meaning;
};

struct GuideText
{
    const char* key;
    TunableUnit unit;
    const char* explanation;
    std::initializer_list<ChoiceText> choices;
};

// Written for this page from the kernel's documentation (admin-guide/sysctl/vm.rst,
// admin-guide/mm/transhuge.rst, admin-guide/mm/ksm.rst, mm/overcommit-accounting.rst) and the research notes;
// plain words first, kernel names where the user will meet them again in the live figures.
const std::array<GuideText, 20>& guides()
{
    static const std::array<GuideText, 20> table{{
        {"vm.overcommit_memory",
         TunableUnit::Choice,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "Programs reserve memory (malloc, mmap, fork) long before they touch it, and often "
             "never do. This setting decides whether the kernel checks those reservations "
             "against what it could really supply. The running total of reservations is "
             "Committed_AS; the most the kernel would promise is CommitLimit. With mode 0 or 1, "
             "running out shows up later, when the OOM killer ends a process; with mode 2 a "
             "program is told at once (malloc returns NULL, fork fails)."),
         {{"0", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "heuristic"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "The default. Grants nearly every request and refuses only a single one larger "
                             "than all RAM and swap. CommitLimit is shown but not enforced.")},
          {"1", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "always"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Grants every request, however large: for programs that reserve huge sparse "
                             "areas. CommitLimit is not enforced; running out is left to the OOM killer.")},
          {"2", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "strict"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Refuses any request that would take Committed_AS to CommitLimit. Nothing is "
                             "promised that cannot be kept, but a large process may fail to fork.")}}},
        {"vm.overcommit_ratio",
         TunableUnit::Percent,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "Sets CommitLimit, which only strict mode (overcommit_memory 2) enforces: the share "
             "of RAM, less the huge page pools, that may be promised on top of swap. "
             "CommitLimit = (RAM − huge pages) × ratio / 100 + swap. Writing it sets "
             "overcommit_kbytes to 0."),
         {}},
        {"vm.overcommit_kbytes",
         TunableUnit::KiB,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "The same limit as an amount instead of a share: when it is not 0, CommitLimit = "
                           "overcommit_kbytes + swap and the ratio is ignored. Writing any value here, 0 "
                           "included, sets overcommit_ratio to 0; to go back to a ratio, write the ratio."),
         {}},
        {"vm.swappiness",
         TunableUnit::None,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "When memory runs short the kernel can drop file pages from the page cache (they "
             "can be read again from disk) or write program memory to swap. Swappiness weighs "
             "the two: 0 swaps only when nothing else is left, 100 treats them alike, and up to "
             "200 prefers swapping, which suits fast swap such as zram. Without swap it has "
             "nothing to act on."),
         {}},
        {"vm.min_free_kbytes",
         TunableUnit::KiB,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "The reserve of free memory kept for allocations that cannot wait, such as those of "
             "interrupt handlers and of the reclaim code itself. It is split over the zones in "
             "proportion to their size and becomes each zone's min watermark; low and high sit "
             "above it. More makes kswapd start earlier and leaves more memory idle. Too little "
             "can hang the system under pressure; far too much starves programs and wakes the "
             "OOM killer."),
         {}},
        {"vm.watermark_scale_factor",
         TunableUnit::ScaleFactor,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "The gap between the zones' watermarks, in ten-thousandths of each zone's memory "
                           "(10 is 0.1 %), and at least a quarter of min. kswapd, the background reclaimer, "
                           "wakes when free memory falls below low and sleeps again above high. A wider gap "
                           "makes it start earlier and free more each time, so programs less often have to "
                           "reclaim memory themselves (direct reclaim, counted in allocstall)."),
         {}},
        {"vm.drop_caches",
         TunableUnit::Action,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "An action, not a setting: it frees memory the kernel only keeps as a cache. "
                           "Nothing is lost, but files are read from disk again afterwards, so things are "
                           "slower for a while and the caches fill up again. Pages not yet written out "
                           "(dirty) stay: run sync first to include them. Mostly useful for measurements and "
                           "to see how much memory really is in use."),
         {{"1", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "page cache"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Drops clean file pages from the page cache (Cached, Buffers).")},
          {"2", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "dentries and inodes"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Drops unused directory entries and inodes, the reclaimable slab "
                             "(SReclaimable).")},
          {"3", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "both"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Drops the page cache and the dentries and inodes.")}}},
        {"vm.compact_memory",
         TunableUnit::Action,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "An action: moves pages in use together in every zone, so that free memory forms "
                           "large unbroken blocks. Huge pages and other large allocations need such blocks. "
                           "The kernel also compacts by itself, in kcompactd or when a program waits for a "
                           "huge page (compact_stall)."),
         {{"1", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "compact now"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Compacts every zone once, now.")}}},
        {"thp.enabled",
         TunableUnit::Choice,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "Transparent huge pages back program memory with 2 MiB pages instead of 4 KiB ones "
             "where a range is large and aligned enough. One huge page replaces 512 small ones: "
             "far fewer page faults and address translations, but memory is taken in 2 MiB "
             "steps and getting a free huge page may need compaction first."),
         {{"always", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "always"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Every large enough range of program memory may get huge pages.")},
          {"madvise", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "only where asked"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Only ranges a program marked with madvise(MADV_HUGEPAGE) get huge pages.")},
          {"never", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "never"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Program memory uses small pages only.")}}},
        {"thp.defrag",
         TunableUnit::Choice,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "What happens when a program could use a huge page but no free 2 MiB block exists: "
             "wait while memory is reclaimed and compacted (more huge pages, longer pauses), or "
             "take small pages now and let background threads do the work."),
         {{"always", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "always wait"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "The program stops until reclaim and compaction have made a huge page.")},
          {"defer", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "defer"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "The program takes small pages at once; kswapd and kcompactd are woken to make "
                             "huge pages, and khugepaged merges the small pages later.")},
          {"defer+madvise", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "defer, wait where asked"),
           QT_TRANSLATE_NOOP(
               "kaleido::TunableGuide",
               "Ranges marked with madvise(MADV_HUGEPAGE) wait as with always; all others defer.")},
          {"madvise", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "wait where asked"),
           QT_TRANSLATE_NOOP(
               "kaleido::TunableGuide",
               "Only ranges marked with madvise(MADV_HUGEPAGE) wait; others take small pages at "
               "once.")},
          {"never", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "never wait"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "A huge page is used only if one happens to be free.")}}},
        {"thp.shmem_enabled",
         TunableUnit::Choice,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "Huge pages for shared memory: the kernel's internal tmpfs behind shared anonymous "
             "mappings, memfd and System V shared memory. tmpfs mounts of your own follow their "
             "huge= mount option instead, unless deny or force is chosen here."),
         {{"always", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "always"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Huge pages wherever they fit.")},
          {"within_size", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "within size"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Huge pages only where the file is large enough to fill them.")},
          {"advise", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "where asked"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Huge pages only for ranges marked with madvise(MADV_HUGEPAGE).")},
          {"never", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "never"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "No huge pages for shared memory (the default).")},
          {"deny", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "deny everywhere"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "Emergency switch: no huge pages for any shared memory or tmpfs mount, whatever "
                             "the mount says.")},
          {"force", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "force everywhere"),
           QT_TRANSLATE_NOOP(
               "kaleido::TunableGuide",
               "Testing switch: huge pages for all shared memory and tmpfs mounts, whatever the "
               "mount says.")}}},
        {"thp.khugepaged.defrag",
         TunableUnit::Choice,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "khugepaged is the background thread that merges runs of small pages into huge "
                           "pages. This decides whether it may reclaim and compact memory to get a free huge "
                           "page for that."),
         {{"0", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "off"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Merges only when a huge page happens to be free.")},
          {"1", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "on"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "May reclaim and compact memory to get one (the default).")}}},
        {"thp.khugepaged.pages_to_scan",
         TunableUnit::Pages,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "How many pages khugepaged examines each time it wakes up. More merges sooner and "
                           "costs more processor time."),
         {}},
        {"thp.khugepaged.scan_sleep_millisecs",
         TunableUnit::Milliseconds,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "The pause between khugepaged's passes. Shorter pauses merge sooner and cost more "
                           "processor time."),
         {}},
        {"thp.khugepaged.alloc_sleep_millisecs",
         TunableUnit::Milliseconds,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "How long khugepaged waits after it failed to get a huge page before it tries "
                           "again, so that it does not keep hammering a fragmented system."),
         {}},
        {"thp.khugepaged.max_ptes_none",
         TunableUnit::Pages,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "How many of a range's 512 small pages may be missing (never touched) for "
                           "khugepaged still to merge it into a huge page; the missing ones then take memory "
                           "too. 511 merges even nearly empty ranges; 0 merges only full ones and never uses "
                           "extra memory."),
         {}},
        {"ksm.run",
         TunableUnit::Choice,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "Kernel same-page merging: the ksmd thread scans memory that programs marked as "
             "mergeable (madvise(MADV_MERGEABLE), as QEMU does for virtual machines) and replaces "
             "identical pages by one shared, write-protected copy. It trades processor time for "
             "memory."),
         {{"0", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "stopped"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "ksmd sleeps; pages merged so far stay merged.")},
          {"1", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "running"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "ksmd scans and merges.")},
          {"2", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "unmerge"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                             "ksmd stops and gives every merged page its own copy again, which needs as much "
                             "memory as merging saved.")}}},
        {"ksm.pages_to_scan",
         TunableUnit::Pages,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide",
                           "How many pages ksmd scans in one pass before it sleeps. With the pause this sets "
                           "how fast it merges and how much processor time it takes."),
         {}},
        {"ksm.sleep_millisecs",
         TunableUnit::Milliseconds,
         QT_TRANSLATE_NOOP("kaleido::TunableGuide", "How long ksmd sleeps between passes."),
         {}},
        {"kernel.printk.console_loglevel",
         TunableUnit::Choice,
         QT_TRANSLATE_NOOP(
             "kaleido::TunableGuide",
             "Which kernel messages are also printed on the console (the text screen or a serial "
             "line): those more important than this level. The kernel log keeps every message "
             "whatever this says."),
         {{"1", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "emergencies"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Only emergencies (the system is unusable).")},
          {"2", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "alerts"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Alerts and emergencies.")},
          {"3", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "critical"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Critical conditions and worse.")},
          {"4", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "errors"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Errors and worse.")},
          {"5", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "warnings"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Warnings and worse.")},
          {"6", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "notices"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Notices and worse.")},
          {"7", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "information"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Information and worse: everything but debugging.")},
          {"8", QT_TRANSLATE_NOOP("kaleido::TunableGuide", "everything"),
           QT_TRANSLATE_NOOP("kaleido::TunableGuide", "Every message, debugging included.")}}},
    }};
    return table;
}

const GuideText* findGuide(QStringView key)
{
    for (const GuideText& g : guides()) {
        if (key == QLatin1StringView(g.key))
            return &g;
    }
    return nullptr;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

/// "10 s", "1.5 s", "2 min", "1 h 30 min": a pause in words.
QString duration(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("kaleido::TunableGuide", "%1 ms").arg(number(ms));
    if (ms < 60'000)
        return QCoreApplication::translate("kaleido::TunableGuide", "%1 s")
            .arg(QLocale().toString(ms / 1000.0, 'g', 3));
    if (ms < 3'600'000)
        return QCoreApplication::translate("kaleido::TunableGuide", "%1 min")
            .arg(QLocale().toString(ms / 60'000.0, 'g', 3));
    return QCoreApplication::translate("kaleido::TunableGuide", "%1 h")
        .arg(QLocale().toString(ms / 3'600'000.0, 'g', 3));
}

} // namespace

const TunableChoice* TunableGuide::choice(const QString& value) const
{
    for (const TunableChoice& c : choices) {
        if (c.value == value)
            return &c;
    }
    return nullptr;
}

TunableGuide tunableGuide(QStringView key)
{
    TunableGuide guide;
    const GuideText* text = findGuide(key);
    if (!text)
        return guide;
    guide.unit = text->unit;
    guide.explanation = translated(text->explanation);
    for (const ChoiceText& c : text->choices)
        guide.choices.append({QString::fromLatin1(c.value), translated(c.name), translated(c.meaning)});
    return guide;
}

QString formatTunableValue(QStringView key, const QString& value)
{
    const GuideText* text = findGuide(key);
    if (!text || value.isEmpty())
        return value;
    if (text->unit == TunableUnit::Choice) {
        for (const ChoiceText& c : text->choices) {
            if (value == QLatin1StringView(c.value)) {
                // Words name themselves; numbers get their name: "2 (strict)".
                if (value.front().isDigit())
                    return QCoreApplication::translate("kaleido::TunableGuide", "%1 (%2)",
                                                       "a numbered choice and its name")
                        .arg(value, translated(c.name));
                return value;
            }
        }
        return value;
    }
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok)
        return value;
    switch (text->unit) {
    case TunableUnit::Percent:
        return QCoreApplication::translate("kaleido::TunableGuide", "%1 %").arg(number(n));
    case TunableUnit::KiB:
        return QCoreApplication::translate("kaleido::TunableGuide", "%1 KiB").arg(number(n));
    case TunableUnit::Milliseconds:
        return QCoreApplication::translate("kaleido::TunableGuide", "%1 ms").arg(number(n));
    case TunableUnit::Pages:
        return n == 1 ? QCoreApplication::translate("kaleido::TunableGuide", "1 page")
                      : QCoreApplication::translate("kaleido::TunableGuide", "%1 pages").arg(number(n));
    case TunableUnit::ScaleFactor:
        return QCoreApplication::translate("kaleido::TunableGuide", "%1 (%2 %)",
                                           "watermark_scale_factor and the share of memory it stands for")
            .arg(number(n), QLocale().toString(n / 100.0, 'f', 2));
    case TunableUnit::None:
    case TunableUnit::Choice:
    case TunableUnit::Action:
        break;
    }
    return number(n);
}

QString describeTunableValue(QStringView key, const QString& value, quint64 pageSize)
{
    const QString shown = formatTunableValue(key, value);
    const GuideText* text = findGuide(key);
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!text || !ok || n < 0)
        return shown;
    switch (text->unit) {
    case TunableUnit::KiB:
        return n >= 1024 ? QCoreApplication::translate("kaleido::TunableGuide", "%1 (%2)")
                               .arg(shown, Units::formatBytes(quint64(n) * 1024))
                         : shown;
    case TunableUnit::Milliseconds:
        return n >= 1000
                   ? QCoreApplication::translate("kaleido::TunableGuide", "%1 (%2)").arg(shown, duration(n))
                   : shown;
    case TunableUnit::Pages:
        return n > 0 ? QCoreApplication::translate("kaleido::TunableGuide", "%1 (%2)")
                           .arg(shown, Units::formatBytes(quint64(n) * pageSize))
                     : shown;
    default:
        break;
    }
    return shown;
}

QString describeAccepted(QStringView key)
{
    const privileged::TunableInfo* info = privileged::findTunable(key);
    if (!info)
        return {};
    const GuideText* text = findGuide(key);
    if (info->grammar == privileged::TunableInfo::Grammar::Integer &&
        (!text || text->unit != TunableUnit::Choice)) {
        const QString from = formatTunableValue(key, QString::number(info->minimum));
        const QString to = formatTunableValue(key, QString::number(info->maximum));
        return QCoreApplication::translate("kaleido::TunableGuide", "A whole number from %1 to %2.")
            .arg(from, to);
    }
    QStringList values;
    if (text && text->choices.size() != 0) {
        for (const ChoiceText& c : text->choices)
            values.append(QString::fromLatin1(c.value));
    } else {
        values = info->choices;
    }
    if (info->grammar == privileged::TunableInfo::Grammar::Trigger)
        return QCoreApplication::translate("kaleido::TunableGuide", "An action: write one of %1 to run it.")
            .arg(values.join(QStringLiteral(", ")));
    return QCoreApplication::translate("kaleido::TunableGuide", "One of %1.")
        .arg(values.join(QStringLiteral(", ")));
}

} // namespace kaleido
