// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunables.h"

#include "choicelist.h"
#include "kernelwrite.h"
#include "printklevels.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace kaleido::privileged {

namespace {

using enum TunableInfo::Grammar;

// Ranges are what the kernel accepts, narrowed where its own limit is "any int" to what still makes sense:
// - overcommit_ratio: any int for the kernel; 0…1000 % of RAM (a commit limit of ten times RAM plus swap) is
//   already beyond any real use of the strict mode 2.
// - min_free_kbytes: any int ≥ 0 for the kernel; below 128 KiB the kernel's own floor for its automatic
// value,
//   reclaim can deadlock; 4 GiB is sixteen times the largest value the kernel picks itself (256 MiB), and
//   more reserves so much that small machines hit the OOM killer at once.
// - watermark_scale_factor: 1…3000 on current kernels (Linux 5.19, and 5.15.58 among the stable ones); older
//   ones accept 1…1000 and refuse more with EINVAL, which write() reports as the kernel refusing the value.
// - khugepaged and KSM counts and intervals: any unsigned int for the kernel; capped at 1 Mi pages per scan
//   and one day between scans.
// - max_ptes_none: 0…HPAGE_PMD_NR − 1, which is 511 with 4 KiB pages (x86-64, most arm64 kernels).
// - console_loglevel: proc_dointvec stores any int, but 1…8 is what syslog(2) and dmesg -n accept: 1 shows
//   only emergencies, 8 every level including debug; higher values show nothing more.
constexpr qint64 oneDayMs = 24 * 60 * 60 * 1000;
constexpr qint64 millionPages = 1 << 20;

const std::array<TunableInfo, 20>& table()
{
    static const std::array<TunableInfo, 20> rows{{
        {"vm.overcommit_memory", "proc/sys/vm/overcommit_memory", Integer, 0, 2, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Overcommit mode"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "How the kernel answers requests for more memory than is free: 0 refuses only obvious "
             "overcommits, 1 always grants them, 2 grants nothing beyond the commit limit.")},
        {"vm.overcommit_ratio", "proc/sys/vm/overcommit_ratio", Integer, 0, 1000, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Overcommit ratio (%)"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "In overcommit mode 2, the commit limit is swap plus this percentage of RAM. Setting "
             "it sets the overcommit limit in KiB to 0.")},
        {"vm.overcommit_kbytes", "proc/sys/vm/overcommit_kbytes", Integer, 0, qint64(1) << 46, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Overcommit limit (KiB)"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "In overcommit mode 2, the commit limit is swap plus this much RAM, in KiB. Setting it "
             "sets the overcommit ratio to 0; 0 means the ratio applies.")},
        {"vm.swappiness", "proc/sys/vm/swappiness", Integer, 0, 200, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Swappiness"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "How readily the kernel swaps out program memory rather than dropping file cache: 0 "
             "swaps as little as possible, 100 treats both alike, up to 200 prefers swapping.")},
        {"vm.min_free_kbytes", "proc/sys/vm/min_free_kbytes", Integer, 128, qint64(4) << 20, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Minimum free memory (KiB)"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "Memory the kernel keeps free for allocations that cannot wait. Too little can hang "
             "the system under memory pressure; too much wastes memory or starts the OOM killer.")},
        {"vm.watermark_scale_factor", "proc/sys/vm/watermark_scale_factor", Integer, 1, 3000, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Watermark scale factor"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "How early kswapd starts reclaiming memory, in units of 0.01 % of memory (10 is "
             "0.1 %). Higher values keep more memory free. Older kernels accept at most 1000.")},
        {"vm.drop_caches", "proc/sys/vm/drop_caches", Trigger, 0, 0,
         QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Drop caches"),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable",
                           "Frees clean file cache (1), unused directory and inode caches (2), or both (3). "
                           "Changed data is not written out first, and the caches fill again with use.")},
        {"vm.compact_memory", "proc/sys/vm/compact_memory", Trigger, 0, 0, QStringList{QStringLiteral("1")},
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Compact memory"),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable",
                           "Moves pages together once, now, so that free memory forms larger blocks, which "
                           "makes huge pages easier to allocate.")},
        {"thp.enabled", "sys/kernel/mm/transparent_hugepage/enabled", Choice, 0, 0,
         QStringList{QStringLiteral("always"), QStringLiteral("madvise"), QStringLiteral("never")},
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Transparent huge pages"),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable",
                           "When program memory is backed by huge pages: always, only in ranges a program "
                           "marked with madvise(MADV_HUGEPAGE), or never.")},
        {"thp.defrag", "sys/kernel/mm/transparent_hugepage/defrag", Choice, 0, 0,
         QStringList{QStringLiteral("always"), QStringLiteral("defer"), QStringLiteral("defer+madvise"),
                     QStringLiteral("madvise"), QStringLiteral("never")},
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Huge page defragmentation"),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable",
                           "What a program does when no huge page is free: always waits while memory is "
                           "compacted, defer leaves that to background threads, madvise waits only in marked "
                           "ranges, defer+madvise combines the two, never takes a small page.")},
        {"thp.shmem_enabled", "sys/kernel/mm/transparent_hugepage/shmem_enabled", Choice, 0, 0,
         QStringList{QStringLiteral("always"), QStringLiteral("within_size"), QStringLiteral("advise"),
                     QStringLiteral("never"), QStringLiteral("deny"), QStringLiteral("force")},
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Huge pages for shared memory"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "When shared memory and tmpfs use huge pages: always, within_size (when the file is "
             "large enough), advise (when asked with madvise), or never. deny and force override "
             "every mount and are meant for emergencies and testing.")},
        {"thp.khugepaged.defrag", "sys/kernel/mm/transparent_hugepage/khugepaged/defrag", Integer, 0, 1,
         QStringList(), QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "khugepaged defragmentation"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "Whether khugepaged may reclaim and compact memory to get huge pages when it merges "
             "small pages (1) or not (0).")},
        {"thp.khugepaged.pages_to_scan", "sys/kernel/mm/transparent_hugepage/khugepaged/pages_to_scan",
         Integer, 1, millionPages, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "khugepaged pages per pass"),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable",
                           "How many pages khugepaged looks at each time it wakes up.")},
        {"thp.khugepaged.scan_sleep_millisecs",
         "sys/kernel/mm/transparent_hugepage/khugepaged/scan_sleep_millisecs", Integer, 0, oneDayMs,
         QStringList(), QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "khugepaged pause (ms)"),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable",
                           "How long khugepaged sleeps between passes, in milliseconds.")},
        {"thp.khugepaged.alloc_sleep_millisecs",
         "sys/kernel/mm/transparent_hugepage/khugepaged/alloc_sleep_millisecs", Integer, 0, oneDayMs,
         QStringList(), QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "khugepaged retry delay (ms)"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "How long khugepaged waits after it failed to get a huge page before it tries again, "
             "in milliseconds.")},
        {"thp.khugepaged.max_ptes_none", "sys/kernel/mm/transparent_hugepage/khugepaged/max_ptes_none",
         Integer, 0, 511, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "khugepaged empty pages allowed"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "How many unused small pages a range may contain and still be merged into a huge page, "
             "which then takes memory for them too. 0 never uses extra memory.")},
        {"ksm.run", "sys/kernel/mm/ksm/run", Integer, 0, 2, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Same-page merging"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "0 stops ksmd and keeps pages already merged, 1 runs ksmd, 2 stops it and splits every "
             "merged page again, which can need a lot of memory.")},
        {"ksm.pages_to_scan", "sys/kernel/mm/ksm/pages_to_scan", Integer, 1, millionPages, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "KSM pages per pass"),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "How many pages ksmd looks at before it sleeps.")},
        {"ksm.sleep_millisecs", "sys/kernel/mm/ksm/sleep_millisecs", Integer, 0, oneDayMs, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "KSM pause (ms)"),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable",
                           "How long ksmd sleeps between passes, in milliseconds.")},
        {"kernel.printk.console_loglevel", "proc/sys/kernel/printk", Integer, 1, 8, QStringList(),
         QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", "Console log level"),
         QT_TRANSLATE_NOOP(
             "kaleido::privileged::Tunable",
             "Kernel messages more important than this level are printed on the console: 1 only "
             "emergencies, 8 everything including debug messages. The kernel log keeps them all.")},
    }};
    return rows;
}

