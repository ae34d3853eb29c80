// SPDX-License-Identifier: GPL-2.0-or-later
#include "buddysimulator.h"

#include <algorithm>

namespace kaleido {

namespace {

qint64 roundUpPowerOfTwo(qint64 value)
{
    qint64 power = 1;
    while (power < value && power < (qint64(1) << 40))
        power <<= 1;
    return power;
}

} // namespace

BuddySimulator::BuddySimulator(qint64 arenaSize, qint64 minimumBlock)
{
    reset(arenaSize, minimumBlock);
}

void BuddySimulator::reset()
{
    m_nextId = 1;
    m_blocks = {Block{0, m_arenaSize, 0, 0}};
    m_events.clear();
}

void BuddySimulator::reset(qint64 arenaSize, qint64 minimumBlock)
{
    m_arenaSize = roundUpPowerOfTwo(std::max<qint64>(arenaSize, 1));
    m_minimumBlock = std::min(roundUpPowerOfTwo(std::max<qint64>(minimumBlock, 1)), m_arenaSize);
    reset();
}

qint64 BuddySimulator::blockSizeFor(qint64 bytes) const
{
    if (bytes <= 0 || bytes > m_arenaSize)
        return 0;
    return std::max(roundUpPowerOfTwo(bytes), m_minimumBlock);
}

int BuddySimulator::allocate(qint64 bytes)
{
    const qint64 wanted = blockSizeFor(bytes);
    // Best fit: the smallest free block that is large enough; blocks are by address, so the first wins a tie.
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const Block& block = m_blocks.at(i);
        if (!block.used() && wanted > 0 && block.size >= wanted &&
            (best < 0 || block.size < m_blocks.at(best).size))
            best = i;
    }
    if (best < 0) {
        m_events.append({EventKind::Fail, 0, bytes, m_nextId++, bytes});
        return 0;
    }
    // Split in halves until the block fits: the lower half is kept, the upper half (its buddy) stays free.
    while (m_blocks.at(best).size > wanted) {
        Block& block = m_blocks[best];
        m_events.append({EventKind::Split, block.offset, block.size, 0, 0});
        block.size /= 2;
        m_blocks.insert(best + 1, Block{block.offset + block.size, block.size, 0, 0});
    }
    Block& block = m_blocks[best];
    block.id = m_nextId++;
    block.requested = bytes;
    m_events.append({EventKind::Allocate, block.offset, block.size, block.id, bytes});
    return block.id;
}

bool BuddySimulator::free(int id)
{
    if (id <= 0)
        return false;
    auto it = std::find_if(m_blocks.begin(), m_blocks.end(), [id](const Block& b) { return b.id == id; });
    if (it == m_blocks.end())
        return false;
    qsizetype index = it - m_blocks.begin();
    m_blocks[index].id = 0;
    m_blocks[index].requested = 0;
    m_events.append({EventKind::Free, m_blocks.at(index).offset, m_blocks.at(index).size, id, 0});
    // Merge with the buddy (the block whose offset differs in the size bit) while it is free and whole.
    while (m_blocks.at(index).size < m_arenaSize) {
        const Block& block = m_blocks.at(index);
        const qint64 buddyOffset = block.offset ^ block.size;
        const qsizetype buddy = buddyOffset > block.offset ? index + 1 : index - 1;
        if (buddy < 0 || buddy >= m_blocks.size())
            break;
        const Block& other = m_blocks.at(buddy);
        if (other.offset != buddyOffset || other.size != block.size || other.used())
            break;
        const qsizetype lower = std::min(index, buddy);
        m_blocks[lower].size *= 2;
        m_blocks.removeAt(lower + 1);
        index = lower;
        m_events.append({EventKind::Merge, m_blocks.at(index).offset, m_blocks.at(index).size, 0, 0});
    }
    return true;
}

qint64 BuddySimulator::internalFragmentation() const
{
    qint64 total = 0;
    for (const Block& block : m_blocks)
        total += block.waste();
    return total;
}

qint64 BuddySimulator::usedBytes() const
{
    qint64 total = 0;
    for (const Block& block : m_blocks)
        total += block.used() ? block.size : 0;
    return total;
}

qint64 BuddySimulator::largestFreeBlock() const
{
    qint64 largest = 0;
    for (const Block& block : m_blocks)
        largest = block.used() ? largest : std::max(largest, block.size);
    return largest;
}

} // namespace kaleido
