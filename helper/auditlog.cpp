// SPDX-License-Identifier: GPL-2.0-or-later
#include "auditlog.h"

#include <QFile>

#include <syslog.h>

namespace kaleido::helper {

namespace {

QString& copyFilePath()
{
    static QString path;
    return path;
}

} // namespace

void AuditLog::open()
{
    ::openlog("kaleido-helper", LOG_PID, LOG_AUTHPRIV);
}

void AuditLog::setCopyFile(const QString& path)
{
    copyFilePath() = path;
}

QString AuditLog::quote(const QString& text, int limit)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), limit) + 2);
    out += QLatin1Char('"');
    int count = 0;
    for (const QChar c : text) {
        if (count++ == limit) {
            out += QStringLiteral("…");
            break;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format ||
                   c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out += QStringLiteral("\\x{%1}").arg(c.unicode(), 0, 16);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString AuditLog::format(const Entry& entry)
{
    using privileged::OperationResult;
    QString line = QStringLiteral("caller=%1 uid=%2 pid=%3 verb=%4 args=%5 polkit=%6 outcome=%7")
                       .arg(entry.caller.isEmpty() ? QStringLiteral("-") : entry.caller)
                       .arg(entry.uid)
                       .arg(entry.pid)
                       .arg(entry.verb, quote(entry.arguments), entry.polkit, entry.outcome);
    if (entry.hasResult) {
        const OperationResult& r = entry.result;
        if (!r.errnoName.isEmpty())
            line += QStringLiteral(" errno=") + r.errnoName;
        if (!r.oldValue.isNull() || !r.newValue.isNull())
            line += QStringLiteral(" old=%1 new=%2").arg(quote(r.oldValue), quote(r.newValue));
        if (!r.modulePath.isEmpty())
            line += QStringLiteral(" module-path=") + quote(r.modulePath);
        if (!r.loaded.isEmpty())
            line += QStringLiteral(" modules=") + quote(r.loaded.join(QLatin1Char(',')));
        if (r.taintBefore != r.taintAfter)
            line += QStringLiteral(" taint=%1->%2").arg(quote(r.taintBefore), quote(r.taintAfter));
    }
    if (!entry.detail.isEmpty())
        line += QStringLiteral(" detail=") + quote(entry.detail);
    return line;
}

void AuditLog::write(const Entry& entry)
{
    const QString line = format(entry);
    const QByteArray bytes = line.toUtf8();
    ::syslog(LOG_AUTHPRIV | LOG_NOTICE, "%s", bytes.constData());
    if (!copyFilePath().isEmpty()) {
        QFile file(copyFilePath());
        if (file.open(QIODevice::WriteOnly | QIODevice::Append))
            file.write(bytes + '\n');
    }
}

} // namespace kaleido::helper
