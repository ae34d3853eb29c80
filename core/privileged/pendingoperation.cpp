// SPDX-License-Identifier: GPL-2.0-or-later
#include "pendingoperation.h"

#include <QMetaObject>

namespace kaleido::privileged {

PendingOperation::PendingOperation(Verb verb, QObject* parent)
    : QObject(parent)
    , m_verb(verb)
{}

void PendingOperation::finish(const OperationResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    // Queued, so a caller that connects after starting the request still hears about it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace kaleido::privileged
