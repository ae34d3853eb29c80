// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperrequest.h"

namespace kaleido::helper {

HelperRequest::Reply HelperRequest::Reply::fromResult(const privileged::OperationResult& result)
{
    Reply reply;
    reply.result = result;
    if (result.outcome == privileged::OperationResult::Outcome::Rejected)
        reply.rejected = result.cause;
    else
        reply.arguments = {result.toVariantMap()};
    return reply;
}

HelperRequest::Reply HelperRequest::Reply::rejection(const QString& reason)
{
    Reply reply;
    reply.rejected = reason;
    return reply;
}

} // namespace kaleido::helper
