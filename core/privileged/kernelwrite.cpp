// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelwrite.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <unistd.h>

namespace kaleido::privileged::detail {

int writeKernelFile(const QString& hostPath, QByteArrayView bytes)
{
    const QByteArray native = QFile::encodeName(hostPath);
    const int fd = ::open(native.constData(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return errno;
    ssize_t written;
    do {
        // A pseudo-file takes the whole value in one write() or nothing: EINTR means nothing was stored.
        written = ::write(fd, bytes.data(), size_t(bytes.size()));
    } while (written < 0 && errno == EINTR);
    int err = 0;
    if (written < 0)
        err = errno;
    else if (written != bytes.size())
        err = EIO;
    if (::close(fd) != 0 && err == 0 && errno != EINTR)
        err = errno;
    return err;
}

QString shownText(QStringView text, qsizetype max)
{
    QString shown;
    const QStringView head = text.first(std::min(text.size(), max));
    shown.reserve(head.size() + 1);
    for (const QChar c : head)
        shown += c.isPrint() && !c.isSurrogate() ? c : QChar(QChar::ReplacementCharacter);
    if (text.size() > max)
        shown += QChar(0x2026);
    return shown;
}

bool parseStrictInteger(QStringView text, bool allowNegative, qint64* value)
{
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text.front() == u'-';
    if (negative) {
        if (!allowNegative)
            return false;
        i = 1;
    }
    const qsizetype digits = text.size() - i;
    if (digits <= 0 || digits > 19)
        return false;
    if (text[i] == u'0' && (digits > 1 || negative))
        return false;
    // Accumulate as a negative number: its range is one larger, so INT64_MIN parses without overflow.
    qint64 result = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        const int digit = c - u'0';
        if (result < (std::numeric_limits<qint64>::min() + digit) / 10)
            return false;
        result = result * 10 - digit;
    }
    if (!negative) {
        if (result == std::numeric_limits<qint64>::min())
            return false;
        result = -result;
    }
    *value = result;
    return true;
}

} // namespace kaleido::privileged::detail
