// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "oomscoremodel.h"
#include "processsnapshot.h"

#include <QList>
#include <QMetaType>

#include <memory>
#include <optional>

namespace kaleido {

/// One tick of Memory ▸ Faults & OOM as the sampling thread hands it to the GUI (shared read-only).
struct FaultsFrame
{
    ProcessSnapshot snapshot; ///< every process, no threads: minflt, majflt, RSS, owner, name
    QList<OomEntry> oom;      ///< user-space processes of the snapshot, when oomRead
    bool oomRead = false;
    qint64 sampleNs = 0;        ///< how long the sampling thread took
    quint64 sequence = 0;       ///< 1 for the first frame
    std::optional<Error> error; ///< /proc could not be read at all
};
using FaultsFramePtr = std::shared_ptr<const FaultsFrame>;

} // namespace kaleido

Q_DECLARE_METATYPE(kaleido::FaultsFramePtr)