constexpr char printkKey[] = "kernel.printk.console_loglevel";
constexpr qsizetype maximumValueLength = 64;

QString kernelPath(const TunableInfo& info)
{
    return QLatin1Char('/') + QLatin1StringView(info.path);
}

bool isPrintk(const TunableInfo& info)
{
    return std::strcmp(info.key, printkKey) == 0;
}

/// The current value as read() reports it, or the read's error (Malformed when the content is not
/// understood).
Result<QString> readCurrent(const KernelFs& fs, const TunableInfo& info)
{
    const QString path = kernelPath(info);
    if (info.grammar == Trigger) {
        // Write-only action files (mode 0200): even root gets EACCES from read(). Only their presence is
        // known.
        struct stat st;
        if (::stat(QFile::encodeName(fs.hostPath(path)).constData(), &st) != 0)
            return errorFromErrno(errno, path);
        return QString();
    }
    if (isPrintk(info)) {
        const auto levels = readPrintkLevels(fs);
        if (!levels)
            return levels.error();
        return QString::number(levels->console);
    }
    const auto bytes = fs.readFile(path);
    if (!bytes)
        return bytes.error();
    if (info.grammar == Choice) {
        if (const auto list = parseChoiceList(*bytes))
            return list->selectedOption();
        return Error::malformed(
            path, 1,
            QCoreApplication::translate("kaleido::privileged::Tunable",
                                        "expected options with the selected one in brackets"));
    }
    const QString text = QString::fromLatin1(bytes->trimmed());
    qint64 number = 0;
    if (!detail::parseStrictInteger(text, true, &number))
        return Error::malformed(
            path, 1,
            QCoreApplication::translate("kaleido::privileged::Tunable", "expected a number, not “%1”")
                .arg(detail::shownText(text)));
    return QString::number(number);
}

