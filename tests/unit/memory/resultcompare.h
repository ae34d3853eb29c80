// SPDX-License-Identifier: GPL-2.0-or-later
// Lets QCOMPARE take a Result<T> on the left: equal when it holds a value equal to the right-hand side, and
// printed as its value or its error's message when a comparison fails.
#pragma once

#include "result.h"

#include <QTest>

namespace kaleido {

template<typename T, typename U>
bool operator==(const Result<T>& result, const U& value)
{
    return result.ok() && *result == value;
}

template<typename T>
char* toString(const Result<T>& result)
{
    if (result.ok())
        return QTest::toString(*result);
    return qstrdup(qPrintable(QStringLiteral("error: ") + result.error().message()));
}

} // namespace kaleido
