// SPDX-License-Identifier: GPL-2.0-or-later
#include "vmflags.h"

#include "procscan.h"

#include <QCoreApplication>

namespace kaleido::VmFlags {

namespace {

struct Code
{
    const char* code;
    const char* words;
};

// In the order of fs/proc/task_mmu.c (show_smap_vma_flags), with the meanings of
// Documentation/filesystems/proc.rst.
constexpr Code codes[] = {
    {"rd", QT_TRANSLATE_NOOP("kaleido::VmFlags", "readable")},
    {"wr", QT_TRANSLATE_NOOP("kaleido::VmFlags", "writeable")},
    {"ex", QT_TRANSLATE_NOOP("kaleido::VmFlags", "executable")},
    {"sh", QT_TRANSLATE_NOOP("kaleido::VmFlags", "shared")},
    {"mr", QT_TRANSLATE_NOOP("kaleido::VmFlags", "may read")},
    {"mw", QT_TRANSLATE_NOOP("kaleido::VmFlags", "may write")},
    {"me", QT_TRANSLATE_NOOP("kaleido::VmFlags", "may execute")},
    {"ms", QT_TRANSLATE_NOOP("kaleido::VmFlags", "may share")},
    {"gd", QT_TRANSLATE_NOOP("kaleido::VmFlags", "stack segment grows down")},
    {"pf", QT_TRANSLATE_NOOP("kaleido::VmFlags", "pure PFN range")},
    {"dw", QT_TRANSLATE_NOOP("kaleido::VmFlags", "disabled write to the mapped file")},
    {"lo", QT_TRANSLATE_NOOP("kaleido::VmFlags", "pages are locked in memory")},
    {"io", QT_TRANSLATE_NOOP("kaleido::VmFlags", "memory-mapped I/O area")},
    {"sr", QT_TRANSLATE_NOOP("kaleido::VmFlags", "sequential read advised")},
    {"rr", QT_TRANSLATE_NOOP("kaleido::VmFlags", "random read advised")},
    {"dc", QT_TRANSLATE_NOOP("kaleido::VmFlags", "not copied on fork")},
    {"de", QT_TRANSLATE_NOOP("kaleido::VmFlags", "not expanded on remapping")},
    {"ac", QT_TRANSLATE_NOOP("kaleido::VmFlags", "accountable (counts towards the commit charge)")},
    {"nr", QT_TRANSLATE_NOOP("kaleido::VmFlags", "swap space not reserved")},
    {"ht", QT_TRANSLATE_NOOP("kaleido::VmFlags", "uses huge TLB pages (hugetlbfs)")},
    {"sf", QT_TRANSLATE_NOOP("kaleido::VmFlags", "synchronous page faults")},
    {"nl", QT_TRANSLATE_NOOP("kaleido::VmFlags", "non-linear mapping")},
    {"ar", QT_TRANSLATE_NOOP("kaleido::VmFlags", "architecture-specific flag")},
    {"wf", QT_TRANSLATE_NOOP("kaleido::VmFlags", "wiped on fork")},
    {"dd", QT_TRANSLATE_NOOP("kaleido::VmFlags", "left out of core dumps")},
    {"sd", QT_TRANSLATE_NOOP("kaleido::VmFlags", "soft-dirty")},
    {"mm", QT_TRANSLATE_NOOP("kaleido::VmFlags", "mixed map area")},
    {"hg", QT_TRANSLATE_NOOP("kaleido::VmFlags", "huge pages advised")},
    {"nh", QT_TRANSLATE_NOOP("kaleido::VmFlags", "no huge pages advised")},
    {"mg", QT_TRANSLATE_NOOP("kaleido::VmFlags", "mergeable (KSM) advised")},
    {"bt", QT_TRANSLATE_NOOP("kaleido::VmFlags", "arm64 BTI guarded page")},
    {"mt", QT_TRANSLATE_NOOP("kaleido::VmFlags", "arm64 MTE allocation tags enabled")},
    {"um", QT_TRANSLATE_NOOP("kaleido::VmFlags", "userfaultfd missing-page tracking")},
    {"uw", QT_TRANSLATE_NOOP("kaleido::VmFlags", "userfaultfd write-protect tracking")},
    {"ui", QT_TRANSLATE_NOOP("kaleido::VmFlags", "userfaultfd minor-fault tracking")},
    {"ur", QT_TRANSLATE_NOOP("kaleido::VmFlags", "userfaultfd read-write-protect tracking")},
    {"ss", QT_TRANSLATE_NOOP("kaleido::VmFlags", "shadow stack (guarded control stack)")},
    {"sl", QT_TRANSLATE_NOOP("kaleido::VmFlags", "sealed")},
    {"lf", QT_TRANSLATE_NOOP("kaleido::VmFlags", "locked on fault")},
    {"dp", QT_TRANSLATE_NOOP("kaleido::VmFlags", "droppable (always lazily freeable)")},
    {"gu", QT_TRANSLATE_NOOP("kaleido::VmFlags", "may contain guard regions")},
};

const Code* find(QByteArrayView code)
{
    for (const Code& c : codes) {
        if (code == QByteArrayView(c.code))
            return &c;
    }
    return nullptr;
}

} // namespace

QString describe(QByteArrayView code)
{
    const Code* c = find(code);
    return c ? QCoreApplication::translate("kaleido::VmFlags", c->words) : QString();
}

bool isKnown(QByteArrayView code)
{
    return find(code) != nullptr;
}

QList<QByteArrayView> split(QByteArrayView text)
{
    QList<QByteArrayView> result;
    procscan::forEachToken(text, [&](QByteArrayView token) { result.append(token); });
    return result;
}

QList<QByteArrayView> knownCodes()
{
    QList<QByteArrayView> result;
    for (const Code& c : codes)
        result.append(QByteArrayView(c.code));
    return result;
}

} // namespace kaleido::VmFlags