OperationResult writeFailure(int err, const TunableInfo& info, const QString& value)
{
    const QString path = kernelPath(info);
    const QString key = QLatin1StringView(info.key);
    switch (err) {
    case ENOENT:
    case ENOTDIR:
        return OperationResult::failure(
            err,
            QCoreApplication::translate(
                "kaleido::privileged::Tunable",
                "This kernel has no %1, so %2 cannot be changed: the kernel was built without this feature "
                "or it is not enabled.")
                .arg(path, key));
    case EACCES:
    case EPERM:
        return OperationResult::failure(
            err, QCoreApplication::translate("kaleido::privileged::Tunable",
                                             "Changing %1 needs root: only the administrator may write %2.")
                     .arg(key, path));
    case EINVAL:
        return OperationResult::failure(
            err, QCoreApplication::translate(
                     "kaleido::privileged::Tunable",
                     "The kernel refused the value %1 for %2: this kernel does not accept it.")
                     .arg(value, key));
    case ELOOP:
        return OperationResult::failure(
            err, QCoreApplication::translate(
                     "kaleido::privileged::Tunable",
                     "%1 is a symbolic link. Kernel settings are never written through a link.")
                     .arg(path));
    case EROFS:
        return OperationResult::failure(
            err,
            QCoreApplication::translate(
                "kaleido::privileged::Tunable",
                "%1 is on a read-only file system (as in many containers), so %2 cannot be changed here.")
                .arg(path, key));
    case EBUSY:
        return OperationResult::failure(
            err, QCoreApplication::translate("kaleido::privileged::Tunable",
                                             "The kernel is busy and cannot change %1 now.")
                     .arg(key));
    default:
        break;
    }
    return OperationResult::failure(
        err, QCoreApplication::translate("kaleido::privileged::Tunable", "Writing %1 failed: %2.")
                 .arg(path, QString::fromLocal8Bit(std::strerror(err))));
}

/// The failure for a read of the current value that went wrong before anything was written.
OperationResult readFailure(const Error& error, const TunableInfo& info, const QString& value)
{
    switch (error.kind) {
    case ErrorKind::Absent:
        return writeFailure(ENOENT, info, value);
    case ErrorKind::PermissionDenied:
        return writeFailure(EACCES, info, value);
    default:
        break;
    }
    return OperationResult::failure(EIO, error.message());
}

} // namespace

std::span<const TunableInfo> tunableTable()
{
    return table();
}

const TunableInfo* findTunable(QStringView key)
{
    for (const TunableInfo& info : table()) {
        if (key == QLatin1StringView(info.key))
            return &info;
    }
    return nullptr;
}

QString tunableLabel(const TunableInfo& info)
{
    return QCoreApplication::translate(tunableTranslationContext, info.label);
}

QString tunableDescription(const TunableInfo& info)
{
    return QCoreApplication::translate(tunableTranslationContext, info.description);
}

Checked<QString> validateTunable(const QString& key, const QString& value)
{
    const TunableInfo* info = findTunable(key);
    if (!info) {
        return Rejection{QCoreApplication::translate("kaleido::privileged::Tunable",
                                                     "“%1” is not a setting Kaleido can change.")
                             .arg(detail::shownText(key))};
    }
    const QString name = QLatin1StringView(info->key);
    if (value.isEmpty())
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::Tunable", "No value was given for %1.")
                .arg(name)};
    if (value.size() > maximumValueLength)
        return Rejection{
            QCoreApplication::translate("kaleido::privileged::Tunable", "The value given for %1 is too long.")
                .arg(name)};

    if (info->grammar == Integer) {
        qint64 number = 0;
        if (!detail::parseStrictInteger(value, info->minimum < 0, &number)) {
            return Rejection{
                QCoreApplication::translate(
                    "kaleido::privileged::Tunable",
                    "“%1” is not a whole number for %2: use the digits 0–9 only, without spaces, "
                    "signs or leading zeros.")
                    .arg(detail::shownText(value), name)};
        }
        if (number < info->minimum || number > info->maximum) {
            return Rejection{QCoreApplication::translate("kaleido::privileged::Tunable",
                                                         "%1 must be between %2 and %3, not %4.")
                                 .arg(name, QString::number(info->minimum), QString::number(info->maximum),
                                      QString::number(number))};
        }
        return QString::number(number);
    }

    for (const QString& choice : info->choices) {
        if (value == choice)
            return choice;
    }
    return Rejection{QCoreApplication::translate("kaleido::privileged::Tunable",
                                                 "“%1” is not a value of %2, which takes one of: %3.")
                         .arg(detail::shownText(value), name, info->choices.join(QStringLiteral(", ")))};
}

