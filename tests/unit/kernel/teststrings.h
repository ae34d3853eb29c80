// SPDX-License-Identifier: GPL-2.0-or-later
// String lists from literals in tests (QT_NO_CAST_FROM_ASCII forbids QStringList{"a", "b"}).
#pragma once

#include <QStringList>

#include <initializer_list>

namespace kaleido::test {

inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace kaleido::test
