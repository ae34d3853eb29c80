// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace kaleido::cli {

/// A command's result, printed by main() as aligned text or as JSON (--json).
struct Output
{
    struct Column
    {
        QString header;
        bool alignRight = false; ///< numbers are right-aligned, like ps and slabtop
    };

    QList<Column> columns;
    QList<QStringList> rows;
    QString text;  ///< free text printed before the table (or instead of it)
    QJsonValue json;
    QString error; ///< why the command failed, as one sentence

    void addColumn(const QString& header, bool alignRight = false) { columns.append({header, alignRight}); }
    void addRow(const QStringList& cells) { rows.append(cells); }

    /// Aligned columns separated by spaces; the last column is not padded (it may be a long command line).
    void printText(QTextStream& stream) const;
    /// Indented JSON, or one compact line per document with @p compact (used by --watch).
    void printJson(QTextStream& stream, bool compact) const;
};

/// Numbers as the procps tools print them (plain digits, no grouping, C locale).
QString number(qint64 value);
QString number(quint64 value);

} // namespace kaleido::cli
