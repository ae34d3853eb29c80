// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"
#include "kernelfs.h"
#include "operationresult.h"

#include <QString>
#include <QStringList>

#include <span>

namespace kaleido::privileged {

/**
 * The compiled-in table of kernel settings Kaleido may change: key → one fixed file → value grammar. The
 * client sends a key, never a path; modules_disabled, core_pattern and the like are deliberately absent.
 */
struct TunableInfo
{
    enum class Grammar
    {
        Integer, ///< decimal in [minimum, maximum]
        Choice,  ///< one of choices (sysfs files that show "[current]" among them)
        Trigger, ///< write-only action file: one of choices, reading back shows nothing meaningful
    };

    const char* key;  ///< "vm.swappiness", "thp.enabled", "ksm.run", "kernel.printk.console_loglevel"
    const char* path; ///< relative to the root: "proc/sys/vm/swappiness"
    Grammar grammar;
    qint64 minimum;          ///< Integer only
    qint64 maximum;          ///< Integer only
    QStringList choices;     ///< Choice and Trigger
    const char* label;       ///< QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", …), short
    const char* description; ///< QT_TRANSLATE_NOOP("kaleido::privileged::Tunable", …), one or two sentences
};

std::span<const TunableInfo> tunableTable();
const TunableInfo* findTunable(QStringView key);

/// The translation context of the table's strings and of every message about tunables.
inline constexpr char tunableTranslationContext[] = "kaleido::privileged::Tunable";

/// The row's label and description, translated.
QString tunableLabel(const TunableInfo& info);
QString tunableDescription(const TunableInfo& info);

/**
 * The canonical string to write for @p value of @p key, or why it is refused (unknown key, not in grammar).
 * Integers are decimal ASCII only: no '+', no spaces or newlines, no leading zeros, a '-' only where the
 * range has negative values; choices match exactly (case included). Values longer than 64 characters are
 * refused.
 */
Checked<QString> validateTunable(const QString& key, const QString& value);

/**
 * Reads and writes the table's files below a root ("/" in production, a temporary directory in tests).
 * write() validates again, opens the fixed file with O_NOFOLLOW, writes the canonical value in one write(),
 * reads back, and returns old → new.
 */
class TunableWriter
{
public:
    explicit TunableWriter(KernelFs fs = KernelFs());

    /**
     * The current value as the user would name it: the bracketed choice of a sysfs list ("always [madvise]
     * never" → "madvise"), the number, the first of the four printk levels. A Trigger file is write-only and
     * has no value: an empty string when the file exists. The reason names the problem when the file is
     * absent ("This kernel has no …"), unreadable or not understood.
     */
    Checked<QString> read(const QString& key) const;

    /**
     * Rejected when validateTunable() refuses the value (or, for the console log level, when it is below the
     * kernel's minimum console level); Failed with errno name and cause when the file is absent (ENOENT),
     * needs root (EACCES/EPERM), is a symbolic link (ELOOP) or the kernel refuses the value (EINVAL). Done
     * carries oldValue and newValue as read() reports them (both empty for a Trigger); when the value cannot
     * be read back, newValue is the value written and the cause says so. The printk file is rewritten whole:
     * the four levels read, the first replaced.
     */
    OperationResult write(const QString& key, const QString& value) const;

private:
    KernelFs m_fs;
};

} // namespace kaleido::privileged
