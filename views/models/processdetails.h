// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>

namespace kaleido {

/**
 * One process's details at one moment, as the rows people read: section by section, each row a field, its
 * value in words and a tooltip that explains it. ProcessDetailsReader fills it from /proc/PID; the
 * ProcessDetailsModel shows it and updates its rows in place from one reading to the next by key.
 */
struct ProcessDetails
{
    enum Section
    {
        StatusSection,
        MemorySection,
        CredentialsSection,
        CapabilitiesSection,
        SignalsSection,
        SchedulingSection,
        LimitsSection,
        FilesSection,
        EnvironmentSection,
        NamespacesSection,
        CgroupsSection,
        AncestorsSection,
        ChildrenSection,
        SectionCount
    };

    struct Row
    {
        QString key;   ///< stable within its section from one reading to the next ("SigBlk", "fd:3")
        QString field; ///< what the row is, in words
        QString value; ///< its value in words, with units
        QString toolTip;
        qint32 pid = 0; ///< for rows that name another process (ancestors, children, tracer)

        bool operator==(const Row&) const = default;
    };

    struct Part
    {
        QString summary;       ///< shown next to the section's title: "6 open", or why the section is empty
        QList<Row> rows;       ///< sorted the same way every time (rows are matched by key)
        bool available = true; ///< false when the section could not be read: the summary says why
    };

    qint32 pid = 0;
    quint64 startTime = 0; ///< clock ticks after boot (stat field 22): with pid, names the process
    QString name;
    std::array<Part, SectionCount> sections;
    /// A file went away halfway through the reading: the process exited meanwhile (the reader then fails).
    bool vanished = false;
};

} // namespace kaleido
