// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processdetails.h"

#include <QObject>

namespace kaleido {

/**
 * The half of ProcessDetailsReader that follows a process's links to the rest of the system: its resource
 * limits, open descriptors, environment, namespaces, control groups, ancestors and children. Each add…()
 * fills one or two sections of ProcessDetails and sets ProcessDetails::vanished when a file went away with
 * the process.
 */
class ProcessResourcesReader : public QObject
{
    Q_OBJECT

public:
    explicit ProcessResourcesReader(KernelFs fs = KernelFs(), QObject* parent = nullptr);

    int maxFds() const { return m_maxFds; }
    void setMaxFds(int count) { m_maxFds = count; }
    int maxChildren() const { return m_maxChildren; }
    void setMaxChildren(int count) { m_maxChildren = count; }

    void addLimits(ProcessDetails& details) const;
    /// At most maxFds() descriptors, the lowest numbers; one more row counts the rest.
    void addFiles(ProcessDetails& details) const;
    void addEnvironment(ProcessDetails& details, bool kernelThread) const;
    /// The namespaces, each compared with PID 1's.
    void addNamespaces(ProcessDetails& details) const;
    void addCgroups(ProcessDetails& details) const;
    /// The ancestors from PID 1 down to @p ppid, and up to maxChildren() children.
    void addFamily(ProcessDetails& details, qint32 ppid) const;

private:
    KernelFs m_fs;
    int m_maxFds = 1000;
    int m_maxChildren = 200;
};

} // namespace kaleido
