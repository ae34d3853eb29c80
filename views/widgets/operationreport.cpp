// SPDX-License-Identifier: GPL-2.0-or-later
#include "operationreport.h"

#include <QCoreApplication>

namespace kaleido {

QString operationReport(const privileged::OperationResult& result, bool throughHelper)
{
    QString text = result.cause;
    if (!result.ok() && !result.errnoName.isEmpty())
        text += QStringLiteral(" (%1)").arg(result.errnoName);
    if (throughHelper) {
        text += QLatin1Char(' ');
        text += result.ok() ? QCoreApplication::translate(
                                  "kaleido::ProcessActions",
                                  "It was sent with administrator permission through kaleido-helper.")
                            : QCoreApplication::translate(
                                  "kaleido::ProcessActions",
                                  "It needed administrator permission, so Kaleido tried kaleido-helper.");
    }
    return text;
}

QString someThroughHelperSentence()
{
    return QCoreApplication::translate("kaleido::ProcessActions",
                                       "Those that needed administrator permission were sent through "
                                       "kaleido-helper.");
}

} // namespace kaleido
