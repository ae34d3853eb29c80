// SPDX-License-Identifier: GPL-2.0-or-later
#include "taskstate.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

const char* kernelWord(char state)
{
    switch (state) {
    case 'R':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "running");
    case 'S':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "sleeping");
    case 'D':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "disk sleep");
    case 'T':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "stopped");
    case 't':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "tracing stop");
    case 'X':
    case 'x':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "dead");
    case 'Z':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "zombie");
    case 'P':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "parked");
    case 'I':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "idle");
    case 'K':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "wakekill");
    case 'W':
        return QT_TRANSLATE_NOOP("kaleido::TaskState", "waking");
    default:
        return nullptr;
    }
}

} // namespace

QString taskStateWord(char state)
{
    if (const char* word = kernelWord(state))
        return QCoreApplication::translate("kaleido::TaskState", word);
    return QCoreApplication::translate("kaleido::TaskState", "unknown state “%1”")
        .arg(QString::fromLatin1(&state, 1));
}

QString taskStateKernelWord(char state)
{
    const char* word = kernelWord(state);
    return word ? QLatin1String(word) : QString();
}

QString schedulingPolicyName(quint32 policy)
{
    switch (policy) {
    case 0:
        return QStringLiteral("SCHED_OTHER");
    case 1:
        return QStringLiteral("SCHED_FIFO");
    case 2:
        return QStringLiteral("SCHED_RR");
    case 3:
        return QStringLiteral("SCHED_BATCH");
    case 4:
        return QStringLiteral("SCHED_ISO");
    case 5:
        return QStringLiteral("SCHED_IDLE");
    case 6:
        return QStringLiteral("SCHED_DEADLINE");
    case 7:
        return QStringLiteral("SCHED_EXT");
    default:
        return QStringLiteral("SCHED_") + QString::number(policy);
    }
}

QString schedulingPolicyClass(quint32 policy)
{
    switch (policy) {
    case 0:
        return QStringLiteral("TS");
    case 1:
        return QStringLiteral("FF");
    case 2:
        return QStringLiteral("RR");
    case 3:
        return QStringLiteral("B");
    case 4:
        return QStringLiteral("ISO");
    case 5:
        return QStringLiteral("IDL");
    case 6:
        return QStringLiteral("DLN");
    case 7:
        return QStringLiteral("EXT");
    default:
        return QStringLiteral("?");
    }
}

bool policyUsesNice(quint32 policy)
{
    // ps: NI is shown for SCHED_OTHER and SCHED_BATCH only.
    return policy == 0 || policy == 3;
}

} // namespace kaleido
