// SPDX-License-Identifier: GPL-2.0-or-later
#include "clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kaleido::cli {

void Output::printText(QTextStream& stream) const
{
    if (!text.isEmpty()) {
        stream << text;
        if (!text.endsWith(QLatin1Char('\n')))
            stream << '\n';
    }
    if (columns.isEmpty())
        return;
    QList<qsizetype> widths;
    for (const Column& c : columns)
        widths.append(c.header.size());
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());

    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            const bool last = i == columns.size() - 1;
            if (i > 0)
                line += QLatin1Char(' ');
            if (columns.at(i).alignRight)
                line += cell.rightJustified(widths.at(i));
            else
                line += last ? cell : cell.leftJustified(widths.at(i));
        }
        stream << line << '\n';
    };
    QStringList headers;
    for (const Column& c : columns)
        headers.append(c.header);
    printRow(headers);
    for (const QStringList& row : rows)
        printRow(row);
}

void Output::printJson(QTextStream& stream, bool compact) const
{
    QJsonDocument doc;
    if (json.isObject())
        doc.setObject(json.toObject());
    else if (json.isArray())
        doc.setArray(json.toArray());
    else
        doc.setObject(QJsonObject{{QStringLiteral("value"), json}});
    stream << QString::fromUtf8(doc.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        stream << '\n';
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString number(quint64 value)
{
    return QString::number(value);
}

} // namespace kaleido::cli
