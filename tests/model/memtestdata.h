// SPDX-License-Identifier: GPL-2.0-or-later
// MemInfo samples for the model tests, built from text in /proc/meminfo's own format.
#pragma once

#include "meminfo.h"

#include <QByteArray>

namespace kaleido::test {

/// A meminfo with every field the overview charts; values in KiB, "available" varying per sample.
inline MemInfo meminfoSample(quint64 availableKiB, bool withSwap = true)
{
    QByteArray text = "MemTotal:       16000000 kB\n"
                      "MemFree:         1000000 kB\n"
                      "MemAvailable:   " + QByteArray::number(availableKiB) + " kB\n"
                      "Buffers:          100000 kB\n"
                      "Cached:          5000000 kB\n"
                      "AnonPages:       3000000 kB\n"
                      "Shmem:            200000 kB\n"
                      "Slab:             400000 kB\n"
                      "CommitLimit:     8000000 kB\n"
                      "Committed_AS:    6000000 kB\n";
    if (withSwap)
        text += "SwapTotal:       2000000 kB\nSwapFree:        1500000 kB\n";
    return parseMeminfo(text).value();
}

} // namespace kaleido::test