TunableWriter::TunableWriter(KernelFs fs)
    : m_fs(std::move(fs))
{}

Checked<QString> TunableWriter::read(const QString& key) const
{
    const TunableInfo* info = findTunable(key);
    if (!info)
        return Rejection{QCoreApplication::translate("kaleido::privileged::Tunable",
                                                     "“%1” is not a setting Kaleido can change.")
                             .arg(detail::shownText(key))};
    auto current = readCurrent(m_fs, *info);
    if (!current) {
        if (current.error().kind == ErrorKind::Absent)
            return Rejection{readFailure(current.error(), *info, {}).cause};
        return Rejection{current.error().message()};
    }
    return std::move(current).value();
}

OperationResult TunableWriter::write(const QString& key, const QString& value) const
{
    const auto canonical = validateTunable(key, value);
    if (!canonical)
        return OperationResult::make(OperationResult::Outcome::Rejected, canonical.reason());
    const TunableInfo& info = *findTunable(key);
    const QString path = kernelPath(info);

    // The value before: for the undo in the GUI and the audit log. A file that is absent or unreadable now
    // would refuse the write too; content not understood does not stop the write.
    QString oldValue;
    QByteArray bytes = canonical->toLatin1();
    if (isPrintk(info)) {
        // One file holds four levels; the kernel's own minimum for the console level is the third.
        const auto levels = readPrintkLevels(m_fs);
        if (!levels)
            return readFailure(levels.error(), info, *canonical);
        const int level = canonical->toInt();
        if (level < levels->minimumConsole) {
            return OperationResult::make(
                OperationResult::Outcome::Rejected,
                QCoreApplication::translate("kaleido::privileged::Tunable",
                                            "This kernel does not let the console log level go below %1.")
                    .arg(levels->minimumConsole));
        }
        oldValue = QString::number(levels->console);
        bytes = QByteArray::number(level) + '\t' + QByteArray::number(levels->defaultMessage) + '\t' +
                QByteArray::number(levels->minimumConsole) + '\t' +
                QByteArray::number(levels->defaultConsole);
    } else {
        const auto current = readCurrent(m_fs, info);
        if (!current && current.error().kind != ErrorKind::Malformed)
            return readFailure(current.error(), info, *canonical);
        if (current)
            oldValue = *current;
    }

    // The bare value, no newline: sysfs compares words with sysfs_streq() and /proc/sys parses numbers, and
    // both take the value with or without one.
    if (const int err = detail::writeKernelFile(m_fs.hostPath(path), bytes))
        return writeFailure(err, info, *canonical);

    const QString label = tunableLabel(info);
    if (info.grammar == Trigger) {
        return OperationResult::success(
            QCoreApplication::translate("kaleido::privileged::Tunable",
                                        "Done: %1 (the kernel accepted %2 in %3).")
                .arg(label, *canonical, path));
    }
    const auto after = readCurrent(m_fs, info);
    OperationResult result;
    if (!after) {
        result = OperationResult::success(
            QCoreApplication::translate("kaleido::privileged::Tunable",
                                        "%1 was set to %2, but reading it back failed: %3")
                .arg(label, *canonical, after.error().message()));
        result.newValue = *canonical;
    } else if (*after != *canonical) {
        result = OperationResult::success(
            QCoreApplication::translate("kaleido::privileged::Tunable",
                                        "%1 was set to %2, and the kernel made it %3.")
                .arg(label, *canonical, *after));
        result.newValue = *after;
    } else if (oldValue == *after) {
        result = OperationResult::success(
            QCoreApplication::translate("kaleido::privileged::Tunable", "%1 was already %2.")
                .arg(label, *after));
        result.newValue = *after;
    } else {
        result = OperationResult::success(
            QCoreApplication::translate("kaleido::privileged::Tunable", "%1 is now %2 (it was %3).")
                .arg(label, *after,
                     oldValue.isEmpty()
                         ? QCoreApplication::translate("kaleido::privileged::Tunable", "unknown")
                         : oldValue));
        result.newValue = *after;
    }
    result.oldValue = oldValue;
    return result;
}

} // namespace kaleido::privileged
