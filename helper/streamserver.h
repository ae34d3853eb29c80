// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"
#include "kernelfs.h"
#include "streamsource.h"

#include <QDBusUnixFileDescriptor>
#include <QMultiHash>
#include <QObject>
#include <QVariantMap>

#include <memory>
#include <variant>

namespace kaleido::privileged {
class ReadStream;
}

namespace kaleido::helper {

using privileged::ReadStream;

/**
 * The open streams, by caller. A stream belongs to the caller that opened it: its frames go only into that
 * caller's pipe (never a broadcast signal), and it ends when that caller leaves the bus.
 */
class StreamServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximumStreams = 16;
    static constexpr int maximumStreamsPerCaller = 4;

    /// A validated request; for Smaps it holds /proc/PID opened at validation time, pinning that process.
    struct Prepared
    {
        privileged::StreamRequest request;
        std::shared_ptr<const int> procDir;
    };

    struct Opened
    {
        QDBusUnixFileDescriptor fd; ///< the pipe's read end, for the reply
        QVariantMap info;
    };

    explicit StreamServer(KernelFs fs, QObject* parent = nullptr);
    ~StreamServer() override;

    privileged::Checked<Prepared> prepare(const privileged::StreamRequest& request) const;

    /// Starts a stream for @p caller; the failure's text when the source cannot be read or too many are open.
    std::variant<Opened, QString> open(const QString& caller, const Prepared& prepared);

    int count() const { return int(m_streams.size()); }
    bool hasCaller(const QString& caller) const { return m_streams.contains(caller); }
    void callerLeft(const QString& caller);

Q_SIGNALS:
    void streamClosed(const QString& caller, const QString& reason);

private:
    KernelFs m_fs;
    QMultiHash<QString, ReadStream*> m_streams;
};

} // namespace kaleido::helper
