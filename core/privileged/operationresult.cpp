// SPDX-License-Identifier: GPL-2.0-or-later
#include "operationresult.h"

#include <cerrno>

namespace kaleido::privileged {

namespace {

struct ErrnoEntry
{
    int value;
    const char* name;
};

// The errors privileged operations can meet; others are shown by number.
constexpr ErrnoEntry errnoNames[] = {
    {EPERM, "EPERM"},
    {ENOENT, "ENOENT"},
    {ESRCH, "ESRCH"},
    {EINTR, "EINTR"},
    {EIO, "EIO"},
    {ENXIO, "ENXIO"},
    {E2BIG, "E2BIG"},
    {ENOEXEC, "ENOEXEC"},
    {EBADF, "EBADF"},
    {EAGAIN, "EAGAIN"},
    {ENOMEM, "ENOMEM"},
    {EACCES, "EACCES"},
    {EFAULT, "EFAULT"},
    {EBUSY, "EBUSY"},
    {EEXIST, "EEXIST"},
    {ENODEV, "ENODEV"},
    {ENOTDIR, "ENOTDIR"},
    {EISDIR, "EISDIR"},
    {EINVAL, "EINVAL"},
    {ENOSPC, "ENOSPC"},
    {EROFS, "EROFS"},
    {EPIPE, "EPIPE"},
    {ERANGE, "ERANGE"},
    {ENOSYS, "ENOSYS"},
    {ELOOP, "ELOOP"},
    {ENODATA, "ENODATA"},
    {ETIMEDOUT, "ETIMEDOUT"},
    {EKEYREJECTED, "EKEYREJECTED"},
    {ENOKEY, "ENOKEY"},
    {EKEYEXPIRED, "EKEYEXPIRED"},
    {EOPNOTSUPP, "EOPNOTSUPP"},
    {ENAMETOOLONG, "ENAMETOOLONG"},
    {ETXTBSY, "ETXTBSY"},
    {EFBIG, "EFBIG"},
    {EOVERFLOW, "EOVERFLOW"},
    {ECANCELED, "ECANCELED"},
};

} // namespace

QString errnoSymbol(int err)
{
    for (const ErrnoEntry& entry : errnoNames) {
        if (entry.value == err)
            return QLatin1StringView(entry.name);
    }
    return QStringLiteral("errno %1").arg(err);
}

OperationResult OperationResult::failure(int err, const QString& cause)
{
    OperationResult result;
    result.outcome = Outcome::Failed;
    result.errnoValue = err;
    result.errnoName = err != 0 ? errnoSymbol(err) : QString();
    result.cause = cause;
    return result;
}

OperationResult OperationResult::success(const QString& cause)
{
    return make(Outcome::Done, cause);
}

OperationResult OperationResult::make(Outcome outcome, const QString& cause)
{
    OperationResult result;
    result.outcome = outcome;
    result.cause = cause;
    return result;
}

QVariantMap OperationResult::toVariantMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("outcome"), static_cast<int>(outcome));
    map.insert(QStringLiteral("cause"), cause);
    if (!errnoName.isEmpty()) {
        map.insert(QStringLiteral("errno-name"), errnoName);
        map.insert(QStringLiteral("errno"), errnoValue);
    }
    const auto putString = [&map](const char* key, const QString& value) {
        if (!value.isNull())
            map.insert(QLatin1StringView(key), value);
    };
    const auto putList = [&map](const char* key, const QStringList& value) {
        if (!value.isEmpty())
            map.insert(QLatin1StringView(key), value);
    };
    putString("old-value", oldValue);
    putString("new-value", newValue);
    putList("kernel-log", kernelLog);
    if (kernelLogFirstSequence >= 0)
        map.insert(QStringLiteral("kernel-log-first"), kernelLogFirstSequence);
    if (kernelLogLastSequence >= 0)
        map.insert(QStringLiteral("kernel-log-last"), kernelLogLastSequence);
    putString("taint-before", taintBefore);
    putString("taint-after", taintAfter);
    putList("loaded", loaded);
    putList("holders", holders);
    if (refcount >= 0)
        map.insert(QStringLiteral("refcount"), refcount);
    putString("module-path", modulePath);
    return map;
}

OperationResult OperationResult::fromVariantMap(const QVariantMap& map)
{
    OperationResult result;
    const int outcome = map.value(QStringLiteral("outcome"), static_cast<int>(Outcome::Failed)).toInt();
    result.outcome = outcome >= 0 && outcome <= static_cast<int>(Outcome::HelperUnavailable)
                         ? static_cast<Outcome>(outcome)
                         : Outcome::Failed;
    result.cause = map.value(QStringLiteral("cause")).toString();
    result.errnoName = map.value(QStringLiteral("errno-name")).toString();
    result.errnoValue = map.value(QStringLiteral("errno")).toInt();
    result.oldValue = map.value(QStringLiteral("old-value")).toString();
    result.newValue = map.value(QStringLiteral("new-value")).toString();
    result.kernelLog = map.value(QStringLiteral("kernel-log")).toStringList();
    // Maps from an older helper have no sequence keys: -1, "not known". Negative values are refused alike.
    const auto sequence = [&map](const QString& key) {
        bool ok = false;
        const qint64 value = map.value(key).toLongLong(&ok);
        return ok && value >= 0 ? value : qint64(-1);
    };
    result.kernelLogFirstSequence = sequence(QStringLiteral("kernel-log-first"));
    result.kernelLogLastSequence = sequence(QStringLiteral("kernel-log-last"));
    result.taintBefore = map.value(QStringLiteral("taint-before")).toString();
    result.taintAfter = map.value(QStringLiteral("taint-after")).toString();
    result.loaded = map.value(QStringLiteral("loaded")).toStringList();
    result.holders = map.value(QStringLiteral("holders")).toStringList();
    result.refcount = map.value(QStringLiteral("refcount"), -1).toInt();
    result.modulePath = map.value(QStringLiteral("module-path")).toString();
    return result;
}

} // namespace kaleido::privileged
