// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"
#include "verbs.h"

#include <QObject>

namespace kaleido::privileged {

/**
 * One privileged request on its way: finished() is emitted exactly once, always asynchronously (also when the
 * request was refused before it left the process), then the object deletes itself.
 */
class PendingOperation : public QObject
{
    Q_OBJECT

public:
    explicit PendingOperation(Verb verb, QObject* parent = nullptr);

    Verb verb() const { return m_verb; }
    /// True when the request was sent to kaleido-helper (after the direct attempt was refused with EPERM, or
    /// because the verb always needs it); false when it ran in this process. The UI says which.
    bool wentThroughHelper() const { return m_throughHelper; }
    void setWentThroughHelper(bool through) { m_throughHelper = through; }
    bool isFinished() const { return m_finished; }
    /// Meaningful once finished.
    const OperationResult& result() const { return m_result; }

    /// Emits finished(@p result) from the event loop and schedules deletion. Later calls are ignored.
    void finish(const OperationResult& result);

Q_SIGNALS:
    void finished(const kaleido::privileged::OperationResult& result);

private:
    Verb m_verb;
    bool m_finished = false;
    bool m_throughHelper = false;
    OperationResult m_result;
};

} // namespace kaleido::privileged
