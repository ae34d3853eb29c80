// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tunables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace kaleido::testutils {

/**
 * Lays out every file of the tunables table below @p root the way the kernel shows it: numbers with a newline,
 * choice lists with the selected word in brackets, kernel.printk's four levels. Returns false if a file could
 * not be written.
 */
inline bool writeTunablesTree(const QString& root)
{
    using Grammar = privileged::TunableInfo::Grammar;
    for (const privileged::TunableInfo& info : privileged::tunableTable()) {
        const QString path = root + QLatin1Char('/') + QLatin1StringView(info.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QByteArray content;
        if (QLatin1StringView(info.key) == u"kernel.printk.console_loglevel")
            content = "4\t4\t1\t7\n";
        else if (QLatin1StringView(info.key) == u"vm.swappiness")
            content = "60\n";
        else if (info.grammar == Grammar::Integer)
            content = QByteArray::number(info.minimum) + '\n';
        else if (info.grammar == Grammar::Choice) {
            QStringList words = info.choices;
            words.last() = QLatin1Char('[') + words.last() + QLatin1Char(']');
            content = words.join(QLatin1Char(' ')).toUtf8() + '\n';
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return false;
    }
    return true;
}

inline QByteArray readTunableFile(const QString& root, const char* relativePath)
{
    QFile file(root + QLatin1Char('/') + QLatin1StringView(relativePath));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

} // namespace kaleido::testutils
