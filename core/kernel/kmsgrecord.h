// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * One record of the kernel log as /dev/kmsg hands it out (Documentation/ABI/testing/dev-kmsg): one read()
 * returns one record, a header and the message on one line, then optional " KEY=value" lines that say which
 * device the message is about.
 *
 * @code
 * 6,193,295025,-;acpi PNP0A08:00: _OSC: OS supports [ExtendedConfig ASPM]
 *  SUBSYSTEM=acpi
 *  DEVICE=+acpi:PNP0A08:00
 * 4,286,426431,-;amd_pstate: The CPPC feature is supported\x0aPlease enable it.
 * @endcode
 * The header is "level,sequence,timestamp,flags" where level = facility * 8 + priority, the timestamp is in
 * microseconds since boot (CLOCK_MONOTONIC), and flags is '-' (a whole message), 'c' (the first fragment of a
 * continued line, older kernels) or '+' (a continuation). Newer fields after the flags (e.g. "caller=T42")
 * are kept. The kernel escapes bytes below 0x20, from 0x7f, and '\' itself as \xNN; parsing decodes them.
 */
struct KmsgRecord
{
    struct Property
    {
        QString key; ///< SUBSYSTEM, DEVICE, …
        QString value;
    };

    int priority = 0;     ///< 0 emerg … 7 debug (level & 7)
    int facility = 0;     ///< 0 kern, 1 user, … (level >> 3)
    quint64 sequence = 0; ///< increases by one per record; a jump means records were lost
    quint64 timestampUs = 0;
    char flag = '-';
    QStringList extraHeaderFields; ///< header fields after the flags, as written
    QString message;               ///< decoded; may contain '\n' and '\t'
    QList<Property> properties;

    /// The value of @p key among the properties, or an empty string.
    QString property(const QString& key) const;

    /// "emerg", "alert", "crit", "err", "warn", "notice", "info", "debug" — dmesg's names.
    static QString priorityName(int priority);
    /// "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp",
    /// "local0" … "local7" — dmesg's names; "facility N" for others.
    static QString facilityName(int facility);
};

/// Decodes the kernel's \xNN escapes (other backslashes are kept). Invalid escapes stay as written.
QByteArray decodeKmsgEscapes(QByteArrayView text);

/// Parses one record as one read() of /dev/kmsg returns it (header line plus property lines).
Result<KmsgRecord> parseKmsgRecord(QByteArrayView data, const QString& path = QStringLiteral("/dev/kmsg"));

struct KmsgLog
{
    QList<KmsgRecord> records;
    QList<Error> skippedLines; ///< records that could not be parsed (Malformed, line of their header)
};

/**
 * Parses a text capture of /dev/kmsg, as `cat /dev/kmsg` or `dd if=/dev/kmsg iflag=nonblock` writes it: one
 * record per line, each followed by its " KEY=value" lines. Fails only when there is text and no record could
 * be parsed.
 */
Result<KmsgLog> parseKmsgText(QByteArrayView data, const QString& path = QStringLiteral("/dev/kmsg"));

} // namespace kaleido
