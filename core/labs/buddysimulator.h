// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kaleido {

/**
 * A toy buddy allocator for teaching (Labs ▸ Buddy allocator): one arena of a power-of-two size, split in
 * halves down to a minimum block, best fit (the smallest free block that holds the request, the lowest
 * address among equals), freed blocks merged with their buddy as long as the buddy is free too. It works in
 * bytes, as the handbook exercise does, not in pages; nothing here touches the kernel.
 */
class BuddySimulator
{
public:
    struct Block
    {
        qint64 offset = 0;
        qint64 size = 0;
        qint64 requested = 0; ///< bytes asked for; 0 for a free block
        int id = 0;           ///< allocation number (1, 2, …); 0 for a free block
        bool used() const { return id != 0; }
        qint64 waste() const { return used() ? size - requested : 0; } ///< internal fragmentation
    };

    enum class EventKind
    {
        Split,
        Allocate,
        Fail,
        Free,
        Merge
    };
    struct Event
    {
        EventKind kind;
        qint64 offset;
        qint64 size;          ///< the block split, allocated, freed or merged into; the request for Fail
        int id;               ///< allocation number for Allocate, Free and Fail
        qint64 requested = 0; ///< bytes asked for, for Allocate
    };

    /// @p arenaSize and @p minimumBlock are rounded up to powers of two; minimumBlock ≤ arenaSize.
    explicit BuddySimulator(qint64 arenaSize = 16384, qint64 minimumBlock = 64);

    qint64 arenaSize() const { return m_arenaSize; }
    qint64 minimumBlock() const { return m_minimumBlock; }
    void reset();
    void reset(qint64 arenaSize, qint64 minimumBlock);

    /// The block size a request of @p bytes gets (a power of two, at least the minimum); 0 if it cannot fit
    /// at all.
    qint64 blockSizeFor(qint64 bytes) const;
    /// Allocates @p bytes; returns the allocation number (> 0), or 0 when no free block is large enough.
    int allocate(qint64 bytes);
    /// Frees allocation @p id and merges buddies; false if there is no such allocation.
    bool free(int id);

    const QList<Block>& blocks() const { return m_blocks; } ///< every block, free or used, by address
    const QList<Event>& events() const { return m_events; } ///< what happened, oldest first
    qint64 internalFragmentation() const;                   ///< Σ (block − request) over used blocks
    qint64 usedBytes() const;                               ///< Σ block sizes in use
    qint64 freeBytes() const { return m_arenaSize - usedBytes(); }
    qint64 largestFreeBlock() const;

private:
    qint64 m_arenaSize;
    qint64 m_minimumBlock;
    int m_nextId = 1;
    QList<Block> m_blocks;
    QList<Event> m_events;
};

} // namespace kaleido
